// bench_sync: a full sync of a large portal into a fresh mirror, then a re-sync of the
// unchanged portal. 10,000 sequences over 20 users, sandbox in its own thread with no rate
// limit. Prints wall time, requests (client and sandbox per route) and rows per second;
// never asserts them. Usage: bench_sync [--sequences N]
#include "BenchStore.h"
#include "hubspot/HubSpotClient.h"
#include "sandbox/SandboxThread.h"
#include "store/StoreWorker.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace SeqDesk;
using SeqDesk::Bench::storeCall;

namespace {

int kSequences = 10'000; // --sequences N overrides
constexpr int kUsers = 20;
const QString kPortalId = QStringLiteral("4242424");

void printRoutes(const Sandbox::SandboxStats &before, const Sandbox::SandboxStats &after)
{
    for (auto it = after.requests.cbegin(); it != after.requests.cend(); ++it) {
        const int n = it.value() - before.requests.value(it.key());
        if (n > 0)
            std::printf("    sandbox %-22s %8d\n", qPrintable(it.key()), n);
    }
}

struct Figures
{
    qint64 ms = 0;
    qint64 requests = 0;
};

// One sync to its end; nullopt if it failed.
std::optional<Figures> runOnce(const char *what, Sandbox::SandboxThread &sandbox,
                               HubSpot::HubSpotClient &client, Sync::SyncEngine &engine)
{
    const Sandbox::SandboxStats before = sandbox.stats();
    const qint64 sentBefore = client.stats().requestsSent;
    QEventLoop loop;
    Store::SyncRunRecord run;
    QObject::connect(&engine, &Sync::SyncEngine::finished, &loop,
                     [&](const Store::SyncRunRecord &r) {
                         run = r;
                         loop.quit();
                     });
    QElapsedTimer timer;
    timer.start();
    engine.start(Store::SyncTrigger::Manual);
    loop.exec();
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    if (run.status != Store::SyncStatus::Succeeded) {
        std::fprintf(stderr, "bench_sync: %s failed: %s\n", what, qPrintable(run.error));
        return std::nullopt;
    }
    const qint64 requests = client.stats().requestsSent - sentBefore;
    const int rows = kSequences; // sequences read and reconciled
    std::printf("  %-22s %8.3f s  %8lld requests  %10.0f sequences/s  "
                "(added %d, changed %d, archived %d)\n",
                what, double(ms) / 1000.0, requests, rows * 1000.0 / double(ms), run.added,
                run.changed, run.archived);
    printRoutes(before, sandbox.stats());
    return Figures {ms, requests};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = app.arguments();
    if (args.size() > 1) {
        bool ok = false;
        if (args.size() == 3 && args.at(1) == QStringLiteral("--sequences"))
            kSequences = args.at(2).toInt(&ok);
        if (!ok || kSequences < 1 || kSequences > 1'000'000) {
            std::fprintf(stderr, "usage: bench_sync [--sequences N]  (N from 1 to 1000000)\n");
            return 2;
        }
    }
    Sandbox::SandboxConfig config;
    config.ownerCount = kUsers;
    config.sequenceCount = kSequences;
    config.contactCount = 100;
    // As high as the sandbox accepts (SandboxSettings::validate): out of range, it refuses
    // to start. A one-second window keeps the client pacer's send history short.
    config.settings.rateLimit = 1'000'000;
    config.settings.rateWindowMs = 1000;
    config.settings.dailyApiLimit = 1'000'000'000;
    Sandbox::SandboxThread sandbox(config);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "bench_sync: sandbox: %s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager nam;
    HubSpot::ClientConfig clientConfig;
    clientConfig.baseUrl = sandbox.baseUrl();
    clientConfig.fallbackRatePerSecond = 1'000'000;
    HubSpot::HubSpotClient client(&nam, clientConfig);
    client.setAccessToken(config.token);

    QTemporaryDir dir;
    Store::StoreWorker store;
    QEventLoop opening;
    QString openError;
    store.open(dir.filePath(QStringLiteral("bench.sqlite")), &opening, [&](QString e) {
        openError = e;
        opening.quit();
    });
    opening.exec();
    if (!openError.isEmpty()) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(openError));
        return 1;
    }
    Store::PortalRecord portal;
    portal.portalId = kPortalId;
    portal.name = QStringLiteral("Bench");
    if (!storeCall(store, [portal](Store::Stores &s) { return s.portals.upsert(portal); }))
        return 1;

    Sync::SyncEngine engine(&client, &store, kPortalId);
    std::printf("bench_sync: %d sequences over %d users, sandbox thread, no rate limit\n",
                kSequences, kUsers);
    const auto full = runOnce("full sync (fresh db)", sandbox, client, engine);
    const auto again
        = full ? runOnce("re-sync (unchanged)", sandbox, client, engine) : std::nullopt;
    if (!again)
        return 1;
    // Baseline: the full sync is what every sync would cost if it read each sequence's
    // details instead of only the new or changed ones.
    std::printf("  re-sync vs full sync (baseline): %.0f %% of the time, %.0f %% of the requests\n",
                100.0 * double(again->ms) / double(full->ms),
                100.0 * double(again->requests) / double(std::max<qint64>(1, full->requests)));
    return 0;
}
