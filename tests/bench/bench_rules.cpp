// bench_rules: enrollment rules over big lists at HubSpot's pace. Each rule reads a list of
// 10,000 members of which 1 % are new since its last run; a run (Rules::RuleRun) reads the
// list, its membership pages, the new members' records (one batch read of 100) and saves
// their jobs. Beside it, in the same run, the baseline a naive runner is: read the list and
// every member's record again at each run (ListMembersReader + DryRunPlanner over all).
// Prints requests per run and time per run for both; never asserts them.
//
//   bench_rules [--rules N] [--runs N] [--members N] [--latency-ms MS] [--rate-limit N]
//               [--window-ms MS]
//
// The figure is --rules 10 --runs 3 (about 10 minutes at 100 requests per 10 s);
// the default (CI) is 2 rules, 1 run, the same list size, latency and limit.
#include "BenchFigures.h"
#include "BenchStore.h"
#include "enroll/DryRunPlanner.h"
#include "enroll/ListMembersReader.h"
#include "hubspot/HubSpotClient.h"
#include "hubspot/RequestBodies.h"
#include "rules/RuleRun.h"
#include "sandbox/SandboxThread.h"
#include "store/StoreWorker.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace SeqDesk;
using Bench::storeCall;

namespace {

const QString kPortalId = QStringLiteral("4242424");

struct Setup
{
    int rules = 2;
    int runs = 1;
    int members = 10000;
    int latencyMs = 100;
    int rateLimit = 100;
    int windowMs = 10000;
};

struct Totals
{
    qint64 ms = 0;
    qint64 requests = 0;
    int runs = 0;
};

std::optional<int> positive(QCommandLineParser &p, const QString &name, int min, int max)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        std::fprintf(stderr, "bench_rules: --%s must be %d to %d, not \"%s\"\n", qPrintable(name),
                     min, max, qPrintable(p.value(name)));
        return std::nullopt;
    }
    return v;
}

