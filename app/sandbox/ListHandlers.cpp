// Lists: search, one list, memberships.
#include "sandbox/Handlers.h"

#include "sandbox/ErrorBodies.h"
#include "sandbox/JsonInput.h"
#include "sandbox/JsonViews.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>

namespace SeqDesk::Sandbox::Handlers {

namespace {

namespace EB = ErrorBodies;

QDateTime joinedAt(const ContactList &list, int index)
{
    return list.createdAt.addSecs(qint64(index) * 97);
}

QJsonObject listJson(const ContactList &l, const QStringList &extra)
{
    const QString lastAdded = l.members.isEmpty()
        ? QString()
        : QString::number(joinedAt(l, int(l.members.size()) - 1).toMSecsSinceEpoch());
    QJsonObject props {{QStringLiteral("hs_list_size"), QString::number(l.members.size())},
                       {QStringLiteral("hs_last_record_added_at"), lastAdded},
                       {QStringLiteral("hs_last_record_removed_at"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("hs_folder_name"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("hs_list_reference_count"), QStringLiteral("0")}};
    for (const QString &name : extra) { // asked for but unknown: present as null
        if (!props.contains(name))
            props.insert(name, QJsonValue(QJsonValue::Null));
    }
    return {{QStringLiteral("listId"), QString::number(l.listId)},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("objectTypeId"), QStringLiteral("0-1")},
            {QStringLiteral("processingType"), l.processingType},
            {QStringLiteral("processingStatus"), QStringLiteral("COMPLETE")},
            {QStringLiteral("listVersion"), l.listVersion},
            {QStringLiteral("createdAt"), JsonViews::isoTime(l.createdAt)},
            {QStringLiteral("updatedAt"), JsonViews::isoTime(l.updatedAt)},
            {QStringLiteral("additionalProperties"), props}};
}

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
    const int offset = body.value(QStringLiteral("offset")).toInt(-1);
    if (offset < 0)
        return EB::validation(QStringLiteral("offset"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("offset must be a non-negative integer"));
    const int count = qBound(1, body.value(QStringLiteral("count")).toInt(20), 500);
    const QString query = body.value(QStringLiteral("query")).toString().trimmed();
    const QString objectType = body.value(QStringLiteral("objectTypeId")).toString();
    QStringList types;
    QStringList ids;
    QStringList extra;
    for (const QJsonValue &v : body.value(QStringLiteral("processingTypes")).toArray())
        types.append(v.toString());
    for (const QJsonValue &v : body.value(QStringLiteral("listIds")).toArray())
        ids.append(v.toString());
    for (const QJsonValue &v : body.value(QStringLiteral("additionalProperties")).toArray())
        extra.append(v.toString());
    QVector<const ContactList *> hits;
    for (const ContactList &l : ctx.state.data().lists) {
        if (!objectType.isEmpty() && objectType != QLatin1String("0-1"))
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
    for (qsizetype i = offset; i < hits.size() && i < qsizetype(offset) + count; ++i)
        lists.append(listJson(*hits[i], extra));
    const int next = offset + int(lists.size());
    return Reply::json(200,
                       {{QStringLiteral("lists"), lists},
                        {QStringLiteral("hasMore"), next < hits.size()},
                        {QStringLiteral("offset"), next},
                        {QStringLiteral("total"), int(hits.size())}});
}

Reply listsGet(const QString &listId, const SandboxRequest &, HandlerContext &ctx)
{
    const ContactList *l = findList(listId, ctx);
    if (!l)
        return EB::notFound(QStringLiteral("List %1 does not exist").arg(listId));
    QJsonObject list = listJson(*l, {});
    list.insert(QStringLiteral("size"), qint64(l->members.size()));
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
    QJsonArray results;
    qint64 lastKey = 0;
    bool more = false;
    for (int i = 0; i < l->members.size(); ++i) {
        const qint64 id = l->members[i];
        if (id <= after)
            continue;
        if (results.size() == limit) {
            more = true;
            break;
        }
        results.append(QJsonObject {
            {QStringLiteral("recordId"), QString::number(id)},
            {QStringLiteral("membershipTimestamp"), JsonViews::isoTime(joinedAt(*l, i))}});
        lastKey = id;
    }
    QJsonObject out {{QStringLiteral("results"), results},
                     {QStringLiteral("total"), qint64(l->members.size())}};
    if (more)
        out.insert(QStringLiteral("paging"), pagingNext(request, lastKey));
    return Reply::json(200, out);
}

} // namespace SeqDesk::Sandbox::Handlers
