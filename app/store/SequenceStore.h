#pragma once

#include "store/Records.h"
#include "store/StoreBase.h"

#include <QHash>

class QSqlQuery;

namespace SeqDesk::Store {

// sequences, sequence_steps and sequence_visibility of every portal.
// Sequences are never deleted while their portal exists: one that vanishes from HubSpot is
// marked archived (archived_at) and keeps its steps, visibility and enrollment history.
class SequenceStore final : public StoreBase
{
    Q_DISABLE_COPY_MOVE(SequenceStore)

public:
    explicit SequenceStore(QSqlDatabase db);

    // What the sync engine writes after listing a portal, in ONE transaction: owners are
    // upserted (others of the portal marked inactive), sequences inserted or updated with
    // their visibility (and steps where given), sequences of the portal missing from
    // `sequences` marked archived at `seenAt`, ones that came back un-archived, last_seen_at
    // and the portal's last_sync_at set to `seenAt` (and its name, time zone and UI domain to
    // `account` when given). User flags (paused, archived by user) are kept. nullopt (and
    // nothing written) on failure.
    std::optional<SnapshotCounts> applySnapshot(const QString &portalId,
                                                const QList<OwnerRecord> &owners,
                                                const QList<SequenceSnapshotItem> &sequences,
                                                const QDateTime &seenAt,
                                                const std::optional<PortalAccount> &account = {});

    // Ids among `listed` whose details (steps) must be fetched: not stored yet, never fetched,
    // or HubSpot's updatedAt moved since the stored steps were fetched. In `listed` order.
    std::optional<QStringList> sequencesNeedingDetails(const QString &portalId,
                                                       const QList<SequenceRecord> &listed);

    // With visibility and enrolledThroughSeqDesk, by name (case-insensitive) then id.
    QList<SequenceRecord> sequences(const QString &portalId);
    std::optional<SequenceRecord> sequence(const QString &portalId, const QString &sequenceId);
    // Every sequence's name by id (archived ones too), without steps, visibility or counts.
    QHash<QString, QString> names(const QString &portalId);
    QList<SequenceStepRecord> steps(const QString &portalId, const QString &sequenceId);
    // The steps of every sequence of the portal in one query, by sequence id (for the UI).
    QHash<QString, QList<SequenceStepRecord>> allSteps(const QString &portalId);
    std::optional<SequenceStatusCounts> statusCounts(const QString &portalId);

    // SeqDesk-side flags; false (with lastError) if the sequence is unknown.
    bool setPaused(const QString &portalId, const QString &sequenceId, bool paused);
    bool setArchivedByUser(const QString &portalId, const QString &sequenceId, bool archived);

private:
    QList<SequenceRecord> select(const QString &portalId, const QString &sequenceId);
    bool loadVisibility(const QString &portalId, QHash<QString, QStringList> *out);
    bool setFlag(const QString &column, const QString &portalId, const QString &sequenceId,
                 bool value);
};

} // namespace SeqDesk::Store
