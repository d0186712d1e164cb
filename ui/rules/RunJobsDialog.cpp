#include "rules/RunJobsDialog.h"
#include "HeaderState.h"

#include "enroll/ContactTable.h"
#include "enroll/JobItemsModel.h"
#include "rules/RuleText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using Store::EnrollmentItemRecord;
using Store::EnrollmentJobRecord;

RunJobsDialog::RunJobsDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(tr("Reading the run's jobs…"), this))
    , m_jobs(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_items(new JobItemsModel(this))
{
    setObjectName(QStringLiteral("runJobsDialog"));
    setWindowTitle(title);
    m_summary->setObjectName(QStringLiteral("runJobsSummary"));
    m_summary->setWordWrap(true);
    m_jobs->setObjectName(QStringLiteral("runJobsList"));
    m_table->setObjectName(QStringLiteral("runItemsTable"));
    m_table->setAccessibleName(tr("Contacts of the run's jobs"));
    setUpContactTable(m_table, m_items);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->hideColumn(JobItemsModel::LineColumn);
    for (int c :
         {JobItemsModel::ContactColumn, JobItemsModel::EmailColumn, JobItemsModel::StateColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    HeaderState::track(m_table->horizontalHeader(), m_table->objectName());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_jobs);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 560);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_jobs, &QListWidget::currentRowChanged, this, &RunJobsDialog::showJob);
}

RunJobsDialog::~RunJobsDialog() = default;

void RunJobsDialog::setJobs(const QList<EnrollmentJobRecord> &jobs,
                            const QHash<qint64, QList<EnrollmentItemRecord>> &items)
{
    m_jobRecords = jobs;
    m_itemsOfJob = items;
    const QLocale locale;
    m_jobs->clear();
    int contacts = 0;
    for (const EnrollmentJobRecord &job : jobs) {
        const Store::JobCounts &c = job.counts;
        contacts += c.total();
        m_jobs->addItem(tr("Job %1 · as %2 · %3 · %4 enrolled, %5 skipped, %6 failed, %7 waiting")
                            .arg(job.id)
                            .arg(job.senderEmail, RuleText::jobStateName(job.state),
                                 locale.toString(c.enrolled), locale.toString(c.skipped),
                                 locale.toString(c.failed),
                                 locale.toString(c.pending + c.inFlight + c.deferred)));
    }
    if (jobs.isEmpty()) {
        m_summary->setText(tr("This run made no job: it found no new member, or it stopped or "
                              "failed before it could (see its message)."));
        m_items->setItems({});
        return;
    }
    m_summary->setText(tr("%n job(s), one per sender inbox, with %1 contacts in all. The "
                          "contacts of the chosen job:",
                          nullptr, int(jobs.size()))
                           .arg(locale.toString(contacts)));
    m_jobs->setCurrentRow(0);
}

QList<qint64> RunJobsDialog::jobIds() const
{
    QList<qint64> ids;
    for (const EnrollmentJobRecord &job : m_jobRecords)
        ids << job.id;
    return ids;
}

void RunJobsDialog::showJob(int row)
{
    if (row < 0 || row >= m_jobRecords.size())
        return m_items->setItems({});
    m_items->setItems(m_itemsOfJob.value(m_jobRecords.at(row).id));
}

} // namespace SeqDesk::Ui
