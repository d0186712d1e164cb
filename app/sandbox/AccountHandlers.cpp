// account-info details and API usage, owners, and the route dispatch.
#include "sandbox/Handlers.h"

#include "sandbox/Cursor.h"
#include "sandbox/ErrorBodies.h"
#include "sandbox/JsonInput.h"
#include "sandbox/JsonViews.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrl>

namespace SeqDesk::Sandbox {

namespace {
constexpr int portalId = 4242424;
}

Reply dispatchHubSpot(const Route &route, const SandboxRequest &request, HandlerContext &ctx)
{
    using namespace Handlers;
    const QString &n = route.name;
    const QString param = route.params.value(0);
    if (n == QLatin1String(Routes::accountDetails))
        return accountDetails(request, ctx);
    if (n == QLatin1String(Routes::accountUsage))
        return accountUsage(request, ctx);
    if (n == QLatin1String(Routes::ownersList))
        return ownersList(request, ctx);
    if (n == QLatin1String(Routes::ownersGet))
        return ownersGet(param, request, ctx);
    if (n == QLatin1String(Routes::sequencesList))
        return sequencesList(request, ctx);
    if (n == QLatin1String(Routes::sequencesGet))
        return sequencesGet(param, request, ctx);
    if (n == QLatin1String(Routes::enroll))
        return enroll(request, ctx);
    if (n == QLatin1String(Routes::enrollmentsGet))
        return enrollmentsGet(param, request, ctx);
    if (n == QLatin1String(Routes::contactsBatchRead))
        return contactsBatchRead(request, ctx);
    if (n == QLatin1String(Routes::contactsSearch))
        return contactsSearch(request, ctx);
    if (n == QLatin1String(Routes::listsSearch))
        return listsSearch(request, ctx);
    if (n == QLatin1String(Routes::listsGet))
        return listsGet(param, request, ctx);
    if (n == QLatin1String(Routes::listsMemberships))
        return listsMemberships(param, request, ctx);
    if (n == QLatin1String(Routes::listsCreate))
        return listsCreate(request, ctx);
    if (n == QLatin1String(Routes::listsMembershipsAdd))
        return listsMembershipsAdd(param, request, ctx);
    if (n == QLatin1String(Routes::listsMembershipsRemove))
        return listsMembershipsRemove(param, request, ctx);
    if (n == QLatin1String(Routes::listsMembershipsAddAndRemove))
        return listsMembershipsAddAndRemove(param, request, ctx);
    return ErrorBodies::notFound(QStringLiteral("Unknown path %1").arg(request.path));
}

namespace Handlers {

QJsonObject pagingNext(const SandboxRequest &request, qint64 lastKey)
{
    const QString after = Cursor::encode(lastKey);
    QUrlQuery query = request.query;
    query.removeAllQueryItems(QStringLiteral("after"));
    query.addQueryItem(QStringLiteral("after"), after);
    QUrl link(request.baseUrl + request.path);
    link.setQuery(query);
    return {{QStringLiteral("next"),
             QJsonObject {{QStringLiteral("after"), after},
                          {QStringLiteral("link"), link.toString()}}}};
}

Reply accountDetails(const SandboxRequest &, HandlerContext &)
{
    const QTimeZone zone(QByteArrayLiteral("America/New_York"));
    const int offsetSeconds
        = zone.isValid() ? zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) : -5 * 3600;
    const int minutes = qAbs(offsetSeconds) / 60;
    const QString utcOffset = QStringLiteral("%1%2:%3")
                                  .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                  .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                  .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return Reply::json(
        200,
        {{QStringLiteral("portalId"), portalId},
         {QStringLiteral("accountType"), QStringLiteral("STANDARD")},
         {QStringLiteral("timeZone"), QStringLiteral("US/Eastern")},
         {QStringLiteral("companyCurrency"), QStringLiteral("USD")},
         {QStringLiteral("additionalCurrencies"),
          QJsonArray {QStringLiteral("EUR"), QStringLiteral("GBP")}},
         {QStringLiteral("utcOffset"), utcOffset},
         {QStringLiteral("utcOffsetMilliseconds"), qint64(offsetSeconds) * 1000},
         {QStringLiteral("uiDomain"), QStringLiteral("app.hubspot.com")},
         {QStringLiteral("dataHostingLocation"), QStringLiteral("na1")},
         {QStringLiteral("portalName"), QStringLiteral("Acme Software (SeqDesk sandbox)")}});
}

Reply accountUsage(const SandboxRequest &, HandlerContext &ctx)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0), Qt::UTC);
    const QJsonObject usage {
        {QStringLiteral("name"), QStringLiteral("private-apps-api-calls-daily")},
        {QStringLiteral("usageLimit"), ctx.dailyLimit},
        {QStringLiteral("currentUsage"), ctx.dailyUsed},
        {QStringLiteral("collectedAt"), JsonViews::isoTime(now)},
        {QStringLiteral("fetchStatus"), QStringLiteral("SUCCESS")},
        {QStringLiteral("resetsAt"), JsonViews::isoTime(midnight)}};
    return Reply::json(200, {{QStringLiteral("results"), QJsonArray {usage}}});
}

