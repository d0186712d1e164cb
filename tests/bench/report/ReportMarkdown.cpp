#include "ReportMarkdown.h"

#include <QLocale>

#include <cmath>

namespace SeqDesk::BenchReport {

namespace {

QString number(double v)
{
    const QLocale c = QLocale::c();
    if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
        QLocale grouped = QLocale(QLocale::English, QLocale::UnitedStates);
        return grouped.toString(qint64(std::llround(v)));
    }
    const double a = std::fabs(v);
    const int decimals = a >= 100 ? 1 : (a >= 10 ? 2 : 3);
    return c.toString(v, 'f', decimals);
}

QString withUnit(std::optional<double> v, const QString &unit)
{
    if (!v)
        return QStringLiteral("-");
    return unit.isEmpty() ? number(*v) : number(*v) + QLatin1Char(' ') + unit;
}

std::optional<double> medianOf(const QHash<QString, CaseResult> &results, const QString &caseId,
                               const QString &figure)
{
    const auto it = results.constFind(caseId);
    return it == results.constEnd() ? std::nullopt : it->median(figure);
}

QString unitOf(const QHash<QString, CaseResult> &results, const QString &caseId,
               const QString &figure)
{
    return results.value(caseId).units.value(figure);
}

QString percent(double fraction)
{
    return QLocale::c().toString(100.0 * fraction, 'f', fraction < 0.1 ? 1 : 0)
        + QStringLiteral(" %");
}

QString escape(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

} // namespace

Verdict judge(const Goal &goal, const QHash<QString, CaseResult> &results)
{
    Verdict v;
    v.value = medianOf(results, goal.caseId, goal.figure);
    if (goal.bound.figure.isEmpty()) {
        v.bound = goal.bound.number;
    } else if (const auto b = medianOf(results, goal.caseId, goal.bound.figure)) {
        v.bound = *b * goal.bound.factor;
    }
    if (!goal.baselineCase.isEmpty())
        v.baseline = medianOf(results, goal.baselineCase, goal.baselineFigure);
    if (!v.value || !v.bound)
        return v;
    const double value = *v.value;
    const double bound = *v.bound;
    const double scale = std::fabs(bound) > 0 ? std::fabs(bound) : 1.0;
    switch (goal.kind) {
    case Goal::Kind::AtMost:
        v.met = value <= bound;
        v.missedBy = v.met ? 0 : (value - bound) / scale;
        break;
    case Goal::Kind::AtLeast:
        v.met = value >= bound;
        v.missedBy = v.met ? 0 : (bound - value) / scale;
        break;
    case Goal::Kind::Equals:
        v.met = std::fabs(value - bound) < 1e-9;
        v.missedBy = v.met ? 0 : std::fabs(value - bound) / scale;
        break;
    }
    return v;
}

QString renderReport(const Spec &spec, const QHash<QString, CaseResult> &results, const Machine &m,
                     const QString &faultMatrixTable)
{
    QString out;
    out += QStringLiteral("# Benchmarks\n\n");
    out += QStringLiteral(
               "Written by `scripts/bench-report.sh`%1 on %2 from commit `%3`, in %4 "
               "build (%5): every benchmark of `tests/bench` ran %6 time(s) (a case may "
               "say fewer: see its table), and the figures below are their medians, with the "
               "lowest and highest run; a baseline is measured in the same run as the figure it "
               "is compared with. The report took %7 minutes. Do not edit by hand: change "
               "`tests/bench/report.json` (cases, goals, notes) and run the script again.\n\n")
               .arg(m.quick ? QStringLiteral(" --quick (reduced sizes)") : QString(), m.date,
                    m.commit,
                    m.clean ? QStringLiteral("a clean optimized") : QStringLiteral("an existing"),
                    m.build, QString::number(m.runs), number(m.minutes));
    out += QStringLiteral("**Machine:** %1, %2 cores, %3 GiB; %4; Qt %5; %6. Load average at the "
                          "start %7, at the end %8.\n\n")
               .arg(m.cpu, QString::number(m.cores), number(m.memoryGiB), m.os, m.qt, m.compiler,
                    m.loadAtStart, m.loadAtEnd);

    // The goals.
    out += QStringLiteral("## Goals\n\n");
    if (m.quick)
        out += QStringLiteral("The goals are for the full sizes: with --quick (smaller lists, "
                              "jobs and histories, one run) a goal missed or not measured here "
                              "says nothing about them.\n\n");
    out += QStringLiteral("| figure | goal | median (lowest-highest) | baseline, same run | "
                          "vs baseline | met |\n|---|---|---:|---:|---:|---|\n");
    QStringList misses;
    int met = 0;
    for (const Goal &g : spec.goals) {
        const Verdict v = judge(g, results);
        const QString unit = unitOf(results, g.caseId, g.figure);
        const CaseResult r = results.value(g.caseId);
        QString measured = withUnit(v.value, unit);
        if (v.value && r.runs.size() > 1)
            measured += QStringLiteral(" (%1-%2)")
                            .arg(number(*r.min(g.figure)), number(*r.max(g.figure)));
        QString goalText = g.boundText;
        if (!g.bound.figure.isEmpty() && v.bound)
            goalText += QStringLiteral(": %1").arg(withUnit(v.bound, unit));
        QString vs = QStringLiteral("-");
        if (v.value && v.baseline && *v.value != 0 && *v.baseline != 0) {
            const double ratio
                = g.kind == Goal::Kind::AtLeast ? *v.value / *v.baseline : *v.baseline / *v.value;
            vs = QLocale::c().toString(ratio, 'f', ratio >= 10 ? 1 : 2) + QLatin1Char('x');
        }
        const QString baseline = v.baseline
            ? QStringLiteral("%1 (%2)").arg(
                withUnit(v.baseline, unitOf(results, g.baselineCase, g.baselineFigure)),
                g.baselineText)
            : QStringLiteral("-");
        QString verdict;
        if (!v.value || !v.bound) {
            verdict = QStringLiteral("**not measured**");
            misses << QStringLiteral(
                          "- **%1**: not measured (the case `%2` did not print `%3`%4). %5")
                          .arg(g.what, g.caseId, v.value ? g.bound.figure : g.figure,
                               r.failedRuns() > 0 ? QStringLiteral("; a run failed") : QString(),
                               g.note);
        } else if (v.met) {
            verdict = QStringLiteral("met");
            ++met;
        } else {
            verdict = QStringLiteral("**missed by %1**").arg(percent(v.missedBy));
            misses << QStringLiteral("- **%1**: %2 against %3 %4, missed by %5. %6")
                          .arg(g.what, withUnit(v.value, unit), g.boundText,
                               withUnit(v.bound, unit), percent(v.missedBy), g.note);
        }
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(escape(g.what), escape(goalText), measured, escape(baseline), vs, verdict);
    }
    out += QStringLiteral("\n%1 of %2 goals met.\n\n")
               .arg(QString::number(met), QString::number(spec.goals.size()));
    if (!misses.isEmpty())
        out += QStringLiteral("Missed, by how much and why:\n\n") + misses.join(QLatin1Char('\n'))
            + QStringLiteral("\n\n");
    QStringList notes;
    QStringList told; // a note shared by several goals is told once
    for (const Goal &g : spec.goals) {
        if (!g.note.isEmpty() && judge(g, results).met && !told.contains(g.note)) {
            notes << QStringLiteral("- **%1**: %2").arg(g.what, g.note);
            told << g.note;
        }
    }
    if (!notes.isEmpty())
        out += QStringLiteral("Notes on the goals met:\n\n") + notes.join(QLatin1Char('\n'))
            + QStringLiteral("\n\n");

    // Peak memory.
    out += QStringLiteral("## Peak memory\n\nThe peak resident memory of each benchmark's "
                          "process (its own sandbox thread and data included), median of the "
                          "runs.\n\n| case | peak resident memory |\n|---|---:|\n");
    for (const Case &c : spec.cases)
        out += QStringLiteral("| %1 | %2 |\n")
                   .arg(escape(c.title),
                        withUnit(results.value(c.id).median(QStringLiteral("peak_rss")),
                                 QStringLiteral("MiB")));

    // Every figure of every run.
    out += QStringLiteral("\n## Every figure\n\n");
    for (const Case &c : spec.cases) {
        const CaseResult r = results.value(c.id);
        out += QStringLiteral("### %1\n\n`%2`").arg(c.title, r.command);
        QStringList walls;
        for (const Run &run : r.runs) {
            QString wall = number(run.wallS) + QStringLiteral(" s");
            if (run.crashed)
                wall += QStringLiteral(" (did not end normally)");
            else if (run.exitCode != 0)
                wall += QStringLiteral(" (exit %1)").arg(run.exitCode);
            walls << wall;
        }
        out += QStringLiteral(": %1 run(s), %2.\n\n")
                   .arg(QString::number(r.runs.size()), walls.join(QStringLiteral(", ")));
        if (r.keys.isEmpty()) {
            out += QStringLiteral("No figures.\n\n");
            continue;
        }
        out += QStringLiteral("| figure |");
        for (qsizetype i = 0; i < r.runs.size(); ++i)
            out += QStringLiteral(" run %1 |").arg(i + 1);
        out += QStringLiteral(" median |\n|---|");
        for (qsizetype i = 0; i <= r.runs.size(); ++i)
            out += QStringLiteral("---:|");
        out += QLatin1Char('\n');
        for (const QString &key : r.keys) {
            const QString unit = r.units.value(key);
            out += QStringLiteral("| `%1` |").arg(key);
            for (const Run &run : r.runs) {
                const auto it = run.figures.constFind(key);
                out += QStringLiteral(" %1 |").arg(
                    it == run.figures.constEnd() ? QStringLiteral("-") : number(*it));
            }
            out += QStringLiteral(" %1 |\n").arg(withUnit(r.median(key), unit));
        }
        out += QLatin1Char('\n');
    }

    out += QStringLiteral("## Fault matrix\n\n");
    out += spec.faultMatrixIntro.trimmed() + QStringLiteral("\n\n");
    out += faultMatrixTable.isEmpty() ? QStringLiteral("(not run this time: --no-fault-matrix)\n")
                                      : faultMatrixTable.trimmed() + QLatin1Char('\n');
    return out;
}

} // namespace SeqDesk::BenchReport
