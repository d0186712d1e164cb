#pragma once

#include "hubspot/Result.h"
#include "hubspot/Types.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace SeqDesk::HubSpot {
class HubSpotClient;
}

namespace SeqDesk::Sync {

// A sequence as seen across a portal: HubSpot lists sequences per user, so the same
// sequence (a team one) comes back once per user who can see it.
struct CatalogSequence
{
    HubSpot::SequenceSummary summary;
    QStringList visibleToUserIds; // sorted, unique
};

struct Catalog
{
    HubSpot::AccountDetails account;
    QList<HubSpot::Owner> owners;
    QList<CatalogSequence> sequences; // sorted by name (case-insensitive), then id
    int usersQueried = 0;
};

// Fetches account details, owners, then the sequences of every active person owner with a
// user id (or of one given user), and merges them by sequence id. One run per object.
class SequenceCatalogFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceCatalogFetcher)

public:
    explicit SequenceCatalogFetcher(HubSpot::HubSpotClient *client, QObject *parent = nullptr);

    // `onlyUserId` empty = all active users. Emits finished() or failed() once.
    void start(const QString &onlyUserId = QString());

    // Pure merge, exposed for tests: dedupes by id, collects who can see what, sorts.
    static QList<CatalogSequence>
    merge(const QList<QPair<QString, QList<HubSpot::SequenceSummary>>> &perUser);

signals:
    void progress(const QString &stage, int done, int total);
    // After the account call, before anything else is read (a caller that does not want
    // the rest, e.g. because the token belongs to another portal, deletes the fetcher later).
    void accountRead(const SeqDesk::HubSpot::AccountDetails &account);
    // Pages and items read so far of user `userIndex` (0-based) of `userCount`.
    void listingProgress(int userIndex, int userCount, int pages, int items);
    void finished(const SeqDesk::Sync::Catalog &catalog);
    void failed(const SeqDesk::HubSpot::ApiError &error);

private:
    void fetchOwners();
    void fetchNextUser();
    void fail(const HubSpot::ApiError &error);

    HubSpot::HubSpotClient *m_client;
    Catalog m_catalog;
    QStringList m_userIds;
    int m_nextUser = 0;
    QList<QPair<QString, QList<HubSpot::SequenceSummary>>> m_perUser;
    QString m_onlyUserId;
};

} // namespace SeqDesk::Sync

Q_DECLARE_METATYPE(SeqDesk::Sync::Catalog)
