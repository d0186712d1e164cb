#pragma once

#include <QList>
#include <QPair>
#include <QtGlobal>

#include <optional>

namespace SeqDesk::Ui {

// The recent pace of a job: contacts done per second over a sliding window, and the time
// left at that pace. Fed with (monotonic ms, contacts done so far). Pure.
class RateMeter final
{
public:
    explicit RateMeter(qint64 windowMs = 10000)
        : m_windowMs(windowMs)
    { }

    void reset() { m_samples.clear(); }
    void add(qint64 atMs, int done);
    // nullopt until two samples a second apart are in the window.
    std::optional<double> perSecond() const;
    // Milliseconds until `remaining` more are done at the current pace; nullopt: unknown.
    std::optional<qint64> etaMs(int remaining) const;

private:
    qint64 m_windowMs;
    QList<QPair<qint64, int>> m_samples; // oldest first
};

} // namespace SeqDesk::Ui
