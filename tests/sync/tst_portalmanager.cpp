// PortalManager against the sandbox over loopback, a temp-file mirror and an in-memory
// keychain: loading, connecting, the demo portal, tokens, the scheduler and forgetting.
#include "hubspot/HubSpotClient.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "store/StoreWorker.h"
#include "sync/PortalManager.h"
#include "sync/SyncScheduler.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace SeqDesk;
using Store::SyncRunRecord;
using Store::SyncStatus;
using Store::SyncTrigger;

namespace {

const QString kPortalId = QStringLiteral("4242424"); // the sandbox's portal

class Fixture final
{
    Q_DISABLE_COPY_MOVE(Fixture)
public:
    Fixture()
        : server(Sandbox::SandboxConfig {})
    { }

    bool setUp(bool withDemo = true)
    {
        if (!server.start() || !dir.isValid())
            return false;
        std::optional<QString> opened;
        store.open(dir.filePath(QStringLiteral("mirror.sqlite")), &context,
                   [&](QString error) { opened = error; });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 10000) || !opened->isEmpty())
            return false;
        Sync::DemoStarter demo;
        if (withDemo) {
            demo = [this] {
                ++demoStarts;
                Sync::DemoEndpoint e;
                e.error = demoError;
                if (e.error.isEmpty()) {
                    e.baseUrl = server.baseUrl();
                    e.token = server.token();
                }
                return e;
            };
        }
        scheduler.setCheckInterval(3600 * 1000); // only start() asks, in these tests
        manager = std::make_unique<Sync::PortalManager>(&nam, &secrets, &store, &scheduler, demo,
                                                        &policy);
        return true;
    }

    template<typename Job, typename R = std::invoke_result_t<Job &, Store::Stores &>>
    std::optional<R> call(Job job)
    {
        auto out = std::make_shared<std::optional<R>>();
        store.run(std::move(job), &context, [out](R r) { *out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out->has_value(); }, 10000))
            return std::nullopt;
        return *out;
    }

    // A portal row as a previous session left it.
    bool addStoredPortal(const QDateTime &lastSyncAt,
                         const QString &apiVersion = QStringLiteral("2026-03"))
    {
        Store::PortalRecord p;
        p.portalId = kPortalId;
        p.name = QStringLiteral("Stored portal");
        p.apiVersion = apiVersion;
        p.baseUrl = server.baseUrl().toString();
        p.lastSyncAt = lastSyncAt;
        return call([p](Store::Stores &s) { return s.portals.upsert(p); }).value_or(false);
    }

    bool load()
    {
        QSignalSpy loaded(manager.get(), &Sync::PortalManager::loaded);
        manager->load();
        return loaded.wait(10000);
    }

    void storeToken(const QString &token)
    {
        secrets.write(Secrets::SecretStore::portalTokenKey(kPortalId), token, nullptr,
                      [](const Secrets::SecretResult &) {});
    }

    std::optional<QString> storedToken()
    {
        std::optional<Secrets::SecretResult> out;
        secrets.read(Secrets::SecretStore::portalTokenKey(kPortalId), &context,
                     [&](const Secrets::SecretResult &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000) || !out->ok())
            return std::nullopt;
        return out->secret;
    }

    // Waits for the next finished sync of the portal.
    static SyncRunRecord nextRun(QSignalSpy &finished)
    {
        if (finished.isEmpty() && !finished.wait(30000))
            return {};
        return finished.takeFirst().at(1).value<SyncRunRecord>();
    }

    // Until the engine (not the keychain read) runs the portal's sync.
    bool waitForEngine()
    {
        return QTest::qWaitFor(
            [this] {
                const auto p = manager->progress(kPortalId);
                return p && !p->stage.contains(QStringLiteral("keychain"))
                    && !p->stage.contains(QStringLiteral("Starting"));
            },
            10000);
    }

    QList<SyncRunRecord> storedRuns()
    {
        return call([](Store::Stores &s) { return s.syncRuns.runs(kPortalId, 100); })
            .value_or(QList<SyncRunRecord>());
    }

    int sequencesInMirror()
    {
        return int(call([](Store::Stores &s) { return s.sequences.sequences(kPortalId); })
                       .value_or(QList<Store::SequenceRecord>())
                       .size());
    }

    Sandbox::SandboxServer server;
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    QObject context;
    Store::StoreWorker store;
    Secrets::MemorySecretStore secrets;
    Sync::SyncScheduler scheduler {nullptr};
    Sync::DemoPortalPolicy policy;
    std::unique_ptr<Sync::PortalManager> manager;
    int demoStarts = 0;
    QString demoError;
};

} // namespace

