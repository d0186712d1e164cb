// SequenceStore's sync-engine side: applySnapshot and sequencesNeedingDetails.
#include "store/PortalStore.h"
#include "store/SequenceStore.h"
#include "store/SqlSupport.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace SeqDesk::Store {

namespace {

std::optional<qint64> ms(const QDateTime &time)
{
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

std::optional<qint64> ms(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// The HubSpot-side fields of a stored sequence, to tell changed from unchanged.
struct StoredSequence
{
    QString name;
    QString ownerUserId;
    QString folderId;
    std::optional<qint64> createdAt;
    std::optional<qint64> updatedAt;
    int stepCount = 0;
    bool archived = false;
    int windowStart = -1;
    int windowEnd = -1;
    std::optional<qint64> detailsUpdatedAt;
};

bool sameFields(const StoredSequence &a, const SequenceRecord &b)
{
    return a.name == b.name && a.ownerUserId == b.ownerUserId && a.folderId == b.folderId
        && a.createdAt == ms(b.createdAt) && a.updatedAt == ms(b.updatedAt)
        && a.stepCount == b.stepCount && a.windowStart == b.sendWindowStartMinute
        && a.windowEnd == b.sendWindowEndMinute;
}

bool sameSteps(const QList<SequenceStepRecord> &a, const QList<SequenceStepRecord> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const SequenceStepRecord &x, const SequenceStepRecord &y) {
                          return x.stepOrder == y.stepOrder && x.actionType == y.actionType
                              && x.delayMillis == y.delayMillis && x.taskType == y.taskType
                              && x.subject == y.subject;
                      });
}

QStringList normalized(QStringList ids)
{
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

bool loadStored(const QSqlDatabase &db, const QString &portalId,
                QHash<QString, StoredSequence> *out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT sequence_id, name, owner_user_id, folder_id,"
                                 " created_at, updated_at, step_count, archived_at,"
                                 " send_window_start_minute, send_window_end_minute,"
                                 " details_updated_at FROM sequences WHERE portal_id = ?"),
                  {portalId}, error))
        return false;
    while (q.next()) {
        StoredSequence s {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          ms(q.value(4)),        ms(q.value(5)),        q.value(6).toInt(),
                          !q.value(7).isNull(),  q.value(8).toInt(),    q.value(9).toInt(),
                          ms(q.value(10))};
        out->insert(q.value(0).toString(), s);
    }
    return true;
}

bool loadSteps(const QSqlDatabase &db, const QString &portalId,
               QHash<QString, QList<SequenceStepRecord>> *out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT sequence_id, ") + QLatin1String(Sql::kStepColumns)
                      + QStringLiteral(" FROM sequence_steps WHERE portal_id = ?"
                                       " ORDER BY sequence_id, step_order"),
                  {portalId}, error))
        return false;
    while (q.next()) {
        (*out)[q.value(0).toString()].append(Sql::stepFrom(q, 1));
    }
    return true;
}

// The prepared statements applySnapshot runs per sequence.
class SnapshotWriter final
{
    Q_DISABLE_COPY_MOVE(SnapshotWriter)

public:
    SnapshotWriter(const QSqlDatabase &db, QString portalId, const QDateTime &seenAt)
        : m_upsert(db)
        , m_deleteVisibility(db)
        , m_insertVisibility(db)
        , m_deleteSteps(db)
        , m_insertStep(db)
        , m_portalId(std::move(portalId))
        , m_seenAt(Sql::fromTime(seenAt))
    { }

