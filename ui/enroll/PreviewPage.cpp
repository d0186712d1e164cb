#include "enroll/PreviewPage.h"
#include "HeaderState.h"
#include "Tones.h"

#include "FileDialogs.h"
#include "enroll/ContactTable.h"
#include "enroll/DryRunPlanner.h"
#include "enroll/EnrollPresenter.h"
#include "enroll/EnrollWizard.h"
#include "enroll/JobExport.h"
#include "enroll/PlanTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using Enroll::Plan;
using Enroll::PlannedContact;

PreviewPage::PreviewPage(EnrollWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_filter(new QComboBox(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_model(new PlanTableModel(this))
    , m_proxy(new PlanFilterProxy(this))
    , m_table(new QTableView(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("A dry run: SeqDesk read the contacts from HubSpot and predicts what will "
                   "happen to each. Nothing is enrolled yet."));
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_retry->setObjectName(QStringLiteral("retryPlanButton"));
    m_retry->hide();
    m_filter->setObjectName(QStringLiteral("planFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_export->setObjectName(QStringLiteral("exportPlanButton"));
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setAccessibleName(tr("Dry run of each contact"));
    setUpContactTable(m_table, m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    HeaderState::track(m_table->horizontalHeader(), m_table->objectName());

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_filter);
    bar->addStretch();
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_retry, &QPushButton::clicked, this, &PreviewPage::startPlan);
    connect(m_export, &QPushButton::clicked, this, &PreviewPage::exportCsv);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        QSet<Plan> outcomes;
        const QVariant v = m_filter->itemData(index);
        for (const QVariant &p : v.toList())
            outcomes.insert(Plan(p.toInt()));
        m_proxy->setOutcomes(outcomes);
    });
    EnrollPresenter *presenter = m_wizard->presenter();
    connect(presenter, &EnrollPresenter::planProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Reading the contacts from HubSpot: %1 of %2…")
                              .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(presenter, &EnrollPresenter::planned, this, &PreviewPage::showPlan);
    connect(presenter, &EnrollPresenter::planFailed, this, &PreviewPage::fail);
}

PreviewPage::~PreviewPage() = default;

void PreviewPage::initializePage()
{
    startPlan();
}

void PreviewPage::cleanupPage()
{
    m_wizard->presenter()->cancelPlan(); // Back: what is still coming is dropped
}

void PreviewPage::startPlan()
{
    m_done = false;
    m_model->setPlan({});
    m_filter->clear();
    m_filter->setEnabled(false);
    m_export->setEnabled(false);
    m_retry->hide();
    m_progress->show();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Reading the contacts from HubSpot…"));
    emit completeChanged();
    m_wizard->presenter()->startPlan();
}

void PreviewPage::fail(const QString &message)
{
    m_progress->hide();
    m_status->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                          .arg(Tones::errorName())
                          .arg(tr("The dry run failed: %1").arg(message).toHtmlEscaped()));
    m_retry->show();
}

void PreviewPage::showPlan(const QList<PlannedContact> &plan)
{
    m_done = true;
    m_progress->hide();
    m_model->setPlan(plan);
    m_table->resizeColumnsToContents();

    int enroll = 0;
    int deferred = 0;
    QDateTime firstEligible;
    for (const PlannedContact &p : plan) {
        enroll += p.plan == Plan::Enroll ? 1 : 0;
        if (p.plan == Plan::Deferred) {
            ++deferred;
            if (!firstEligible.isValid() || p.eligibleAt < firstEligible)
                firstEligible = p.eligibleAt;
        }
    }
    const int skipped = int(plan.size()) - enroll - deferred;
    const QLocale locale;
    QString text
        = tr("<b>%1 will be enrolled</b> · %2 skipped · %3 deferred by the send cap")
              .arg(locale.toString(enroll), locale.toString(skipped), locale.toString(deferred));
    if (deferred > 0)
        text += QStringLiteral("<br>")
            + tr("Deferred contacts are enrolled automatically from %1, while SeqDesk runs.")
                  .arg(locale.toString(firstEligible.toLocalTime(), QLocale::ShortFormat));
    if (enroll + deferred == 0)
        text += QStringLiteral("<br>")
            + tr("No contact can be enrolled: go back and change the "
                 "list or the sender.");
    m_status->setText(text);
    fillFilter();
    m_export->setEnabled(true);
    emit completeChanged();
}

void PreviewPage::fillFilter()
{
    QHash<Plan, int> counts;
    int skipped = 0;
    for (const PlannedContact &p : m_model->plan()) {
        ++counts[p.plan];
        skipped += Enroll::Prediction::isSkip(p.plan) ? 1 : 0;
    }
    const auto add = [this](const QString &text, const QList<Plan> &plans) {
        QVariantList data;
        for (Plan p : plans)
            data.append(int(p));
        m_filter->addItem(text, data);
    };
    const QLocale l;
    add(tr("All contacts (%1)").arg(l.toString(m_model->plan().size())), {});
    const QList<Plan> order {Plan::Enroll, Plan::Deferred};
    for (Plan p : order) {
        if (counts.value(p) > 0)
            add(tr("%1 (%2)").arg(Enroll::Prediction::name(p), l.toString(counts.value(p))), {p});
    }
    if (skipped > 0) {
        QList<Plan> skips;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (Enroll::Prediction::isSkip(it.key()))
                skips.append(it.key());
        }
        std::sort(skips.begin(), skips.end());
        add(tr("Every skipped contact (%1)").arg(l.toString(skipped)), skips);
        for (Plan p : skips)
            add(tr("%1 (%2)").arg(Enroll::Prediction::name(p), l.toString(counts.value(p))), {p});
    }
    m_filter->setEnabled(true);
}

void PreviewPage::exportCsv()
{
    const EnrollDraft &draft = m_wizard->draft();
    const QString path = FileDialogs::saveFileName(
        this, tr("Export the preview"), tr("enrollment-preview.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!Enroll::saveFile(path, Enroll::planCsv(draft.plan, draft.contacts->invalid), &error))
        QMessageBox::warning(this, tr("Export the preview"), error);
}

bool PreviewPage::isComplete() const
{
    if (!m_done)
        return false;
    for (const PlannedContact &p : m_model->plan()) {
        if (p.plan == Plan::Enroll || p.plan == Plan::Deferred)
            return true;
    }
    return false;
}

} // namespace SeqDesk::Ui