// Runs `start` and waits for `done` to be set by its signals.
template<typename Start> void await(Start start, const bool &done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done)
            loop.quit();
    });
    poll.start(5);
    start();
    if (!done)
        loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const auto option = [&](const char *name, const char *help, const char *def) {
        parser.addOption(
            {QLatin1String(name), QLatin1String(help), QStringLiteral("n"), QLatin1String(def)});
    };
    option("rules", "Rules, each over its own list.", "2");
    option("runs", "Runs of every rule (1 % new members before each).", "1");
    option("members", "Members of each list.", "10000");
    option("latency-ms", "Latency the sandbox adds to every answer.", "100");
    option("rate-limit", "Requests per window.", "100");
    option("window-ms", "The rate window.", "10000");
    parser.process(app);
    Setup s;
    const auto rules = positive(parser, QStringLiteral("rules"), 1, 50);
    const auto runs = positive(parser, QStringLiteral("runs"), 1, 20);
    const auto members = positive(parser, QStringLiteral("members"), 100, 100000);
    const auto latency = positive(parser, QStringLiteral("latency-ms"), 0, 5000);
    const auto limit = positive(parser, QStringLiteral("rate-limit"), 1, 100000);
    const auto window = positive(parser, QStringLiteral("window-ms"), 100, 600000);
    if (!rules || !runs || !members || !latency || !limit || !window)
        return 2;
    s = {*rules, *runs, *members, *latency, *limit, *window};
    const int perRun = std::max(1, s.members / 100); // 1 % new

    // A portal with one list of `members` and room for every rule's new members.
    Sandbox::SandboxConfig config;
    config.listMembers = s.members;
    config.contactCount = s.members + s.rules * (s.runs * perRun) * 2 + 1000;
    config.settings.rateLimit = 1000000; // setup runs unpaced
    Sandbox::SandboxThread sandbox(config);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "bench_rules: the sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager nam;
    HubSpot::ClientConfig cc;
    cc.baseUrl = sandbox.baseUrl();
    HubSpot::HubSpotClient client(&nam, cc);
    client.setAccessToken(config.token);
    QTemporaryDir dir;
    Store::StoreWorker store;
    {
        bool opened = false;
        QEventLoop loop;
        store.open(dir.filePath(QStringLiteral("mirror.sqlite")), &loop, [&](const QString &e) {
            error = e;
            opened = true;
            loop.quit();
        });
        if (!opened)
            loop.exec();
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_rules: the mirror did not open: %s\n", qPrintable(error));
            return 1;
        }
    }
    Store::PortalRecord portal;
    portal.portalId = kPortalId;
    portal.name = QStringLiteral("Bench");
    storeCall(store, [portal](Store::Stores &st) { return st.portals.upsert(portal); });
    {
        Sync::SyncEngine engine(&client, &store, kPortalId);
        QEventLoop loop;
        QObject::connect(&engine, &Sync::SyncEngine::finished, &loop, &QEventLoop::quit);
        engine.start(Store::SyncTrigger::Manual);
        loop.exec();
    }

    // The list, who is in it, who may join; a sequence and a sender that can send it.
    const qint64 listId
        = sandbox.listIdNamed(QStringLiteral("Newsletter subscribers (all regions)"));
    QList<qint64> listMembers;
    QList<qint64> outsiders;
    qint64 sequenceId = 0;
    QString sender;
    sandbox.readState([&](const Sandbox::SandboxState &state) {
        const Sandbox::ContactList *l = state.list(listId);
        listMembers = QList<qint64>(l->members.cbegin(), l->members.cend());
        const QSet<qint64> in(l->members.cbegin(), l->members.cend());
        for (const Sandbox::Contact &c : state.data().contacts) {
            if (!in.contains(c.id) && c.kind == Sandbox::ContactKind::Normal)
                outsiders << c.id;
        }
    });
    const auto sequences
        = storeCall(store, [](Store::Stores &st) { return st.sequences.sequences(kPortalId); });
    const auto owners
        = storeCall(store, [](Store::Stores &st) { return st.owners.activeOwners(kPortalId); });
    for (const Store::SequenceRecord &q : sequences) {
        if (!q.isEnrollable() || sequenceId != 0)
            continue;
        for (const Store::OwnerRecord &o : owners) {
            if (o.userId
                && (q.visibleToUserIds.isEmpty()
                    || q.visibleToUserIds.contains(QString::number(*o.userId)))) {
                sequenceId = q.sequenceId.toLongLong();
                sender = o.email;
                break;
            }
        }
    }
    if (listId == 0 || sequenceId == 0 || outsiders.size() < s.rules * s.runs * perRun) {
        std::fprintf(stderr, "bench_rules: the sandbox's demo data does not fit the setup\n");
        return 1;
    }

    // The rules, each having handled the list's current members (as an earlier run would).
    QList<qint64> ruleIds;
    for (int r = 0; r < s.rules; ++r) {
        Store::RuleRecord rule;
        rule.portalId = kPortalId;
        rule.name = QStringLiteral("Bench rule %1").arg(r + 1);
        rule.listId = QString::number(listId);
        rule.sequenceId = QString::number(sequenceId);
        rule.senders = {sender};
        rule.dailyCap = 100000;
        rule.createdAt = rule.updatedAt = QDateTime::currentDateTimeUtc();
        const auto id
            = storeCall(store, [rule](Store::Stores &st) { return st.rules.create(rule); });
        if (!id) {
            std::fprintf(stderr, "bench_rules: the rule could not be saved\n");
            return 1;
        }
        Store::EnrollmentJobRecord job;
        job.portalId = kPortalId;
        job.sequenceId = rule.sequenceId;
        job.senderEmail = sender.toLower();
        job.createdAt = QDateTime::currentDateTimeUtc();
        job.state = Store::JobState::Completed;
        job.ruleId = id.value_or(0);
        QList<Store::EnrollmentItemRecord> items;
        for (qint64 m : listMembers) {
            Store::EnrollmentItemRecord i;
            i.contactId = QString::number(m);
            i.state = Store::ItemState::Skipped;
            items << i;
        }
        storeCall(store,
                  [job, items](Store::Stores &st) { return st.enrollments.createJob(job, items); });
        ruleIds << id.value_or(0);
    }

    Sandbox::SandboxSettings paced;
    paced.latencyMs = s.latencyMs;
    paced.rateLimit = s.rateLimit;
    paced.rateWindowMs = s.windowMs;
    if (sandbox.applyControl({{QStringLiteral("settings"), paced.toJson()}}) != 200) {
        std::fprintf(stderr, "bench_rules: the sandbox refused the pace\n");
        return 1;
    }
    std::printf("bench_rules: %d rules x %d runs over a list of %d members, %d new per run "
                "(1 %%), %d ms latency, %d requests per %d ms\n",
                s.rules, s.runs, s.members, perRun, s.latencyMs, s.rateLimit, s.windowMs);

    Totals rule;
    Totals naive;
    int outsider = 0;
    for (int run = 0; run < s.runs; ++run) {
        // 1 % join the list before each round.
        QJsonArray joined;
        for (int k = 0; k < perRun; ++k)
            joined.append(QString::number(outsiders.at(outsider++)));
        sandbox.applyControl({{QStringLiteral("addListMembers"),
                               QJsonObject {{QStringLiteral("listId"), QString::number(listId)},
                                            {QStringLiteral("recordIds"), joined}}}});
        for (qint64 ruleId : ruleIds) {
            // SeqDesk's run.
            Rules::RuleRun ruleRun(&client, &store, nullptr, Store::EnrollmentSource::Cli);
            bool done = false;
            Rules::RuleRunResult result;
            QObject::connect(&ruleRun, &Rules::RuleRun::finished,
                             [&](const Rules::RuleRunResult &r) {
                                 result = r;
                                 done = true;
                             });
            QObject::connect(&ruleRun, &Rules::RuleRun::failed, [&](const QString &m) {
                std::fprintf(stderr, "  rule run failed: %s\n", qPrintable(m));
                done = true;
            });
            const qint64 sent = client.stats().requestsSent;
            QElapsedTimer timer;
            timer.start();
            await([&] { ruleRun.start(ruleId, false); }, done);
            const qint64 ms = timer.elapsed();
            const qint64 requests = client.stats().requestsSent - sent;
            rule.ms += ms;
            rule.requests += requests;
            ++rule.runs;
            std::printf("  rule %lld run %d: %6lld ms  %4lld requests  (%d members, %d new, %d "
                        "to enroll)\n",
                        ruleId, run + 1, ms, requests, result.run.members, result.run.newMembers,
                        result.run.planned);

            // The baseline: the list and every member's record, again.
            Enroll::ListMembersReader reader(&client);
            Enroll::DryRunPlanner planner(&client);
            bool baselineDone = false;
            QObject::connect(&reader, &Enroll::ListMembersReader::finished,
                             [&](const Enroll::ListMembers &m) {
                                 Enroll::PlanRequest request;
                                 request.contacts = m.contacts;
                                 request.dailyCap = 100000;
                                 planner.start(request);
                             });
            QObject::connect(&planner, &Enroll::DryRunPlanner::finished,
                             [&] { baselineDone = true; });
            QObject::connect(&planner, &Enroll::DryRunPlanner::failed,
                             [&] { baselineDone = true; });
            QObject::connect(&reader, &Enroll::ListMembersReader::failed,
                             [&] { baselineDone = true; });
            const qint64 sentBefore = client.stats().requestsSent;
            QElapsedTimer baselineTimer;
            baselineTimer.start();
            await([&] { reader.start(QString::number(listId)); }, baselineDone);
            const qint64 baselineMs = baselineTimer.elapsed();
            const qint64 baselineRequests = client.stats().requestsSent - sentBefore;
            naive.ms += baselineMs;
            naive.requests += baselineRequests;
            ++naive.runs;
            std::printf("    baseline (re-read every member): %6lld ms  %4lld requests\n",
                        baselineMs, baselineRequests);
        }
    }
    const auto per = [](const Totals &t, qint64 v) {
        return double(v) / std::max(1, t.runs);
    };
    std::printf("  per run: SeqDesk %.0f requests, %.2f s; baseline %.0f requests, %.2f s; "
                "SeqDesk uses %.0f %% of the baseline's requests and %.0f %% of its time\n",
                per(rule, rule.requests), per(rule, rule.ms) / 1000.0, per(naive, naive.requests),
                per(naive, naive.ms) / 1000.0,
                100.0 * double(rule.requests) / std::max<qint64>(1, naive.requests),
                100.0 * double(rule.ms) / std::max<qint64>(1, naive.ms));
    // What a run needs: the list, its membership pages and one batch read per 100 new members.
    const int finalMembers = s.members + perRun * s.runs;
    const int needed = 1
        + (finalMembers + HubSpot::membershipsPageLimit - 1) / HubSpot::membershipsPageLimit
        + (perRun + Enroll::DryRunPlanner::kBatch - 1) / Enroll::DryRunPlanner::kBatch;
    using SeqDesk::Bench::figure;
    figure("goal_requests", needed, "requests");
    figure("seqdesk_run_s", per(rule, rule.ms) / 1000.0, "s");
    figure("seqdesk_run_requests", per(rule, rule.requests), "requests");
    // A run's requests follow each other (each page names the next): their latencies add up.
    figure("sequential_bound_s", per(rule, rule.requests) * s.latencyMs / 1000.0, "s");
    figure("baseline_run_s", per(naive, naive.ms) / 1000.0, "s");
    figure("baseline_run_requests", per(naive, naive.requests), "requests");
    SeqDesk::Bench::peakMemoryFigure();
    return 0;
}
