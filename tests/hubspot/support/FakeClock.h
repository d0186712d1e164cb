#pragma once

#include "core/Clock.h"

// A clock that moves only when told to.
class FakeClock final : public SeqDesk::Clock
{
public:
    QDateTime nowUtc() const override { return m_start.addMSecs(m_ms); }
    qint64 monotonicMs() const override { return m_ms; }
    void advance(qint64 ms) { m_ms += ms; }
    void set(qint64 ms) { m_ms = ms; }

private:
    QDateTime m_start = QDateTime(QDate(2026, 9, 1), QTime(12, 0), Qt::UTC);
    qint64 m_ms = 1000000;
};