class TestPortalManager final : public QObject
{
    Q_OBJECT

private slots:
    void loadEndsRunsAKilledProcessLeftRunning();
    void connectedPortalIsSavedAndSyncedWithTriggerConnect();
    void reenteredTokenReplacesTheClientAndSyncsWithTriggerToken();
    void syncReadsTheTokenFromTheKeychain();
    void backgroundWorkGetsItsOwnClientWithItsShare();
    void missingTokenFailsTheRunAndAsksForIt();
    void rejectedTokenAsksForANewOne();
    void secondSyncWhileOneRunsIsRefused();
    void cancelWhileReadingTheTokenEndsCancelled();
    void newTokenDuringARunRestartsWithItAfterwards();
    void forgetDuringARunEndsItAndRemovesEverything();
    void startupSyncsOnlyPortalsNotSyncedForADay();
    void scheduledCheckSyncsADuePortalWithTriggerScheduled();
    void demoPortalIsAddedOnceAndSyncedFromTheSandbox();
    void demoThatCannotStartSaysWhy();
    void forgetRemovesTokenAndEveryRow();
    void forgetKeepsEverythingWhenTheKeychainFails();
    void storedPortalKeepsItsVersionUntilANewTokenChangesIt();
    void newPortalsGetTheNewestVersion();
    void demoPortalOpenedBeforeKeepsItsVersion();
};

void TestPortalManager::loadEndsRunsAKilledProcessLeftRunning()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    const QDateTime startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(f.call([startedAt](Store::Stores &s) {
                 return s.syncRuns.start(kPortalId, SyncTrigger::Manual, startedAt).has_value();
             }).value_or(false));
    QVERIFY(f.load());
    QCOMPARE(f.manager->portals().size(), 1);
    QCOMPARE(f.manager->portals().first().name, QStringLiteral("Stored portal"));
    const SyncRunRecord last = f.manager->lastRun(kPortalId);
    QCOMPARE(last.status, SyncStatus::Failed);
    QVERIFY(last.error.contains(QStringLiteral("closed")));
    QVERIFY(!f.manager->isSyncing(kPortalId));
}

void TestPortalManager::connectedPortalIsSavedAndSyncedWithTriggerConnect()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.load());
    QSignalSpy added(f.manager.get(), &Sync::PortalManager::portalAdded);
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    HubSpot::AccountDetails account;
    account.portalId = kPortalId.toLongLong();
    account.portalName = QStringLiteral("Acme");
    account.timeZone = QStringLiteral("Europe/Berlin");
    Sync::ConnectRequest request;
    request.token = f.server.token();
    request.baseUrl = f.server.baseUrl();
    f.manager->addConnected(account, request);
    QVERIFY(added.wait(10000));
    QCOMPARE(added.first().first().toString(), kPortalId);
    const SyncRunRecord run = Fixture::nextRun(finished);
    QCOMPARE(run.status, SyncStatus::Succeeded);
    QCOMPARE(run.trigger, SyncTrigger::Connect);
    QVERIFY(run.added > 0);
    QCOMPARE(f.sequencesInMirror(), run.added);
    const auto portal = f.manager->portal(kPortalId);
    QVERIFY(portal);
    QCOMPARE(portal->baseUrl, f.server.baseUrl().toString());
    QVERIFY(portal->lastSyncAt.isValid());
    QVERIFY(!Sync::isDemoPortal(*portal));
    // The token went to the keychain only, never into the mirror's files.
    const QStringList files = QDir(f.dir.path()).entryList(QDir::Files);
    QVERIFY(files.contains(QStringLiteral("mirror.sqlite")));
    for (const QString &name : files) {
        QFile file(f.dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(f.server.token().toUtf8()), qPrintable(name));
    }
    // The scheduler now knows the portal, next due a day after this sync.
    QVERIFY(f.scheduler.portals().contains(kPortalId));
    QVERIFY(f.scheduler.nextDueAt(kPortalId) > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
}

