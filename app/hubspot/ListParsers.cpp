// Parsers of the lists search and of one list (crm.lists.read).
#include "hubspot/Parsers.h"

#include "hubspot/JsonReader.h"

namespace SeqDesk::HubSpot {

namespace {

ListKind listKind(const QString &processingType)
{
    if (processingType == QLatin1String("MANUAL"))
        return ListKind::Manual;
    if (processingType == QLatin1String("DYNAMIC"))
        return ListKind::Dynamic;
    if (processingType == QLatin1String("SNAPSHOT"))
        return ListKind::Snapshot;
    return ListKind::Unknown;
}

// additionalProperties values are strings (or null); a whole number is taken too.
QString propertyText(const QJsonValue &v)
{
    if (const auto number = jsonWholeNumber(v))
        return QString::number(*number);
    return v.toString();
}

// hs_last_record_added_at: epoch milliseconds as text, or an ISO-8601 timestamp.
QDateTime propertyTime(const QString &text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

ListSummary readList(const QJsonObject &o, const QString &path, QString *error)
{
    JsonReader r(o, path, error);
    ListSummary l;
    l.id = r.id("listId");
    l.name = r.string("name");
    l.objectTypeId = r.string("objectTypeId");
    l.processingType = r.string("processingType");
    l.kind = listKind(l.processingType);
    l.processingStatus = r.optString("processingStatus");
    l.createdAt = r.optTimestamp("createdAt");
    l.updatedAt = r.optTimestamp("updatedAt");
    const QJsonObject props = r.optObject("additionalProperties").value_or(QJsonObject());
    bool ok = false;
    const qint64 size = propertyText(props.value(QStringLiteral("hs_list_size"))).toLongLong(&ok);
    if (ok && size >= 0)
        l.size = size;
    if (r.has("size"))
        l.size = r.integer("size");
    l.lastAddedAt
        = propertyTime(propertyText(props.value(QStringLiteral("hs_last_record_added_at"))));
    return l;
}

} // namespace

Result<ListSearchPage> parseListSearchPage(const QByteArray &body)
{
    QString error;
    QJsonObject o;
    ListSearchPage page;
    if (Detail::parseObject(body, &o, &error)) {
        JsonReader r(o, QString(), &error);
        const QJsonArray lists = r.array("lists");
        page.hasMore = r.boolean("hasMore");
        page.nextOffset = int(r.integer("offset"));
        page.total = int(r.integer("total"));
        for (int i = 0; i < lists.size() && r.ok(); ++i) {
            const QString path = QStringLiteral("lists[%1]").arg(i);
            if (!lists.at(i).isObject()) {
                r.fail(QStringLiteral("'%1' is not an object").arg(path));
                break;
            }
            page.lists.append(readList(lists.at(i).toObject(), path, &error));
        }
    }
    if (!error.isEmpty())
        return Result<ListSearchPage>::failure(ApiError::parseError(Endpoint::ListsSearch, error));
    return Result<ListSearchPage>::success(std::move(page));
}

Result<ListSummary> parseList(const QByteArray &body)
{
    QString error;
    QJsonObject o;
    ListSummary list;
    if (Detail::parseObject(body, &o, &error)) {
        JsonReader r(o, QString(), &error);
        const QJsonObject inner = r.object("list");
        if (r.ok())
            list = readList(inner, QStringLiteral("list"), &error);
    }
    if (!error.isEmpty())
        return Result<ListSummary>::failure(ApiError::parseError(Endpoint::List, error));
    return Result<ListSummary>::success(std::move(list));
}

} // namespace SeqDesk::HubSpot
