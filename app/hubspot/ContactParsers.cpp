// Parsers of contacts batch read (200/207), contacts search and list memberships.
#include "hubspot/Parsers.h"

#include "hubspot/JsonReader.h"

namespace SeqDesk::HubSpot {

namespace Detail {

bool parseContact(const QJsonObject &object, const QString &path, Contact *contact, QString *error)
{
    JsonReader r(object, path, error);
    contact->id = r.id("id");
    const QJsonObject properties = r.object("properties");
    for (auto it = properties.begin(); it != properties.end() && r.ok(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            contact->properties.insert(it.key(), v.toString());
        else if (v.isNull())
            contact->properties.insert(it.key(), QString());
        else if (v.isBool())
            contact->properties.insert(
                it.key(), v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (v.isDouble())
            contact->properties.insert(it.key(), QString::number(v.toDouble(), 'g', 17));
        else
            r.fail(QStringLiteral("field '%1.properties.%2' has the wrong type (expected "
                                  "string, got %3)")
                       .arg(path, it.key(), jsonTypeName(v)));
    }
    contact->createdAt = r.optTimestamp("createdAt");
    contact->updatedAt = r.optTimestamp("updatedAt");
    contact->archived = r.has("archived") && r.boolean("archived");
    return r.ok();
}

} // namespace Detail

namespace {

bool readContacts(JsonReader &r, const char *key, QList<Contact> *out, QString *error)
{
    const QJsonArray results = r.array(key);
    for (int i = 0; i < results.size() && r.ok(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
        if (!results.at(i).isObject()) {
            r.fail(QStringLiteral("'%1' is not an object").arg(path));
            break;
        }
        Contact c;
        if (Detail::parseContact(results.at(i).toObject(), path, &c, error))
            out->append(c);
    }
    return r.ok();
}

} // namespace

Result<BatchReadResult> parseBatchRead(const QByteArray &body)
{
    QString error;
    QJsonObject o;
    BatchReadResult result;
    if (Detail::parseObject(body, &o, &error)) {
        JsonReader r(o, QString(), &error);
        readContacts(r, "results", &result.found, &error);
        const QJsonArray errors = r.has("errors") ? r.array("errors") : QJsonArray();
        for (int i = 0; i < errors.size() && r.ok(); ++i) {
            const QString path = QStringLiteral("errors[%1]").arg(i);
            if (!errors.at(i).isObject()) {
                r.fail(QStringLiteral("'%1' is not an object").arg(path));
                break;
            }
            const QJsonObject item = errors.at(i).toObject();
            JsonReader e(item, path, &error);
            const QString category = e.optString("category");
            const QJsonObject context = e.has("context") ? e.object("context") : QJsonObject();
            if (category == QLatin1String("OBJECT_NOT_FOUND")) {
                for (auto it = context.begin(); it != context.end(); ++it) {
                    for (const QJsonValue v : it.value().toArray()) {
                        if (v.isString())
                            result.notFound.append(v.toString());
                        else if (const auto id = jsonWholeNumber(v))
                            result.notFound.append(QString::number(*id));
                    }
                }
            } else {
                result.errors.append(category + QStringLiteral(": ") + e.optString("message"));
            }
        }
    }
    if (!error.isEmpty())
        return Result<BatchReadResult>::failure(
            ApiError::parseError(Endpoint::ContactsBatchRead, error));
    return Result<BatchReadResult>::success(result);
}

Result<SearchPage> parseSearchPage(const QByteArray &body)
{
    QString error;
    QJsonObject o;
    SearchPage page;
    if (Detail::parseObject(body, &o, &error)) {
        JsonReader r(o, QString(), &error);
        page.total = int(r.integer("total"));
        if (readContacts(r, "results", &page.results, &error))
            page.nextAfter = Detail::nextAfter(o, &error);
    }
    if (!error.isEmpty())
        return Result<SearchPage>::failure(ApiError::parseError(Endpoint::ContactsSearch, error));
    return Result<SearchPage>::success(page);
}

Result<Page<ListMembership>> parseMembershipsPage(const QByteArray &body)
{
    return Detail::parsePage<ListMembership>(
        body, Endpoint::ListMemberships,
        [](const QJsonObject &o, const QString &path, QString *error) {
            JsonReader m(o, path, error);
            ListMembership membership;
            membership.recordId = m.id("recordId");
            membership.membershipTimestamp = m.optTimestamp("membershipTimestamp");
            return membership;
        });
}

} // namespace SeqDesk::HubSpot
