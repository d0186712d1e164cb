#pragma once

// Made-up sequences for the sequences page tests: one call per record, status by intent.
#include "store/Records.h"

#include <QTimeZone>

namespace SeqDesk::Testing {

class SequenceBuilder final
{
public:
    explicit SequenceBuilder(const QString &id, const QString &name)
    {
        m_r.portalId = QStringLiteral("4242");
        m_r.sequenceId = id;
        m_r.name = name;
        m_r.ownerUserId = QStringLiteral("100");
        m_r.stepCount = 3;
        m_r.updatedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::utc());
        m_r.firstSeenAt = QDateTime(QDate(2025, 1, 5), QTime(8, 0), QTimeZone::utc());
        m_r.lastSeenAt = QDateTime(QDate(2025, 4, 2), QTime(8, 0), QTimeZone::utc());
    }

    SequenceBuilder &owner(const QString &userId)
    {
        m_r.ownerUserId = userId;
        return *this;
    }
    SequenceBuilder &steps(int count)
    {
        m_r.stepCount = count;
        return *this;
    }
    SequenceBuilder &paused()
    {
        m_r.pausedInSeqDesk = true;
        return *this;
    }
    SequenceBuilder &draft() { return steps(0); }
    SequenceBuilder &archivedByUser()
    {
        m_r.archivedByUser = true;
        return *this;
    }
    SequenceBuilder &goneFromHubSpot(const QDateTime &at)
    {
        m_r.archivedAt = at;
        return *this;
    }
    SequenceBuilder &updated(const QDateTime &at)
    {
        m_r.updatedAt = at;
        return *this;
    }
    SequenceBuilder &enrolled(int count)
    {
        m_r.enrolledThroughSeqDesk = count;
        return *this;
    }
    SequenceBuilder &sendWindow(int startMinute, int endMinute)
    {
        m_r.sendWindowStartMinute = startMinute;
        m_r.sendWindowEndMinute = endMinute;
        return *this;
    }
    SequenceBuilder &visibleTo(const QStringList &userIds)
    {
        m_r.visibleToUserIds = userIds;
        return *this;
    }
    Store::SequenceRecord build() const { return m_r; }
    operator Store::SequenceRecord() const { return m_r; }

private:
    Store::SequenceRecord m_r;
};

inline Store::SequenceStepRecord step(int order, const QString &action, qint64 delayMillis,
                                      const QString &taskType = {})
{
    Store::SequenceStepRecord s;
    s.stepOrder = order;
    s.actionType = action;
    s.delayMillis = delayMillis;
    s.taskType = taskType;
    return s;
}

constexpr qint64 Day = 24 * 60 * 60 * 1000;

} // namespace SeqDesk::Testing
