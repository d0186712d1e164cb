#include "store/PortalStore.h"

#include "store/SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

namespace SeqDesk::Store {

PortalStore::PortalStore(QSqlDatabase db)
    : StoreBase(std::move(db))
{ }

bool PortalStore::upsert(const PortalRecord &portal)
{
    QSqlQuery q(db());
    return Sql::run(q,
                    QStringLiteral(
                        "INSERT INTO portals (portal_id, name, time_zone, ui_domain, api_version,"
                        " base_url, last_sync_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT(portal_id) DO UPDATE SET name = excluded.name,"
                        " time_zone = excluded.time_zone, ui_domain = excluded.ui_domain,"
                        " api_version = excluded.api_version, base_url = excluded.base_url,"
                        " last_sync_at = COALESCE(excluded.last_sync_at, last_sync_at)"),
                    {portal.portalId, portal.name, portal.timeZone, portal.uiDomain,
                     portal.apiVersion, portal.baseUrl, Sql::fromTime(portal.lastSyncAt)},
                    errorSlot())
        && ok();
}

namespace {

const char kPortalColumns[]
    = "SELECT portal_id, name, time_zone, ui_domain, api_version, base_url, last_sync_at"
      " FROM portals";

PortalRecord portalFrom(const QSqlQuery &q)
{
    PortalRecord p;
    p.portalId = q.value(0).toString();
    p.name = q.value(1).toString();
    p.timeZone = q.value(2).toString();
    p.uiDomain = q.value(3).toString();
    p.apiVersion = q.value(4).toString();
    p.baseUrl = q.value(5).toString();
    p.lastSyncAt = Sql::toTime(q.value(6));
    return p;
}

} // namespace

std::optional<PortalRecord> PortalStore::portal(const QString &portalId)
{
    QSqlQuery q(db());
    if (!Sql::run(q, QLatin1String(kPortalColumns) + QStringLiteral(" WHERE portal_id = ?"),
                  {portalId}, errorSlot()))
        return std::nullopt;
    ok();
    if (!q.next())
        return std::nullopt;
    return portalFrom(q);
}

QList<PortalRecord> PortalStore::portals()
{
    QSqlQuery q(db());
    QList<PortalRecord> result;
    if (!Sql::run(q, QLatin1String(kPortalColumns) + QStringLiteral(" ORDER BY name, portal_id"),
                  {}, errorSlot()))
        return result;
    while (q.next())
        result.append(portalFrom(q));
    ok();
    return result;
}

bool PortalStore::setLastSyncAt(const QString &portalId, const QDateTime &at)
{
    QSqlQuery q(db());
    if (!Sql::run(q, QStringLiteral("UPDATE portals SET last_sync_at = ? WHERE portal_id = ?"),
                  {Sql::fromTime(at), portalId}, errorSlot()))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("No portal %1 in the local store").arg(portalId));
    return ok();
}

bool PortalStore::setAccount(const QString &portalId, const PortalAccount &account)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE portals SET name = COALESCE(NULLIF(?, ''), name),"
                                 " time_zone = ?, ui_domain = ? WHERE portal_id = ?"),
                  {account.name, account.timeZone, account.uiDomain, portalId}, errorSlot()))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("No portal %1 in the local store").arg(portalId));
    return ok();
}

bool PortalStore::remove(const QString &portalId)
{
    QSqlQuery q(db());
    return Sql::run(q, QStringLiteral("DELETE FROM portals WHERE portal_id = ?"), {portalId},
                    errorSlot())
        && ok();
}

OwnerStore::OwnerStore(QSqlDatabase db)
    : StoreBase(std::move(db))
{ }

bool OwnerStore::upsert(const QList<OwnerRecord> &owners)
{
    Sql::Transaction transaction(db());
    return transaction.begin(errorSlot()) && upsertRows(owners) && transaction.commit(errorSlot())
        && ok();
}

bool OwnerStore::replaceAll(const QString &portalId, const QList<OwnerRecord> &owners)
{
    QSqlQuery q(db());
    return Sql::run(q, QStringLiteral("UPDATE owners SET active = 0 WHERE portal_id = ?"),
                    {portalId}, errorSlot())
        && upsertRows(owners) && ok();
}

bool OwnerStore::upsertRows(const QList<OwnerRecord> &owners)
{
    QSqlQuery q(db());
    if (!Sql::prepare(
            q,
            QStringLiteral("INSERT INTO owners (portal_id, owner_id, user_id, email, first_name,"
                           " last_name, type, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT(portal_id, owner_id) DO UPDATE SET"
                           " user_id = excluded.user_id, email = excluded.email,"
                           " first_name = excluded.first_name, last_name = excluded.last_name,"
                           " type = excluded.type, active = excluded.active"),
            errorSlot()))
        return false;
    for (const OwnerRecord &o : owners) {
        q.addBindValue(o.portalId);
        q.addBindValue(o.ownerId);
        q.addBindValue(o.userId ? QVariant(*o.userId) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(o.email);
        q.addBindValue(o.firstName);
        q.addBindValue(o.lastName);
        q.addBindValue(o.type);
        q.addBindValue(o.active ? 1 : 0);
        if (!Sql::exec(q, errorSlot()))
            return false;
    }
    return true;
}

QList<OwnerRecord> OwnerStore::owners(const QString &portalId)
{
    return select(portalId, false);
}

QList<OwnerRecord> OwnerStore::activeOwners(const QString &portalId)
{
    return select(portalId, true);
}

QList<OwnerRecord> OwnerStore::select(const QString &portalId, bool activeOnly)
{
    QList<OwnerRecord> result;
    QSqlQuery q(db());
    const QString sql = QStringLiteral("SELECT owner_id, user_id, email, first_name, last_name,"
                                       " type, active FROM owners WHERE portal_id = ?")
        + (activeOnly ? QStringLiteral(" AND active = 1") : QString())
        + QStringLiteral(" ORDER BY last_name, first_name, owner_id");
    if (!Sql::run(q, sql, {portalId}, errorSlot()))
        return result;
    while (q.next()) {
        OwnerRecord o;
        o.portalId = portalId;
        o.ownerId = q.value(0).toString();
        if (!q.value(1).isNull())
            o.userId = q.value(1).toLongLong();
        o.email = q.value(2).toString();
        o.firstName = q.value(3).toString();
        o.lastName = q.value(4).toString();
        o.type = q.value(5).toString();
        o.active = q.value(6).toInt() != 0;
        result.append(o);
    }
    ok();
    return result;
}

} // namespace SeqDesk::Store
