#pragma once

#include "store/Records.h"
#include "store/StoreBase.h"

namespace SeqDesk::Store {

// portals: one row per connected HubSpot portal. remove() ("Forget portal") cascades to
// every row of that portal in every table.
class PortalStore final : public StoreBase
{
    Q_DISABLE_COPY_MOVE(PortalStore)

public:
    explicit PortalStore(QSqlDatabase db);

    bool upsert(const PortalRecord &portal); // keeps last_sync_at when the record's is invalid
    std::optional<PortalRecord> portal(const QString &portalId); // nullopt: missing or error
    QList<PortalRecord> portals(); // by name
    bool setLastSyncAt(const QString &portalId, const QDateTime &at);
    bool setAccount(const QString &portalId, const PortalAccount &account);
    bool remove(const QString &portalId);
};

// owners: HubSpot owners of a portal (people and queues).
class OwnerStore final : public StoreBase
{
    Q_DISABLE_COPY_MOVE(OwnerStore)

public:
    explicit OwnerStore(QSqlDatabase db);

    // Inserts or updates each owner; one transaction.
    bool upsert(const QList<OwnerRecord> &owners);
    QList<OwnerRecord> owners(const QString &portalId); // by last, first name
    QList<OwnerRecord> activeOwners(const QString &portalId);
    // For SequenceStore::applySnapshot, inside its transaction: upsert and mark every other
    // owner of the portal inactive.
    bool replaceAll(const QString &portalId, const QList<OwnerRecord> &owners);

private:
    bool upsertRows(const QList<OwnerRecord> &owners);
    QList<OwnerRecord> select(const QString &portalId, bool activeOnly);
};

} // namespace SeqDesk::Store
