#include "store/SequenceStore.h"

#include "store/SqlSupport.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace SeqDesk::Store {

SequenceStore::SequenceStore(QSqlDatabase db)
    : StoreBase(std::move(db))
{ }

QList<SequenceRecord> SequenceStore::sequences(const QString &portalId)
{
    return select(portalId, QString());
}

std::optional<SequenceRecord> SequenceStore::sequence(const QString &portalId,
                                                      const QString &sequenceId)
{
    const QList<SequenceRecord> found = select(portalId, sequenceId);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QHash<QString, QString> SequenceStore::names(const QString &portalId)
{
    QHash<QString, QString> result;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!Sql::run(q, QStringLiteral("SELECT sequence_id, name FROM sequences WHERE portal_id = ?"),
                  {portalId}, errorSlot()))
        return result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toString());
    ok();
    return result;
}

QList<SequenceRecord> SequenceStore::select(const QString &portalId, const QString &sequenceId)
{
    QList<SequenceRecord> result;
    QHash<QString, QStringList> visibility;
    if (!loadVisibility(portalId, &visibility))
        return result;
    const bool one = !sequenceId.isNull();
    const QString sql
        = QStringLiteral(
              "SELECT s.sequence_id, s.name, s.owner_user_id, s.folder_id, s.created_at,"
              " s.updated_at, s.step_count, s.first_seen_at, s.last_seen_at, s.archived_at,"
              " s.archived_by_user, s.paused_in_seqdesk, s.send_window_start_minute,"
              " s.send_window_end_minute, COALESCE(e.enrolled, 0) FROM sequences s"
              " LEFT JOIN (SELECT j.sequence_id, COUNT(*) AS enrolled FROM enrollment_jobs j"
              "  JOIN enrollment_items i ON i.job_id = j.id AND i.state = 'enrolled'"
              "  WHERE j.portal_id = ? GROUP BY j.sequence_id) e"
              " ON e.sequence_id = s.sequence_id WHERE s.portal_id = ?")
        + (one ? QStringLiteral(" AND s.sequence_id = ?") : QString())
        + QStringLiteral(" ORDER BY s.name COLLATE NOCASE, s.sequence_id");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QVariantList binds {portalId, portalId};
    if (one)
        binds.append(sequenceId);
    if (!Sql::run(q, sql, binds, errorSlot()))
        return result;
    while (q.next()) {
        SequenceRecord s;
        s.portalId = portalId;
        s.sequenceId = q.value(0).toString();
        s.name = q.value(1).toString();
        s.ownerUserId = q.value(2).toString();
        s.folderId = q.value(3).toString();
        s.createdAt = Sql::toTime(q.value(4));
        s.updatedAt = Sql::toTime(q.value(5));
        s.stepCount = q.value(6).toInt();
        s.firstSeenAt = Sql::toTime(q.value(7));
        s.lastSeenAt = Sql::toTime(q.value(8));
        s.archivedAt = Sql::toTime(q.value(9));
        s.archivedByUser = q.value(10).toInt() != 0;
        s.pausedInSeqDesk = q.value(11).toInt() != 0;
        s.sendWindowStartMinute = q.value(12).toInt();
        s.sendWindowEndMinute = q.value(13).toInt();
        s.enrolledThroughSeqDesk = q.value(14).toInt();
        s.visibleToUserIds = visibility.value(s.sequenceId);
        result.append(s);
    }
    ok();
    return result;
}

bool SequenceStore::loadVisibility(const QString &portalId, QHash<QString, QStringList> *out)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT sequence_id, user_id FROM sequence_visibility"
                                 " WHERE portal_id = ? ORDER BY sequence_id, user_id"),
                  {portalId}, errorSlot()))
        return false;
    while (q.next())
        (*out)[q.value(0).toString()].append(q.value(1).toString());
    return true;
}

QList<SequenceStepRecord> SequenceStore::steps(const QString &portalId, const QString &sequenceId)
{
    QList<SequenceStepRecord> result;
    QSqlQuery q(db());
    if (!Sql::run(
            q,
            QStringLiteral("SELECT ") + QLatin1String(Sql::kStepColumns)
                + QStringLiteral(" FROM sequence_steps WHERE portal_id = ? AND sequence_id = ?"
                                 " ORDER BY step_order"),
            {portalId, sequenceId}, errorSlot()))
        return result;
    while (q.next())
        result.append(Sql::stepFrom(q, 0));
    ok();
    return result;
}

std::optional<SequenceStatusCounts> SequenceStore::statusCounts(const QString &portalId)
{
    // The same derivation as SequenceRecord::status().
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT CASE"
                                 " WHEN archived_at IS NOT NULL OR archived_by_user <> 0 THEN 3"
                                 " WHEN step_count = 0 THEN 2"
                                 " WHEN paused_in_seqdesk <> 0 THEN 1 ELSE 0 END AS status,"
                                 " COUNT(*) FROM sequences WHERE portal_id = ?"
                                 " GROUP BY status"),
                  {portalId}, errorSlot()))
        return std::nullopt;
    SequenceStatusCounts counts;
    while (q.next()) {
        const int n = q.value(1).toInt();
        switch (q.value(0).toInt()) {
        case 0:
            counts.active = n;
            break;
        case 1:
            counts.paused = n;
            break;
        case 2:
            counts.draft = n;
            break;
        default:
            counts.archived = n;
            break;
        }
    }
    ok();
    return counts;
}

bool SequenceStore::setPaused(const QString &portalId, const QString &sequenceId, bool paused)
{
    return setFlag(QStringLiteral("paused_in_seqdesk"), portalId, sequenceId, paused);
}

bool SequenceStore::setArchivedByUser(const QString &portalId, const QString &sequenceId,
                                      bool archived)
{
    return setFlag(QStringLiteral("archived_by_user"), portalId, sequenceId, archived);
}

bool SequenceStore::setFlag(const QString &column, const QString &portalId,
                            const QString &sequenceId, bool value)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE sequences SET ") + column
                      + QStringLiteral(" = ? WHERE portal_id = ? AND sequence_id = ?"),
                  {value ? 1 : 0, portalId, sequenceId}, errorSlot()))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("No sequence %1 in portal %2 in the local store")
                        .arg(sequenceId, portalId));
    return ok();
}

} // namespace SeqDesk::Store
