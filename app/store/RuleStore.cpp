#include "store/RuleStore.h"

#include "store/SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

namespace SeqDesk::Store {

namespace {

QString sendersText(const QStringList &senders)
{
    return senders.join(QLatin1Char('\n'));
}

QStringList sendersFrom(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

RuleStore::RuleStore(QSqlDatabase db)
    : StoreBase(std::move(db))
{ }

std::optional<qint64> RuleStore::create(const RuleRecord &r)
{
    QSqlQuery q(db());
    if (!Sql::run(
            q,
            QStringLiteral("INSERT INTO rules (portal_id, name, list_id, list_name,"
                           " sequence_id, sender_mode, senders, fallback_sender, per_run,"
                           " per_day, every_minutes, again_after_days, daily_cap, state,"
                           " stop_reason, created_at, updated_at, last_run_at, next_run_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {r.portalId, r.name, r.listId, r.listName, r.sequenceId,
             Sql::senderModeText(r.senderMode), sendersText(r.senders), r.fallbackSender, r.perRun,
             r.perDay, r.everyMinutes, r.againAfterDays, r.dailyCap, Sql::ruleStateText(r.state),
             r.stopReason, Sql::fromTime(r.createdAt), Sql::fromTime(r.updatedAt),
             Sql::fromTime(r.lastRunAt), Sql::fromTime(r.nextRunAt)},
            errorSlot()))
        return std::nullopt;
    ok();
    return q.lastInsertId().toLongLong();
}

bool RuleStore::update(const RuleRecord &r)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE rules SET name = ?, list_id = ?, list_name = ?,"
                                 " sequence_id = ?, sender_mode = ?, senders = ?,"
                                 " fallback_sender = ?, per_run = ?, per_day = ?,"
                                 " every_minutes = ?, again_after_days = ?, daily_cap = ?,"
                                 " state = ?, stop_reason = ?, updated_at = ?, next_run_at = ?"
                                 " WHERE id = ? AND deleted_at IS NULL"),
                  {r.name, r.listId, r.listName, r.sequenceId, Sql::senderModeText(r.senderMode),
                   sendersText(r.senders), r.fallbackSender, r.perRun, r.perDay, r.everyMinutes,
                   r.againAfterDays, r.dailyCap, Sql::ruleStateText(r.state), r.stopReason,
                   Sql::fromTime(r.updatedAt), Sql::fromTime(r.nextRunAt), r.id},
                  errorSlot()))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("No rule %1 in the local store").arg(r.id));
    return ok();
}

std::optional<RuleRecord> RuleStore::rule(qint64 ruleId)
{
    const QList<RuleRecord> found
        = select(QStringLiteral("id = ? AND deleted_at IS NULL"), {ruleId});
    if (found.isEmpty()) {
        if (lastError().isEmpty())
            fail(QStringLiteral("No rule %1 in the local store").arg(ruleId));
        return std::nullopt;
    }
    return found.constFirst();
}

QList<RuleRecord> RuleStore::rules(const QString &portalId)
{
    if (portalId.isEmpty())
        return select(QStringLiteral("deleted_at IS NULL ORDER BY portal_id, name, id"), {});
    return select(QStringLiteral("portal_id = ? AND deleted_at IS NULL ORDER BY name, id"),
                  {portalId});
}

QList<RuleRecord> RuleStore::dueRules(const QDateTime &now)
{
    return select(QStringLiteral("deleted_at IS NULL AND state = 'enabled'"
                                 " AND (next_run_at IS NULL OR next_run_at <= ?)"
                                 " ORDER BY next_run_at, id"),
                  {Sql::fromTime(now)});
}

bool RuleStore::setState(qint64 ruleId, RuleState state, const QString &stopReason,
                         const QDateTime &at)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE rules SET state = ?, stop_reason = ?, updated_at = ?"
                                 " WHERE id = ? AND deleted_at IS NULL"),
                  {Sql::ruleStateText(state), stopReason, Sql::fromTime(at), ruleId}, errorSlot()))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("No rule %1 in the local store").arg(ruleId));
    return ok();
}

bool RuleStore::remove(qint64 ruleId, const QDateTime &at)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE rules SET deleted_at = ?, updated_at = ?"
                                 " WHERE id = ? AND deleted_at IS NULL"),
                  {Sql::fromTime(at), Sql::fromTime(at), ruleId}, errorSlot()))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("No rule %1 in the local store").arg(ruleId));
    return ok();
}

std::optional<qint64> RuleStore::startRun(qint64 ruleId, const QDateTime &at)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("INSERT INTO rule_runs (rule_id, started_at, state)"
                                 " VALUES (?, ?, 'running')"),
                  {ruleId, Sql::fromTime(at)}, errorSlot()))
        return std::nullopt;
    ok();
    return q.lastInsertId().toLongLong();
}

bool RuleStore::finishRun(const RuleRunRecord &run, const QDateTime &nextRunAt,
                          const QString &listName)
{
    Sql::Transaction transaction(db());
    if (!transaction.begin(errorSlot()))
        return false;
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE rule_runs SET finished_at = ?, state = ?, members = ?,"
                                 " new_members = ?, planned = ?, requests = ?, message = ?"
                                 " WHERE id = ?"),
                  {Sql::fromTime(run.finishedAt), Sql::ruleRunStateText(run.state), run.members,
                   run.newMembers, run.planned, run.requests, run.message, run.id},
                  errorSlot()))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("No rule run %1 in the local store").arg(run.id));
    if (!Sql::run(q,
                  QStringLiteral("UPDATE rules SET last_run_at = ?, next_run_at = ?,"
                                 " list_name = CASE WHEN ? = '' THEN list_name ELSE ? END"
                                 " WHERE id = ?"),
                  {Sql::fromTime(run.startedAt), Sql::fromTime(nextRunAt), listName, listName,
                   run.ruleId},
                  errorSlot()))
        return false;
    if (!transaction.commit(errorSlot()))
        return false;
    return ok();
}