void TestPortalManager::reenteredTokenReplacesTheClientAndSyncsWithTriggerToken()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.load());
    f.storeToken(QStringLiteral("pat-na1-old"));
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    QVERIFY(f.manager->sync(kPortalId, SyncTrigger::Manual));
    QCOMPARE(Fixture::nextRun(finished).status, SyncStatus::Failed); // the old token: 401

    HubSpot::AccountDetails account;
    account.portalId = kPortalId.toLongLong();
    Sync::ConnectRequest request;
    request.token = f.server.token();
    request.baseUrl = f.server.baseUrl();
    f.manager->addConnected(account, request);
    const SyncRunRecord run = Fixture::nextRun(finished);
    QCOMPARE(run.trigger, SyncTrigger::Token);
    QCOMPARE(run.status, SyncStatus::Succeeded);
    QCOMPARE(f.manager->portals().size(), 1);
}

void TestPortalManager::syncReadsTheTokenFromTheKeychain()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.load());
    f.storeToken(f.server.token());
    QSignalSpy started(f.manager.get(), &Sync::PortalManager::syncStarted);
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    QVERIFY(f.manager->sync(kPortalId, SyncTrigger::Manual));
    QCOMPARE(started.size(), 1);
    QVERIFY(f.manager->isSyncing(kPortalId));
    const SyncRunRecord run = Fixture::nextRun(finished);
    QCOMPARE(run.status, SyncStatus::Succeeded);
    QCOMPARE(run.trigger, SyncTrigger::Manual);
    QVERIFY(!f.manager->isSyncing(kPortalId));
    // The HubSpot name replaced the stored one once the row was read back.
    QTRY_COMPARE(f.manager->portal(kPortalId)->name,
                 QStringLiteral("Acme Software (SeqDesk sandbox)"));
}

void TestPortalManager::backgroundWorkGetsItsOwnClientWithItsShare()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.load());
    f.storeToken(f.server.token());
    f.manager->setBackgroundShare(0.3);
    std::shared_ptr<HubSpot::HubSpotClient> interactive;
    std::shared_ptr<HubSpot::HubSpotClient> background;
    QObject context;
    f.manager->withClient(kPortalId, &context,
                          [&](std::shared_ptr<HubSpot::HubSpotClient> c, const QString &) {
                              interactive = std::move(c);
                          });
    f.manager->withClient(
        kPortalId, &context,
        [&](std::shared_ptr<HubSpot::HubSpotClient> c, const QString &) {
            background = std::move(c);
        },
        Sync::PortalSession::ClientUse::Background);
    QTRY_VERIFY(interactive && background);
    QVERIFY(interactive != background);
    QCOMPARE(interactive->config().rateShare, 1.0);
    QCOMPARE(background->config().rateShare, 0.3);
    QCOMPARE(background->config().baseUrl, interactive->config().baseUrl);
    // The same token: HubSpot answers both.
    std::optional<bool> ok;
    background->accountDetails(&context,
                               [&](HubSpot::Result<HubSpot::AccountDetails> r) { ok = r.ok(); });
    QTRY_VERIFY(ok.has_value());
    QVERIFY(*ok);
}

void TestPortalManager::missingTokenFailsTheRunAndAsksForIt()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.load());
    QSignalSpy asked(f.manager.get(), &Sync::PortalManager::tokenProblem);
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    QVERIFY(f.manager->sync(kPortalId, SyncTrigger::Manual));
    const SyncRunRecord run = Fixture::nextRun(finished);
    QCOMPARE(run.status, SyncStatus::Failed);
    QVERIFY(run.error.contains(QStringLiteral("no token")));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toString(), kPortalId);
    QVERIFY(!f.manager->isSyncing(kPortalId)); // a new token can start the next run
    // Recorded in the history like any run.
    QTRY_COMPARE(
        f.call([](Store::Stores &s) { return s.syncRuns.runs(kPortalId, 10).size(); }).value_or(0),
        1);
    QCOMPARE(f.sequencesInMirror(), 0);
}

void TestPortalManager::rejectedTokenAsksForANewOne()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.load());
    f.storeToken(f.server.token());
    f.server.revokeToken();
    QSignalSpy asked(f.manager.get(), &Sync::PortalManager::tokenProblem);
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    QVERIFY(f.manager->sync(kPortalId, SyncTrigger::Manual));
    QCOMPARE(Fixture::nextRun(finished).status, SyncStatus::Failed);
    QCOMPARE(asked.size(), 1);
}

