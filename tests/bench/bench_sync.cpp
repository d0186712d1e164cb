// bench_sync: first syncs of portals of 40, 2,000 and 10,000 sequences into a fresh mirror
// at HubSpot's pace (100 requests per rolling 10 s, 100 ms latency), then an unchanged
// re-sync, and (2,000) a first sync that fails halfway through its details followed by Sync
// Data again: today's method (users listed one after another, the page shows nothing until
// the run's one transaction; SyncEngine::setUsersAtOnce(1), no details kept between runs)
// beside SeqDesk's now, in the same run. Prints requests (sandbox per route), 429s, when the
// page shows the first and all of the portal's sequences, when the run ends, and how many
// sequences the page shows 15 s after Sync Data; never asserts them.
//
// Time: the sandbox runs HubSpot's pace sped up --speed times (default 10: 100 requests per
// rolling 1,000 ms), the client paces itself from the sandbox's rate headers as it does on
// HubSpot, and every time is printed multiplied back by the speed-up. What does not scale
// (parsing, threads, loopback, SQLite: measured before each portal on one user's listing)
// would be multiplied too, so the sandbox's latency is set to HubSpot's 100 ms / speed less
// that overhead: one request after another then takes 100 ms plus this machine's overhead,
// once multiplied. --speed 1 runs at the real pace (about 20 minutes per method for 10,000
// sequences); at 20 the client's 2.5 % pacing margin (12 ms of a 500 ms window) is within
// this machine's timer noise and 429s appear, each costing a whole second of Retry-After.
//
//   bench_sync [--speed N] [--portal 40|2000|10000]
#include "BenchFigures.h"
#include "BenchStore.h"
#include "hubspot/HubSpotClient.h"
#include "sandbox/SandboxThread.h"
#include "store/StoreWorker.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

using namespace SeqDesk;
using SeqDesk::Bench::storeCall;

namespace {

const QString kPortalId = QStringLiteral("4242424");
constexpr int kHubSpotLatencyMs = 100;
constexpr int kHubSpotLimit = 100;
constexpr int kHubSpotWindowMs = 10000;
constexpr qint64 kGoalMs = 15000; // rows on the page within 15 s of Sync Data

struct Portal
{
    int sequences;
    int owners; // the sandbox's owners: 2 of them (a queue, a deactivated user) list nothing
};

struct Figures
{
    bool ok = false;
    QString error;
    qint64 requests = 0;
    qint64 tooMany = 0; // 429s the client saw
    Sandbox::SandboxStats routes;
    double firstRowsS = 0; // the Sequences page shows the first of the portal's sequences
    double catalogS = 0; // ... all of them (names, owners, updated)
    double totalS = 0; // the run's one transaction is written
    int rowsAtGoal = 0; // sequences the page shows 15 s after the start
    int added = 0;
};

// Today's method: one user's listing after another, nothing on the page before the end.
// SeqDesk now: several users at once, every sequence on the page as its listing page comes,
// details kept from a failed run.
enum class Method { Today, Now };

// One portal's sandbox (its own thread) at the sped-up pace, a mirror and a client.
class Bed final
{
    Q_DISABLE_COPY_MOVE(Bed)
public:
    Bed(const Portal &portal, int speed)
        : m_speed(speed)
    {
        Sandbox::SandboxConfig config;
        config.ownerCount = portal.owners;
        config.sequenceCount = portal.sequences;
        config.contactCount = 100;
        config.settings.latencyMs = 0; // calibrate() sets it
        config.settings.rateLimit = kHubSpotLimit;
        config.settings.rateWindowMs = kHubSpotWindowMs / speed;
        config.settings.dailyApiLimit = 1'000'000'000;
        m_token = config.token;
        m_sandbox = std::make_unique<Sandbox::SandboxThread>(config);
    }

    bool start(QString *error)
    {
        if (!m_sandbox->start(error))
            return false;
        QEventLoop opening;
        m_store.open(m_dir.filePath(QStringLiteral("bench.sqlite")), &opening, [&](QString e) {
            *error = e;
            opening.quit();
        });
        opening.exec();
        if (!error->isEmpty())
            return false;
        Store::PortalRecord portal;
        portal.portalId = kPortalId;
        portal.name = QStringLiteral("Bench");
        if (!storeCall(m_store, [portal](Store::Stores &s) { return s.portals.upsert(portal); })) {
            *error = QStringLiteral("the portal row was not written");
            return false;
        }
        HubSpot::ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        m_client = std::make_unique<HubSpot::HubSpotClient>(&m_nam, config);
        m_client->setAccessToken(m_token);
        return calibrate(error);
    }

