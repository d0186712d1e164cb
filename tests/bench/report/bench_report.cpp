// bench_report: runs the benchmarks of tests/bench/report.json and writes BENCHMARKS.md (the
// machine, medians of several runs, baselines of the same run, goals met or missed by how
// much, peak memory). scripts/bench-report.sh builds and calls it; see its header.
#include "ReportMarkdown.h"
#include "ReportSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QThread>

#include <cstdio>

using namespace SeqDesk::BenchReport;

namespace {

// The value of the first "name : value" line starting with `prefix` (/proc files report no
// size: read them whole, not line by line up to atEnd()).
QString firstMatch(const QString &path, const QString &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.section(QLatin1Char(':'), 1).trimmed();
    }
    return {};
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromUtf8(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString osName()
{
    QFile file(QStringLiteral("/etc/os-release"));
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.startsWith(QLatin1String("PRETTY_NAME=")))
                return line.mid(12).remove(QLatin1Char('"'));
        }
    }
    return QStringLiteral("Linux");
}

QString quoted(const QStringList &args)
{
    QStringList out;
    for (const QString &a : args)
        out << (a.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + a + QLatin1Char('\'') : a);
    return out.join(QLatin1Char(' '));
}

Run runOnce(const QString &program, const QStringList &args, int timeoutS, const QString &log,
            CaseResult *result)
{
    Run run;
    run.log = log;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForStarted(30000)) {
        run.crashed = true;
        return run;
    }
    // The benchmark's own wall time: a blocking wait is right here (no UI, one child at a time).
    const bool ended = process.waitForFinished(timeoutS * 1000);
    if (!ended) {
        process.kill();
        process.waitForFinished(10000);
    }
    run.wallS = timer.elapsed() / 1000.0;
    run.crashed = !ended || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QFile file(log);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(out);
        if (!err.isEmpty())
            file.write("\n--- stderr ---\n" + err);
    }
    readFigures(out, &run, result);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs tests/bench and writes BENCHMARKS.md."));
    parser.addHelpOption();
    const QCommandLineOption specOption(QStringLiteral("spec"), QStringLiteral("report.json"),
                                        QStringLiteral("file"));
    const QCommandLineOption benchDir(QStringLiteral("bench-dir"),
                                      QStringLiteral("Where the benchmarks were built."),
                                      QStringLiteral("dir"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The report."),
                                       QStringLiteral("file"));
    const QCommandLineOption logs(QStringLiteral("logs"),
                                  QStringLiteral("Where each run's output goes."),
                                  QStringLiteral("dir"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per case."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Each case's quickArgs (reduced sizes), once."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Only these cases (comma-separated ids)."),
                                  QStringLiteral("ids"));
    const QCommandLineOption faultTable(QStringLiteral("fault-matrix-table"),
                                        QStringLiteral("The fault matrix's markdown table."),
                                        QStringLiteral("file"));
    const QCommandLineOption commit(QStringLiteral("commit"), QStringLiteral("The commit."),
                                    QStringLiteral("sha"));
    const QCommandLineOption compiler(QStringLiteral("compiler"),
                                      QStringLiteral("The compiler's version."),
                                      QStringLiteral("text"));
    const QCommandLineOption clean(QStringLiteral("clean"),
                                   QStringLiteral("The build was made in a clean folder."));
    const QCommandLineOption build(QStringLiteral("build"),
                                   QStringLiteral("The build type and flags."),
                                   QStringLiteral("text"));
    parser.addOptions({specOption, benchDir, outOption, logs, runsOption, quick, only, faultTable,
                       commit, compiler, clean, build});
    parser.process(app);
    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(message));
        return 2;
    };
    for (const auto *required : {&specOption, &benchDir, &outOption, &logs}) {
        if (!parser.isSet(*required))
            return fail(QStringLiteral("--%1 is needed").arg(required->names().first()));
    }
    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1 || runs > 50)
        return fail(QStringLiteral("--runs must be 1 to 50"));
    QString error;
    const std::optional<Spec> spec = readSpec(parser.value(specOption), &error);
    if (!spec)
        return fail(error);
    const QStringList wanted = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &id : wanted) {
        if (!spec->findCase(id))
            return fail(QStringLiteral("--only: no case \"%1\" in the spec").arg(id));
    }
    QString table;
    if (parser.isSet(faultTable)) {
        QFile file(parser.value(faultTable));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        table = QString::fromUtf8(file.readAll());
    }
    const QDir dir(parser.value(benchDir));
    const QDir logDir(parser.value(logs));
    if (!QDir().mkpath(logDir.path()))
        return fail(QStringLiteral("cannot create %1").arg(logDir.path()));

    Machine machine;
    machine.date
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    machine.commit = parser.value(commit);
    machine.cpu = firstMatch(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"));
    machine.cores = QThread::idealThreadCount();
    machine.memoryGiB = firstMatch(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))
                            .section(QLatin1Char(' '), 0, 0)
                            .toDouble()
        / 1048576.0;
    machine.os = osName();
    machine.qt = QString::fromLatin1(qVersion());
    machine.compiler = parser.value(compiler);
    machine.build = parser.value(build);
    machine.clean = parser.isSet(clean);
    machine.loadAtStart = loadAverage();
    machine.quick = parser.isSet(quick);
    machine.runs = machine.quick ? 1 : runs;

    QElapsedTimer whole;
    whole.start();
    QHash<QString, CaseResult> results;
    int failures = 0;
    for (const Case &c : spec->cases) {
        if (!wanted.isEmpty() && !wanted.contains(c.id))
            continue;
        const QString program = dir.filePath(c.bench);
        const QStringList args = machine.quick ? c.quickArgs : c.args;
        const int count = machine.quick ? 1 : (c.runs > 0 ? qMin(c.runs, runs) : runs);
        CaseResult &result = results[c.id];
        result.command = quoted(QStringList {c.bench} + args);
        for (int i = 0; i < count; ++i) {
            std::fprintf(stderr, "bench_report: %s, run %d of %d: %s\n", qPrintable(c.id), i + 1,
                         count, qPrintable(result.command));
            const QString log = logDir.filePath(QStringLiteral("%1-%2.log").arg(c.id).arg(i + 1));
            const Run run = runOnce(program, args, c.timeoutS, log, &result);
            std::fprintf(stderr, "  %.1f s%s, %lld figures (%s)\n", run.wallS,
                         run.crashed ? ", did not end normally"
                                     : (run.exitCode != 0 ? ", exit code not 0" : ""),
                         static_cast<long long>(run.figures.size()), qPrintable(log));
            failures += run.crashed || run.exitCode != 0 ? 1 : 0;
            result.runs << run;
        }
    }
    machine.loadAtEnd = loadAverage();
    machine.minutes = whole.elapsed() / 60000.0;

    QSaveFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
    out.write(renderReport(*spec, results, machine, table).toUtf8());
    if (!out.commit())
        return fail(QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
    int missed = 0;
    for (const Goal &g : spec->goals) {
        if (results.contains(g.caseId) && !judge(g, results).met)
            ++missed;
    }
    std::fprintf(stderr,
                 "bench_report: wrote %s in %.1f min: %d run(s) failed, %d goal(s) missed\n",
                 qPrintable(out.fileName()), machine.minutes, failures, missed);
    return failures > 0 ? 1 : 0;
}
