#include "sync/SequenceCatalog.h"

#include "hubspot/ApiVersion.h"
#include "hubspot/HubSpotClient.h"
#include "hubspot/Pagination.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace SeqDesk::Sync {

using namespace SeqDesk::HubSpot;

// One user's listing: its pages so far and the guard against an endless cursor.
struct SequenceCatalogFetcher::Listing
{
    QString userId;
    QList<SequenceSummary> items;
    CursorGuard guard;
};

SequenceCatalogFetcher::SequenceCatalogFetcher(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

SequenceCatalogFetcher::~SequenceCatalogFetcher() = default;

void SequenceCatalogFetcher::setUsersAtOnce(int users)
{
    m_usersAtOnce = std::clamp(users, 1, 16);
}

void SequenceCatalogFetcher::start(const QString &onlyUserId)
{
    m_onlyUserId = onlyUserId;
    emit progress(QCoreApplication::translate("Sync", "Reading account details"), 0, 0);
    m_client->accountDetails(this, [this](Result<AccountDetails> r) {
        if (!r.ok())
            return fail(r.error());
        m_catalog.account = r.takeValue();
        emit accountRead(m_catalog.account);
        fetchOwners();
    });
}

void SequenceCatalogFetcher::fetchOwners()
{
    emit progress(QCoreApplication::translate("Sync", "Reading owners"), 0, 0);
    m_client->owners(this, [this](Result<QList<Owner>> r) {
        if (!r.ok())
            return fail(r.error());
        m_catalog.owners = r.takeValue();
        QStringList userIds;
        if (!m_onlyUserId.isEmpty()) {
            userIds = {m_onlyUserId};
        } else {
            for (const Owner &o : std::as_const(m_catalog.owners)) {
                if (o.isActiveUser())
                    userIds.append(QString::number(*o.userId));
            }
            userIds.removeDuplicates();
        }
        emit ownersRead(m_catalog.owners);
        if (m_failed)
            return;
        m_listings.reserve(std::size_t(userIds.size()));
        for (const QString &id : std::as_const(userIds))
            m_listings.push_back({id, {}, CursorGuard(m_client->config().maxPages)});
        emit progress(QCoreApplication::translate("Sync", "Reading sequences"), 0,
                      int(m_listings.size()));
        if (m_listings.empty())
            return finish();
        while (m_nextUser < int(m_listings.size()) && m_nextUser < m_usersAtOnce)
            startNextUser();
    });
}

void SequenceCatalogFetcher::startNextUser()
{
    fetchPage(m_nextUser++, QString());
}

void SequenceCatalogFetcher::fetchPage(int index, const QString &after)
{
    m_client->sequencesPage(
        m_listings.at(std::size_t(index)).userId, after, this,
        [this, index](Result<Page<SequenceSummary>> page) { onPage(index, std::move(page)); });
}

void SequenceCatalogFetcher::onPage(int index, Result<Page<SequenceSummary>> page)
{
    if (m_failed)
        return;
    if (!page.ok())
        return fail(page.error());
    Listing &listing = m_listings.at(std::size_t(index));
    const Page<SequenceSummary> p = page.takeValue();
    listing.items += p.items;
    ++m_pages;
    m_items += int(p.items.size());
    emit pageRead(listing.userId, p.items);
    QString error;
    if (!m_failed && !listing.guard.accept(p.nextAfter, &error)) {
        return fail(
            ApiError::fatal(Endpoint::Sequences, FatalReason::EndlessPagination,
                            endpointName(Endpoint::Sequences) + QStringLiteral(": ") + error));
    }
    if (m_failed)
        return;
    if (!p.nextAfter.isEmpty()) {
        emit listingProgress(m_usersDone, int(m_listings.size()), m_pages, m_items);
        return fetchPage(index, p.nextAfter);
    }
    ++m_usersDone;
    emit listingProgress(m_usersDone, int(m_listings.size()), m_pages, m_items);
    emit progress(QCoreApplication::translate("Sync", "Reading sequences"), m_usersDone,
                  int(m_listings.size()));
    if (m_failed)
        return;
    if (m_nextUser < int(m_listings.size()))
        startNextUser();
    else if (m_usersDone == int(m_listings.size()))
        finish();
}

void SequenceCatalogFetcher::finish()
{
    QList<QPair<QString, QList<SequenceSummary>>> perUser;
    perUser.reserve(qsizetype(m_listings.size()));
    for (const Listing &listing : m_listings) // in the owners' order, whatever came first
        perUser.append({listing.userId, listing.items});
    m_catalog.sequences = merge(perUser);
    m_catalog.usersQueried = int(m_listings.size());
    emit finished(m_catalog);
}

void SequenceCatalogFetcher::fail(const ApiError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    emit failed(error);
}

QList<CatalogSequence>
SequenceCatalogFetcher::merge(const QList<QPair<QString, QList<SequenceSummary>>> &perUser)
{
    QHash<QString, int> indexById;
    QList<CatalogSequence> out;
    for (const auto &[userId, sequences] : perUser) {
        for (const SequenceSummary &s : sequences) {
            auto it = indexById.constFind(s.id);
            if (it == indexById.cend()) {
                indexById.insert(s.id, int(out.size()));
                out.append(CatalogSequence {s, {userId}});
            } else if (!out[*it].visibleToUserIds.contains(userId)) {
                out[*it].visibleToUserIds.append(userId);
            }
        }
    }
    for (CatalogSequence &c : out)
        std::sort(c.visibleToUserIds.begin(), c.visibleToUserIds.end());
    std::sort(out.begin(), out.end(), [](const CatalogSequence &a, const CatalogSequence &b) {
        const int byName = QString::compare(a.summary.name, b.summary.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.summary.id < b.summary.id;
    });
    return out;
}

} // namespace SeqDesk::Sync
