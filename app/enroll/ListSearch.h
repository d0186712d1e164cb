#pragma once

#include "hubspot/Types.h"

#include <QObject>

class QCollator;

namespace SeqDesk::HubSpot {
class ApiError;
class HubSpotClient;
} // namespace SeqDesk::HubSpot

namespace SeqDesk::Enroll {

// How well a list's name matches what the user typed, best first: the whole name, its
// start, the start of one of its words, anywhere, not at all (HubSpot matched it another
// way). Case-insensitive; an empty query matches every name as Whole.
enum class ListMatch { Whole, Start, WordStart, Inside, None };
ListMatch listMatch(const QString &name, const QString &query);

// The picker's order: relevance to `query` (listMatch), then name in `collator`'s order
// (the user's locale), then id, so the order is total.
bool listBefore(const HubSpot::ListSummary &a, const HubSpot::ListSummary &b, const QString &query,
                const QCollator &collator);

// Searches a portal's contact lists by name, a page at a time (HubSpot's lists search with
// offset paging), for the wizard's list picker: start() the first page of a query, then
// fetchMore() as the user scrolls. Lists of other objects are dropped (a portal may not
// filter them). An earlier query's answers are dropped when a new one starts.
class ListSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListSearch)

public:
    static constexpr int kPageSize = 100; // HubSpot allows 500; 100 is a screenful or two

    // Not owned.
    explicit ListSearch(HubSpot::HubSpotClient *client, int pageSize = kPageSize,
                        QObject *parent = nullptr);
    ~ListSearch() override;

    void start(const QString &query);
    // A page is asked for or every page was read.
    bool canFetchMore() const { return m_hasMore && !m_busy; }
    void fetchMore();
    void cancel();

    QString query() const { return m_query; }

signals:
    // `first`: the first page of a query (the shown lists are replaced); `total`: every list
    // of every object type HubSpot matched.
    void found(const QList<SeqDesk::HubSpot::ListSummary> &lists, bool first, bool hasMore,
               int total);
    void failed(const SeqDesk::HubSpot::ApiError &error);

private:
    void request(int offset);

    HubSpot::HubSpotClient *m_client;
    int m_pageSize;
    QString m_query;
    int m_nextOffset = 0;
    bool m_hasMore = false;
    bool m_busy = false;
    quint64 m_run = 0;
};

} // namespace SeqDesk::Enroll
