#include "jobs/DemoShowcase.h"

#include "jobs/DemoHistory.h"
#include "store/StoreWorker.h"
#include "store/Stores.h"
#include "sync/PortalManager.h"

#include <algorithm>

namespace SeqDesk::Jobs {

using namespace SeqDesk::Store;

namespace {

// What one look at the mirror after a sync found and did.
struct Step
{
    bool retiredInMirror = false; // present and not archived yet
};

// The demo rule: new trial signups into the demo's inbound sequence, as the first active
// user who can see it, 25 a run at most, every 15 minutes; due at once.
void seedDemoRule(Stores &s, const QString &portalId, const QString &listId, const QDateTime &now)
{
    std::optional<SequenceRecord> sequence;
    for (const SequenceRecord &r : s.sequences.sequences(portalId)) {
        if (r.name == DemoShowcase::ruleSequenceName() && r.isEnrollable())
            sequence = r;
    }
    if (!sequence)
        return;
    // The sequence's creator sends: whoever created it in HubSpot can send it (the mirror
    // does not know who has a Sales seat, and the first user who can see it may not).
    QList<OwnerRecord> owners = s.owners.activeOwners(portalId);
    std::stable_partition(owners.begin(), owners.end(), [&](const OwnerRecord &o) {
        return o.userId && QString::number(*o.userId) == sequence->ownerUserId;
    });
    for (const OwnerRecord &o : std::as_const(owners)) {
        if (!o.userId || o.email.isEmpty()
            || (!sequence->visibleToUserIds.isEmpty()
                && !sequence->visibleToUserIds.contains(QString::number(*o.userId))))
            continue;
        RuleRecord rule;
        rule.portalId = portalId;
        rule.name = DemoShowcase::tr("New trial signups to %1").arg(sequence->name);
        rule.listId = listId;
        rule.listName = DemoShowcase::ruleListName();
        rule.sequenceId = sequence->sequenceId;
        rule.senders = {o.email};
        rule.perRun = 25;
        rule.createdAt = rule.updatedAt = rule.nextRunAt = now;
        s.rules.create(rule);
        return;
    }
}

} // namespace

DemoShowcase::DemoShowcase(Sync::PortalManager *portals, StoreWorker *store,
                           DeleteInHubSpot deleteInHubSpot, FindList findList, QObject *parent)
    : QObject(parent)
    , m_portals(portals)
    , m_store(store)
    , m_deleteInHubSpot(std::move(deleteInHubSpot))
    , m_findList(std::move(findList))
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

QString DemoShowcase::ruleListName()
{
    return QStringLiteral("Trial signups this week");
}

QString DemoShowcase::ruleSequenceName()
{
    return QStringLiteral("Inbound Demo Request");
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
    const QString ruleListId = m_findList ? m_findList(ruleListName()) : QString();
    m_store->run(
        [portalId, now, ruleListId](Stores &s) {
            Step step;
            // Once: the history, the pause and the rule (the user's to change afterwards).
            const QString retired = retiredSequenceName();
            const QString paused = pausedSequenceName();
            if (seedDemoHistory(s, portalId, now, {retired, paused}) > 0) {
                for (const SequenceRecord &r : s.sequences.sequences(portalId)) {
                    if (r.name == paused)
                        s.sequences.setPaused(portalId, r.sequenceId, true);
                }
                if (!ruleListId.isEmpty())
                    seedDemoRule(s, portalId, ruleListId, now);
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
