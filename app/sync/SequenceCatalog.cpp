#include "sync/SequenceCatalog.h"

#include "hubspot/HubSpotClient.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace SeqDesk::Sync {

using namespace SeqDesk::HubSpot;

SequenceCatalogFetcher::SequenceCatalogFetcher(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

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
        if (!m_onlyUserId.isEmpty()) {
            m_userIds = {m_onlyUserId};
        } else {
            for (const Owner &o : std::as_const(m_catalog.owners)) {
                if (o.isActiveUser())
                    m_userIds.append(QString::number(*o.userId));
            }
            m_userIds.removeDuplicates();
        }
        fetchNextUser();
    });
}

void SequenceCatalogFetcher::fetchNextUser()
{
    if (m_nextUser >= m_userIds.size()) {
        m_catalog.sequences = merge(m_perUser);
        m_catalog.usersQueried = int(m_userIds.size());
        emit finished(m_catalog);
        return;
    }
    const QString userId = m_userIds.at(m_nextUser);
    emit progress(QCoreApplication::translate("Sync", "Reading sequences"), m_nextUser,
                  int(m_userIds.size()));
    const int index = m_nextUser;
    const int count = int(m_userIds.size());
    m_client->sequencesForUser(
        userId, this,
        [this, userId](Result<QList<SequenceSummary>> r) {
            if (!r.ok())
                return fail(r.error());
            m_perUser.append({userId, r.takeValue()});
            ++m_nextUser;
            fetchNextUser();
        },
        [this, index, count](int pages, int items) {
            emit listingProgress(index, count, pages, items);
        });
}

void SequenceCatalogFetcher::fail(const ApiError &error)
{
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
