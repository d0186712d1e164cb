#pragma once

// What scripts/bench-report.sh runs and judges (tests/bench/report.json): the cases (a
// benchmark with its arguments) and the goals (a figure of a case, its goal, its baseline).
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SeqDesk::BenchReport {

struct Case
{
    QString id;
    QString bench; // the program in tests/bench
    QString title;
    QStringList args;
    QStringList quickArgs; // --quick (CI): these instead of args
    int runs = 0; // 0: as many as the report's --runs
    int timeoutS = 1800;
};

// A bound: a number, or a figure of the same case (times factor).
struct Bound
{
    double number = 0;
    QString figure;
    double factor = 1.0;
};

struct Goal
{
    QString caseId;
    QString figure;
    QString what; // what the figure is, for the table
    enum class Kind { AtMost, AtLeast, Equals } kind = Kind::AtMost;
    Bound bound;
    QString boundText; // how the goal reads, e.g. "<= 105 % of the rate limit's bound"
    QString baselineCase; // empty: no baseline
    QString baselineFigure;
    QString baselineText;
    QString note; // why a miss happens, or what limits the figure
};

struct Spec
{
    QList<Case> cases;
    QList<Goal> goals;
    QString faultMatrixIntro; // markdown put before the fault matrix's table

    const Case *findCase(const QString &id) const;
};

// The spec in `path`, or nullopt and why.
std::optional<Spec> readSpec(const QString &path, QString *error);

} // namespace SeqDesk::BenchReport
