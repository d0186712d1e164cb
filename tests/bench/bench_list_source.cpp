// A HubSpot list as the contacts of an enrollment, against the in-process sandbox: what the
// wizard does once the user chose a list (ListMembersReader reads the list and its members,
// 250 a page; EnrollmentUseCase::planRequest; DryRunPlanner reads them back 100 a batch and
// builds the dry-run table). Prints the requests per route against the goal (the list, its
// membership pages, the batch reads, nothing else), the time from "choose list" to the table
// against the lower bound the rate limit allows for that request sequence, and the process's
// memory growth; beside a baseline in the same run that reads each contact one by one on the
// same client (measured on a sample, projected to the whole list). Then the same flow on a
// larger list (no latency, a high limit) to compare memory per member.
//
//   bench_list_source [--members N] [--latency-ms MS] [--rate-limit N] [--window-ms MS]
//                     [--baseline-sample N] [--full-baseline] [--large-members N]
//
// Defaults: 10,000 members, 100 ms added latency, HubSpot's 100 requests per 10,000 ms, a
// baseline sample of 300 contacts, a large list of 50,000 (0: none). --full-baseline reads
// every member one by one (about 17 minutes at the defaults).
#include "BenchFigures.h"
#include "ListSourceBench.h"
#include "hubspot/ClientConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <optional>

using namespace SeqDesk;
using namespace SeqDesk::Bench;

namespace {

// An integer option within [min, max]; otherwise a message naming it and nullopt.
std::optional<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                             int min, int max)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (ok && value >= min && value <= max)
        return value;
    std::fprintf(stderr, "bench_list_source: --%s must be a whole number from %d to %d, not '%s'\n",
                 qPrintable(option.names().constFirst()), min, max,
                 qPrintable(parser.value(option)));
    return std::nullopt;
}

double ratio(qint64 a, qint64 b)
{
    return b > 0 ? double(a) / double(b) : 0.0;
}

const char *met(bool yes)
{
    return yes ? "met" : "NOT met";
}

void printRun(const char *name, const ListRun &run, const Sandbox::SandboxSettings &settings)
{
    // The list and its pages alone: one after another, at least one latency each.
    const qint64 readBoundMs = RequestShape::of(run.members, DryRunBatch, 0).boundMs(settings);
    std::printf("  %-34s %8.2f s  (list read %.2f s, bound %.2f s; reads and table %.2f s)  "
                "%lld requests  429s %lld  retries %lld\n",
                name, run.totalMs / 1000.0, run.readMs / 1000.0, readBoundMs / 1000.0,
                (run.totalMs - run.readMs) / 1000.0, static_cast<long long>(run.routes.total),
                static_cast<long long>(run.client429), static_cast<long long>(run.retries));
    for (auto it = run.routes.requests.cbegin(); it != run.routes.requests.cend(); ++it)
        std::printf("    sandbox %-24s %8d\n", qPrintable(it.key()), it.value());
}

double perMemberKb(qint64 kb, int members)
{
    return members > 0 ? double(kb) / members : 0.0;
}