    // Sets the sandbox's latency so that a request's round trip, multiplied by the speed-up,
    // takes HubSpot's latency plus what it takes here without latency (parsing, threads,
    // loopback: measured now on one user's listing, one request after another).
    bool calibrate(QString *error)
    {
        QString user;
        m_sandbox->readState([&](const Sandbox::SandboxState &state) {
            for (const Sandbox::Owner &o : state.data().owners) {
                if (user.isEmpty() && o.isActiveUser())
                    user = QString::number(*o.userId);
            }
        });
        HubSpot::ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        HubSpot::HubSpotClient client(&m_nam, config); // its pacer's history is its own
        client.setAccessToken(m_token);
        QEventLoop loop;
        QElapsedTimer clock;
        int pages = 0;
        bool ok = false;
        clock.start();
        client.sequencesForUser(
            user, &loop,
            [&](HubSpot::Result<QList<HubSpot::SequenceSummary>> r) {
                ok = r.ok();
                loop.quit();
            },
            [&](int p, int) { pages = p; });
        loop.exec();
        if (!ok || pages == 0) {
            *error = QStringLiteral("the calibration listing failed");
            return false;
        }
        m_overheadMs = double(clock.nsecsElapsed()) / 1e6 / pages;
        const double target
            = double(kHubSpotLatencyMs) / m_speed - m_overheadMs * (1.0 - 1.0 / m_speed);
        m_latencyMs = std::max(0, int(std::lround(target)));
        Sandbox::SandboxSettings settings;
        settings.latencyMs = m_latencyMs;
        settings.rateLimit = kHubSpotLimit;
        settings.rateWindowMs = kHubSpotWindowMs / m_speed;
        settings.dailyApiLimit = 1'000'000'000;
        if (m_sandbox->applyControl({{QStringLiteral("settings"), settings.toJson()},
                                     {QStringLiteral("resetRateLimit"), true},
                                     {QStringLiteral("resetStats"), true}})
            != 200) {
            *error = QStringLiteral("the sandbox refused the pace");
            return false;
        }
        return true;
    }
    // One request after another, as HubSpot's pace would make it (ms) / as measured here.
    double pacedRoundTripMs() const { return m_speed * (m_latencyMs + m_overheadMs); }
    double overheadMs() const { return m_overheadMs; }
    int latencyMs() const { return m_latencyMs; }

    std::unique_ptr<Sync::SyncEngine> engine(Method method)
    {
        auto engine = std::make_unique<Sync::SyncEngine>(m_client.get(), &m_store, kPortalId);
        if (method == Method::Today)
            engine->setUsersAtOnce(1);
        return engine;
    }

