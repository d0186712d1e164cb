// bench_analytics: the Analytics page over 1,000,000 enrollment items. Generates 2,000 jobs
// over 90 days (40 sequences, 5 senders, the wizard, the CLI, CLI files and labels; a mix of
// outcomes and reasons, a third of the jobs resumed the next day) through the real schema
// and EnrollmentStore::createJob (the triggers fill the rollup), and the same items into a
// second database without the triggers, then the v6 back-fill there; then the engine's
// journal updates on both. Times each query of the page and the whole snapshot() for the
// last 30 and 90 days of a portal, 90 days of every portal and a narrowed filter, beside the
// same-run baseline: the totals and per-sequence counts aggregated from enrollment_items.
// Prints figures and the peak memory; never asserts timings. `--jobs N` for a quicker run.
#include "BenchFigures.h"
#include "HistoryGenerator.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <random>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace SeqDesk::Store;
using namespace SeqDesk::Bench::History;

namespace {

int kJobs = 2'000; // --jobs N
constexpr int kRuns = 5;
constexpr int kRowLimit = 200;
constexpr int kEngineItems = 10'000;

// The engine's journal: each pending item goes in flight, then is enrolled, each step in its
// own transaction (EnrollmentStore::updateItem), for the first kEngineItems pending items.
qint64 engineUpdates(Stores &stores, qsizetype *count)
{
    QList<EnrollmentItemRecord> items;
    for (qint64 job = 1; job <= kJobs && items.size() < kEngineItems; ++job)
        items += stores.enrollments.items(job, ItemState::Pending);
    items.resize(std::min<qsizetype>(items.size(), kEngineItems));
    *count = items.size();
    const QDateTime now = kEnd.toUTC();
    QElapsedTimer timer;
    timer.start();
    for (EnrollmentItemRecord &item : items) {
        item.state = ItemState::InFlight;
        item.attemptedAt = now;
        bool ok = stores.enrollments.updateItem(item);
        item.state = ItemState::Enrolled;
        item.finishedAt = now.addMSecs(90);
        item.enrollmentId = QStringLiteral("enr-") + item.contactId;
        ok = ok && stores.enrollments.updateItem(item);
        if (!ok)
            std::fprintf(stderr, "bench_analytics: %s\n",
                         qPrintable(stores.enrollments.lastError()));
    }
    return timer.nsecsElapsed();
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "bench_analytics: %s\n", qPrintable(sql));
    return false;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// First run and best of kRuns, in ms.
struct Timing
{
    double first = 0;
    double best = 0;
};

Timing measure(const std::function<bool()> &run)
{
    Timing t;
    QElapsedTimer timer;
    for (int i = 0; i < kRuns; ++i) {
        timer.start();
        if (!run())
            std::fprintf(stderr, "bench_analytics: a query failed\n");
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (i == 0)
            t.first = t.best = ms;
        t.best = std::min(t.best, ms);
    }
    return t;
}

// Gives the memory freed so far back to the system and resets VmHWM to the resident size
// (Linux: "5" to clear_refs), so that the peak of the queries alone can be read.
void resetPeakMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("unknown");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    }
    return QStringLiteral("unknown");
}

AnalyticsFilter lastDays(int days)
{
    AnalyticsFilter f;
    f.portalId = kPortal;
    f.from = kEnd.addDays(-days + 1).toUTC();
    f.to = kEnd.addDays(1).toUTC();
    return f;
}

