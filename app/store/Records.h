#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain rows of the local mirror, shared by the store, the sync engine and the UI models.
namespace SeqDesk::Store {

// Derived, since HubSpot's API has no sequence status (README "Sequence status"):
// Archived = gone from HubSpot or archived by the user in SeqDesk; Draft = no steps;
// Paused = paused in SeqDesk (SeqDesk will not enroll into it); Active = otherwise.
enum class SequenceStatus { Active, Paused, Draft, Archived };

struct PortalRecord
{
    QString portalId; // HubSpot hub id
    QString name;
    QString timeZone;
    QString uiDomain;
    QString apiVersion; // "2026-03" or "v4"
    QString baseUrl; // empty = https://api.hubapi.com
    QDateTime lastSyncAt; // UTC; invalid = never
};

struct OwnerRecord
{
    QString portalId;
    QString ownerId;
    std::optional<qint64> userId;
    QString email;
    QString firstName;
    QString lastName;
    QString type; // PERSON | QUEUE
    bool active = false; // PERSON with a userId, not archived
};

struct SequenceStepRecord
{
    int stepOrder = 0;
    QString actionType; // EMAIL | TASK | ...
    qint64 delayMillis = 0;
    QString taskType; // TASK steps
    QString subject;
};

struct SequenceRecord
{
    QString portalId;
    QString sequenceId;
    QString name;
    QString ownerUserId; // HubSpot userId of the creator
    QString folderId;
    QDateTime createdAt; // in HubSpot, UTC
    QDateTime updatedAt; // in HubSpot, UTC
    int stepCount = 0;
    QDateTime firstSeenAt; // by SeqDesk, UTC
    QDateTime lastSeenAt;
    QDateTime archivedAt; // gone from HubSpot (invalid = present)
    bool archivedByUser = false;
    bool pausedInSeqDesk = false;
    int sendWindowStartMinute = -1; // -1 = unknown
    int sendWindowEndMinute = -1;
    QStringList visibleToUserIds;
    int enrolledThroughSeqDesk = 0; // contacts enrolled by SeqDesk jobs

    SequenceStatus status() const
    {
        if (archivedAt.isValid() || archivedByUser)
            return SequenceStatus::Archived;
        if (stepCount == 0)
            return SequenceStatus::Draft;
        if (pausedInSeqDesk)
            return SequenceStatus::Paused;
        return SequenceStatus::Active;
    }
    bool isEnrollable() const { return status() == SequenceStatus::Active; }
};

} // namespace SeqDesk::Store
