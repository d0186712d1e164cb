#pragma once

#include "hubspot/Types.h"
#include "store/Records.h"
#include "sync/PortalConnector.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <unordered_map>

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

// Where the demo portal answers: main.cpp starts the sandbox and gives its base URL and
// token, or an error text.
struct DemoEndpoint
{
    QUrl baseUrl;
    QString token;
    QString error;
};
using DemoStarter = std::function<DemoEndpoint()>;

// The connected portals and their syncs, for the main window and the scheduler.
//
// A portal is a row of the mirror plus a token: real portals keep theirs in the keychain
// (read when the first sync needs it), the demo portal (base URL kDemoBaseUrl in its row)
// gets the sandbox's from the DemoStarter. Each portal has one SyncEngine, so a second sync
// of a portal is refused while one runs. The scheduler's syncDue() starts syncs here, and
// every successful run is reported back to it.
class PortalManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalManager)

public:
    // The base URL stored for the demo portal: the sandbox's port changes at every start.
    static QString demoBaseUrl() { return QStringLiteral("seqdesk-demo:"); }

    // Not owned. `scheduler` and `demo` may be null; `clock` null = system clock.
    PortalManager(QNetworkAccessManager *nam, Secrets::SecretStore *secrets,
                  Store::StoreWorker *store, SyncScheduler *scheduler, DemoStarter demo,
                  const Clock *clock = nullptr, QObject *parent = nullptr);
    ~PortalManager() override;

    // After the store opened: ends runs a killed process left "running", reads the portals
    // and their last runs, emits loaded(), then starts the scheduler (which asks for the
    // portals not synced for 24 h).
    void load();
    bool isLoaded() const { return m_loaded; }

    QList<Store::PortalRecord> portals() const; // by name
    std::optional<Store::PortalRecord> portal(const QString &portalId) const;
    // The last finished run of the portal (id 0 if none).
    Store::SyncRunRecord lastRun(const QString &portalId) const;
    static bool isDemo(const Store::PortalRecord &portal);

    // A portal PortalConnector checked (its token is in the keychain): saves its row and
    // syncs it (trigger Connect; Token when the portal was known, i.e. a re-entered token).
    void addConnected(const HubSpot::AccountDetails &account, const ConnectRequest &request);
    // Starts the demo sandbox, adds its portal if missing, and syncs it. demoFailed() if the
    // sandbox cannot start.
    void openDemo();

    // Starts a sync unless one of the portal runs (false then). Reads the token first if
    // needed; a missing token ends in tokenProblem().
    bool sync(const QString &portalId, Store::SyncTrigger trigger);
    void cancelSync(const QString &portalId);
    bool isSyncing(const QString &portalId) const;

    // "Forget portal": cancels its sync, removes its token from the keychain, then every row
    // of it from the mirror. If the token cannot be removed nothing is removed (problem()).
    void forget(const QString &portalId);

signals:
    void loaded();
    void portalsChanged();
    void portalAdded(const QString &portalId);
    void demoFailed(const QString &message);
    void syncStarted(const QString &portalId, SeqDesk::Store::SyncTrigger trigger);
    // `total` 0 = no known end.
    void syncProgress(const QString &portalId, const QString &stage, int done, int total);
    void syncFinished(const QString &portalId, const SeqDesk::Store::SyncRunRecord &run);
    // The portal's token is missing or the keychain refused it: ask the user for it.
    void tokenProblem(const QString &portalId, const QString &message);
    void forgotten(const QString &portalId);
    // Anything else that went wrong, for the status bar.
    void problem(const QString &message);

private:
    struct Session;

    Session &session(const QString &portalId);
    void startEngine(const QString &portalId, Store::SyncTrigger trigger);
    void createClient(Session &s, const Store::PortalRecord &portal, const QUrl &baseUrl,
                      const QString &token);
    void onFinished(const QString &portalId, const Store::SyncRunRecord &run);
    void savePortal(const Store::PortalRecord &portal, Store::SyncTrigger trigger,
                    const QString &token, const QUrl &baseUrl);
    void removeData(const QString &portalId);

    QNetworkAccessManager *m_nam;
    Secrets::SecretStore *m_secrets;
    Store::StoreWorker *m_store;
    SyncScheduler *m_scheduler;
    DemoStarter m_demo;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    bool m_loaded = false;
    QHash<QString, Store::PortalRecord> m_portals;
    QHash<QString, Store::SyncRunRecord> m_lastRuns;
    std::unordered_map<QString, std::unique_ptr<Session>> m_sessions;
};

} // namespace SeqDesk::Sync
