#pragma once

#include "hubspot/Types.h"
#include "store/Records.h"
#include "sync/DemoPortal.h"
#include "sync/PortalConnector.h"
#include "sync/PortalPolicy.h"
#include "sync/PortalSession.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace SeqDesk {
class Clock;
}
namespace SeqDesk::Secrets {
class SecretStore;
}
namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Sync {

class SyncScheduler;

// The connected portals and their syncs, for the main window and the scheduler.
//
// A portal is a row of the mirror plus a PortalSession (client, engine, token). The
// scheduler's syncDue() starts syncs here, and every successful run is reported back to it;
// a portal whose token is missing or rejected leaves the schedule until a new token comes.
class PortalManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalManager)

public:
    // Not owned. `scheduler` and `demo` may be null; `policy` not (what sets the demo portal
    // apart); `clock` null = system clock.
    PortalManager(QNetworkAccessManager *nam, Secrets::SecretStore *secrets,
                  Store::StoreWorker *store, SyncScheduler *scheduler, DemoStarter demo,
                  const PortalPolicy *policy, const Clock *clock = nullptr,
                  QObject *parent = nullptr);
    ~PortalManager() override;

    // After the store opened: ends runs a killed process left "running", reads the portals
    // and their last runs, emits loaded(), then starts the scheduler (which asks for the
    // portals not synced for 24 h).
    void load();
    bool isLoaded() const { return m_loaded; }

    QList<Store::PortalRecord> portals() const; // by name
    std::optional<Store::PortalRecord> portal(const QString &portalId) const;
    // How each kind of portal is treated (the one main.cpp chose).
    const PortalPolicy &policy() const { return *m_policy; }
    // The last finished run of the portal (id 0 if none).
    Store::SyncRunRecord lastRun(const QString &portalId) const;

    // A portal PortalConnector checked (its token is in the keychain): saves its row and
    // syncs it (trigger Connect; Token when the portal was known, i.e. a re-entered token).
    void addConnected(const HubSpot::AccountDetails &account, const ConnectRequest &request);
    // Starts the demo sandbox, adds its portal if missing, and syncs it. demoFailed() if the
    // sandbox cannot start.
    void openDemo();

    // Starts a sync unless one of the portal runs or it is being forgotten (false then).
    bool sync(const QString &portalId, Store::SyncTrigger trigger);
    void cancelSync(const QString &portalId);
    bool isSyncing(const QString &portalId) const;
    std::optional<SyncProgress> progress(const QString &portalId) const; // nullopt: idle
    // What the portal's running sync read and has not saved (empty when idle).
    UnsavedReading unsaved(const QString &portalId) const;

    // The portal's HubSpot client (PortalSession::withClient); a null one and why when the
    // portal is unknown or its token cannot be read.
    void withClient(const QString &portalId, QObject *context, PortalSession::ClientCallback done,
                    PortalSession::ClientUse use = PortalSession::ClientUse::Interactive);
    // The part of HubSpot's limit background work (enrollment rules) may use, from now on
    // (0.05 to 1; default a half).
    void setBackgroundShare(double share);
    double backgroundShare() const { return m_backgroundShare; }

    // "Forget portal": cancels its sync, removes its token from the keychain, then every row
    // of it from the mirror. If the token cannot be removed nothing is removed (problem()).
    void forget(const QString &portalId);

signals:
    void loaded();
    void portalsChanged();
    void portalAdded(const QString &portalId);
    // A portal was connected or the demo opened: the window shows it.
    void portalOpened(const QString &portalId);
    void demoFailed(const QString &message);
    void syncStarted(const QString &portalId, SeqDesk::Store::SyncTrigger trigger);
    void syncProgress(const QString &portalId, const SeqDesk::Sync::SyncProgress &progress);
    // A part of what the portal's running sync read and has not saved yet.
    void syncRead(const QString &portalId, const SeqDesk::Sync::UnsavedReading &more);
    // Once for every syncStarted().
    void syncFinished(const QString &portalId, const SeqDesk::Store::SyncRunRecord &run);
    // After syncFinished(): the portal's token is missing, rejected or lacks scopes.
    void tokenProblem(const QString &portalId, const QString &message);
    void forgotten(const QString &portalId);
    // Anything else that went wrong, for the status bar.
    void problem(const QString &message);

private:
    struct Token
    {
        QUrl baseUrl;
        QString token;
        bool replace = true; // false: keep a client the session already has
    };

    PortalSession *session(const QString &portalId);
    void savePortal(const Store::PortalRecord &portal, Store::SyncTrigger trigger,
                    const Token &token);
    void onFinished(const QString &portalId, const Store::SyncRunRecord &run);
    void removeData(const QString &portalId);

    QNetworkAccessManager *m_nam;
    Secrets::SecretStore *m_secrets;
    Store::StoreWorker *m_store;
    SyncScheduler *m_scheduler;
    DemoStarter m_demo;
    const PortalPolicy *m_policy;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    bool m_loaded = false;
    bool m_demoOpening = false;
    QHash<QString, Store::PortalRecord> m_portals;
    QHash<QString, Store::SyncRunRecord> m_lastRuns;
    QHash<QString, PortalSession *> m_sessions; // children
    double m_backgroundShare = 0.5;
};

} // namespace SeqDesk::Sync
