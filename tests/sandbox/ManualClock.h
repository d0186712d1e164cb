#pragma once

#include "core/Clock.h"

// A clock the test moves by hand.
class ManualClock final : public SeqDesk::Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }

private:
    QDateTime m_now = QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
    qint64 m_monotonic = 1000000;
};
