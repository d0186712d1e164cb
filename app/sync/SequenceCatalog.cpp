#include "sync/SequenceCatalog.h"

#include "hubspot/HubSpotClient.h"
#include "hubspot/Pagination.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace SeqDesk::Sync {

using namespace SeqDesk::HubSpot;

SequenceCatalogFetcher::SequenceCatalogFetcher(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

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
        for (const QString &id : std::as_const(userIds))
            m_perUser.append({id, {}});
        emit progress(QCoreApplication::translate("Sync", "Reading sequences"), 0,
                      int(m_perUser.size()));
        if (m_perUser.isEmpty())
            return finish();
        // The first user alone: their pages bring every team sequence they can see, page
        // after page, where several users at once would bring the same first ones again.
        startNextUser();
    });
}

// One user's listing, page after page (the guard against an endless cursor is PageWalk's);
// each page is announced as it comes.
void SequenceCatalogFetcher::startNextUser()
{
    const int index = m_nextUser++;
    const QString userId = m_perUser.at(index).first;
    auto fetchPage = [this, userId](const QString &after,
                                    PageWalk<SequenceSummary>::PageReply reply) {
        if (m_failed) { // another user's listing failed: this one stops too
            reply(Result<Page<SequenceSummary>>::failure(ApiError::cancelled(Endpoint::Sequences)));
            return;
        }
        m_client->sequencesPage(userId, after, this,
                                [this, userId, reply](Result<Page<SequenceSummary>> page) {
                                    if (page.ok() && !m_failed)
                                        onPage(userId, page.value().items);
                                    reply(std::move(page));
                                });
    };
    PageWalk<SequenceSummary>::start(
        Endpoint::Sequences, m_client->config().maxPages, fetchPage, {},
        [this, index](Result<QList<SequenceSummary>> all) { onUserListed(index, std::move(all)); });
}

void SequenceCatalogFetcher::onPage(const QString &userId, const QList<SequenceSummary> &page)
{
    ++m_pages;
    m_items += int(page.size());
    emit pageRead(userId, page);
    emit listingProgress(m_usersDone, int(m_perUser.size()), m_pages, m_items);
}

void SequenceCatalogFetcher::onUserListed(int index, Result<QList<SequenceSummary>> all)
{
    if (m_failed)
        return;
    if (!all.ok())
        return fail(all.error());
    m_perUser[index].second = all.takeValue();
    ++m_usersDone;
    emit listingProgress(m_usersDone, int(m_perUser.size()), m_pages, m_items);
    emit progress(QCoreApplication::translate("Sync", "Reading sequences"), m_usersDone,
                  int(m_perUser.size()));
    if (m_failed)
        return;
    while (m_nextUser < m_perUser.size() && m_nextUser - m_usersDone < m_usersAtOnce)
        startNextUser();
    if (m_usersDone == m_perUser.size())
        finish();
}

void SequenceCatalogFetcher::finish()
{
    // In the owners' order, whatever came first: the first user's summary of a sequence wins.
    m_catalog.sequences = merge(m_perUser);
    m_catalog.usersQueried = int(m_perUser.size());
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
