#pragma once

// A sandbox over loopback, a client on it and a temp-file mirror behind a StoreWorker, for
// the sync engine suites.
#include "hubspot/HubSpotClient.h"
#include "sandbox/SandboxServer.h"
#include "store/StoreWorker.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace SyncTest {

using namespace SeqDesk;

inline const QString kPortalId = QStringLiteral("4242424"); // the sandbox's portal

class Harness final
{
    Q_DISABLE_COPY_MOVE(Harness)
public:
    explicit Harness(Sandbox::SandboxConfig config = {})
        : server(config)
    { }

    // Starts the sandbox, opens the mirror and adds the portal row (as connecting does).
    bool setUp()
    {
        if (!server.start() || !dir.isValid())
            return false;
        HubSpot::ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.maxRetries = 1;
        config.backoffBaseMs = 5;
        client = std::make_unique<HubSpot::HubSpotClient>(&nam, config);
        client->setAccessToken(server.token());
        std::optional<QString> opened;
        store.open(dir.filePath(QStringLiteral("mirror.sqlite")), &context,
                   [&](QString error) { opened = error; });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 10000) || !opened->isEmpty())
            return false;
        Store::PortalRecord portal;
        portal.portalId = kPortalId;
        portal.name = QStringLiteral("Sandbox");
        portal.baseUrl = server.baseUrl().toString();
        if (!call([portal](Store::Stores &s) { return s.portals.upsert(portal); }).value_or(false))
            return false;
        engine = std::make_unique<Sync::SyncEngine>(client.get(), &store, kPortalId);
        return true;
    }

    // Runs a job on the store thread and waits for its answer.
    template<typename Job, typename R = std::invoke_result_t<Job &, Store::Stores &>>
    std::optional<R> call(Job job)
    {
        auto out = std::make_shared<std::optional<R>>(); // outlives a timed-out wait
        store.run(std::move(job), &context, [out](R r) { *out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out->has_value(); }, 10000))
            return std::nullopt;
        return *out;
    }

    // One run to its end; an invalid record (id 0, Running) if it did not end in time.
    Store::SyncRunRecord sync(Store::SyncTrigger trigger = Store::SyncTrigger::Manual)
    {
        QSignalSpy finished(engine.get(), &Sync::SyncEngine::finished);
        if (!engine->start(trigger) || !finished.wait(30000))
            return {};
        return finished.first().first().value<Store::SyncRunRecord>();
    }

    QList<Store::SequenceRecord> mirror()
    {
        return call([](Store::Stores &s) { return s.sequences.sequences(kPortalId); })
            .value_or(QList<Store::SequenceRecord>());
    }
    std::optional<Store::SequenceRecord> stored(qint64 id)
    {
        return call([id](Store::Stores &s) {
                   return s.sequences.sequence(kPortalId, QString::number(id));
               })
            .value_or(std::nullopt);
    }
    QList<Store::SyncRunRecord> runs()
    {
        return call([](Store::Stores &s) { return s.syncRuns.runs(kPortalId, 100); })
            .value_or(QList<Store::SyncRunRecord>());
    }
    int detailRequests() const
    {
        return server.stats().requests.value(QStringLiteral("sequences.get"));
    }

    Sandbox::SandboxServer server;
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    QObject context;
    Store::StoreWorker store;
    std::unique_ptr<HubSpot::HubSpotClient> client;
    std::unique_ptr<Sync::SyncEngine> engine;
};

} // namespace SyncTest