// The same totals and per-sequence counts as the rollup gives, from the items row by row.
bool baseline(const QSqlDatabase &db, const AnalyticsFilter &f, bool bySequence)
{
    const QString at = QStringLiteral(
        "(CASE WHEN i.state = 'deferred' THEN COALESCE(i.attempted_at, j.created_at)"
        " ELSE COALESCE(i.finished_at, i.attempted_at, j.created_at) END)");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 SUM(i.state = 'enrolled'), SUM(i.state = 'skipped'),"
                       " SUM(i.state = 'failed'), SUM(i.state = 'deferred')"
                       " FROM enrollment_items i JOIN enrollment_jobs j ON j.id = i.job_id"
                       " WHERE (? = '' OR j.portal_id = ?) AND i.state IN ('enrolled', 'skipped',"
                       " 'failed', 'deferred') AND %2 >= ? AND %2 < ? %3")
            .arg(bySequence ? QStringLiteral("j.sequence_id,") : QString(), at,
                 bySequence ? QStringLiteral("GROUP BY j.sequence_id") : QString()));
    q.addBindValue(f.portalId.isNull() ? QStringLiteral("") : f.portalId);
    q.addBindValue(f.portalId.isNull() ? QStringLiteral("") : f.portalId);
    q.addBindValue(f.from.toMSecsSinceEpoch());
    q.addBindValue(f.to.toMSecsSinceEpoch());
    if (!q.exec())
        return false;
    while (q.next()) { }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--jobs")); i > 0 && i + 1 < args.size())
        kJobs = std::max(1, args.at(i + 1).toInt());
    QTemporaryDir dir;
    Database withTriggers(Database::uniqueConnectionName(QStringLiteral("bench")));
    Database without(Database::uniqueConnectionName(QStringLiteral("bench-plain")));
    const QString plainPath = dir.filePath(QStringLiteral("plain.sqlite"));
    if (!withTriggers.open(dir.filePath(QStringLiteral("bench.sqlite")))
        || !without.open(plainPath)) {
        std::fprintf(stderr, "bench_analytics: %s%s\n", qPrintable(withTriggers.lastError()),
                     qPrintable(without.lastError()));
        return 1;
    }
    Stores stores(withTriggers.handle());
    std::optional<Stores> plain(std::in_place, without.handle());
    PortalRecord portal;
    portal.portalId = kPortal;
    portal.name = QStringLiteral("Bench");
    if (!stores.portals.upsert(portal) || !plain->portals.upsert(portal))
        return 1;
    const QSqlDatabase db = withTriggers.handle();
    if (!addSequences(db))
        return 1;
    const QString zone = kEnd.timeZoneAbbreviation();
    std::printf("bench_analytics: %d jobs x %d items = %d items over %d days, %d sequences,"
                " %d senders; local time %s\n",
                kJobs, kItemsPerJob, kJobs * kItemsPerJob, kDays, kSequences, kSenders,
                qPrintable(zone));

    bool ok = true;
    const qint64 insertNs = fill(stores, kJobs, &ok);
    for (const char *t : {"insert", "update_old", "update_new", "delete"})
        ok = ok
            && exec(without.handle(),
                    QStringLiteral("DROP TRIGGER enrollment_items_rollup_") + QLatin1String(t));
    const qint64 plainNs = ok ? fill(*plain, kJobs, &ok) : 0;
    if (!ok)
        return 1;
    QElapsedTimer timer;
    timer.start();
    // Migration 6's last statement is the back-fill (later migrations come after it).
    const QList<Migration> migrations = Database::migrations();
    const auto v6 = std::find_if(migrations.cbegin(), migrations.cend(),
                                 [](const Migration &m) { return m.version == 6; });
    if (v6 == migrations.cend())
        return 1;
    ok = exec(without.handle(), v6->statements.constLast());
    const double backfillMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 rollupRows = scalar(db, QStringLiteral("SELECT COUNT(*) FROM enrollment_rollup"));
    // The back-filled rollup is the one the triggers kept, row for row.
    const QString fingerprint = QStringLiteral(
        "SELECT COUNT(*) || ' ' || SUM(count) || ' ' || SUM((job_id * 1000003 + quarter) * count)"
        " || ' ' || SUM(unicode(state) * count) || ' ' || SUM(length(code) * count)"
        " || ' ' || SUM(unicode(code || '-') * quarter) FROM enrollment_rollup");
    const auto text = [&](const QSqlDatabase &on) {
        QSqlQuery q(on);
        return q.exec(fingerprint) && q.next() ? q.value(0).toString() : QString();
    };
    const bool same = ok && !text(db).isEmpty() && text(db) == text(without.handle());
    qsizetype engineItems = 0;
    const qint64 engineNs = engineUpdates(stores, &engineItems);
    const qint64 enginePlainNs = engineUpdates(*plain, &engineItems);
    plain.reset();
    without.close();
    QFile::remove(plainPath);
    const double n = kJobs * kItemsPerJob;
    std::printf("  insert with the rollup triggers   %9.2f s  %8.0f items/s\n", insertNs / 1e9,
                n / (insertNs / 1e9));
    std::printf(
        "  insert without triggers            %9.2f s  %8.0f items/s  (triggers: +%.0f %%)\n",
        plainNs / 1e9, n / (plainNs / 1e9), 100.0 * (insertNs - plainNs) / plainNs);
    std::printf("  v6 back-fill of those items        %9.2f s  (rollup %s the triggers')\n",
                backfillMs / 1000.0, same ? "equals" : "DIFFERS FROM");
    std::printf("  journal %d items (in flight, enrolled; autocommit each) %6.2f s"
                "  (without triggers %.2f s: +%.0f %%)\n",
                int(engineItems), engineNs / 1e9, enginePlainNs / 1e9,
                100.0 * (engineNs - enginePlainNs) / enginePlainNs);
    std::printf("  rollup: %lld rows for %lld counted items; database %.0f MB\n",
                qlonglong(rollupRows),
                qlonglong(scalar(db, QStringLiteral("SELECT SUM(count) FROM enrollment_rollup"))),
                QFileInfo(withTriggers.path()).size() / 1e6);

    std::printf("  peak memory (VmHWM) of the generation and back-fill: %s\n",
                qPrintable(peakMemory()));
    resetPeakMemory();

    AnalyticsStore &a = stores.analytics;
    AnalyticsFilter everyPortal = lastDays(90);
    everyPortal.portalId.clear();
    AnalyticsFilter narrowed = lastDays(30);
    narrowed.sequenceIds = QStringList {sequenceId(0), sequenceId(3), sequenceId(17)};
    narrowed.senders = QStringList {sender(1), sender(2)};
    narrowed.sources = QStringList {QStringLiteral("wizard"), QStringLiteral("cli")};
    const QList<AnalyticsFilter> filters {lastDays(30), lastDays(90), everyPortal, narrowed};
    std::printf("  %-26s %18s %18s %18s %18s\n", "ms: best of 5 (first run)", "30 days", "90 days",
                "90 d, no portal", "30 d narrowed (1)");
    std::printf("  %-26s", "items counted");
    for (const AnalyticsFilter &f : filters)
        std::printf(" %18d", a.totals(f).value_or(OutcomeCounts()).total());
    std::printf("\n");
    using Query = std::function<bool(const AnalyticsFilter &)>;
    const QList<std::pair<const char *, Query>> queries {
        {"totals",
         [&](const auto &f) {
             return a.totals(f).has_value();
         }},
        {"bySequence",
         [&](const auto &f) {
             return a.bySequence(f).has_value();
         }},
        {"overTime (day)",
         [&](const auto &f) {
             return a.overTime(f, TimeBucket::Day).has_value();
         }},
        {"overTime (week)",
         [&](const auto &f) {
             return a.overTime(f, TimeBucket::Week).has_value();
         }},
        {"bySource",
         [&](const auto &f) {
             return a.bySource(f).has_value();
         }},
        {"reasons",
         [&](const auto &f) {
             return a.reasons(f).has_value();
         }},
        {"rows (limit 200)",
         [&](const auto &f) {
             return a.rows(f, kRowLimit).has_value();
         }},
        {"snapshot() = page refresh",
         [&](const auto &f) {
             return a.snapshot(f, TimeBucket::Day, kRowLimit).has_value();
         }},
        {"baseline: totals (2)",
         [&](const auto &f) {
             return baseline(db, f, false);
         }},
        {"baseline: bySequence (2)",
         [&](const auto &f) {
             return baseline(db, f, true);
         }},
    };
    QString pagePeak;
    double slowestPage = 0; // snapshot() = the page's refresh, best of 5, over the filters
    double slowestPageFirst = 0;
    double slowestBaseline = 0;
    for (const auto &[name, query] : queries) {
        std::printf("  %-26s", name);
        const bool isBaseline = QByteArray(name).startsWith("baseline");
        if (isBaseline && pagePeak.isEmpty())
            pagePeak = peakMemory();
        for (const AnalyticsFilter &f : filters) {
            if (isBaseline && !f.sequenceIds.isEmpty()) {
                std::printf(" %18s", "-");
                continue;
            }
            const Timing t = measure([&] { return query(f); });
            std::printf(" %8.2f (%7.2f)", t.best, t.first);
            if (QByteArray(name).startsWith("snapshot")) {
                slowestPage = std::max(slowestPage, t.best);
                slowestPageFirst = std::max(slowestPageFirst, t.first);
            }
            if (isBaseline)
                slowestBaseline = std::max(slowestBaseline, t.best);
        }
        std::printf("\n");
    }
    const Timing choices = measure([&] { return a.choices(kPortal).has_value(); });
    std::printf("  choices() (the filters' lists) %.2f ms (first run %.2f ms)\n", choices.best,
                choices.first);
    std::printf("  (1) 3 sequences, 2 senders, 2 sources\n  (2) the same counts aggregated from"
                " enrollment_items joined to their jobs, without the rollup\n");
    std::printf("  peak memory (VmHWM): the page's queries %s; with the baselines and choices()"
                " %s\n",
                qPrintable(pagePeak), qPrintable(peakMemory()));
    using SeqDesk::Bench::figure;
    figure("slowest_page_ms", slowestPage, "ms");
    figure("slowest_page_first_ms", slowestPageFirst, "ms");
    figure("slowest_baseline_ms", slowestBaseline, "ms");
    figure("choices_ms", choices.best, "ms");
    SeqDesk::Bench::peakMemoryFigure();
    return same ? 0 : 1;
}
