// The lists calls of HubSpotClient: search, one list, memberships.
#include "hubspot/HubSpotClient.h"

#include "hubspot/Parsers.h"
#include "hubspot/RequestBodies.h"
#include "hubspot/RequestScheduler.h"

#include <QPointer>
#include <QUrlQuery>

namespace SeqDesk::HubSpot {

void HubSpotClient::searchLists(const ListSearchRequest &search, QObject *context,
                                Callback<ListSearchPage> done)
{
    const QString invalid = validateListSearchRequest(search);
    if (!invalid.isEmpty()) {
        later(context, [done, invalid] {
            done(Result<ListSearchPage>::failure(
                ApiError::badRequest(Endpoint::ListsSearch, invalid)));
        });
        return;
    }
    OutgoingRequest request;
    request.endpoint = Endpoint::ListsSearch;
    request.verb = QByteArrayLiteral("POST");
    request.url = url(request.endpoint, QString(), QUrlQuery());
    request.body = listSearchBody(search);
    request.idempotent = true; // a read, even though it is a POST
    submit(request, context, [done](const RawAnswer &answer) {
        done(answer.ok() ? parseListSearchPage(answer.body)
                         : Result<ListSearchPage>::failure(answer.error));
    });
}

void HubSpotClient::list(const QString &listId, QObject *context, Callback<ListSummary> done)
{
    if (listId.trimmed().isEmpty()) {
        later(context, [done] {
            done(Result<ListSummary>::failure(
                ApiError::badRequest(Endpoint::List, QStringLiteral("a list id is needed"))));
        });
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("includeFilters"), QStringLiteral("false"));
    OutgoingRequest request;
    request.endpoint = Endpoint::List;
    request.url = url(request.endpoint, listId.trimmed(), query);
    submit(request, context, [done](const RawAnswer &answer) {
        done(answer.ok() ? parseList(answer.body) : Result<ListSummary>::failure(answer.error));
    });
}

void HubSpotClient::listMembershipsPage(const QString &listId, const QString &after,
                                        QObject *context, Callback<Page<ListMembership>> done,
                                        int limit)
{
    if (listId.trimmed().isEmpty()) {
        later(context, [done] {
            done(Result<Page<ListMembership>>::failure(ApiError::badRequest(
                Endpoint::ListMemberships, QStringLiteral("a list id is needed"))));
        });
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"),
                       QString::number(qBound(1, limit, membershipsPageLimit)));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    OutgoingRequest request;
    request.endpoint = Endpoint::ListMemberships;
    request.url = url(request.endpoint, listId.trimmed(), query);
    submit(request, context, [done](const RawAnswer &answer) {
        done(answer.ok() ? parseMembershipsPage(answer.body)
                         : Result<Page<ListMembership>>::failure(answer.error));
    });
}

void HubSpotClient::listMemberships(const QString &listId, QObject *context,
                                    Callback<QList<ListMembership>> done, PageProgress progress)
{
    if (listId.isEmpty()) {
        later(context, [done] {
            done(Result<QList<ListMembership>>::failure(ApiError::badRequest(
                Endpoint::ListMemberships, QStringLiteral("a list id is needed"))));
        });
        return;
    }
    QPointer<HubSpotClient> self(this);
    auto fetchPage
        = [self, listId, context](const QString &after, PageWalk<ListMembership>::PageReply reply) {
              if (!self) { // the client went away between two pages
                  reply(Result<Page<ListMembership>>::failure(
                      ApiError::cancelled(Endpoint::ListMemberships)));
                  return;
              }
              self->listMembershipsPage(listId, after, context, std::move(reply));
          };
    PageWalk<ListMembership>::start(Endpoint::ListMemberships, m_config.maxPages, fetchPage,
                                    std::move(progress), std::move(done));
}

} // namespace SeqDesk::HubSpot
