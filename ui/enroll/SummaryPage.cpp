#include "enroll/SummaryPage.h"
#include "HeaderState.h"

#include "FileDialogs.h"
#include "enroll/ContactTable.h"
#include "enroll/EnrollPresenter.h"
#include "enroll/EnrollWizard.h"
#include "enroll/JobExport.h"
#include "enroll/JobItemsModel.h"
#include "enroll/ProgressPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;

namespace {

constexpr int kReasonsShown = 5;

} // namespace

SummaryPage::SummaryPage(EnrollWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_message(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_json(new QPushButton(tr("Export JSON…"), this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_analytics(new QPushButton(tr("Open analytics"), this))
    , m_table(new QTableView(this))
{
    setTitle(tr("Summary"));
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_message->setObjectName(QStringLiteral("summaryMessage"));
    m_message->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_reasons->setObjectName(QStringLiteral("summaryReasons"));
    m_reasons->setTextFormat(Qt::RichText);
    m_json->setObjectName(QStringLiteral("exportJsonButton"));
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_retry->setObjectName(QStringLiteral("retryFailedButton"));
    m_analytics->setObjectName(QStringLiteral("openAnalyticsButton"));
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setAccessibleName(tr("Contacts of the job"));
    setUpContactTable(m_table, wizard->items());
    HeaderState::track(m_table->horizontalHeader(), m_table->objectName());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_json);
    buttons->addWidget(m_csv);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_analytics);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_message);
    layout->addWidget(m_reasons);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_json, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_retry, &QPushButton::clicked, this, &SummaryPage::retryFailed);
    connect(m_analytics, &QPushButton::clicked, this, [this] {
        if (m_job)
            emit m_wizard->openAnalytics(m_job->portalId, m_job->sequenceId);
    });
    connect(wizard->presenter(), &EnrollPresenter::jobRead, this,
            [this](const std::optional<EnrollmentJobRecord> &job,
                   const QList<EnrollmentItemRecord> &items) {
                if (!job)
                    return m_headline->setText(tr("The job could not be read from the mirror."));
                show(*job, items);
            });
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    m_headline->setText(tr("Reading the job…"));
    m_reasons->clear();
    m_message->clear();
    for (QPushButton *b : {m_json, m_csv, m_retry})
        b->setEnabled(false);

    m_wizard->presenter()->readJob();
}

void SummaryPage::show(const EnrollmentJobRecord &job, const QList<EnrollmentItemRecord> &items)
{
    m_job = job;
    m_items = items;
    m_wizard->items()->setItems(items);
    m_table->resizeColumnsToContents();
    const JobCounts &c = job.counts;
    const QLocale l;
    const int total = c.total();
    const double rate = total > 0 ? 100.0 * c.enrolled / total : 0.0;
    QString text
        = tr("<span style='font-size:large'><b>%1 of %2 contacts enrolled</b> (%3 %)</span><br>"
             "%4 skipped · %5 failed · %6 deferred · %7 not sent")
              .arg(l.toString(c.enrolled), l.toString(total), l.toString(rate, 'f', 0),
                   l.toString(c.skipped), l.toString(c.failed), l.toString(c.deferred),
                   l.toString(c.pending + c.inFlight));
    m_headline->setText(text);
    m_message->setText(job.message);
    m_message->setVisible(!job.message.isEmpty());

    // The most common reasons for the contacts that did not go in.
    QMap<QString, int> reasons;
    for (const EnrollmentItemRecord &item : items) {
        if (item.state == ItemState::Failed || item.state == ItemState::Skipped)
            ++reasons[JobItemsModel::stateName(item.state) + QStringLiteral(": ")
                      + Enroll::itemReason(item)];
    }
    QList<std::pair<int, QString>> ranked;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList lines;
    for (int i = 0; i < ranked.size() && i < kReasonsShown; ++i)
        lines.append(
            tr("%1 × %2").arg(l.toString(ranked.at(i).first), ranked.at(i).second.toHtmlEscaped()));
    m_reasons->setText(lines.isEmpty() ? QString() : lines.join(QStringLiteral("<br>")));

    m_json->setEnabled(true);
    m_csv->setEnabled(true);
    // A cancelled job never runs again.
    m_retry->setEnabled(c.failed > 0 && job.state != JobState::Running
                        && job.state != JobState::Cancelled);
}

void SummaryPage::exportAs(bool json)
{
    if (!m_job)
        return;
    const QString name = json ? tr("enrollment-job-%1.json") : tr("enrollment-job-%1.csv");
    const QString path
        = FileDialogs::saveFileName(this, tr("Export the job"), name.arg(m_job->id),
                                    json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto &contacts = m_wizard->draft().contacts;
    const QList<Enroll::InputProblem> invalid
        = contacts ? contacts->invalid : QList<Enroll::InputProblem>();
    const QByteArray bytes
        = json ? Enroll::jobJson(*m_job, m_items, invalid) : Enroll::jobCsv(m_items);
    QString error;
    if (!Enroll::saveFile(path, bytes, &error))
        QMessageBox::warning(this, tr("Export the job"), error);
}

void SummaryPage::retryFailed()
{
    if (!m_job)
        return;
    m_retry->setEnabled(false);
    m_wizard->presenter()->retryFailed();
    m_wizard->back(); // to the progress page, which follows the job again
    if (auto *progress = qobject_cast<ProgressPage *>(m_wizard->page(EnrollWizard::ProgressPageId)))
        progress->expectRun();
}

} // namespace SeqDesk::Ui