void printMemory(const ListRun &run)
{
    const MemoryFigures &m = run.memory;
    std::printf("  memory, the whole process (the sandbox thread's data and replies included):\n"
                "    resident: %.1f MB before; peak +%.1f MB during read and plan (%.2f KB per "
                "member)%s; +%.1f MB after, table held\n",
                m.beforeKb / 1024.0, m.peakGrowthKb() / 1024.0,
                perMemberKb(m.peakGrowthKb(), run.members),
                m.peakIsPhase ? "" : " [VmHWM could not be reset: the process's peak]",
                m.heldGrowthKb() / 1024.0);
    if (!m.hasHeap())
        return;
    std::printf("    live heap: peak +%.1f MB (%.2f KB per member; sampled after every page and "
                "batch answer); +%.1f MB after, table held (%.2f KB per member)\n",
                m.heapPeakGrowthKb() / 1024.0, perMemberKb(m.heapPeakGrowthKb(), run.members),
                m.heapHeldGrowthKb() / 1024.0, perMemberKb(m.heapHeldGrowthKb(), run.members));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption members(QStringLiteral("members"),
                                     QStringLiteral("Members of the list."), QStringLiteral("n"),
                                     QStringLiteral("10000"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Added latency."),
                                     QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption limit(QStringLiteral("rate-limit"),
                                   QStringLiteral("Requests per window."), QStringLiteral("n"),
                                   QStringLiteral("100"));
    const QCommandLineOption window(QStringLiteral("window-ms"), QStringLiteral("Rate window."),
                                    QStringLiteral("ms"), QStringLiteral("10000"));
    const QCommandLineOption sample(QStringLiteral("baseline-sample"),
                                    QStringLiteral("Contacts the baseline reads one by one."),
                                    QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption full(QStringLiteral("full-baseline"),
                                  QStringLiteral("The baseline reads every member (slow)."));
    const QCommandLineOption large(
        QStringLiteral("large-members"),
        QStringLiteral("Members of the memory comparison list (0: none)."), QStringLiteral("n"),
        QStringLiteral("50000"));
    parser.addOptions({members, latency, limit, window, sample, full, large});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "bench_list_source: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    const auto n = intOption(parser, members, 1, 1000000);
    const auto latencyMs = intOption(parser, latency, 0, 600000);
    const auto rateLimit = intOption(parser, limit, 1, 1000000);
    const auto windowMs = intOption(parser, window, 1, 86400000);
    const auto sampleN = intOption(parser, sample, 1, 1000000);
    const auto largeN = intOption(parser, large, 0, 1000000);
    if (!n || !latencyMs || !rateLimit || !windowMs || !sampleN || !largeN)
        return 2;

    Sandbox::SandboxSettings settings;
    settings.latencyMs = *latencyMs;
    settings.rateLimit = *rateLimit;
    settings.rateWindowMs = *windowMs;
    const int baselineN = parser.isSet(full) ? *n : qMin(*sampleN, *n);
    std::printf("bench_list_source: a list of %d members, latency %d ms, limit %d per %d ms "
                "(%.1f req/s)\n",
                *n, settings.latencyMs, settings.rateLimit, settings.rateWindowMs,
                settings.rateLimit * 1000.0 / settings.rateWindowMs);

    ListBench bench(*n, settings);
    QString error;
    if (!bench.start(&error)) {
        std::fprintf(stderr, "bench_list_source: %s\n", qPrintable(error));
        return 1;
    }

    // SeqDesk: the list, its pages, the batch reads; then the same list one contact at a time.
    const std::optional<ListRun> seqdesk = bench.runSeqDesk(&error);
    if (!seqdesk) {
        std::fprintf(stderr, "bench_list_source: %s\n", qPrintable(error));
        return 1;
    }
    printRun("seqdesk (list reader + dry run)", *seqdesk, settings);
    const RequestShape shape = RequestShape::of(*n, DryRunBatch);
    const qint64 boundMs = shape.boundMs(settings);
    std::printf("  requests: %lld, goal %d (1 list + %d membership pages + %d batch reads, "
                "nothing else): %s\n",
                static_cast<long long>(seqdesk->routes.total), shape.total(), shape.pages,
                shape.reads, met(seqdesk->routes.total == shape.total()));
    if (boundMs > 0) {
        std::printf("  time to the dry-run table: %.2f s; the rate limit allows %.2f s for these "
                    "requests (pages one after another): %.1f%% (goal <= 105%%): %s\n",
                    seqdesk->totalMs / 1000.0, boundMs / 1000.0,
                    100.0 * ratio(seqdesk->totalMs, boundMs),
                    met(seqdesk->totalMs <= boundMs * 105 / 100));
        const int inFlight = HubSpot::ClientConfig().maxInFlight;
        std::printf("    the bound with the client's %d requests in flight at most: %.2f s\n",
                    inFlight, shape.boundMs(settings, inFlight) / 1000.0);
    } else {
        std::printf("  time to the dry-run table: %.2f s (no latency and the limit never binds: "
                    "no bound to compare with)\n",
                    seqdesk->totalMs / 1000.0);
    }
    std::printf("  dry-run table: %s\n", qPrintable(seqdesk->planSummary()));
    printMemory(*seqdesk);
    figure("seqdesk_s", seqdesk->totalMs / 1000.0, "s");
    figure("seqdesk_requests", double(seqdesk->routes.total), "requests");
    figure("goal_requests", shape.total(), "requests");
    figure("bound_s", boundMs / 1000.0, "s");

    const std::optional<ListRun> baseline = bench.runBaseline(baselineN, &error);
    if (!baseline) {
        std::fprintf(stderr, "bench_list_source: %s\n", qPrintable(error));
        return 1;
    }
    const RequestShape sampleShape = RequestShape::of(*n, 1, baselineN);
    const RequestShape fullShape = RequestShape::of(*n, 1);
    char name[64];
    std::snprintf(name, sizeof name, "baseline (1 read per contact, %d)", baselineN);
    printRun(name, *baseline, settings);
    qint64 baselineMs = baseline->totalMs;
    if (baselineN < *n) {
        // The whole list's bound plus the sample's time above its own bound, per request.
        const qint64 sampleBound = sampleShape.boundMs(settings);
        const qint64 fullBound = fullShape.boundMs(settings);
        const double overheadMs
            = double(qMax<qint64>(0, baseline->totalMs - sampleBound)) / sampleShape.total();
        baselineMs = fullBound + qint64(overheadMs * fullShape.total());
        std::printf("  baseline projected to %d members: %.1f s (%.1f min), %d requests "
                    "(projected: their rate-limit bound %.2f s plus the sample's %.2f ms per "
                    "request above its bound of %.2f s)\n",
                    *n, baselineMs / 1000.0, baselineMs / 60000.0, fullShape.total(),
                    fullBound / 1000.0, overheadMs, sampleBound / 1000.0);
    }
    // Measured when the baseline read every member (429s and retries included), else projected.
    const qint64 baselineRequests = baselineN < *n ? fullShape.total() : baseline->routes.total;
    std::printf("  seqdesk vs one read per contact, same run: %.1fx faster%s, %.1fx fewer "
                "requests (%lld vs %lld)\n",
                ratio(baselineMs, seqdesk->totalMs), baselineN < *n ? " (projected)" : "",
                ratio(baselineRequests, seqdesk->routes.total),
                static_cast<long long>(seqdesk->routes.total),
                static_cast<long long>(baselineRequests));
    figure("baseline_s", baselineMs / 1000.0, "s");
    figure("baseline_requests", double(baselineRequests), "requests");
    bench.stop();

    if (*largeN > 0) {
        Sandbox::SandboxSettings fast;
        fast.rateLimit = 1000000;
        ListBench big(*largeN, fast);
        const std::optional<ListRun> run
            = big.start(&error) ? big.runSeqDesk(&error) : std::optional<ListRun>();
        if (!run) {
            std::fprintf(stderr, "bench_list_source: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("memory per member, a list of %d (latency 0, limit %d per %d ms):\n", *largeN,
                    fast.rateLimit, fast.rateWindowMs);
        printRun("seqdesk (list reader + dry run)", *run, fast);
        const RequestShape bigShape = RequestShape::of(*largeN, DryRunBatch);
        std::printf("  requests: %lld, goal %d: %s\n", static_cast<long long>(run->routes.total),
                    bigShape.total(), met(run->routes.total == bigShape.total()));
        printMemory(*run);
        const auto line = [&](const char *what, qint64 small, qint64 bigger) {
            const double a = perMemberKb(small, seqdesk->members);
            const double b = perMemberKb(bigger, run->members);
            std::printf("  %s per member: %.2f KB at %d members, %.2f KB at %d (%.2fx)\n", what, a,
                        seqdesk->members, b, run->members, a > 0 ? b / a : 0.0);
        };
        line("resident peak growth", seqdesk->memory.peakGrowthKb(), run->memory.peakGrowthKb());
        if (run->memory.hasHeap())
            line("live heap peak growth", seqdesk->memory.heapPeakGrowthKb(),
                 run->memory.heapPeakGrowthKb());
    }
    peakMemoryFigure();
    return 0;
}
