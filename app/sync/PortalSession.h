#pragma once

#include "store/Records.h"
#include "sync/DemoPortal.h"
#include "sync/PortalPolicy.h"
#include "sync/UnsavedReading.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace SeqDesk {
class Clock;
}
namespace SeqDesk::HubSpot {
class HubSpotClient;
struct ApiError;
} // namespace SeqDesk::HubSpot
namespace SeqDesk::Secrets {
class SecretStore;
}
namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Sync {

class SyncEngine;

// What a running sync of a portal is doing, for a window that starts showing it mid-run.
struct SyncProgress
{
    QString stage;
    int done = 0;
    int total = 0; // 0 = no known end
    bool cancellable = true; // false once the snapshot is being written
};

// One portal's syncs: its client and SyncEngine, the token (read from the keychain when the
// first run needs it, or given by the demo sandbox), and the run in progress. Every accepted
// start() ends in exactly one finished(), also when it fails before the engine starts (no
// token, bad base URL) or is cancelled while the keychain answers.
//
// A new token during a run cancels that run and starts one with the new token once it ended,
// so two runs of a portal never overlap.
class PortalSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalSession)

public:
    // Not owned; `demo` may be empty, `policy` and `clock` not null.
    PortalSession(QNetworkAccessManager *nam, Secrets::SecretStore *secrets,
                  Store::StoreWorker *store, DemoStarter demo, const PortalPolicy *policy,
                  const Clock *clock, Store::PortalRecord portal, QObject *parent = nullptr);
    ~PortalSession() override;

    QString portalId() const { return m_portal.portalId; }
    void setPortal(const Store::PortalRecord &portal) { m_portal = portal; }
    bool hasToken() const { return m_client != nullptr; }

    // Accepted (true) unless a run is in progress or the session is closed.
    bool start(Store::SyncTrigger trigger);
    void cancel();
    bool isBusy() const;
    std::optional<SyncProgress> progress() const; // nullopt when idle
    // What the running sync read so far and has not saved (empty when idle).
    UnsavedReading unsaved() const { return isBusy() ? m_unsaved : UnsavedReading {}; }

    // A token to use from now on; starts a run with `trigger` (after the current one ends).
    void setToken(const QUrl &baseUrl, const QString &token, Store::SyncTrigger trigger);

    // The portal's client for other work than syncs (enrollment), read from the keychain (or
    // the demo sandbox) when no run needed it yet. `done` runs on `context`'s thread, maybe
    // at once; a null client comes with the reason. The shared client stays valid for its
    // holder when a new token replaces it here (that holder keeps the old token until it
    // asks again).
    using ClientCallback
        = std::function<void(std::shared_ptr<HubSpot::HubSpotClient>, const QString &error)>;
    // Interactive: the user's own work (the wizard, syncs). Background: enrollment rules, on
    // a client of the same token whose requests keep to backgroundShare() of HubSpot's limit.
    enum class ClientUse { Interactive, Background };
    void withClient(QObject *context, ClientCallback done, ClientUse use = ClientUse::Interactive);
    // The part of HubSpot's per-window limit background work may use (0.05 to 1), from now on.
    void setBackgroundShare(double share);

    // While closed ("Forget portal" in progress) nothing starts; close() cancels the run.
    void close();
    void reopen() { m_closed = false; }

signals:
    void started(SeqDesk::Store::SyncTrigger trigger);
    void progressChanged(const SeqDesk::Sync::SyncProgress &progress);
    // A part of what the running sync read and has not saved yet (SyncEngine::unsavedRead).
    void unsavedRead(const SeqDesk::Sync::UnsavedReading &more);
    void finished(const SeqDesk::Store::SyncRunRecord &run);
    // After finished(): the token is missing, rejected or lacks scopes.
    void tokenProblem(const QString &message);

private:
    struct PendingToken
    {
        QUrl baseUrl;
        QString token;
        Store::SyncTrigger trigger;
    };

    void replaceClient(const QUrl &baseUrl, const QString &token);
    // Starts the demo sandbox and makes its client; the error, empty on success.
    QString startDemoClient();
    QUrl apiBaseUrl() const;
    void readTokenAndRun();
    void runEngine();
    void finishWithout(Store::SyncStatus status, const QString &error);
    void onEngineFinished(const Store::SyncRunRecord &run);
    void onApiFailed(const HubSpot::ApiError &error);
    void report(const QString &stage, int done, int total);

    QNetworkAccessManager *m_nam;
    Secrets::SecretStore *m_secrets;
    Store::StoreWorker *m_store;
    DemoStarter m_demo;
    const PortalPolicy *m_policy;
    const Clock *m_clock;
    Store::PortalRecord m_portal;
    std::shared_ptr<HubSpot::HubSpotClient> m_client;
    std::shared_ptr<HubSpot::HubSpotClient> m_backgroundClient; // same token, its share
    double m_backgroundShare = 0.5;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_starting = false; // accepted; waiting for the token
    bool m_closed = false;
    Store::SyncTrigger m_trigger = Store::SyncTrigger::Manual;
    std::optional<SyncProgress> m_progress;
    UnsavedReading m_unsaved; // of the run in progress
    std::optional<PendingToken> m_pending;
    QString m_tokenProblem; // of the run in progress
};

} // namespace SeqDesk::Sync

Q_DECLARE_METATYPE(SeqDesk::Sync::SyncProgress)
