// A whole enrollment job through the EnrollmentEngine (journal written before and after each
// request) against the sandbox, beside the classic script's pacing in the same run; then a
// dry run of many contacts (requests made and time).
//
//   bench_enroll_job [--count N] [--baseline-count N] [--dry-run-count N] [--latency-ms MS]
//                    [--rate-limit N] [--window-ms MS]
//
// Defaults: 1,000 contacts each (the baseline as many; 0 skips it), 100 ms added latency,
// 10 requests per 1000 ms, a dry run of 10,000 contacts (0 skips it). FIGURE lines for
// scripts/bench-report.sh (BenchFigures.h).
#include "BenchFigures.h"
#include "BenchStore.h"
#include "EnrollBenchSupport.h"
#include "enroll/EnrollmentEngine.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxThread.h"
#include "store/StoreWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace SeqDesk;
using namespace SeqDesk::Bench;

namespace {

struct JobFigures
{
    Figures figures;
    Store::EnrollmentJobRecord job;
    qint64 requests = 0;
};

JobFigures runEngine(const QUrl &base, const QString &token, const Target &t,
                     const QStringList &contacts, Store::StoreWorker &store)
{
    QNetworkAccessManager nam;
    HubSpot::ClientConfig config;
    config.baseUrl = base;
    HubSpot::HubSpotClient client(&nam, config);
    client.setAccessToken(token);
    Enroll::EnrollmentEngine engine(&client, &store);
    Enroll::EngineSettings settings;
    settings.dailyCap = 100000;
    engine.setSettings(settings);
    QList<Enroll::PlannedContact> plan;
    for (const QString &id : contacts) {
        Enroll::PlannedContact p;
        p.contactId = p.input = id;
        p.line = int(plan.size()) + 1;
        plan << p;
    }
    Enroll::JobSpec spec;
    spec.portalId = QStringLiteral("4242424");
    spec.sequenceId = t.sequenceId;
    spec.senderEmail = t.sender;
    spec.userId = t.userId;
    QEventLoop loop;
    std::optional<qint64> jobId;
    engine.createJob(spec, plan, &loop, [&](std::optional<qint64> id, const QString &error) {
        if (!id)
            std::fprintf(stderr, "createJob: %s\n", qPrintable(error));
        jobId = id;
        loop.quit();
    });
    loop.exec();
    JobFigures out;
    if (!jobId)
        return out;
    QObject::connect(&engine, &Enroll::EnrollmentEngine::finished, &loop,
                     [&](const Store::EnrollmentJobRecord &job) {
                         out.job = job;
                         loop.quit();
                     });
    QElapsedTimer timer;
    timer.start();
    engine.start(*jobId);
    loop.exec();
    out.figures.elapsedMs = timer.elapsed();
    out.figures.ok = out.job.counts.enrolled;
    out.figures.failed = out.job.counts.failed + out.job.counts.skipped;
    out.figures.tooMany = client.stats().tooManyRequests;
    out.requests = client.stats().requestsSent;
    return out;
}

void runDryRun(const QUrl &base, const QString &token, const QStringList &contacts,
               Sandbox::SandboxThread &sandbox, const Sandbox::SandboxSettings &limits)
{
    QNetworkAccessManager nam;
    HubSpot::ClientConfig config;
    config.baseUrl = base;
    HubSpot::HubSpotClient client(&nam, config);
    client.setAccessToken(token);
    Enroll::DryRunPlanner planner(&client);
    Enroll::PlanRequest request;
    for (const QString &id : contacts)
        request.contacts << Enroll::ContactKey {Enroll::ContactKeyKind::Id, id,
                                                int(request.contacts.size()) + 1};
    QEventLoop loop;
    QList<Enroll::PlannedContact> plan;
    QObject::connect(&planner, &Enroll::DryRunPlanner::finished, &loop,
                     [&](const QList<Enroll::PlannedContact> &p) {
                         plan = p;
                         loop.quit();
                     });
    QObject::connect(&planner, &Enroll::DryRunPlanner::failed, &loop,
                     [&](const HubSpot::ApiError &e) {
                         std::fprintf(stderr, "dry run failed: %s\n", qPrintable(e.summary()));
                         loop.quit();
                     });
    const int readsBefore = sandbox.stats().requests.value(QStringLiteral("contacts.batchRead"));
    const int enrollsBefore = sandbox.stats().requests.value(QStringLiteral("enroll"));
    QElapsedTimer timer;
    timer.start();
    planner.start(request);
    loop.exec();
    const qint64 elapsedMs = timer.elapsed();
    QHash<Enroll::Plan, int> byPlan;
    for (const Enroll::PlannedContact &p : std::as_const(plan))
        ++byPlan[p.plan];
    const auto stats = sandbox.stats().requests;
    std::printf("  dry run of %lld contacts: %.2f s, %lld requests (%d batch reads, %d enrolls); "
                "will enroll %d, skipped %d, deferred %d\n",
                static_cast<long long>(contacts.size()), elapsedMs / 1000.0,
                static_cast<long long>(client.stats().requestsSent),
                stats.value(QStringLiteral("contacts.batchRead")) - readsBefore,
                stats.value(QStringLiteral("enroll")) - enrollsBefore,
                byPlan.value(Enroll::Plan::Enroll),
                int(plan.size()) - byPlan.value(Enroll::Plan::Enroll)
                    - byPlan.value(Enroll::Plan::Deferred),
                byPlan.value(Enroll::Plan::Deferred));
    std::printf("  baseline: one contact read per request would be %lld requests\n",
                static_cast<long long>(contacts.size()));
    const qint64 requests = client.stats().requestsSent;
    figure("dry_run_s", elapsedMs / 1000.0, "s");
    figure("dry_run_requests", double(requests), "requests");
    figure("dry_run_bound_s",
           rateBoundMs(requests, limits.rateLimit, limits.rateWindowMs, limits.latencyMs,
                       HubSpot::ClientConfig().maxInFlight)
               / 1000.0,
           "s");
    figure("dry_run_one_per_contact_requests", double(contacts.size()), "requests");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Contacts per run."),
                                   QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption baselineCount(
        QStringLiteral("baseline-count"),
        QStringLiteral("Contacts through the classic pacing (default: --count; 0: none)."),
        QStringLiteral("n"));
    const QCommandLineOption dryCount(QStringLiteral("dry-run-count"),
                                      QStringLiteral("Contacts in the dry run."),
                                      QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Added latency."),
                                     QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption limit(QStringLiteral("rate-limit"),
                                   QStringLiteral("Requests per window."), QStringLiteral("n"),
                                   QStringLiteral("10"));
    const QCommandLineOption window(QStringLiteral("window-ms"), QStringLiteral("Rate window."),
                                    QStringLiteral("ms"), QStringLiteral("1000"));
    parser.addOptions({count, baselineCount, dryCount, latency, limit, window});
    parser.process(app);
    bool ok = true;
    const auto number = [&](const QCommandLineOption &o, int min) {
        bool good = false;
        const int v = parser.value(o).toInt(&good);
        if (!good || v < min) {
            std::fprintf(stderr, "--%s must be a number >= %d\n", qPrintable(o.names().first()),
                         min);
            ok = false;
        }
        return v;
    };
    const int n = number(count, 1);
    const int baselineN = parser.isSet(baselineCount) ? number(baselineCount, 0) : n;
    const int dryN = number(dryCount, 0);
    Sandbox::SandboxConfig config;
    config.settings.latencyMs = number(latency, 0);
    config.settings.rateLimit = number(limit, 1);
    config.settings.rateWindowMs = number(window, 100);
    if (!ok)
        return 2;
    config.contactCount = std::max(5000, std::max(n * 3, dryN) + 100);
    config.settings.dailyCap = 1000000;
    const double limitPerSecond = config.settings.rateLimit * 1000.0 / config.settings.rateWindowMs;

    const Sandbox::PortalData data = Sandbox::generateDemoData(
        {config.seed, config.ownerCount, config.sequenceCount, config.contactCount});
    QStringList eligible;
    const Target target = demoTarget(data, &eligible);
    QStringList everyone;
    for (const auto &c : data.contacts)
        everyone << QString::number(c.id);
    if (eligible.size() < n + baselineN || target.sequenceId.isEmpty()) {
        std::fprintf(stderr, "not enough demo contacts for %d enrollments\n", n + baselineN);
        return 2;
    }
    Sandbox::SandboxThread sandbox(config);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    Store::StoreWorker store;
    QEventLoop opening;
    store.open(dir.filePath(QStringLiteral("bench.sqlite")), &opening, [&](QString e) {
        error = e;
        opening.quit();
    });
    opening.exec();
    Store::PortalRecord portal;
    portal.portalId = QStringLiteral("4242424");
    portal.name = QStringLiteral("Bench");
    if (!error.isEmpty()
        || !storeCall(store, [portal](Store::Stores &s) { return s.portals.upsert(portal); })) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return 1;
    }

    std::printf("bench_enroll_job: %d contacts, latency %d ms, limit %d per %d ms (%.1f req/s)\n",
                n, config.settings.latencyMs, config.settings.rateLimit,
                config.settings.rateWindowMs, limitPerSecond);
    const JobFigures engine
        = runEngine(sandbox.baseUrl(), config.token, target, eligible.mid(0, n), store);
    print("seqdesk job (engine + journal)", engine.figures, n, limitPerSecond);
    std::printf("  job %s, %lld requests (enrolls and checks), journal in SQLite\n",
                engine.job.state == Store::JobState::Completed ? "completed" : "NOT completed",
                static_cast<long long>(engine.requests));
    const double boundMs
        = rateBoundMs(engine.requests, config.settings.rateLimit, config.settings.rateWindowMs,
                      config.settings.latencyMs, HubSpot::ClientConfig().maxInFlight);
    std::printf("  the rate limit allows %.2f s for these requests: %.1f%% of it\n",
                boundMs / 1000.0, boundMs > 0 ? 100.0 * engine.figures.elapsedMs / boundMs : 0.0);
    figure("seqdesk_s", engine.figures.elapsedMs / 1000.0, "s");
    figure("seqdesk_per_s",
           engine.figures.elapsedMs > 0 ? n * 1000.0 / engine.figures.elapsedMs : 0.0,
           "enrollments/s");
    figure("seqdesk_requests", double(engine.requests), "requests");
    figure("seqdesk_429s", double(engine.figures.tooMany), "429s");
    figure("bound_s", boundMs / 1000.0, "s");
    figure("bound_per_s", boundMs > 0 ? n * 1000.0 / boundMs : 0.0, "enrollments/s");
    figure("seqdesk_completed", engine.job.state == Store::JobState::Completed ? 1 : 0, "-");
    if (baselineN > 0) {
        sandbox.applyControl(QJsonObject {{QStringLiteral("resetRateLimit"), true}});
        const Figures classic
            = runClassic(sandbox.baseUrl(), config.token, target, eligible.mid(n, baselineN));
        print("classic script (1 + 120 ms)", classic, baselineN, limitPerSecond);
        const double classicRate
            = classic.elapsedMs > 0 ? baselineN * 1000.0 / classic.elapsedMs : 0.0;
        const double rate
            = engine.figures.elapsedMs > 0 ? n * 1000.0 / engine.figures.elapsedMs : 0.0;
        std::printf("  speed-up over the classic pacing: %.2fx (enrollments per second)\n",
                    classicRate > 0 ? rate / classicRate : 0.0);
        figure("classic_per_s", classicRate, "enrollments/s");
    }
    if (dryN > 0) {
        sandbox.applyControl(QJsonObject {{QStringLiteral("resetRateLimit"), true}});
        runDryRun(sandbox.baseUrl(), config.token, everyone.mid(0, dryN), sandbox, config.settings);
    }
    peakMemoryFigure();
    return 0;
}
