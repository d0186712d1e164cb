#include "sandbox/RateLimiter.h"

#include "core/Clock.h"

namespace SeqDesk::Sandbox {

RateLimiter::RateLimiter(const Clock &clock)
    : m_clock(clock)
{ }

void RateLimiter::configure(int limit, qint64 windowMs, int dailyLimit)
{
    m_limit = limit;
    m_windowMs = windowMs;
    m_dailyLimit = dailyLimit;
}

void RateLimiter::prune(qint64 nowMs)
{
    while (!m_arrivals.empty() && m_arrivals.front() <= nowMs - m_windowMs)
        m_arrivals.pop_front();
    const QDate today = m_clock.nowUtc().date();
    if (today != m_day) {
        m_day = today;
        m_dailyUsed = 0;
    }
}

RateLimiter::Snapshot RateLimiter::snapshot(qint64 nowMs, Verdict verdict) const
{
    Snapshot s;
    s.verdict = verdict;
    s.limit = m_limit;
    s.windowMs = m_windowMs;
    s.remaining = qMax(0, m_limit - int(m_arrivals.size()));
    s.dailyLimit = m_dailyLimit;
    s.dailyRemaining = qMax(0, m_dailyLimit - m_dailyUsed);
    if (verdict == Verdict::WindowExceeded && !m_arrivals.empty()) {
        // The slot frees when the oldest arrival still counted leaves the window.
        const size_t index
            = m_arrivals.size() >= size_t(m_limit) ? m_arrivals.size() - size_t(m_limit) : 0;
        s.retryAfterMs = qMax<qint64>(1, m_arrivals[index] + m_windowMs - nowMs);
    } else if (verdict == Verdict::DailyExceeded) {
        const QDateTime now = m_clock.nowUtc();
        s.retryAfterMs = now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC));
    }
    return s;
}

RateLimiter::Snapshot RateLimiter::acquire()
{
    const qint64 nowMs = m_clock.monotonicMs();
    prune(nowMs);
    if (m_dailyUsed >= m_dailyLimit)
        return snapshot(nowMs, Verdict::DailyExceeded);
    if (int(m_arrivals.size()) >= m_limit)
        return snapshot(nowMs, Verdict::WindowExceeded);
    m_arrivals.push_back(nowMs);
    ++m_dailyUsed;
    return snapshot(nowMs, Verdict::Allowed);
}

RateLimiter::Snapshot RateLimiter::peek()
{
    const qint64 nowMs = m_clock.monotonicMs();
    prune(nowMs);
    return snapshot(nowMs, Verdict::Allowed);
}

int RateLimiter::dailyUsed()
{
    prune(m_clock.monotonicMs());
    return m_dailyUsed;
}

void RateLimiter::reset()
{
    m_arrivals.clear();
    m_dailyUsed = 0;
}

} // namespace SeqDesk::Sandbox
