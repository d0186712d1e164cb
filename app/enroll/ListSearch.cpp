#include "enroll/ListSearch.h"

#include "hubspot/HubSpotClient.h"
#include "hubspot/RequestBodies.h"

#include <QCollator>

namespace SeqDesk::Enroll {

using namespace SeqDesk::HubSpot;

ListMatch listMatch(const QString &name, const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty() || name.compare(q, Qt::CaseInsensitive) == 0)
        return ListMatch::Whole;
    if (name.startsWith(q, Qt::CaseInsensitive))
        return ListMatch::Start;
    qsizetype at = name.indexOf(q, 0, Qt::CaseInsensitive);
    if (at < 0)
        return ListMatch::None;
    for (; at >= 0; at = name.indexOf(q, at + 1, Qt::CaseInsensitive)) {
        if (!name.at(at - 1).isLetterOrNumber())
            return ListMatch::WordStart;
    }
    return ListMatch::Inside;
}

bool listBefore(const ListSummary &a, const ListSummary &b, const QString &query,
                const QCollator &collator)
{
    const ListMatch ma = listMatch(a.name, query);
    const ListMatch mb = listMatch(b.name, query);
    if (ma != mb)
        return ma < mb;
    if (const int byName = collator.compare(a.name, b.name); byName != 0)
        return byName < 0;
    // Numeric ids: "9" before "10".
    if (a.id.size() != b.id.size())
        return a.id.size() < b.id.size();
    return a.id < b.id;
}

ListSearch::ListSearch(HubSpotClient *client, int pageSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pageSize(qBound(1, pageSize, maxListSearchCount))
{ }

ListSearch::~ListSearch() = default;

void ListSearch::start(const QString &query)
{
    ++m_run;
    m_query = query.trimmed();
    m_nextOffset = 0;
    m_hasMore = false;
    request(0);
}

void ListSearch::fetchMore()
{
    if (canFetchMore())
        request(m_nextOffset);
}

void ListSearch::cancel()
{
    ++m_run;
    m_busy = false;
    m_hasMore = false;
}

void ListSearch::request(int offset)
{
    ListSearchRequest search;
    search.query = m_query;
    search.offset = offset;
    search.count = m_pageSize;
    m_busy = true;
    const quint64 run = m_run;
    m_client->searchLists(search, this, [this, run, offset](Result<ListSearchPage> r) {
        if (run != m_run)
            return;
        m_busy = false;
        if (!r.ok()) {
            m_hasMore = false;
            return emit failed(r.error());
        }
        const ListSearchPage &page = r.value();
        QList<ListSummary> lists;
        for (const ListSummary &l : page.lists) {
            if (l.isContactList())
                lists.append(l);
        }
        // An offset that does not advance would ask for the same page forever.
        m_hasMore = page.hasMore && !page.lists.isEmpty() && page.nextOffset > offset;
        m_nextOffset = page.nextOffset;
        emit found(lists, offset == 0, m_hasMore, page.total);
    });
}

} // namespace SeqDesk::Enroll
