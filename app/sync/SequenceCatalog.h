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
// user id (or of one given user), and merges them by sequence id. The first user's listing
// is read alone, then several users' at once (each user's pages one after another); each
// page is announced as it arrives. One run per object.
class SequenceCatalogFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceCatalogFetcher)

public:
    // Users whose listings are read at the same time by default.
    static constexpr int kUsersAtOnce = 4;

    explicit SequenceCatalogFetcher(HubSpot::HubSpotClient *client, QObject *parent = nullptr);

    // Before start(): 1 reads the users one after another (1 to 16).
    void setUsersAtOnce(int users);
    // `onlyUserId` empty = all active users. Emits finished() or failed() once.
    void start(const QString &onlyUserId = QString());

    // Pure merge, exposed for tests: dedupes by id, collects who can see what, sorts. The
    // first user's summary of a sequence wins.
    static QList<CatalogSequence>
    merge(const QList<QPair<QString, QList<HubSpot::SequenceSummary>>> &perUser);

signals:
    void progress(const QString &stage, int done, int total);
    // After the account call, before anything else is read (a caller that does not want
    // the rest, e.g. because the token belongs to another portal, deletes the fetcher later).
    void accountRead(const SeqDesk::HubSpot::AccountDetails &account);
    void ownersRead(const QList<SeqDesk::HubSpot::Owner> &owners);
    // One page of `userId`'s listing as it arrived (a team sequence comes in every user's).
    void pageRead(const QString &userId, const QList<SeqDesk::HubSpot::SequenceSummary> &page);
    // Users whose listing ended of `userCount`; pages and items (with repeats) read so far.
    void listingProgress(int usersDone, int userCount, int pages, int items);
    void finished(const SeqDesk::Sync::Catalog &catalog);
    void failed(const SeqDesk::HubSpot::ApiError &error);

private:
    void fetchOwners();
    void startNextUser();
    void onPage(const QString &userId, const QList<HubSpot::SequenceSummary> &page);
    void onUserListed(int index, HubSpot::Result<QList<HubSpot::SequenceSummary>> all);
    void finish();
    void fail(const HubSpot::ApiError &error);

    HubSpot::HubSpotClient *m_client;
    Catalog m_catalog;
    // Each user's listing, in the owners' order (filled as each one ends).
    QList<QPair<QString, QList<HubSpot::SequenceSummary>>> m_perUser;
    int m_usersAtOnce = kUsersAtOnce;
    int m_nextUser = 0;
    int m_usersDone = 0;
    int m_pages = 0;
    int m_items = 0;
    bool m_failed = false;
    QString m_onlyUserId;
};

} // namespace SeqDesk::Sync

Q_DECLARE_METATYPE(SeqDesk::Sync::Catalog)
