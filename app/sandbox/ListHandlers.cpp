// Lists: search, one list, memberships.
#include "sandbox/Handlers.h"

#include "sandbox/ErrorBodies.h"
#include "sandbox/JsonInput.h"
#include "sandbox/JsonViews.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

namespace SeqDesk::Sandbox::Handlers {

namespace {

namespace EB = ErrorBodies;

const ContactList *findList(const QString &listId, HandlerContext &ctx)
{
    bool ok = false;
    const qint64 id = listId.toLongLong(&ok);
    return ok ? ctx.state.list(id) : nullptr;
}

} // namespace

Reply listsSearch(const SandboxRequest &request, HandlerContext &ctx)
{
    QJsonObject body;
    if (auto bad = JsonInput::parseObject(request, &body))
        return *bad;
    if (auto bad = JsonInput::checkFields(body,
                                          {{"query", QJsonValue::String, false},
                                           {"offset", QJsonValue::Double, true},
                                           {"count", QJsonValue::Double, false},
                                           {"objectTypeId", QJsonValue::String, false},
                                           {"processingTypes", QJsonValue::Array, false},
                                           {"listIds", QJsonValue::Array, false},
                                           {"sort", QJsonValue::String, false},
                                           {"additionalProperties", QJsonValue::Array, true}}))
        return *bad;
    for (const char *field : {"processingTypes", "listIds", "additionalProperties"}) {
        if (auto bad
            = JsonInput::checkStringArray(body.value(QLatin1String(field)), QLatin1String(field)))
            return *bad;
    }
    const auto offset = JsonInput::wholeNumber(body.value(QStringLiteral("offset")), 0);
    if (!offset)
        return EB::validation(QStringLiteral("offset"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("offset must be a non-negative integer"));
    const QJsonValue countValue = body.value(QStringLiteral("count"));
    const auto count = countValue.isUndefined() ? std::optional<qint64>(20)
                                                : JsonInput::wholeNumber(countValue, 1);
    if (!count)
        return EB::validation(QStringLiteral("count"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("count must be an integer from 1 to 500"));
    const qint64 pageSize = qMin<qint64>(*count, 500); // above the maximum: capped
    const QString query = body.value(QStringLiteral("query")).toString().trimmed();
    const QString objectType = body.value(QStringLiteral("objectTypeId")).toString();
    QStringList types;
    QStringList ids;
    QStringList extra;
    static const QStringList knownTypes {QStringLiteral("MANUAL"), QStringLiteral("DYNAMIC"),
                                         QStringLiteral("SNAPSHOT")};
    for (const QJsonValue &v : body.value(QStringLiteral("processingTypes")).toArray()) {
        if (!knownTypes.contains(v.toString()))
            return EB::validation(QStringLiteral("processingTypes"),
                                  QLatin1String(EB::invalidValueCode),
                                  QStringLiteral("processingTypes: unknown value '%1' (expected "
                                                 "MANUAL, DYNAMIC or SNAPSHOT)")
                                      .arg(v.toString()));
        types.append(v.toString());
    }
    for (const QJsonValue &v : body.value(QStringLiteral("listIds")).toArray())
        ids.append(v.toString());
    for (const QJsonValue &v : body.value(QStringLiteral("additionalProperties")).toArray())
        extra.append(v.toString());
    QVector<const ContactList *> hits;
    for (const ContactList &l : ctx.state.data().lists) {
        if (!objectType.isEmpty() && objectType != l.objectTypeId)
            continue;
        if (!query.isEmpty() && !l.name.contains(query, Qt::CaseInsensitive))
            continue;
        if (!types.isEmpty() && !types.contains(l.processingType))
            continue;
        if (!ids.isEmpty() && !ids.contains(QString::number(l.listId)))
            continue;
        hits.append(&l);
    }
    QJsonArray lists;
    for (qint64 i = *offset; i < hits.size() && i < *offset + pageSize; ++i)
        lists.append(JsonViews::list(*hits[i], extra));
    // Past the end: no lists, and the offset to pass back stays where it was.
    const qint64 next = *offset + lists.size();
    return Reply::json(200,
                       {{QStringLiteral("lists"), lists},
                        {QStringLiteral("hasMore"), next < hits.size()},
                        {QStringLiteral("offset"), next},
                        {QStringLiteral("total"), int(hits.size())}});
}

Reply listsGet(const QString &listId, const SandboxRequest &request, HandlerContext &ctx)
{
    const QString includeFilters = request.query.queryItemValue(QStringLiteral("includeFilters"));
    if (request.query.hasQueryItem(QStringLiteral("includeFilters"))
        && includeFilters != QLatin1String("true") && includeFilters != QLatin1String("false"))
        return EB::validation(QStringLiteral("includeFilters"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("Query parameter 'includeFilters' must be true or "
                                             "false."));
    const ContactList *l = findList(listId, ctx);
    if (!l)
        return EB::notFound(QStringLiteral("List %1 does not exist").arg(listId));
    QJsonObject list = JsonViews::list(*l, {});
    list.insert(QStringLiteral("size"), qint64(l->members.size()));
    if (includeFilters == QLatin1String("true") && !l->filterBranch.isEmpty())
        list.insert(QStringLiteral("filterBranch"),
                    QJsonDocument::fromJson(l->filterBranch).object());
    return Reply::json(200, {{QStringLiteral("list"), list}});
}

Reply listsMemberships(const QString &listId, const SandboxRequest &request, HandlerContext &ctx)
{
    const ContactList *l = findList(listId, ctx);
    int limit = 0;
    qint64 after = 0;
    if (auto bad = JsonInput::limitParam(request, 100, 250, &limit))
        return *bad;
    if (auto bad = JsonInput::afterParam(request, &after))
        return *bad;
    if (!l)
        return EB::notFound(QStringLiteral("List %1 does not exist").arg(listId));
    // Sorted by record id; the cursor is the last id returned, so members added or removed
    // between two pages never make another member come twice or go missing.
    const auto first = std::upper_bound(l->members.cbegin(), l->members.cend(), after);
    QJsonArray results;
    qint64 lastKey = 0;
    bool more = false;
    for (auto it = first; it != l->members.cend(); ++it) {
        if (results.size() == limit) {
            more = true;
            break;
        }
        const qsizetype i = it - l->members.cbegin();
        results.append(QJsonObject {
            {QStringLiteral("recordId"), QString::number(*it)},
            {QStringLiteral("membershipTimestamp"),
             JsonViews::isoTime(QDateTime::fromMSecsSinceEpoch(l->joinedAtMs[i], Qt::UTC))}});
        lastKey = *it;
    }
    QJsonObject out {{QStringLiteral("results"), results},
                     {QStringLiteral("total"), qint64(l->members.size())}};
    if (more)
        out.insert(QStringLiteral("paging"), pagingNext(request, lastKey));
    return Reply::json(200, out);
}

} // namespace SeqDesk::Sandbox::Handlers
