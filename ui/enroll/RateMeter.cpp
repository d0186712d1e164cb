#include "enroll/RateMeter.h"

#include <cmath>

namespace SeqDesk::Ui {

void RateMeter::add(qint64 atMs, int done)
{
    if (!m_samples.isEmpty() && done < m_samples.constLast().second)
        m_samples.clear(); // a new run of the job counts from the journal again
    m_samples.append({atMs, done});
    // Keep one sample at or before the window's start, so the window is always covered.
    while (m_samples.size() > 2 && m_samples.at(1).first <= atMs - m_windowMs)
        m_samples.removeFirst();
}

std::optional<double> RateMeter::perSecond() const
{
    if (m_samples.size() < 2)
        return std::nullopt;
    const auto &first = m_samples.constFirst();
    const auto &last = m_samples.constLast();
    const qint64 spanMs = last.first - first.first;
    if (spanMs < 1000)
        return std::nullopt;
    return (last.second - first.second) * 1000.0 / double(spanMs);
}

std::optional<qint64> RateMeter::etaMs(int remaining) const
{
    if (remaining <= 0)
        return 0;
    const auto rate = perSecond();
    if (!rate || *rate <= 0.0)
        return std::nullopt;
    return qint64(std::ceil(remaining / *rate * 1000.0));
}

} // namespace SeqDesk::Ui
