#include "store/DiagnosticsStore.h"

#include "store/SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace SeqDesk::Store {

DiagnosticsStore::DiagnosticsStore(QSqlDatabase db)
    : StoreBase(std::move(db))
{ }

int DiagnosticsStore::schemaVersion()
{
    QSqlQuery q(db());
    if (!Sql::run(q, QStringLiteral("PRAGMA user_version"), {}, errorSlot()) || !q.next())
        return -1;
    ok();
    return q.value(0).toInt();
}

QList<RecentErrorRecord> DiagnosticsStore::recentErrors(int limit)
{
    QList<RecentErrorRecord> all;
    if (limit <= 0 || !readSyncRuns(limit, &all) || !readItems(limit, &all)
        || !readRuleRuns(limit, &all))
        return {};
    std::stable_sort(
        all.begin(), all.end(),
        [](const RecentErrorRecord &a, const RecentErrorRecord &b) { return a.at > b.at; });
    if (all.size() > limit)
        all.resize(limit);
    ok();
    return all;
}

bool DiagnosticsStore::readSyncRuns(int limit, QList<RecentErrorRecord> *into)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT id, portal_id, COALESCE(finished_at, started_at),"
                                 " http_status, error_category, correlation_id, error"
                                 " FROM sync_runs WHERE status = 'failed'"
                                 " ORDER BY started_at DESC LIMIT ?"),
                  {limit}, errorSlot()))
        return false;
    while (q.next()) {
        RecentErrorRecord e;
        e.source = RecentErrorRecord::Source::Sync;
        e.id = q.value(0).toLongLong();
        e.portalId = q.value(1).toString();
        e.at = Sql::toTime(q.value(2));
        e.httpStatus = q.value(3).toInt();
        e.category = q.value(4).toString();
        e.correlationId = q.value(5).toString();
        e.message = q.value(6).toString();
        into->append(e);
    }
    return true;
}

bool DiagnosticsStore::readItems(int limit, QList<RecentErrorRecord> *into)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!Sql::run(q, QLatin1String(kItemErrorsQuery), {limit}, errorSlot()))
        return false;
    while (q.next()) {
        RecentErrorRecord e;
        e.source = RecentErrorRecord::Source::Enrollment;
        e.id = q.value(0).toLongLong();
        e.portalId = q.value(1).toString();
        e.at = Sql::toTime(q.value(2));
        e.contactId = q.value(3).toString();
        e.state = q.value(4).toString();
        e.httpStatus = q.value(5).toInt();
        e.category = q.value(6).toString();
        e.code = q.value(7).toString();
        e.correlationId = q.value(8).toString();
        e.message = q.value(9).toString();
        into->append(e);
    }
    return true;
}

bool DiagnosticsStore::readRuleRuns(int limit, QList<RecentErrorRecord> *into)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT r.id, r.rule_id, u.portal_id,"
                                 " COALESCE(r.finished_at, r.started_at), r.message"
                                 " FROM rule_runs r JOIN rules u ON u.id = r.rule_id"
                                 " WHERE r.state = 'failed' ORDER BY r.started_at DESC LIMIT ?"),
                  {limit}, errorSlot()))
        return false;
    while (q.next()) {
        RecentErrorRecord e;
        e.source = RecentErrorRecord::Source::Rule;
        e.id = q.value(0).toLongLong();
        e.ruleId = q.value(1).toLongLong();
        e.portalId = q.value(2).toString();
        e.at = Sql::toTime(q.value(3));
        e.message = q.value(4).toString();
        into->append(e);
    }
    return true;
}

} // namespace SeqDesk::Store