Reply ownersList(const SandboxRequest &request, HandlerContext &ctx)
{
    int limit = 0;
    qint64 after = 0;
    if (auto bad = JsonInput::limitParam(request, 100, 500, &limit))
        return *bad;
    if (auto bad = JsonInput::afterParam(request, &after))
        return *bad;
    const QString email = request.query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    const QString archivedText = request.query.queryItemValue(QStringLiteral("archived"));
    if (!archivedText.isEmpty() && archivedText != QLatin1String("true")
        && archivedText != QLatin1String("false")) {
        return ErrorBodies::validation(
            QStringLiteral("archived"), QLatin1String(ErrorBodies::invalidValueCode),
            QStringLiteral("Query parameter 'archived' must be true or false."));
    }
    const bool archived = archivedText == QLatin1String("true");
    QJsonArray results;
    qint64 lastKey = 0;
    bool more = false;
    for (const Owner &o : ctx.state.data().owners) {
        if (o.id <= after || o.archived != archived)
            continue;
        if (!email.isEmpty() && o.email.compare(email, Qt::CaseInsensitive) != 0)
            continue;
        if (results.size() == limit) {
            more = true;
            break;
        }
        results.append(JsonViews::owner(o));
        lastKey = o.id;
    }
    QJsonObject body {{QStringLiteral("results"), results}};
    if (more)
        body.insert(QStringLiteral("paging"), pagingNext(request, lastKey));
    return Reply::json(200, body);
}

Reply ownersGet(const QString &ownerId, const SandboxRequest &request, HandlerContext &ctx)
{
    const QString idProperty = request.query.queryItemValue(QStringLiteral("idProperty"));
    if (!idProperty.isEmpty() && idProperty != QLatin1String("id")
        && idProperty != QLatin1String("userId")) {
        return ErrorBodies::validation(QStringLiteral("idProperty"),
                                       QLatin1String(ErrorBodies::invalidValueCode),
                                       QStringLiteral("idProperty must be id or userId"));
    }
    bool ok = false;
    const qint64 id = ownerId.toLongLong(&ok);
    if (!ok) {
        return ErrorBodies::validation(QStringLiteral("ownerId"),
                                       QLatin1String(ErrorBodies::invalidValueCode),
                                       QStringLiteral("ownerId must be an integer"));
    }
    const Owner *o
        = idProperty == QLatin1String("userId") ? ctx.state.ownerByUserId(id) : ctx.state.owner(id);
    if (!o)
        return ErrorBodies::notFound(QStringLiteral("Owner %1 not found").arg(ownerId));
    return Reply::json(200, JsonViews::owner(*o));
}

} // namespace Handlers
} // namespace SeqDesk::Sandbox
