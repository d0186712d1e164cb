// The fault matrix (issue 14): each cell runs an enrollment job through the real seqdesk-cli
// against the real seqdesk-sandbox under one kind of fault, resumes it until it ends, and
// prints a row: contacts enrolled twice and results lost (both must be 0), resumes, wall
// time, exit codes and the message the user saw. Exit code 0 when every cell holds.
//
//   fault_matrix [--contacts N] [--cells a,b] [--full] [--seed S] [--markdown FILE] [--bin DIR]
#include "FaultCell.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace SeqDesk::Fault;

namespace {

QStringList args(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The reduced matrix keeps every cell with shorter latencies; --full is the harsher one.
QList<CellSpec> cells(bool full)
{
    const QStringList latency = full ? args("--latency-ms 200 --latency-jitter-ms 200")
                                     : args("--latency-ms 40 --latency-jitter-ms 40");
    const QStringList storm = full ? args("--burst-429-rate 0.1 --burst-429-count 4")
                                   : args("--burst-429-rate 0.03 --burst-429-count 2");
    // Answers held a little, so a change at a progress point lands with contacts left to send.
    const QStringList paced = args("--latency-ms 10");
    const QStringList together
        = args("--latency-ms 20 --latency-jitter-ms 20 --fail-rate 0.1 --drop-rate 0.03 "
               "--drop-after-rate 0.03 --malformed-rate 0.03 --truncate-rate 0.03 "
               "--burst-429-rate 0.03 --burst-429-count 2");
    return {
        {QStringLiteral("latency"), latency, Action::None, 0},
        {QStringLiteral("5xx-30%"), args("--fail-rate 0.3"), Action::None, 0},
        {QStringLiteral("drop-before-after-10%"), args("--drop-rate 0.1 --drop-after-rate 0.1"),
         Action::None, 0},
        {QStringLiteral("malformed-truncated-10%"),
         args("--malformed-rate 0.1 --truncate-rate 0.1"), Action::None, 0},
        {QStringLiteral("429-storm"), storm, Action::None, 0},
        {QStringLiteral("429-storm-no-retry-after"), storm + args("--no-retry-after"), Action::None,
         0},
        {QStringLiteral("429-storm-no-rate-headers"), storm + args("--no-rate-headers"),
         Action::None, 0},
        {QStringLiteral("429-storm-no-hints"), storm + args("--no-retry-after --no-rate-headers"),
         Action::None, 0},
        {QStringLiteral("daily-api-limit"), paced, Action::DailyLimit, 0},
        {QStringLiteral("token-revoked"), paced, Action::RevokeToken, 0},
        {QStringLiteral("all-together"), together, Action::None, 0},
        {QStringLiteral("all-together-sigkill"), together, Action::Kill, full ? 4 : 2},
        {QStringLiteral("sigkill"), args("--latency-ms 5"), Action::Kill, full ? 8 : 3},
        {QStringLiteral("disk-full"), paced, Action::DiskFull, 0},
        {QStringLiteral("db-locked"), paced, Action::DbLocked, 0},
        {QStringLiteral("rule-run-all-together-sigkill"), {}, Action::Kill, full ? 4 : 2, true},
    };
}

QString codes(const QList<int> &list)
{
    QStringList out;
    for (int c : list)
        out << (c == -9 ? QStringLiteral("KILL") : QString::number(c));
    return out.join(QLatin1Char(','));
}

QString row(const CellResult &r)
{
    QString message = r.error.isEmpty() ? r.message : QStringLiteral("DRIVER: ") + r.error;
    message.replace(QLatin1Char('|'), QLatin1Char('/'));
    if (message.size() > 90)
        message = message.left(87) + QStringLiteral("...");
    return QStringLiteral(
               "| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 s | %10 | %11 | %12 | %13 |")
        .arg(r.name)
        .arg(r.contacts)
        .arg(r.enrolled)
        .arg(r.skipped)
        .arg(r.failed)
        .arg(r.doubles)
        .arg(r.lost)
        .arg(r.resumes)
        .arg(QString::number(double(r.wallMs) / 1000.0, 'f', 1), codes(r.exitCodes), r.faults,
             r.ok() ? QStringLiteral("ok") : QStringLiteral("**FAIL**"), message);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs enrollment jobs through seqdesk-cli against seqdesk-sandbox under "
                       "each fault and checks that no contact is enrolled twice or lost."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("contacts"), QStringLiteral("Contacts per job (30; 150 with --full)."),
         QStringLiteral("N")},
        {QStringLiteral("cells"), QStringLiteral("Only these cells (comma-separated)."),
         QStringLiteral("NAMES")},
        {QStringLiteral("full"), QStringLiteral("The harsher cells, 150 contacts by default.")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the sandboxes and kill plans."),
         QStringLiteral("S")},
        {QStringLiteral("markdown"), QStringLiteral("Also write the table to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("bin"), QStringLiteral("Folder of seqdesk-cli and seqdesk-sandbox."),
         QStringLiteral("DIR"), QStringLiteral(SEQDESK_BIN_DIR)},
        {QStringLiteral("list"), QStringLiteral("Print the cells' names and exit.")},
        {QStringLiteral("keep"),
         QStringLiteral("Keep each cell's folder (mirror, contacts, each run's stderr).")},
    });
    parser.process(app);
    QTextStream out(stdout);
    const bool full = parser.isSet(QStringLiteral("full"));
    QList<CellSpec> chosen = cells(full);
    if (parser.isSet(QStringLiteral("list"))) {
        for (const CellSpec &c : std::as_const(chosen))
            out << c.name << '\n';
        return 0;
    }
    if (parser.isSet(QStringLiteral("cells"))) {
        const QStringList names = parser.value(QStringLiteral("cells")).split(QLatin1Char(','));
        QList<CellSpec> picked;
        for (const QString &name : names) {
            const auto it = std::find_if(chosen.cbegin(), chosen.cend(),
                                         [&](const CellSpec &c) { return c.name == name; });
            if (it == chosen.cend()) {
                std::fprintf(stderr, "fault_matrix: no cell %s (--list names them)\n",
                             qPrintable(name));
                return 2;
            }
            picked << *it;
        }
        chosen = picked;
    }
    RunSettings settings;
    settings.binDir = parser.value(QStringLiteral("bin"));
    settings.contacts = parser.isSet(QStringLiteral("contacts"))
        ? parser.value(QStringLiteral("contacts")).toInt()
        : (full ? 150 : 30);
    settings.seed = parser.isSet(QStringLiteral("seed"))
        ? parser.value(QStringLiteral("seed")).toUInt()
        : QRandomGenerator::global()->bounded(1000000u);
    if (settings.contacts < 3) {
        std::fprintf(stderr, "fault_matrix: --contacts needs at least 3\n");
        return 2;
    }
    QTemporaryDir work;
    work.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    settings.workDir = work.path();
    if (!work.autoRemove())
        out << "Cells' folders kept in " << work.path() << '\n';
    out << "Fault matrix: " << chosen.size() << " cells, " << settings.contacts
        << " contacts each, seed " << settings.seed << " (replay: --seed " << settings.seed
        << ")\n";
    const QString header = QStringLiteral(
        "| cell | contacts | enrolled | skipped | failed | doubles | lost | resumes | wall | "
        "exit codes | faults injected | result | message the user saw |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|");
    out << header << Qt::endl;
    QStringList rows;
    int failures = 0;
    for (int i = 0; i < chosen.size(); ++i) {
        const CellSpec &spec = chosen.at(i);
        const CellResult r
            = spec.rule ? runRuleCell(spec, settings, i) : runCell(spec, settings, i);
        rows << row(r);
        out << rows.constLast() << Qt::endl;
        if (!r.ok())
            ++failures;
    }
    out << (failures ? QStringLiteral("%1 of %2 cells failed\n").arg(failures).arg(chosen.size())
                     : QStringLiteral("every cell held: no double, no lost result\n"));
    if (parser.isSet(QStringLiteral("markdown"))) {
        QFile md(parser.value(QStringLiteral("markdown")));
        if (!md.open(QIODevice::WriteOnly | QIODevice::Text)) {
            std::fprintf(stderr, "fault_matrix: cannot write %s\n", qPrintable(md.fileName()));
            return 2;
        }
        md.write((header + QLatin1Char('\n') + rows.join(QLatin1Char('\n')) + QLatin1Char('\n'))
                     .toUtf8());
    }
    return failures ? 1 : 0;
}
