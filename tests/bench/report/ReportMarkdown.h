#pragma once

// BENCHMARKS.md from the spec, what the runs measured and the fault matrix's table.
#include "ReportResults.h"
#include "ReportSpec.h"

namespace SeqDesk::BenchReport {

// Where and how the report was made.
struct Machine
{
    QString date;
    QString commit;
    QString cpu;
    int cores = 0;
    double memoryGiB = 0;
    QString os;
    QString qt;
    QString compiler;
    QString build; // the build type and folder
    bool clean = false; // built in an empty folder
    QString loadAtStart; // /proc/loadavg
    QString loadAtEnd;
    int runs = 0;
    bool quick = false;
    double minutes = 0; // the whole report
};

// How one goal came out.
struct Verdict
{
    std::optional<double> value; // the median
    std::optional<double> bound;
    std::optional<double> baseline;
    bool met = false;
    double missedBy = 0; // a fraction of the bound (0.12: 12 % over or under it)
};

Verdict judge(const Goal &goal, const QHash<QString, CaseResult> &results);

QString renderReport(const Spec &spec, const QHash<QString, CaseResult> &results,
                     const Machine &machine, const QString &faultMatrixTable);

} // namespace SeqDesk::BenchReport