std::optional<int> RuleStore::failInterrupted(qint64 ruleId, const QString &message,
                                              const QDateTime &at)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE rule_runs SET state = 'failed', finished_at = ?,"
                                 " message = ? WHERE rule_id = ? AND state = 'running'"),
                  {Sql::fromTime(at), message, ruleId}, errorSlot()))
        return std::nullopt;
    ok();
    return q.numRowsAffected();
}

QList<RuleRunRecord> RuleStore::runs(qint64 ruleId, int limit)
{
    QList<RuleRunRecord> result;
    QSqlQuery q(db());
    if (!Sql::run(
            q,
            QStringLiteral(
                "SELECT r.id, r.started_at, r.finished_at, r.state, r.members, r.new_members,"
                " r.planned, r.requests, r.message,"
                " COALESCE(SUM(i.state = 'enrolled'), 0), COALESCE(SUM(i.state = 'skipped'), 0),"
                " COALESCE(SUM(i.state = 'failed'), 0), COALESCE(SUM(i.state = 'deferred'), 0),"
                " COALESCE(SUM(i.state IN ('pending', 'in_flight')), 0)"
                " FROM rule_runs r"
                " LEFT JOIN enrollment_jobs j ON j.rule_run_id = r.id AND j.rule_id = r.rule_id"
                " LEFT JOIN enrollment_items i ON i.job_id = j.id"
                " WHERE r.rule_id = ? GROUP BY r.id ORDER BY r.started_at DESC, r.id DESC"
                " LIMIT ?"),
            {ruleId, limit}, errorSlot()))
        return result;
    while (q.next()) {
        RuleRunRecord r;
        r.id = q.value(0).toLongLong();
        r.ruleId = ruleId;
        r.startedAt = Sql::toTime(q.value(1));
        r.finishedAt = Sql::toTime(q.value(2));
        r.state = Sql::ruleRunStateFromText(q.value(3).toString());
        r.members = q.value(4).toInt();
        r.newMembers = q.value(5).toInt();
        r.planned = q.value(6).toInt();
        r.requests = q.value(7).toInt();
        r.message = q.value(8).toString();
        r.enrolled = q.value(9).toInt();
        r.skipped = q.value(10).toInt();
        r.failed = q.value(11).toInt();
        r.deferred = q.value(12).toInt();
        r.pending = q.value(13).toInt();
        result.append(r);
    }
    ok();
    return result;
}

std::optional<QHash<QString, QDateTime>> RuleStore::handledContacts(qint64 ruleId)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT i.contact_id, MAX(j.created_at)"
                                 " FROM enrollment_jobs j JOIN enrollment_items i"
                                 "  ON i.job_id = j.id"
                                 " WHERE j.rule_id = ? AND i.contact_id <> ''"
                                 " GROUP BY i.contact_id"),
                  {ruleId}, errorSlot()))
        return std::nullopt;
    QHash<QString, QDateTime> handled;
    while (q.next())
        handled.insert(q.value(0).toString(), Sql::toTime(q.value(1)));
    ok();
    return handled;
}

std::optional<int> RuleStore::plannedSince(qint64 ruleId, const QDateTime &since)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT COUNT(*) FROM enrollment_jobs j"
                                 " JOIN enrollment_items i ON i.job_id = j.id"
                                 " WHERE j.rule_id = ? AND j.created_at >= ?"
                                 " AND i.state <> 'skipped'"),
                  {ruleId, Sql::fromTime(since)}, errorSlot()))
        return std::nullopt;
    ok();
    return q.next() ? q.value(0).toInt() : 0;
}

QList<RuleRecord> RuleStore::select(const QString &where, const QVariantList &values)
{
    QList<RuleRecord> result;
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT id, portal_id, name, list_id, list_name, sequence_id,"
                                 " sender_mode, senders, fallback_sender, per_run, per_day,"
                                 " every_minutes, again_after_days, daily_cap, state,"
                                 " stop_reason, created_at, updated_at, last_run_at, next_run_at"
                                 " FROM rules WHERE ")
                      + where,
                  values, errorSlot()))
        return result;
    while (q.next()) {
        RuleRecord r;
        r.id = q.value(0).toLongLong();
        r.portalId = q.value(1).toString();
        r.name = q.value(2).toString();
        r.listId = q.value(3).toString();
        r.listName = q.value(4).toString();
        r.sequenceId = q.value(5).toString();
        r.senderMode = Sql::senderModeFromText(q.value(6).toString());
        r.senders = sendersFrom(q.value(7).toString());
        r.fallbackSender = q.value(8).toString();
        r.perRun = q.value(9).toInt();
        r.perDay = q.value(10).toInt();
        r.everyMinutes = q.value(11).toInt();
        r.againAfterDays = q.value(12).toInt();
        r.dailyCap = q.value(13).toInt();
        r.state = Sql::ruleStateFromText(q.value(14).toString());
        r.stopReason = q.value(15).toString();
        r.createdAt = Sql::toTime(q.value(16));
        r.updatedAt = Sql::toTime(q.value(17));
        r.lastRunAt = Sql::toTime(q.value(18));
        r.nextRunAt = Sql::toTime(q.value(19));
        result.append(r);
    }
    ok();
    return result;
}

} // namespace SeqDesk::Store
