// bench_cold_start: the desktop app's start with a large enrollment history. Writes a mirror
// with one portal synced a minute ago (no startup sync), 40 sequences and the generated
// history (HistoryGenerator.h: 2,000 jobs x 500 items = 1,000,000 by default), then starts the
// real `seqdesk --measure-startup` (offscreen) several times and times, from the process's
// start, the window's first paint and the portal's page showing its mirror; beside the same
// starts on a mirror without history (the baseline, same run). The database file is in the
// page cache (written just before): a start after a reboot reads it from disk too.
//
//   bench_cold_start [--jobs N] [--starts N] [--app PATH]
#include "BenchFigures.h"
#include "HistoryGenerator.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace SeqDesk;
using namespace SeqDesk::Bench::History;

namespace {

struct Start
{
    double firstPaintMs = -1; // from QProcess::start to the line, as the bench saw it
    double portalShownMs = -1;
    bool ok = false;
};

// The mirror the app opens, under `root` (its XDG_DATA_HOME): the portal, its sequences and
// `jobs` jobs of history.
bool writeMirror(const QString &root, int jobs)
{
    // Database::defaultPath() for the app's names, under this root.
    const QString path = root + QStringLiteral("/SeqDesk/seqdesk.sqlite");
    QDir().mkpath(QFileInfo(path).absolutePath());
    Store::Database db(Store::Database::uniqueConnectionName(QStringLiteral("cold")));
    if (!db.open(path)) {
        std::fprintf(stderr, "bench_cold_start: %s\n", qPrintable(db.lastError()));
        return false;
    }
    Store::Stores stores(db.handle());
    Store::PortalRecord portal;
    portal.portalId = kPortal;
    portal.name = QStringLiteral("Acme Sales");
    portal.timeZone = QStringLiteral("Europe/Berlin");
    portal.lastSyncAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    if (!stores.portals.upsert(portal))
        return false;
    if (!addSequences(db.handle()))
        return false;
    bool ok = true;
    fill(stores, jobs, &ok);
    return ok;
}

Start startApp(const QString &app, const QString &root)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    Start start;
    QEventLoop loop;
    QElapsedTimer timer;
    QByteArray buffer;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        const double at = timer.nsecsElapsed() / 1e6;
        buffer += process.readAllStandardOutput();
        if (start.firstPaintMs < 0 && buffer.contains("startup: first-paint"))
            start.firstPaintMs = at;
        if (start.portalShownMs < 0 && buffer.contains("startup: portal-shown"))
            start.portalShownMs = at;
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer::singleShot(120000, &loop, [&] { process.kill(); });
    timer.start();
    process.start(app, {QStringLiteral("--measure-startup")});
    loop.exec();
    start.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
        && start.portalShownMs >= 0;
    if (!start.ok)
        std::fprintf(stderr, "bench_cold_start: the app did not show the portal: %s\n",
                     qPrintable(QString::fromLocal8Bit(process.readAllStandardError().right(600))));
    return start;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

// `starts` starts on the mirror under `root`; prints them and returns the medians.
std::optional<std::pair<double, double>> measure(const char *what, const QString &app,
                                                 const QString &root, int starts)
{
    QList<double> paints;
    QList<double> shown;
    for (int i = 0; i < starts; ++i) {
        const Start s = startApp(app, root);
        if (!s.ok)
            return std::nullopt;
        paints << s.firstPaintMs;
        shown << s.portalShownMs;
    }
    const double paint = median(paints);
    const double portal = median(shown);
    std::printf("  %-34s first paint %7.1f ms   portal shown %7.1f ms   (median of %d)\n", what,
                paint, portal, starts);
    return std::make_pair(paint, portal);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  QStringLiteral("Jobs of 500 items in the history."),
                                  QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption starts(QStringLiteral("starts"), QStringLiteral("Starts of each."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption appPath(
        QStringLiteral("app"), QStringLiteral("The seqdesk program (default: beside app/bin)."),
        QStringLiteral("path"));
    parser.addOptions({jobs, starts, appPath});
    parser.process(app);
    bool okJobs = false;
    bool okStarts = false;
    const int jobCount = parser.value(jobs).toInt(&okJobs);
    const int startCount = parser.value(starts).toInt(&okStarts);
    if (!okJobs || jobCount < 1 || !okStarts || startCount < 1) {
        std::fprintf(stderr, "bench_cold_start: --jobs and --starts must be numbers >= 1\n");
        return 2;
    }
    // build/<preset>/tests/bench/bench_cold_start -> build/<preset>/app/bin/seqdesk
    const QString program = parser.isSet(appPath)
        ? parser.value(appPath)
        : QDir(QCoreApplication::applicationDirPath())
              .absoluteFilePath(QStringLiteral("../../app/bin/seqdesk"));
    if (!QFileInfo(program).isExecutable()) {
        std::fprintf(stderr, "bench_cold_start: %s is not a program (--app PATH)\n",
                     qPrintable(program));
        return 2;
    }
    QTemporaryDir empty;
    QTemporaryDir full;
    QElapsedTimer timer;
    timer.start();
    if (!writeMirror(empty.path() + QStringLiteral("/data"), 0)
        || !writeMirror(full.path() + QStringLiteral("/data"), jobCount))
        return 1;
    std::printf("bench_cold_start: %d jobs x %d items = %d items of history (written in %.1f s); "
                "seqdesk --measure-startup, offscreen\n",
                jobCount, kItemsPerJob, jobCount * kItemsPerJob, timer.elapsed() / 1000.0);
    const auto baseline = measure("no history (baseline)", program, empty.path(), startCount);
    const auto history = measure("with the history", program, full.path(), startCount);
    if (!baseline || !history)
        return 1;
    Bench::figure("first_paint_ms", history->first, "ms");
    Bench::figure("portal_shown_ms", history->second, "ms");
    Bench::figure("baseline_first_paint_ms", baseline->first, "ms");
    Bench::figure("baseline_portal_shown_ms", baseline->second, "ms");
    Bench::peakMemoryFigure();
    return 0;
}