    // One run to its end. `onDetails(done, total)` may act on the run (e.g. fail it).
    Figures run(Sync::SyncEngine &engine, Method method,
                const std::function<void(int, int)> &onDetails = {})
    {
        Figures f;
        const Sandbox::SandboxStats before = m_sandbox->stats();
        const HubSpot::ClientStats clientBefore = m_client->stats();
        QEventLoop loop;
        QElapsedTimer clock;
        Store::SyncRunRecord record;
        int listed = 0;
        qint64 firstRowsMs = -1;
        qint64 catalogMs = -1;
        int rowsAtGoal = -1;
        QObject::connect(&engine, &Sync::SyncEngine::finished, &loop,
                         [&](const Store::SyncRunRecord &r) {
                             record = r;
                             loop.quit();
                         });
        QObject::connect(&engine, &Sync::SyncEngine::unsavedRead, &loop,
                         [&](const Sync::UnsavedReading &more) {
                             if (!more.listed.isEmpty() && firstRowsMs < 0)
                                 firstRowsMs = clock.elapsed();
                             listed += int(more.listed.size());
                         });
        QObject::connect(&engine, &Sync::SyncEngine::detailsProgress, &loop, [&] {
            if (catalogMs < 0)
                catalogMs = clock.elapsed(); // every user listed
        });
        if (onDetails)
            QObject::connect(&engine, &Sync::SyncEngine::detailsProgress, &loop, onDetails);
        QTimer goal;
        goal.setSingleShot(true);
        QObject::connect(&goal, &QTimer::timeout, &loop, [&] { rowsAtGoal = listed; });
        clock.start();
        goal.start(int(kGoalMs / m_speed));
        engine.start(Store::SyncTrigger::Manual);
        loop.exec();
        const qint64 ms = clock.elapsed();
        f.ok = record.status == Store::SyncStatus::Succeeded;
        f.error = record.error;
        f.added = record.added;
        f.requests = m_client->stats().requestsSent - clientBefore.requestsSent;
        f.tooMany = m_client->stats().tooManyRequests - clientBefore.tooManyRequests;
        f.routes = m_sandbox->stats();
        for (auto it = before.requests.cbegin(); it != before.requests.cend(); ++it)
            f.routes.requests[it.key()] -= it.value();
        const auto scaled = [this](qint64 realMs) {
            return double(realMs) * m_speed / 1000.0;
        };
        f.totalS = scaled(ms);
        if (method == Method::Today) { // the page reads the mirror after the transaction
            f.firstRowsS = f.catalogS = f.totalS;
            f.rowsAtGoal = ms * m_speed <= kGoalMs ? record.added : 0;
        } else {
            f.firstRowsS = scaled(std::max<qint64>(firstRowsMs, 0));
            f.catalogS = scaled(std::max<qint64>(catalogMs, 0));
            f.rowsAtGoal = rowsAtGoal < 0 ? listed : rowsAtGoal;
        }
        return f;
    }

    Sandbox::SandboxThread &sandbox() { return *m_sandbox; }
    QString token() const { return m_token; }

private:
    int m_speed;
    double m_overheadMs = 0;
    int m_latencyMs = 0;
    QString m_token;
    std::unique_ptr<Sandbox::SandboxThread> m_sandbox;
    QTemporaryDir m_dir;
    Store::StoreWorker m_store;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HubSpot::HubSpotClient> m_client;
};

const char *name(Method method)
{
    return method == Method::Today ? "today" : "SeqDesk now";
}

void printHeader()
{
    std::printf("  %-32s %8s %6s %7s %5s %4s %10s %10s %10s %13s\n", "", "requests", "list",
                "details", "other", "429s", "first rows", "all rows", "all done", "rows at 15 s");
}

// `rows`: print when the page shows rows (a first sync) and how many at 15 s.
void print(const QString &what, const Figures &f, int sequences, bool rows = true)
{
    const auto route = [&](const char *route) {
        return f.routes.requests.value(QLatin1String(route));
    };
    std::printf("  %-32s %8lld %6d %7d %5d %4lld", qPrintable(what), f.requests,
                route("sequences.list"), route("sequences.get"),
                route("account.details") + route("owners.list"), f.tooMany);
    if (!f.ok) {
        std::printf("  failed: %s\n", qPrintable(f.error.section(QStringLiteral(" ("), 0, 0)));
        return;
    }
    if (rows)
        std::printf(" %8.1f s %8.1f s %8.1f s %6d of %d\n", f.firstRowsS, f.catalogS, f.totalS,
                    f.rowsAtGoal, sequences);
    else
        std::printf(" %10s %10s %8.1f s\n", "", "", f.totalS);
}

// FIGURE lines of one run: `key` is for example "s2000_now_first".
void figures(const QString &key, const Figures &f, bool rows)
{
    const auto name = [&](const char *what) {
        return (key + QLatin1String(what)).toUtf8();
    };
    Bench::figure(name("_requests").constData(), double(f.requests), "requests");
    Bench::figure(name("_ok").constData(), f.ok ? 1 : 0, "-");
    if (!f.ok)
        return;
    Bench::figure(name("_s").constData(), f.totalS, "s");
    if (!rows)
        return;
    Bench::figure(name("_first_rows_s").constData(), f.firstRowsS, "s");
    Bench::figure(name("_all_rows_s").constData(), f.catalogS, "s");
    Bench::figure(name("_rows_at_15s").constData(), f.rowsAtGoal, "rows");
}

QString key(const Portal &portal, Method method, const char *run)
{
    return QStringLiteral("s%1_%2_%3")
        .arg(portal.sequences)
        .arg(QLatin1String(method == Method::Today ? "today" : "now"), QLatin1String(run));
}

// A first sync and an unchanged re-sync with each method; for 2,000 sequences also a first
// sync that fails halfway through its details, then Sync Data again.
bool benchPortal(const Portal &portal, int speed)
{
    QList<Figures> firsts;
    QString error;
    for (const Method method : {Method::Today, Method::Now}) {
        Bed bed(portal, speed);
        if (!bed.start(&error)) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
            return false;
        }
        if (method == Method::Today) {
            std::printf("\n%d sequences, %d owners (a request here takes %.1f ms without "
                        "latency; the sandbox adds %d ms: one request after another takes "
                        "%.0f ms at HubSpot's pace)\n",
                        portal.sequences, portal.owners, bed.overheadMs(), bed.latencyMs(),
                        bed.pacedRoundTripMs());
            printHeader();
        }
        auto engine = bed.engine(method);
        firsts.append(bed.run(*engine, method));
        print(QStringLiteral("first sync, %1").arg(QLatin1String(name(method))), firsts.last(),
              portal.sequences);
        figures(key(portal, method, "first"), firsts.last(), true);
        if (!firsts.last().ok)
            return false;
        const Figures resync = bed.run(*engine, method);
        print(QStringLiteral("re-sync unchanged, %1").arg(QLatin1String(name(method))), resync,
              portal.sequences, false);
        figures(key(portal, method, "resync"), resync, false);
    }
    if (portal.sequences != 2000)
        return true;

