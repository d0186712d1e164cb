#pragma once

// What the runs of the cases measured: the FIGURE lines of each run (BenchFigures.h), and
// their medians.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SeqDesk::BenchReport {

struct Run
{
    QHash<QString, double> figures;
    int exitCode = 0;
    bool crashed = false; // a signal, a timeout or no start
    double wallS = 0;
    QString log; // the file with its output
};

struct CaseResult
{
    QString command; // as a user would type it
    QList<Run> runs;
    QHash<QString, QString> units;
    QStringList keys; // in the order the first run printed them

    // Over the runs that printed `key`.
    std::optional<double> median(const QString &key) const;
    std::optional<double> min(const QString &key) const;
    std::optional<double> max(const QString &key) const;
    int failedRuns() const;
};

// Reads the FIGURE lines of `output` into `run` (and their units and order into `result`).
void readFigures(const QByteArray &output, Run *run, CaseResult *result);

} // namespace SeqDesk::BenchReport
