#include "ReportResults.h"

#include <QByteArrayList>

#include <algorithm>

namespace SeqDesk::BenchReport {

namespace {

QList<double> values(const CaseResult &result, const QString &key)
{
    QList<double> out;
    for (const Run &run : result.runs) {
        const auto it = run.figures.constFind(key);
        if (it != run.figures.constEnd())
            out << *it;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

std::optional<double> CaseResult::median(const QString &key) const
{
    const QList<double> v = values(*this, key);
    if (v.isEmpty())
        return std::nullopt;
    const qsizetype mid = v.size() / 2;
    return v.size() % 2 == 1 ? v.at(mid) : (v.at(mid - 1) + v.at(mid)) / 2.0;
}

std::optional<double> CaseResult::min(const QString &key) const
{
    const QList<double> v = values(*this, key);
    return v.isEmpty() ? std::nullopt : std::optional<double>(v.first());
}

std::optional<double> CaseResult::max(const QString &key) const
{
    const QList<double> v = values(*this, key);
    return v.isEmpty() ? std::nullopt : std::optional<double>(v.last());
}

int CaseResult::failedRuns() const
{
    return int(std::count_if(runs.begin(), runs.end(),
                             [](const Run &r) { return r.crashed || r.exitCode != 0; }));
}

void readFigures(const QByteArray &output, Run *run, CaseResult *result)
{
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith("FIGURE "))
            continue;
        const QByteArrayList parts = line.trimmed().split(' ');
        if (parts.size() < 3)
            continue;
        bool ok = false;
        const double value = parts.at(2).toDouble(&ok);
        if (!ok)
            continue;
        const QString key = QString::fromUtf8(parts.at(1));
        run->figures.insert(key, value);
        const QString unit = parts.size() > 3 ? QString::fromUtf8(parts.at(3)) : QString();
        if (!result->units.contains(key)) {
            result->units.insert(key, unit == QLatin1String("-") ? QString() : unit);
            result->keys << key;
        }
    }
}

} // namespace SeqDesk::BenchReport