void TestPortalManager::secondSyncWhileOneRunsIsRefused()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.load());
    f.storeToken(f.server.token());
    QSignalSpy started(f.manager.get(), &Sync::PortalManager::syncStarted);
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    QVERIFY(f.manager->sync(kPortalId, SyncTrigger::Manual));
    QVERIFY(f.manager->progress(kPortalId)); // stage known from the start
    QVERIFY(!f.manager->sync(kPortalId, SyncTrigger::Manual)); // reading the token
    QVERIFY(f.waitForEngine());
    QVERIFY(!f.manager->sync(kPortalId, SyncTrigger::Scheduled)); // the engine runs
    QCOMPARE(Fixture::nextRun(finished).status, SyncStatus::Succeeded);
    QCOMPARE(started.size(), 1);
    QCOMPARE(f.storedRuns().size(), 1);
    QVERIFY(!f.manager->progress(kPortalId));
}

void TestPortalManager::cancelWhileReadingTheTokenEndsCancelled()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.load());
    f.storeToken(f.server.token());
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    QSignalSpy started(f.manager.get(), &Sync::PortalManager::syncStarted);
    QVERIFY(f.manager->sync(kPortalId, SyncTrigger::Scheduled));
    f.manager->cancelSync(kPortalId);
    const SyncRunRecord run = Fixture::nextRun(finished);
    QCOMPARE(run.status, SyncStatus::Cancelled);
    QCOMPARE(run.trigger, SyncTrigger::Scheduled);
    // The keychain's answer came meanwhile (queued before this store round trip ended).
    const QList<SyncRunRecord> runs = f.storedRuns();
    QCOMPARE(runs.size(), 1); // recorded, with its trigger
    QCOMPARE(runs.first().status, SyncStatus::Cancelled);
    QCOMPARE(runs.first().trigger, SyncTrigger::Scheduled);
    QCOMPARE(started.size(), 1);
    QCOMPARE(finished.size(), 0); // nothing else ended
    QCOMPARE(f.sequencesInMirror(), 0);
    QVERIFY(!f.manager->isSyncing(kPortalId));
}

void TestPortalManager::newTokenDuringARunRestartsWithItAfterwards()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.load());
    f.storeToken(f.server.token());
    QSignalSpy started(f.manager.get(), &Sync::PortalManager::syncStarted);
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    QVERIFY(f.manager->sync(kPortalId, SyncTrigger::Manual));
    QVERIFY(f.waitForEngine());
    HubSpot::AccountDetails account;
    account.portalId = kPortalId.toLongLong();
    Sync::ConnectRequest request;
    request.token = f.server.token();
    request.baseUrl = f.server.baseUrl();
    f.manager->addConnected(account, request);
    const SyncRunRecord first = Fixture::nextRun(finished);
    // Cancelled, unless it was already writing its snapshot (then it completes).
    QVERIFY(first.status == SyncStatus::Cancelled || first.status == SyncStatus::Succeeded);
    const SyncRunRecord second = Fixture::nextRun(finished);
    QCOMPARE(second.trigger, SyncTrigger::Token);
    QCOMPARE(second.status, SyncStatus::Succeeded);
    QCOMPARE(started.size(), 2); // never two at once, none lost
    const QList<SyncRunRecord> runs = f.storedRuns();
    QCOMPARE(runs.size(), 2);
    for (const SyncRunRecord &r : runs)
        QVERIFY(r.status != SyncStatus::Running);
}

void TestPortalManager::forgetDuringARunEndsItAndRemovesEverything()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.load());
    f.storeToken(f.server.token());
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    QSignalSpy asked(f.manager.get(), &Sync::PortalManager::tokenProblem);
    QSignalSpy forgotten(f.manager.get(), &Sync::PortalManager::forgotten);
    QVERIFY(f.manager->sync(kPortalId, SyncTrigger::Manual));
    QVERIFY(f.waitForEngine());
    f.manager->forget(kPortalId);
    QVERIFY(!f.manager->sync(kPortalId, SyncTrigger::Manual)); // being forgotten
    QVERIFY(forgotten.wait(10000));
    QTRY_COMPARE(finished.size(), 1); // the run still ended
    QCOMPARE(asked.size(), 0);
    QVERIFY(!f.storedToken());
    QCOMPARE(f.sequencesInMirror(), 0);
    QCOMPARE(f.storedRuns().size(), 0);
    QCOMPARE(f.call([](Store::Stores &s) { return s.portals.portals().size(); }).value_or(-1), 0);
}

