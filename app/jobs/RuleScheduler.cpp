#include "jobs/RuleScheduler.h"

#include "core/Clock.h"
#include "jobs/JobRunner.h"
#include "store/StoreWorker.h"
#include "sync/PortalManager.h"

#include <QLoggingCategory>

namespace SeqDesk::Jobs {

Q_LOGGING_CATEGORY(lcRules, "seqdesk.rules")

using namespace SeqDesk::Store;

RuleScheduler::RuleScheduler(Sync::PortalManager *portals, StoreWorker *store, JobRunner *runner,
                             QObject *parent)
    : QObject(parent)
    , m_portals(portals)
    , m_store(store)
    , m_runner(runner)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &RuleScheduler::runDue);
    m_timer.start();
    // After a Sync Data the mirror knows the sequences' state: the portal's rules run.
    connect(m_portals, &Sync::PortalManager::syncFinished, this,
            [this](const QString &portalId, const SyncRunRecord &run) {
                if (run.status == SyncStatus::Succeeded)
                    runPortal(portalId);
            });
}

RuleScheduler::~RuleScheduler() = default;

void RuleScheduler::setCheckInterval(int ms)
{
    if (ms <= 0)
        return m_timer.stop();
    m_timer.start(ms);
}

void RuleScheduler::runDue()
{
    const QDateTime now = m_runner->clock()->nowUtc();
    m_store->run(
        [now](Stores &s) {
            QList<qint64> ids;
            for (const RuleRecord &r : s.rules.dueRules(now))
                ids << r.id;
            return ids;
        },
        this, [this](const QList<qint64> &ids) { enqueue(ids); });
}

void RuleScheduler::runPortal(const QString &portalId)
{
    m_store->run(
        [portalId](Stores &s) {
            QList<qint64> ids;
            for (const RuleRecord &r : s.rules.rules(portalId)) {
                if (r.state == RuleState::Enabled)
                    ids << r.id;
            }
            return ids;
        },
        this, [this](const QList<qint64> &ids) { enqueue(ids); });
}

void RuleScheduler::runNow(qint64 ruleId)
{
    enqueue({ruleId});
}

void RuleScheduler::preview(qint64 ruleId)
{
    if (!m_previews.contains(ruleId))
        m_previews.append(ruleId);
    startNext();
}

void RuleScheduler::enqueue(const QList<qint64> &ruleIds)
{
    for (qint64 id : ruleIds) {
        if (id != m_current && !m_queue.contains(id))
            m_queue.append(id);
    }
    startNext();
}

void RuleScheduler::startNext()
{
    if (m_current != 0)
        return;
    if (!m_previews.isEmpty()) // a user waits for it
        return startRun(m_previews.takeFirst(), true);
    if (!m_queue.isEmpty())
        startRun(m_queue.takeFirst(), false);
}

void RuleScheduler::startRun(qint64 ruleId, bool dryRun)
{
    m_current = ruleId;
    m_currentIsPreview = dryRun;
    // The rule's portal first: its client runs the rule.
    m_store->run(
        [ruleId](Stores &s) {
            const auto rule = s.rules.rule(ruleId);
            return rule ? rule->portalId : QString();
        },
        this,
        [this, ruleId, dryRun](const QString &portalId) {
            const auto fail = [this, ruleId, dryRun](const QString &message) {
                qCWarning(lcRules) << "rule" << ruleId << "did not run:" << message;
                if (dryRun)
                    emit previewFailed(ruleId, message);
                else
                    emit runFailed(ruleId, message);
                ended();
            };
            if (portalId.isEmpty())
                return fail(tr("Rule %1 is not in the local store any more.").arg(ruleId));
            m_portals->withClient(
                portalId, this,
                [this, ruleId, dryRun, fail](std::shared_ptr<HubSpot::HubSpotClient> client,
                                             const QString &error) {
                    if (!client)
                        return fail(error);
                    m_client = std::move(client);
                    m_run = std::make_unique<Rules::RuleRun>(
                        m_client.get(), m_store, m_runner->clock(), EnrollmentSource::Wizard);
                    m_run->setLockDirectory(m_lockDirectory);
                    connect(
                        m_run.get(), &Rules::RuleRun::progress, this,
                        [this, ruleId](const QString &what) { emit runProgress(ruleId, what); });
                    connect(m_run.get(), &Rules::RuleRun::finished, this,
                            [this, dryRun](const Rules::RuleRunResult &result) {
                                if (dryRun) {
                                    emit previewed(result);
                                } else {
                                    for (qint64 jobId : result.jobIds)
                                        m_runner->run(jobId);
                                    emit runFinished(result);
                                }
                                ended();
                            });
                    connect(m_run.get(), &Rules::RuleRun::failed, this, fail);
                    if (!dryRun)
                        emit runStarted(ruleId);
                    m_run->start(ruleId, dryRun);
                },
                Sync::PortalSession::ClientUse::Background);
        });
}

void RuleScheduler::ended()
{
    m_current = 0;
    // Not deleted from within its own signal.
    if (m_run)
        m_run.release()->deleteLater();
    m_client.reset();
    startNext();
    if (!isBusy())
        emit idle();
}

} // namespace SeqDesk::Jobs