    for (const Method method : {Method::Today, Method::Now}) {
        Bed bed(portal, speed);
        if (!bed.start(&error))
            return false;
        auto engine = bed.engine(method);
        // HubSpot stops answering halfway through the details (a revoked token stands in for
        // the daily limit or an outage); the user fixes it and clicks Sync Data again.
        bool failed = false;
        const Figures broken = bed.run(*engine, method, [&](int done, int total) {
            if (!failed && total > 0 && done >= total / 2) {
                failed = true;
                bed.sandbox().applyControl(QJsonObject {{QStringLiteral("revokeToken"), true}});
            }
        });
        bed.sandbox().applyControl(QJsonObject {{QStringLiteral("token"), bed.token()}});
        // Today's engine keeps nothing between runs: a new one is the same.
        auto next = method == Method::Today ? bed.engine(method) : std::move(engine);
        const Figures again = bed.run(*next, method);
        print(QStringLiteral("fails halfway, %1").arg(QLatin1String(name(method))), broken,
              portal.sequences, false);
        print(QStringLiteral("  then Sync Data, %1").arg(QLatin1String(name(method))), again,
              portal.sequences);
        std::printf("  %-32s %8lld requests for the mirror\n", "  together",
                    broken.requests + again.requests);
        figures(key(portal, method, "after_failed"), again, true);
        Bench::figure(key(portal, method, "failed_and_again_requests").toUtf8().constData(),
                      double(broken.requests + again.requests), "requests");
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("speed"),
                      QStringLiteral("Run HubSpot's pace this many times faster (1 to 50)."),
                      QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("portal"),
                      QStringLiteral("Only this portal: 40, 2000 or 10000 sequences."),
                      QStringLiteral("sequences")});
    parser.process(app);
    bool ok = false;
    const int speed = parser.value(QStringLiteral("speed")).toInt(&ok);
    if (!ok || speed < 1 || speed > 50) {
        std::fprintf(stderr, "bench_sync: --speed must be 1 to 50\n");
        return 2;
    }
    const QList<Portal> portals {{40, 8}, {2000, 50}, {10000, 20}};
    const QString only = parser.value(QStringLiteral("portal"));
    std::printf("bench_sync: HubSpot's pace (%d requests per %d s, %d ms latency) run %dx faster "
                "(%d per %d ms, %d ms); times are the sandbox's wall time x %d\n",
                kHubSpotLimit, kHubSpotWindowMs / 1000, kHubSpotLatencyMs, speed, kHubSpotLimit,
                kHubSpotWindowMs / speed, kHubSpotLatencyMs / speed, speed);
    for (const Portal &p : portals) {
        if (!only.isEmpty() && only != QString::number(p.sequences))
            continue;
        if (!benchPortal(p, speed))
            return 1;
    }
    Bench::peakMemoryFigure();
    return 0;
}
