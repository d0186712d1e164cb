// Enrollment throughput against the sandbox: SeqDesk's paced, pipelined client beside the
// classic script's pacing (one request at a time, 120 ms sleep between requests), in one run.
//
//   bench_enroll_pacing [--count N] [--latency-ms MS] [--rate-limit N] [--window-ms MS]
//
// Defaults: 300 enrollments each, 100 ms added latency, 10 requests per 1000 ms.
#include "BenchFigures.h"
#include "EnrollBenchSupport.h"
#include "hubspot/HubSpotClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxThread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

using namespace SeqDesk;
using namespace SeqDesk::Bench;

namespace {

// SeqDesk's client: every enrollment handed over at once; the client paces and pipelines.
Figures runClient(const QUrl &base, const QString &token, const Target &t,
                  const QStringList &contacts)
{
    QNetworkAccessManager nam;
    HubSpot::ClientConfig config;
    config.baseUrl = base;
    HubSpot::HubSpotClient client(&nam, config);
    client.setAccessToken(token);
    Figures f;
    QEventLoop loop;
    int pending = int(contacts.size());
    QElapsedTimer timer;
    timer.start();
    for (const QString &contact : contacts) {
        HubSpot::EnrollmentRequest r {t.userId, contact, t.sequenceId, t.sender, {}};
        client.enroll(r, &loop, [&](HubSpot::Result<HubSpot::EnrollmentResult> res) {
            res.ok() ? ++f.ok : ++f.failed;
            if (!res.ok())
                std::fprintf(stderr, "  enroll failed: %s\n", qPrintable(res.error().summary()));
            if (--pending == 0)
                loop.quit();
        });
    }
    loop.exec();
    f.elapsedMs = timer.elapsed();
    f.tooMany = client.stats().tooManyRequests;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Enrollments per sender."), QStringLiteral("n"),
                                   QStringLiteral("300"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Added latency."),
                                     QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption limit(QStringLiteral("rate-limit"),
                                   QStringLiteral("Requests per window."), QStringLiteral("n"),
                                   QStringLiteral("10"));
    const QCommandLineOption window(QStringLiteral("window-ms"), QStringLiteral("Rate window."),
                                    QStringLiteral("ms"), QStringLiteral("1000"));
    parser.addOptions({count, latency, limit, window});
    parser.process(app);
    const int n = parser.value(count).toInt();

    Sandbox::SandboxConfig config;
    config.contactCount = std::max(5000, n * 4);
    config.settings.latencyMs = parser.value(latency).toInt();
    config.settings.rateLimit = parser.value(limit).toInt();
    config.settings.rateWindowMs = parser.value(window).toInt();
    config.settings.dailyCap = 1000000;
    const double limitPerSecond = config.settings.rateLimit * 1000.0 / config.settings.rateWindowMs;

    // The same deterministic data the sandbox generates: pick enrollable contacts.
    const Sandbox::PortalData data = Sandbox::generateDemoData(
        {config.seed, config.ownerCount, config.sequenceCount, config.contactCount});
    QStringList eligible;
    const Target target = demoTarget(data, &eligible);
    if (eligible.size() < 2 * n || target.sequenceId.isEmpty()) {
        std::fprintf(stderr, "not enough demo contacts for %d enrollments\n", 2 * n);
        return 2;
    }

    Sandbox::SandboxThread sandbox(config);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("bench_enroll_pacing: %d enrollments per sender, latency %d ms, limit %d per %d ms "
                "(%.1f req/s)\n",
                n, config.settings.latencyMs, config.settings.rateLimit,
                config.settings.rateWindowMs, limitPerSecond);

    const Figures client = runClient(sandbox.baseUrl(), config.token, target, eligible.mid(0, n));
    print("seqdesk client (paced, piped)", client, n, limitPerSecond);
    sandbox.applyControl(QJsonObject {{QStringLiteral("resetRateLimit"), true}});
    const Figures classic = runClassic(sandbox.baseUrl(), config.token, target, eligible.mid(n, n));
    print("classic script (1 + 120 ms)", classic, n, limitPerSecond);

    const double ratio
        = client.elapsedMs > 0 ? double(classic.elapsedMs) / double(client.elapsedMs) : 0;
    std::printf("  speed-up over the classic pacing: %.2fx\n", ratio);
    std::printf("  sandbox accepted %lld enrollments (expected %d), sandbox 429s: %d\n",
                static_cast<long long>(sandbox.acceptedEnrollments().size()), 2 * n,
                sandbox.stats().status429);
    const double achieved = client.elapsedMs > 0 ? n * 1000.0 / client.elapsedMs : 0;
    std::printf("  goal: >= 95%% of the limit with zero 429s: %s\n",
                achieved >= 0.95 * limitPerSecond && client.tooMany == 0 ? "met" : "NOT met");
    figure("seqdesk_per_s", achieved, "enrollments/s");
    figure("limit_per_s", limitPerSecond, "requests/s");
    figure("seqdesk_429s", double(client.tooMany), "429s");
    figure("classic_per_s", classic.elapsedMs > 0 ? n * 1000.0 / classic.elapsedMs : 0.0,
           "enrollments/s");
    peakMemoryFigure();
    return 0;
}