    bool prepare(QString *error)
    {
        return Sql::prepare(
                   m_upsert,
                   QStringLiteral(
                       "INSERT INTO sequences (portal_id, sequence_id, name, owner_user_id,"
                       " folder_id, created_at, updated_at, step_count, first_seen_at,"
                       " last_seen_at, send_window_start_minute, send_window_end_minute)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(portal_id, sequence_id) DO UPDATE SET name = excluded.name,"
                       " owner_user_id = excluded.owner_user_id, folder_id = excluded.folder_id,"
                       " created_at = excluded.created_at, updated_at = excluded.updated_at,"
                       " step_count = excluded.step_count, archived_at = NULL,"
                       " send_window_start_minute = excluded.send_window_start_minute,"
                       " send_window_end_minute = excluded.send_window_end_minute"),
                   error)
            && Sql::prepare(m_deleteVisibility,
                            QStringLiteral("DELETE FROM sequence_visibility"
                                           " WHERE portal_id = ? AND sequence_id = ?"),
                            error)
            && Sql::prepare(m_insertVisibility,
                            QStringLiteral("INSERT INTO sequence_visibility"
                                           " (portal_id, sequence_id, user_id) VALUES (?, ?, ?)"),
                            error)
            && Sql::prepare(m_deleteSteps,
                            QStringLiteral("DELETE FROM sequence_steps"
                                           " WHERE portal_id = ? AND sequence_id = ?"),
                            error)
            && Sql::prepare(m_insertStep,
                            QStringLiteral("INSERT INTO sequence_steps (portal_id, sequence_id,"
                                           " step_order, action_type, delay_ms, task_type,"
                                           " subject) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            error);
    }

    bool upsert(const SequenceRecord &s, QString *error)
    {
        for (const QVariant &v :
             {QVariant(m_portalId), QVariant(s.sequenceId), QVariant(s.name),
              QVariant(s.ownerUserId), QVariant(s.folderId), Sql::fromTime(s.createdAt),
              Sql::fromTime(s.updatedAt), QVariant(s.stepCount), m_seenAt, m_seenAt,
              QVariant(s.sendWindowStartMinute), QVariant(s.sendWindowEndMinute)})
            m_upsert.addBindValue(v);
        return Sql::exec(m_upsert, error);
    }

    bool replaceVisibility(const QString &sequenceId, const QStringList &userIds, QString *error)
    {
        m_deleteVisibility.addBindValue(m_portalId);
        m_deleteVisibility.addBindValue(sequenceId);
        if (!Sql::exec(m_deleteVisibility, error))
            return false;
        for (const QString &user : userIds) {
            m_insertVisibility.addBindValue(m_portalId);
            m_insertVisibility.addBindValue(sequenceId);
            m_insertVisibility.addBindValue(user);
            if (!Sql::exec(m_insertVisibility, error))
                return false;
        }
        return true;
    }

    bool replaceSteps(const QString &sequenceId, const QList<SequenceStepRecord> &steps,
                      QString *error)
    {
        m_deleteSteps.addBindValue(m_portalId);
        m_deleteSteps.addBindValue(sequenceId);
        if (!Sql::exec(m_deleteSteps, error))
            return false;
        for (const SequenceStepRecord &step : steps) {
            for (const QVariant &v :
                 {QVariant(m_portalId), QVariant(sequenceId), QVariant(step.stepOrder),
                  QVariant(step.actionType), QVariant(step.delayMillis), QVariant(step.taskType),
                  QVariant(step.subject)})
                m_insertStep.addBindValue(v);
            if (!Sql::exec(m_insertStep, error))
                return false;
        }
        return true;
    }

private:
    QSqlQuery m_upsert;
    QSqlQuery m_deleteVisibility;
    QSqlQuery m_insertVisibility;
    QSqlQuery m_deleteSteps;
    QSqlQuery m_insertStep;
    QVariant m_portalId;
    QVariant m_seenAt;
};

bool execBound(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
               QString *error)
{
    QSqlQuery q(db);
    return Sql::run(q, sql, values, error);
}

} // namespace

std::optional<SnapshotCounts>
SequenceStore::applySnapshot(const QString &portalId, const QList<OwnerRecord> &owners,
                             const QList<SequenceSnapshotItem> &sequences, const QDateTime &seenAt,
                             const std::optional<PortalAccount> &account)
{
    QString *error = errorSlot();
    Sql::Transaction transaction(db());
    if (!transaction.begin(error))
        return std::nullopt;
    OwnerStore ownerStore(db());
    if (!ownerStore.replaceAll(portalId, owners)) {
        fail(ownerStore.lastError());
        return std::nullopt;
    }

    QHash<QString, StoredSequence> stored;
    QHash<QString, QStringList> visibility;
    QHash<QString, QList<SequenceStepRecord>> storedSteps;
    const bool anySteps = std::any_of(sequences.cbegin(), sequences.cend(),
                                      [](const SequenceSnapshotItem &i) { return i.steps; });
    SnapshotWriter writer(db(), portalId, seenAt);
    if (!loadStored(db(), portalId, &stored, error) || !loadVisibility(portalId, &visibility)
        || (anySteps && !loadSteps(db(), portalId, &storedSteps, error)) || !writer.prepare(error))
        return std::nullopt;

    SnapshotCounts counts;
    QSet<QString> present;
    present.reserve(sequences.size());
    for (const SequenceSnapshotItem &item : sequences) {
        const SequenceRecord &s = item.sequence;
        if (present.contains(s.sequenceId))
            continue; // listed twice: the first one wins
        present.insert(s.sequenceId);
        const auto it = stored.constFind(s.sequenceId);
        const bool isNew = it == stored.cend();
        const QStringList users = normalized(s.visibleToUserIds);
        const bool visibilityChanged = isNew || visibility.value(s.sequenceId) != users;
        const bool stepsChanged
            = item.steps && (isNew || !sameSteps(storedSteps.value(s.sequenceId), *item.steps));
        const bool fieldsChanged = isNew || it->archived || !sameFields(*it, s);
        if (fieldsChanged && !writer.upsert(s, error))
            return std::nullopt;
        if (visibilityChanged && !writer.replaceVisibility(s.sequenceId, users, error))
            return std::nullopt;
        if (stepsChanged && !writer.replaceSteps(s.sequenceId, *item.steps, error))
            return std::nullopt;
        if (item.steps && (isNew || it->detailsUpdatedAt != ms(s.updatedAt))
            && !execBound(db(),
                          QStringLiteral("UPDATE sequences SET details_updated_at = ?"
                                         " WHERE portal_id = ? AND sequence_id = ?"),
                          {Sql::fromTime(s.updatedAt), portalId, s.sequenceId}, error))
            return std::nullopt;
        if (isNew)
            ++counts.added;
        else if (fieldsChanged || visibilityChanged || stepsChanged)
            ++counts.changed;
        else
            ++counts.unchanged;
        if (!isNew && it->archived)
            ++counts.restored;
    }

    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (it->archived || present.contains(it.key()))
            continue;
        if (!execBound(db(),
                       QStringLiteral("UPDATE sequences SET archived_at = ?"
                                      " WHERE portal_id = ? AND sequence_id = ?"),
                       {Sql::fromTime(seenAt), portalId, it.key()}, error))
            return std::nullopt;
        ++counts.archived;
    }
    // Now exactly the listed sequences are the un-archived ones.
    if (!execBound(db(),
                   QStringLiteral("UPDATE sequences SET last_seen_at = ?"
                                  " WHERE portal_id = ? AND archived_at IS NULL"),
                   {Sql::fromTime(seenAt), portalId}, error))
        return std::nullopt;
    PortalStore portals(db());
    if (!portals.setLastSyncAt(portalId, seenAt)
        || (account && !portals.setAccount(portalId, *account))) {
        fail(portals.lastError());
        return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    ok();
    return counts;
}

std::optional<QStringList>
SequenceStore::sequencesNeedingDetails(const QString &portalId, const QList<SequenceRecord> &listed)
{
    QHash<QString, StoredSequence> stored;
    if (!loadStored(db(), portalId, &stored, errorSlot()))
        return std::nullopt;
    QStringList ids;
    for (const SequenceRecord &s : listed) {
        const auto it = stored.constFind(s.sequenceId);
        if (it == stored.cend() || !it->detailsUpdatedAt || it->detailsUpdatedAt != ms(s.updatedAt))
            ids.append(s.sequenceId);
    }
    ok();
    return ids;
}

QHash<QString, QList<SequenceStepRecord>> SequenceStore::allSteps(const QString &portalId)
{
    QHash<QString, QList<SequenceStepRecord>> steps;
    if (!loadSteps(db(), portalId, &steps, errorSlot()))
        return {};
    ok();
    return steps;
}

} // namespace SeqDesk::Store
