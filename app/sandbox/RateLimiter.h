#pragma once

#include <QDate>
#include <QtGlobal>

#include <deque>

namespace SeqDesk {
class Clock;
}

namespace SeqDesk::Sandbox {

// Per-token limits: a rolling window (counted at arrival) and a daily budget that resets
// at midnight UTC. Only accepted requests consume; rejected ones (429) do not.
class RateLimiter final
{
public:
    enum class Verdict { Allowed, WindowExceeded, DailyExceeded };

    struct Snapshot
    {
        Verdict verdict = Verdict::Allowed;
        int limit = 0;
        int remaining = 0;
        qint64 windowMs = 0;
        int dailyLimit = 0;
        int dailyRemaining = 0;
        qint64 retryAfterMs = 0; // until a slot frees up (window) or until midnight (daily)
    };

    explicit RateLimiter(const Clock &clock);
    Q_DISABLE_COPY_MOVE(RateLimiter)

    void configure(int limit, qint64 windowMs, int dailyLimit);
    // Counts the request if it fits; the snapshot reflects the state after it.
    Snapshot acquire();
    // The current state without counting anything.
    Snapshot peek();
    int dailyUsed();
    void reset();

private:
    void prune(qint64 nowMs);
    Snapshot snapshot(qint64 nowMs, Verdict verdict) const;

    const Clock &m_clock;
    int m_limit = 100;
    qint64 m_windowMs = 10000;
    int m_dailyLimit = 250000;
    int m_dailyUsed = 0;
    QDate m_day;
    std::deque<qint64> m_arrivals;
};

} // namespace SeqDesk::Sandbox
