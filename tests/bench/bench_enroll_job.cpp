// A whole enrollment job through the EnrollmentEngine (journal written before and after each
// request) against the sandbox, beside the classic script's pacing in the same run; then a
// dry run of many contacts (requests made and time).
//
//   bench_enroll_job [--count N] [--dry-run-count N] [--latency-ms MS] [--rate-limit N]
//                    [--window-ms MS]
//
// Defaults: 1,000 contacts each, 100 ms added latency, 10 requests per 1000 ms, a dry run of
// 10,000 contacts.
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
               Sandbox::SandboxThread &sandbox)
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
    QHash<Enroll::Plan, int> byPlan;
    for (const Enroll::PlannedContact &p : std::as_const(plan))
        ++byPlan[p.plan];
    const auto stats = sandbox.stats().requests;
    std::printf("  dry run of %lld contacts: %.2f s, %lld requests (%d batch reads, %d enrolls); "
                "will enroll %d, skipped %d, deferred %d\n",
                static_cast<long long>(contacts.size()), timer.elapsed() / 1000.0,
                static_cast<long long>(client.stats().requestsSent),
                stats.value(QStringLiteral("contacts.batchRead")) - readsBefore,
                stats.value(QStringLiteral("enroll")) - enrollsBefore,
                byPlan.value(Enroll::Plan::Enroll),
                int(plan.size()) - byPlan.value(Enroll::Plan::Enroll)
                    - byPlan.value(Enroll::Plan::Deferred),
                byPlan.value(Enroll::Plan::Deferred));
    std::printf("  baseline: one contact read per request would be %lld requests\n",
                static_cast<long long>(contacts.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Contacts per run."),
                                   QStringLiteral("n"), QStringLiteral("1000"));
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
    parser.addOptions({count, dryCount, latency, limit, window});
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
    const int dryN = number(dryCount, 1);
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
    if (eligible.size() < 2 * n || target.sequenceId.isEmpty()) {
        std::fprintf(stderr, "not enough demo contacts for 2 x %d enrollments\n", n);
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
    sandbox.applyControl(QJsonObject {{QStringLiteral("resetRateLimit"), true}});
    const Figures classic = runClassic(sandbox.baseUrl(), config.token, target, eligible.mid(n, n));
    print("classic script (1 + 120 ms)", classic, n, limitPerSecond);
    const double ratio = engine.figures.elapsedMs > 0
        ? double(classic.elapsedMs) / double(engine.figures.elapsedMs)
        : 0;
    std::printf("  speed-up over the classic pacing: %.2fx\n", ratio);
    const double achieved
        = engine.figures.elapsedMs > 0 ? n * 1000.0 / engine.figures.elapsedMs : 0;
    std::printf("  goal: >= 95%% of the limit with zero 429s: %s\n",
                achieved >= 0.95 * limitPerSecond && engine.figures.tooMany == 0 ? "met"
                                                                                 : "NOT met");
    sandbox.applyControl(QJsonObject {{QStringLiteral("resetRateLimit"), true}});
    runDryRun(sandbox.baseUrl(), config.token, everyone.mid(0, dryN), sandbox);
    return 0;
}
