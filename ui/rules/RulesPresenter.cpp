#include "rules/RulesPresenter.h"

#include "core/Clock.h"
#include "jobs/JobRunner.h"
#include "jobs/RuleScheduler.h"
#include "rules/RuleEditorDialog.h"
#include "rules/RulePreviewDialog.h"
#include "rules/RuleRunsModel.h"
#include "rules/RuleTableModel.h"
#include "rules/RulesPage.h"
#include "rules/RunJobsDialog.h"
#include "sequences/SequenceText.h"
#include "settings/AppSettings.h"
#include "store/StoreWorker.h"
#include "sync/PortalManager.h"

#include <QLocale>

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;

RulesPresenter::RulesPresenter(const RuleServices &services, RulesPage *page, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_page(page)
{
    m_page->setAvailable(isAvailable());
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(1000);
    connect(&m_throttle, &QTimer::timeout, this, &RulesPresenter::reload);
    m_clockTick.setInterval(30 * 1000);
    connect(&m_clockTick, &QTimer::timeout, this, [this] { m_page->model()->setNow(now()); });
    m_clockTick.start();

    connect(m_page, &RulesPage::newRequested, this, [this] { openEditor(0); });
    connect(m_page, &RulesPage::editRequested, this, &RulesPresenter::openEditor);
    connect(m_page, &RulesPage::previewRequested, this, &RulesPresenter::openPreview);
    connect(m_page, &RulesPage::runNowRequested, this, &RulesPresenter::runNow);
    connect(m_page, &RulesPage::pauseRequested, this, &RulesPresenter::setPaused);
    connect(m_page, &RulesPage::deleteRequested, this, &RulesPresenter::remove);
    connect(m_page, &RulesPage::selectedRuleChanged, this,
            [this](qint64 ruleId) { loadHistory(ruleId); });
    connect(m_page, &RulesPage::runActivated, this, &RulesPresenter::openRunJobs);
    if (m_services.portals) {
        m_page->showRateShare(qRound(m_services.portals->backgroundShare() * 100));
        connect(m_page, &RulesPage::rateShareChanged, this, [this](int percent) {
            m_services.portals->setBackgroundShare(percent / 100.0);
            // main() reads it at the next start
            Settings::AppSettings().setRulesRateSharePercent(percent);
        });
    }
    if (isAvailable()) {
        followScheduler();
        followRunner();
    }
}

RulesPresenter::~RulesPresenter() = default;

QDateTime RulesPresenter::now() const
{
    return m_services.runner ? m_services.runner->clock()->nowUtc()
                             : QDateTime::currentDateTimeUtc();
}

void RulesPresenter::showPortal(const QString &portalId)
{
    if (portalId != m_portalId)
        m_page->model()->setRows({});
    m_portalId = portalId;
    ++m_generation;
    reload();
}

void RulesPresenter::refresh()
{
    if (!m_portalId.isEmpty())
        reload();
}

void RulesPresenter::clear()
{
    ++m_generation;
    m_portalId.clear();
    m_page->model()->setRows({});
}

void RulesPresenter::reload()
{
    m_throttle.stop();
    if (m_portalId.isEmpty())
        return;
    struct Loaded
    {
        QList<RuleRow> rows;
        QHash<QString, QString> sequenceNames;
        QString error;
    };
    const QString portalId = m_portalId;
    const int generation = m_generation;
    m_services.store->run(
        [portalId](Stores &s) {
            Loaded d;
            for (const SequenceRecord &sequence : s.sequences.sequences(portalId))
                d.sequenceNames.insert(sequence.sequenceId, sequence.name);
            const QList<RuleRecord> rules = s.rules.rules(portalId);
            d.error = s.rules.lastError();
            for (const RuleRecord &rule : rules) {
                RuleRow row;
                row.rule = rule;
                row.sequenceName = d.sequenceNames.value(rule.sequenceId);
                const QList<RuleRunRecord> runs = s.rules.runs(rule.id, -1); // every run
                if (!runs.isEmpty())
                    row.lastRun = runs.constFirst();
                for (const RuleRunRecord &run : runs)
                    row.enrolledTotal += run.enrolled;
                d.rows.append(row);
            }
            return d;
        },
        this,
        [this, generation](const Loaded &d) {
            if (generation != m_generation)
                return;
            if (!d.error.isEmpty())
                emit problem(tr("The rules could not be read from the mirror: %1").arg(d.error));
            m_sequenceNames = d.sequenceNames;
            const qint64 selected = m_page->selectedRuleId();
            m_page->model()->setNow(now());
            m_page->model()->setRows(d.rows);
            if (const qint64 saved = std::exchange(m_selectAfterLoad, 0))
                m_page->selectRule(saved);
            // The rules and the selected rule's runs are shown together (the page asks for
            // the runs itself when the selection changed).
            if (m_page->selectedRuleId() == selected)
                return loadHistory(selected, [this] { emit loaded(); });
            emit loaded();
        });
}

void RulesPresenter::loadHistory(qint64 ruleId, std::function<void()> then)
{
    if (ruleId == 0) {
        m_page->history()->setRuns({});
        m_page->showHistoryTitle(false);
        if (then)
            then();
        return;
    }
    m_services.store->run([ruleId](Stores &s) { return s.rules.runs(ruleId, kHistoryLimit); }, this,
                          [this, ruleId, then = std::move(then)](const QList<RuleRunRecord> &runs) {
                              if (ruleId == m_page->selectedRuleId()) {
                                  m_page->showRuns(runs);
                                  emit historyLoaded(ruleId);
                              }
                              if (then)
                                  then();
                          });
}

QString RulesPresenter::ruleName(qint64 ruleId) const
{
    const int row = m_page->model()->rowOfRule(ruleId);
    return row >= 0 ? m_page->model()->rowAt(row).rule.name : tr("Rule %1").arg(ruleId);
}

void RulesPresenter::openEditor(qint64 ruleId)
{
    if (!isAvailable() || m_portalId.isEmpty())
        return;
    std::optional<RuleRecord> original;
    if (ruleId != 0) {
        const int row = m_page->model()->rowOfRule(ruleId);
        if (row < 0)
            return;
        original = m_page->model()->rowAt(row).rule;
    }
    auto *dialog = new RuleEditorDialog(m_services, m_portalId, original, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RuleEditorDialog::saved, this, [this](const RuleRecord &rule, bool created) {
        emit message(created ? tr("Rule \"%1\" saved: it runs within a minute, then every %n "
                                  "minute(s).",
                                  nullptr, rule.everyMinutes)
                                   .arg(rule.name)
                             : tr("Rule \"%1\" saved.").arg(rule.name));
        m_selectAfterLoad = rule.id;
        reload();
    });
    dialog->open();
}

void RulesPresenter::openPreview(qint64 ruleId)
{
    if (!isAvailable() || ruleId == 0)
        return;
    if (RulePreviewDialog *open = m_previews.value(ruleId)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new RulePreviewDialog(ruleName(ruleId), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A preview waits for the run under way (of this rule too: it then sees what that did).
    dialog->showProgress(m_running != 0
                             ? tr("Waiting for the run of \"%1\" to end…").arg(ruleName(m_running))
                             : tr("Reading the list…"));
    connect(dialog, &RulePreviewDialog::runNowRequested, this, [this, ruleId] { runNow(ruleId); });
    m_previews.insert(ruleId, dialog);
    dialog->open();
    m_services.rules->preview(ruleId);
}

void RulesPresenter::openRunJobs(qint64 ruleId, qint64 runId)
{
    QDateTime startedAt;
    for (const RuleRunRecord &run : m_page->history()->runs()) {
        if (run.id == runId)
            startedAt = run.startedAt;
    }
    auto *dialog = new RunJobsDialog(
        tr("Run of \"%1\" at %2").arg(ruleName(ruleId), SequenceText::localDateTime(startedAt)),
        m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    using Loaded
        = std::pair<QList<EnrollmentJobRecord>, QHash<qint64, QList<EnrollmentItemRecord>>>;
    m_services.store->run(
        [ruleId, runId](Stores &s) {
            Loaded d;
            d.first = s.enrollments.ruleRunJobs(ruleId, runId);
            for (const EnrollmentJobRecord &job : d.first)
                d.second.insert(job.id, s.enrollments.items(job.id));
            return d;
        },
        dialog, [dialog](const Loaded &d) { dialog->setJobs(d.first, d.second); });
}

void RulesPresenter::setPaused(qint64 ruleId, bool pause)
{
    const QDateTime at = now();
    const QString name = ruleName(ruleId);
    m_services.store->run(
        [ruleId, pause, at](Stores &s) {
            return s.rules.setState(ruleId, pause ? RuleState::Paused : RuleState::Enabled,
                                    QString(), at)
                ? QString()
                : s.rules.lastError();
        },
        this,
        [this, pause, name](const QString &error) {
            if (!error.isEmpty())
                emit problem(tr("The rule could not be changed: %1").arg(error));
            else
                emit message(pause ? tr("Rule \"%1\" paused.").arg(name)
                                   : tr("Rule \"%1\" resumed.").arg(name));
            reload();
        });
}

void RulesPresenter::remove(qint64 ruleId)
{
    const QDateTime at = now();
    const QString name = ruleName(ruleId);
    m_services.store->run(
        [ruleId, at](Stores &s) {
            return s.rules.remove(ruleId, at) ? QString() : s.rules.lastError();
        },
        this,
        [this, name](const QString &error) {
            if (!error.isEmpty())
                emit problem(tr("The rule could not be deleted: %1").arg(error));
            else
                emit message(tr("Rule \"%1\" deleted; its history stays.").arg(name));
            reload();
        });
}

void RulesPresenter::runNow(qint64 ruleId)
{
    if (!isAvailable() || ruleId == 0)
        return;
    if (ruleId != m_running)
        m_page->model()->setActivity(ruleId, tr("Queued to run…"));
    m_services.rules->runNow(ruleId);
}

void RulesPresenter::followScheduler()
{
    Jobs::RuleScheduler *rules = m_services.rules;
    connect(rules, &Jobs::RuleScheduler::runStarted, this, [this](qint64 ruleId) {
        m_running = ruleId;
        m_page->model()->setActivity(ruleId, tr("Running…"));
    });
    connect(rules, &Jobs::RuleScheduler::runProgress, this,
            [this](qint64 ruleId, const QString &what) {
                if (ruleId == m_running)
                    m_page->model()->setActivity(ruleId, tr("Running: %1").arg(what));
                else if (RulePreviewDialog *dialog = m_previews.value(ruleId))
                    dialog->showProgress(what);
            });
    connect(rules, &Jobs::RuleScheduler::runFinished, this, &RulesPresenter::onRunFinished);
    connect(rules, &Jobs::RuleScheduler::runFailed, this,
            [this](qint64 ruleId, const QString &text) {
                if (ruleId == m_running)
                    m_running = 0;
                m_page->model()->setActivity(ruleId, QString());
                if (m_page->model()->rowOfRule(ruleId) >= 0) {
                    emit problem(tr("Rule \"%1\" did not run: %2").arg(ruleName(ruleId), text));
                    reload();
                }
            });
    connect(rules, &Jobs::RuleScheduler::previewed, this,
            [this](const Rules::RuleRunResult &result) {
                if (RulePreviewDialog *dialog = m_previews.take(result.rule.id))
                    dialog->showResult(result, m_sequenceNames);
            });
    connect(rules, &Jobs::RuleScheduler::previewFailed, this,
            [this](qint64 ruleId, const QString &text) {
                if (RulePreviewDialog *dialog = m_previews.take(ruleId))
                    dialog->showProblem(text);
            });
}

void RulesPresenter::onRunFinished(const Rules::RuleRunResult &result)
{
    const qint64 ruleId = result.rule.id;
    if (ruleId == m_running)
        m_running = 0;
    for (qint64 jobId : result.jobIds)
        m_ruleOfJob.insert(jobId, ruleId);
    m_page->model()->setActivity(ruleId,
                                 result.jobIds.isEmpty() ? QString()
                                                         : tr("Enrolling: %n job(s) queued…",
                                                              nullptr, int(result.jobIds.size())));
    if (m_page->model()->rowOfRule(ruleId) < 0)
        return; // another portal's
    const QString name = ruleName(ruleId);
    if (result.stopped)
        emit problem(tr("Rule \"%1\" stopped: %2").arg(name, result.run.message));
    else
        emit message(tr("Rule \"%1\" ran: %2").arg(name, result.run.message));
    reload();
}

void RulesPresenter::followRunner()
{
    Jobs::JobRunner *runner = m_services.runner;
    connect(runner, &Jobs::JobRunner::jobStarted, this, [this](qint64 jobId) {
        if (const qint64 ruleId = m_ruleOfJob.value(jobId))
            m_page->model()->setActivity(ruleId, tr("Enrolling (job %1)…").arg(jobId));
    });
    connect(runner, &Jobs::JobRunner::countsChanged, this,
            [this](qint64 jobId, const JobCounts &counts) {
                const qint64 ruleId = m_ruleOfJob.value(jobId);
                if (ruleId == 0)
                    return;
                const QLocale locale;
                const int done = counts.total() - counts.pending - counts.inFlight;
                m_page->model()->setActivity(
                    ruleId,
                    tr("Enrolling (job %1): %2 of %3")
                        .arg(jobId)
                        .arg(locale.toString(done), locale.toString(counts.total())));
                reloadSoon();
            });
    connect(runner, &Jobs::JobRunner::jobFinished, this, [this](const EnrollmentJobRecord &job) {
        if (job.ruleId == 0)
            return;
        if (m_ruleOfJob.remove(job.id) > 0) {
            const QList<qint64> ruleIds = m_ruleOfJob.values();
            if (!ruleIds.contains(job.ruleId))
                m_page->model()->setActivity(job.ruleId, QString());
        }
        if (job.portalId == m_portalId)
            reload();
    });
}

void RulesPresenter::reloadSoon()
{
    if (!m_throttle.isActive())
        m_throttle.start();
}

} // namespace SeqDesk::Ui
