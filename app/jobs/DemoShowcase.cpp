#include "jobs/DemoShowcase.h"

#include "jobs/DemoHistory.h"
#include "store/StoreWorker.h"
#include "store/Stores.h"
#include "sync/PortalManager.h"

namespace SeqDesk::Jobs {

using namespace SeqDesk::Store;

namespace {

// What one look at the mirror after a sync found and did.
struct Step
{
    bool retiredInMirror = false; // present and not archived yet
};

} // namespace

DemoShowcase::DemoShowcase(Sync::PortalManager *portals, StoreWorker *store,
                           DeleteInHubSpot deleteInHubSpot, QObject *parent)
    : QObject(parent)
    , m_portals(portals)
    , m_store(store)
    , m_deleteInHubSpot(std::move(deleteInHubSpot))
{
    connect(portals, &Sync::PortalManager::syncFinished, this, &DemoShowcase::onSyncFinished);
}

DemoShowcase::~DemoShowcase() = default;

QString DemoShowcase::retiredSequenceName()
{
    return QStringLiteral("Event Follow-up: SaaStr"); // the event is over
}

QString DemoShowcase::pausedSequenceName()
{
    return QStringLiteral("Year-End Budget Push"); // until the next budget season
}

void DemoShowcase::prepareSandbox()
{
    for (const PortalRecord &p : m_portals->portals()) {
        if (m_portals->policy().isShowcase(p) && p.lastSyncAt.isValid()) {
            m_deleteInHubSpot(retiredSequenceName());
            return;
        }
    }
}

void DemoShowcase::onSyncFinished(const QString &portalId, const SyncRunRecord &run)
{
    const auto portal = m_portals->portal(portalId);
    if (!portal || !m_portals->policy().isShowcase(*portal) || run.status != SyncStatus::Succeeded)
        return;
    m_demoPortalId = portalId;
    const QDateTime now
        = run.finishedAt.isValid() ? run.finishedAt : QDateTime::currentDateTimeUtc();
    m_store->run(
        [portalId, now](Stores &s) {
            Step step;
            // Once: the history, and the pause (both are the user's to change afterwards).
            const QString retired = retiredSequenceName();
            const QString paused = pausedSequenceName();
            if (seedDemoHistory(s, portalId, now, {retired, paused}) > 0) {
                for (const SequenceRecord &r : s.sequences.sequences(portalId)) {
                    if (r.name == paused)
                        s.sequences.setPaused(portalId, r.sequenceId, true);
                }
            }
            for (const SequenceRecord &r : s.sequences.sequences(portalId)) {
                if (r.name == retired)
                    step.retiredInMirror = !r.archivedAt.isValid();
            }
            return step;
        },
        this,
        [this, portalId](const Step &step) {
            // Deleted in HubSpot after the first sync; the next sync archives it.
            if (step.retiredInMirror && m_deleteInHubSpot(retiredSequenceName())
                && m_portals->sync(portalId, SyncTrigger::Manual))
                return; // ready after that sync
            emit ready(portalId);
        });
}

} // namespace SeqDesk::Jobs
