#pragma once

#include <QDateTime>

namespace SeqDesk {

// The seam for wall-clock and monotonic time, so tests of pacing, caps and backoff can
// control time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds on a monotonic clock with an arbitrary origin.
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
};

} // namespace SeqDesk
