#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace SeqDesk::Store {
class StoreWorker;
struct SyncRunRecord;
} // namespace SeqDesk::Store
namespace SeqDesk::Sync {
class PortalManager;
}

namespace SeqDesk::Jobs {

// The demo portal as a user's portal looks after a while, so every page has something to
// show: after its first sync it gets a sample enrollment history (DemoHistory), one of its
// sequences is paused in SeqDesk, and one is deleted in "HubSpot" (the sandbox) and synced
// again, so it is archived with its history kept. With the demo's drafts (no steps), every
// status has members; and an enrollment rule is ready on the demo's growing list of trial
// signups, so the Rules page shows runs. The changes are real: the sandbox really deletes the
// sequence, the pause and the rule are SeqDesk's own. main() builds it for the demo portal
// only.
class DemoShowcase final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoShowcase)

public:
    // Deletes the sequence of that name in the demo's HubSpot (the sandbox); false if it
    // could not.
    using DeleteInHubSpot = std::function<bool(const QString &sequenceName)>;
    // The id of the demo's contact list of that name in "HubSpot"; empty when none.
    using FindList = std::function<QString(const QString &listName)>;

    // Not owned.
    DemoShowcase(Sync::PortalManager *portals, Store::StoreWorker *store,
                 DeleteInHubSpot deleteInHubSpot, FindList findList = {},
                 QObject *parent = nullptr);
    ~DemoShowcase() override;

    static QString retiredSequenceName(); // deleted in HubSpot after the first sync
    static QString pausedSequenceName(); // paused in SeqDesk
    static QString ruleListName(); // the demo rule's list (it grows in the sandbox)
    static QString ruleSequenceName(); // the demo rule's sequence

    // A sandbox starting now stands for a HubSpot the demo portal already synced with: it
    // starts without the sequence deleted back then, as HubSpot would.
    void prepareSandbox();
    // The demo portal's id once it synced in this run (empty before).
    QString demoPortalId() const { return m_demoPortalId; }

signals:
    // The demo portal's mirror is complete for this run (after its sync, and the second sync
    // that archives the deleted sequence when one was needed).
    void ready(const QString &portalId);

private:
    void onSyncFinished(const QString &portalId, const Store::SyncRunRecord &run);

    Sync::PortalManager *m_portals;
    Store::StoreWorker *m_store;
    DeleteInHubSpot m_deleteInHubSpot;
    FindList m_findList;
    QString m_demoPortalId;
};

} // namespace SeqDesk::Jobs