void TestPortalManager::startupSyncsOnlyPortalsNotSyncedForADay()
{
    for (const int hoursAgo : {1, 25}) {
        Fixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600)));
        f.storeToken(f.server.token());
        QSignalSpy started(f.manager.get(), &Sync::PortalManager::syncStarted);
        QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
        QVERIFY(f.load()); // the scheduler asked before load() returned
        if (hoursAgo == 1) {
            QCOMPARE(started.size(), 0);
            continue;
        }
        QCOMPARE(started.size(), 1);
        const SyncRunRecord run = Fixture::nextRun(finished);
        QCOMPARE(run.trigger, SyncTrigger::Startup);
        QCOMPARE(run.status, SyncStatus::Succeeded);
        QVERIFY(f.scheduler.nextDueAt(kPortalId)
                > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
    }
}

void TestPortalManager::scheduledCheckSyncsADuePortalWithTriggerScheduled()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    f.storeToken(f.server.token());
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    QVERIFY(f.load());
    QCOMPARE(finished.size(), 0); // synced just now: not due
    // As if a day had passed since that sync and since any attempt.
    f.scheduler.setInterval(0);
    f.scheduler.setRetryInterval(0);
    f.scheduler.check();
    const SyncRunRecord run = Fixture::nextRun(finished);
    QCOMPARE(run.trigger, SyncTrigger::Scheduled);
    QCOMPARE(run.status, SyncStatus::Succeeded);
}

void TestPortalManager::demoPortalIsAddedOnceAndSyncedFromTheSandbox()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.load());
    QSignalSpy added(f.manager.get(), &Sync::PortalManager::portalAdded);
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    f.manager->openDemo();
    const SyncRunRecord first = Fixture::nextRun(finished);
    QCOMPARE(first.status, SyncStatus::Succeeded);
    QCOMPARE(first.trigger, SyncTrigger::Connect);
    QCOMPARE(added.size(), 1);
    const auto portal = f.manager->portal(kPortalId);
    QVERIFY(portal && Sync::isDemoPortal(*portal));
    QCOMPARE(portal->baseUrl, Sync::demoBaseUrl()); // not the sandbox's port
    QVERIFY(!f.scheduler.portals().contains(kPortalId)); // synced when opened, not daily
    QVERIFY(!f.storedToken()); // the demo token never goes to the keychain

    f.manager->openDemo(); // again: same portal, synced again, nothing added
    const SyncRunRecord second = Fixture::nextRun(finished);
    QCOMPARE(second.status, SyncStatus::Succeeded);
    QCOMPARE(second.trigger, SyncTrigger::Manual);
    QCOMPARE(second.added, 0);
    QCOMPARE(added.size(), 1);
    QCOMPARE(f.manager->portals().size(), 1);
}

void TestPortalManager::demoThatCannotStartSaysWhy()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.load());
    f.demoError = QStringLiteral("port in use");
    QSignalSpy failed(f.manager.get(), &Sync::PortalManager::demoFailed);
    f.manager->openDemo();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("port in use"));
    QVERIFY(f.manager->portals().isEmpty());
}

void TestPortalManager::forgetRemovesTokenAndEveryRow()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.load());
    f.storeToken(f.server.token());
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    QVERIFY(f.manager->sync(kPortalId, SyncTrigger::Manual));
    QCOMPARE(Fixture::nextRun(finished).status, SyncStatus::Succeeded);
    QVERIFY(f.sequencesInMirror() > 0);

    QSignalSpy forgotten(f.manager.get(), &Sync::PortalManager::forgotten);
    f.manager->forget(kPortalId);
    QVERIFY(forgotten.wait(10000));
    QVERIFY(!f.storedToken());
    QVERIFY(f.manager->portals().isEmpty());
    QVERIFY(!f.scheduler.portals().contains(kPortalId));
    QCOMPARE(f.sequencesInMirror(), 0);
    QCOMPARE(f.call([](Store::Stores &s) { return s.portals.portals().size(); }).value_or(-1), 0);
    QCOMPARE(
        f.call([](Store::Stores &s) { return s.syncRuns.runs(kPortalId, 10).size(); }).value_or(-1),
        0);
    QVERIFY(!f.manager->sync(kPortalId, SyncTrigger::Manual));
}

void TestPortalManager::forgetKeepsEverythingWhenTheKeychainFails()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.load());
    f.storeToken(f.server.token());
    f.secrets.setAvailable(false);
    QSignalSpy problem(f.manager.get(), &Sync::PortalManager::problem);
    QSignalSpy forgotten(f.manager.get(), &Sync::PortalManager::forgotten);
    f.manager->forget(kPortalId);
    QVERIFY(problem.wait(5000));
    QVERIFY(problem.first().first().toString().contains(QStringLiteral("Nothing was forgotten")));
    QCOMPARE(forgotten.size(), 0);
    QCOMPARE(f.manager->portals().size(), 1);
    f.secrets.setAvailable(true);
    QCOMPARE(f.storedToken(), f.server.token());
}

