#include "store/SyncRunStore.h"

#include "store/SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

namespace SeqDesk::Store {

SyncRunStore::SyncRunStore(QSqlDatabase db)
    : StoreBase(std::move(db))
{ }

std::optional<qint64> SyncRunStore::start(const QString &portalId, SyncTrigger trigger,
                                          const QDateTime &startedAt)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("INSERT INTO sync_runs (portal_id, trigger, started_at,"
                                 " status) VALUES (?, ?, ?, 'running')"),
                  {portalId, Sql::syncTriggerText(trigger), Sql::fromTime(startedAt)}, errorSlot()))
        return std::nullopt;
    ok();
    return q.lastInsertId().toLongLong();
}

bool SyncRunStore::finish(const SyncRunRecord &run)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE sync_runs SET finished_at = ?, status = ?, added = ?,"
                                 " changed = ?, archived = ?, requests = ?, error = ?,"
                                 " http_status = ?, error_category = ?, correlation_id = ?"
                                 " WHERE id = ?"),
                  {Sql::fromTime(run.finishedAt), Sql::syncStatusText(run.status), run.added,
                   run.changed, run.archived, run.requests, run.error, run.httpStatus,
                   run.errorCategory, run.correlationId, run.id},
                  errorSlot()))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("No sync run %1 in the local store").arg(run.id));
    return ok();
}

std::optional<int> SyncRunStore::failInterrupted(const QString &error, const QDateTime &at)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE sync_runs SET status = 'failed', finished_at = ?,"
                                 " error = ? WHERE status = 'running'"),
                  {Sql::fromTime(at), error}, errorSlot()))
        return std::nullopt;
    ok();
    return q.numRowsAffected();
}

QList<SyncRunRecord> SyncRunStore::runs(const QString &portalId, int limit)
{
    QList<SyncRunRecord> result;
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT id, trigger, started_at, finished_at, status, added,"
                                 " changed, archived, requests, error, http_status,"
                                 " error_category, correlation_id FROM sync_runs"
                                 " WHERE portal_id = ? ORDER BY started_at DESC, id DESC"
                                 " LIMIT ?"),
                  {portalId, limit}, errorSlot()))
        return result;
    while (q.next()) {
        SyncRunRecord r;
        r.id = q.value(0).toLongLong();
        r.portalId = portalId;
        r.trigger = Sql::syncTriggerFromText(q.value(1).toString());
        r.startedAt = Sql::toTime(q.value(2));
        r.finishedAt = Sql::toTime(q.value(3));
        r.status = Sql::syncStatusFromText(q.value(4).toString());
        r.added = q.value(5).toInt();
        r.changed = q.value(6).toInt();
        r.archived = q.value(7).toInt();
        r.requests = q.value(8).toInt();
        r.error = q.value(9).toString();
        r.httpStatus = q.value(10).toInt();
        r.errorCategory = q.value(11).toString();
        r.correlationId = q.value(12).toString();
        result.append(r);
    }
    ok();
    return result;
}

std::optional<SyncRunRecord> SyncRunStore::lastRun(const QString &portalId)
{
    const QList<SyncRunRecord> last = runs(portalId, 1);
    if (last.isEmpty())
        return std::nullopt;
    return last.constFirst();
}

} // namespace SeqDesk::Store
