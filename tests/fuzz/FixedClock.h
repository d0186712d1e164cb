#pragma once

#include "core/Clock.h"

#include <QDateTime>

namespace SeqDesk::Fuzz {

// The same time at every call: a fuzz input must run the same way each time it is replayed.
class FixedClock final : public Clock
{
public:
    QDateTime nowUtc() const override
    {
        return QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
    }
    qint64 monotonicMs() const override { return 1000000; }
};

inline const FixedClock &fixedClock()
{
    static const FixedClock clock;
    return clock;
}

} // namespace SeqDesk::Fuzz