void TestPortalManager::storedPortalKeepsItsVersionUntilANewTokenChangesIt()
{
    for (const QString &stored :
         {QStringLiteral("2026-03"), QString(), QStringLiteral("v4"), QStringLiteral("dated")}) {
        Fixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.addStoredPortal(QDateTime::currentDateTimeUtc(), stored));
        QVERIFY(f.load());
        f.storeToken(f.server.token());
        QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
        QVERIFY(f.manager->sync(kPortalId, SyncTrigger::Manual));
        QCOMPARE(Fixture::nextRun(finished).status, SyncStatus::Succeeded);
        // Every request of the sync went to the stored version's paths.
        const QString expected
            = stored == QLatin1String("v4") ? QStringLiteral("legacy") : QStringLiteral("2026-03");
        const QMap<QString, int> versions = f.server.stats().versions;
        QCOMPARE(versions.keys(), QStringList {expected});
        const auto row = f.call([](Store::Stores &s) { return s.portals.portal(kPortalId); });
        QVERIFY(row && *row);
        QCOMPARE((*row)->apiVersion, stored); // the mirror's text is left as it was
        if (stored != QLatin1String("2026-03"))
            continue;
        // A new token with another version is the user changing it.
        HubSpot::AccountDetails account;
        account.portalId = kPortalId.toLongLong();
        Sync::ConnectRequest request;
        request.token = f.server.token();
        request.baseUrl = f.server.baseUrl();
        request.apiVersion = HubSpot::ApiVersion::D2026_09;
        f.manager->addConnected(account, request);
        QCOMPARE(Fixture::nextRun(finished).status, SyncStatus::Succeeded);
        QCOMPARE(f.manager->portal(kPortalId)->apiVersion, QStringLiteral("2026-09"));
        QVERIFY(f.server.stats().versions.value(QStringLiteral("2026-09")) > 0);
    }
}

void TestPortalManager::newPortalsGetTheNewestVersion()
{
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.load());
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    f.manager->openDemo();
    QCOMPARE(Fixture::nextRun(finished).status, SyncStatus::Succeeded);
    QCOMPARE(f.manager->portal(kPortalId)->apiVersion, QStringLiteral("2026-09"));
    QCOMPARE(f.server.stats().versions.keys(), QStringList {QStringLiteral("2026-09")});

    Fixture g;
    QVERIFY(g.setUp());
    QVERIFY(g.load());
    QSignalSpy synced(g.manager.get(), &Sync::PortalManager::syncFinished);
    HubSpot::AccountDetails account;
    account.portalId = kPortalId.toLongLong();
    Sync::ConnectRequest request; // as the connect dialog gives it by default
    request.token = g.server.token();
    request.baseUrl = g.server.baseUrl();
    g.manager->addConnected(account, request);
    QCOMPARE(Fixture::nextRun(synced).status, SyncStatus::Succeeded);
    QCOMPARE(g.manager->portal(kPortalId)->apiVersion, QStringLiteral("2026-09"));
}

void TestPortalManager::demoPortalOpenedBeforeKeepsItsVersion()
{
    Fixture f;
    QVERIFY(f.setUp());
    Store::PortalRecord p;
    p.portalId = kPortalId;
    p.name = QStringLiteral("Demo portal");
    p.apiVersion = QStringLiteral("2026-03");
    p.baseUrl = Sync::demoBaseUrl();
    QVERIFY(f.call([p](Store::Stores &s) { return s.portals.upsert(p); }).value_or(false));
    QVERIFY(f.load());
    QSignalSpy finished(f.manager.get(), &Sync::PortalManager::syncFinished);
    f.manager->openDemo();
    QCOMPARE(Fixture::nextRun(finished).status, SyncStatus::Succeeded);
    QCOMPARE(f.manager->portal(kPortalId)->apiVersion, QStringLiteral("2026-03"));
    // Its account call asks in the newest version (the portal is not known yet), the sync
    // in the stored one.
    QVERIFY(f.server.stats().versions.value(QStringLiteral("2026-03")) > 0);
}

QTEST_MAIN(TestPortalManager)
#include "tst_portalmanager.moc"
