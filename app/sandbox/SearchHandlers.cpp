// Contacts search: filterGroups (OR of ANDs), query, one sort, limit/after paging.
#include "sandbox/Handlers.h"

#include "sandbox/Cursor.h"
#include "sandbox/ErrorBodies.h"
#include "sandbox/JsonInput.h"
#include "sandbox/JsonViews.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>

#include <algorithm>

namespace SeqDesk::Sandbox::Handlers {

namespace {

namespace EB = ErrorBodies;

constexpr int maxGroups = 6;
constexpr int maxFiltersPerGroup = 6;
constexpr int maxReachable = 10000;

struct Filter
{
    QString property;
    QString op;
    QString value;
    QString highValue;
    QStringList values;
};

int compareValues(const QString &a, const QString &b)
{
    bool okA = false;
    bool okB = false;
    const double x = a.toDouble(&okA);
    const double y = b.toDouble(&okB);
    if (okA && okB)
        return x < y ? -1 : (x > y ? 1 : 0);
    return a.compare(b, Qt::CaseInsensitive);
}

bool matches(const Contact &c, const Filter &f)
{
    const QJsonValue raw = JsonViews::contactProperty(c, f.property);
    const bool has = raw.isString() && !raw.toString().isEmpty();
    const QString v = raw.toString();
    const auto inValues = [&] {
        return std::any_of(f.values.cbegin(), f.values.cend(), [&](const QString &x) {
            return x.compare(v, Qt::CaseInsensitive) == 0;
        });
    };
    QString token = f.value;
    token.remove(QLatin1Char('*'));
    if (f.op == QLatin1String("EQ"))
        return has && compareValues(v, f.value) == 0;
    if (f.op == QLatin1String("NEQ"))
        return !has || compareValues(v, f.value) != 0;
    if (f.op == QLatin1String("LT"))
        return has && compareValues(v, f.value) < 0;
    if (f.op == QLatin1String("LTE"))
        return has && compareValues(v, f.value) <= 0;
    if (f.op == QLatin1String("GT"))
        return has && compareValues(v, f.value) > 0;
    if (f.op == QLatin1String("GTE"))
        return has && compareValues(v, f.value) >= 0;
    if (f.op == QLatin1String("BETWEEN"))
        return has && compareValues(v, f.value) >= 0 && compareValues(v, f.highValue) <= 0;
    if (f.op == QLatin1String("IN"))
        return has && inValues();
    if (f.op == QLatin1String("NOT_IN"))
        return !has || !inValues();
    if (f.op == QLatin1String("HAS_PROPERTY"))
        return has;
    if (f.op == QLatin1String("NOT_HAS_PROPERTY"))
        return !has;
    if (f.op == QLatin1String("CONTAINS_TOKEN"))
        return has && v.contains(token, Qt::CaseInsensitive);
    return !has || !v.contains(token, Qt::CaseInsensitive); // NOT_CONTAINS_TOKEN
}

bool knownOperator(const QString &op)
{
    static const QStringList ops {QStringLiteral("EQ"),
                                  QStringLiteral("NEQ"),
                                  QStringLiteral("LT"),
                                  QStringLiteral("LTE"),
                                  QStringLiteral("GT"),
                                  QStringLiteral("GTE"),
                                  QStringLiteral("BETWEEN"),
                                  QStringLiteral("IN"),
                                  QStringLiteral("NOT_IN"),
                                  QStringLiteral("HAS_PROPERTY"),
                                  QStringLiteral("NOT_HAS_PROPERTY"),
                                  QStringLiteral("CONTAINS_TOKEN"),
                                  QStringLiteral("NOT_CONTAINS_TOKEN")};
    return ops.contains(op);
}

std::optional<Reply> parseGroups(const QJsonArray &groups, QVector<QVector<Filter>> *out)
{
    if (groups.size() > maxGroups) {
        return EB::validation(
            QStringLiteral("filterGroups"), QLatin1String(EB::invalidValueCode),
            QStringLiteral("At most %1 filter groups are allowed").arg(maxGroups));
    }
    for (int g = 0; g < groups.size(); ++g) {
        const QString gName = QStringLiteral("filterGroups[%1]").arg(g);
        if (!groups.at(g).isObject())
            return EB::validation(gName, QLatin1String(EB::wrongTypeCode),
                                  QStringLiteral("Field '%1' must be an object").arg(gName));
        const QJsonObject group = groups.at(g).toObject();
        if (auto bad = JsonInput::checkFields(group, {{"filters", QJsonValue::Array, true}},
                                              gName + QLatin1Char('.')))
            return bad;
        const QJsonArray filters = group.value(QStringLiteral("filters")).toArray();
        if (filters.size() > maxFiltersPerGroup)
            return EB::validation(
                gName + QStringLiteral(".filters"), QLatin1String(EB::invalidValueCode),
                QStringLiteral("At most %1 filters per group").arg(maxFiltersPerGroup));
        QVector<Filter> parsed;
        for (int i = 0; i < filters.size(); ++i) {
            const QString fName = QStringLiteral("%1.filters[%2]").arg(gName).arg(i);
            const QJsonObject f = filters.at(i).toObject();
            if (auto bad = JsonInput::checkFields(f,
                                                  {{"propertyName", QJsonValue::String, true},
                                                   {"operator", QJsonValue::String, true},
                                                   {"value", QJsonValue::String, false},
                                                   {"values", QJsonValue::Array, false},
                                                   {"highValue", QJsonValue::String, false}},
                                                  fName + QLatin1Char('.')))
                return bad;
            if (auto bad = JsonInput::checkStringArray(f.value(QStringLiteral("values")),
                                                       fName + QStringLiteral(".values")))
                return bad;
            Filter filter {f.value(QStringLiteral("propertyName")).toString(),
                           f.value(QStringLiteral("operator")).toString(),
                           f.value(QStringLiteral("value")).toString(),
                           f.value(QStringLiteral("highValue")).toString(),
                           {}};
            for (const QJsonValue &v : f.value(QStringLiteral("values")).toArray())
                filter.values.append(v.toString());
            if (!knownOperator(filter.op))
                return EB::validation(fName + QStringLiteral(".operator"),
                                      QLatin1String(EB::invalidValueCode),
                                      QStringLiteral("Unknown operator '%1'").arg(filter.op));
            parsed.append(filter);
        }
        out->append(parsed);
    }
    return std::nullopt;
}

} // namespace

Reply contactsSearch(const SandboxRequest &request, HandlerContext &ctx)
{
    QJsonObject body;
    if (auto bad = JsonInput::parseObject(request, &body))
        return *bad;
    if (auto bad = JsonInput::checkFields(body,
                                          {{"filterGroups", QJsonValue::Array, false},
                                           {"properties", QJsonValue::Array, false},
                                           {"sorts", QJsonValue::Array, false},
                                           {"limit", QJsonValue::Double, false},
                                           {"after", QJsonValue::String, false},
                                           {"query", QJsonValue::String, false}}))
        return *bad;
    if (auto bad = JsonInput::checkStringArray(body.value(QStringLiteral("properties")),
                                               QStringLiteral("properties")))
        return *bad;
    QVector<QVector<Filter>> groups;
    if (auto bad = parseGroups(body.value(QStringLiteral("filterGroups")).toArray(), &groups))
        return *bad;
    const int limit = qBound(1, body.value(QStringLiteral("limit")).toInt(10), 200);
    qint64 offset = 0;
    if (body.contains(QStringLiteral("after"))) {
        const auto decoded = Cursor::decodeAfter(body.value(QStringLiteral("after")).toString());
        if (!decoded)
            return EB::validation(QStringLiteral("after"), QLatin1String(EB::invalidValueCode),
                                  QStringLiteral("'after' is not a valid paging cursor"));
        offset = *decoded;
    }
    if (offset + limit > maxReachable)
        return EB::validation(QStringLiteral("after"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("Search can page through at most 10000 results"));
    QString sortProperty;
    bool descending = false;
    const QJsonArray sorts = body.value(QStringLiteral("sorts")).toArray();
    if (!sorts.isEmpty()) {
        const QJsonValue first = sorts.first();
        sortProperty = first.isString()
            ? first.toString()
            : first.toObject().value(QStringLiteral("propertyName")).toString();
        descending = first.toObject().value(QStringLiteral("direction")).toString()
            == QLatin1String("DESCENDING");
        if (sortProperty.startsWith(QLatin1Char('-'))) {
            sortProperty = sortProperty.mid(1);
            descending = true;
        }
    }
    const QString query = body.value(QStringLiteral("query")).toString().trimmed();
    QVector<const Contact *> hits;
    for (const Contact &c : ctx.state.data().contacts) {
        if (!query.isEmpty() && !c.email.contains(query, Qt::CaseInsensitive)
            && !c.firstName.contains(query, Qt::CaseInsensitive)
            && !c.lastName.contains(query, Qt::CaseInsensitive))
            continue;
        const bool pass = groups.isEmpty()
            || std::any_of(groups.cbegin(), groups.cend(), [&](const QVector<Filter> &g) {
                              return std::all_of(g.cbegin(), g.cend(),
                                                 [&](const Filter &f) { return matches(c, f); });
                          });
        if (pass)
            hits.append(&c);
    }
    if (!sortProperty.isEmpty()) {
        std::stable_sort(hits.begin(), hits.end(), [&](const Contact *a, const Contact *b) {
            const int cmp = compareValues(JsonViews::contactProperty(*a, sortProperty).toString(),
                                          JsonViews::contactProperty(*b, sortProperty).toString());
            return descending ? cmp > 0 : cmp < 0;
        });
    }
    QStringList properties;
    for (const QJsonValue &v : body.value(QStringLiteral("properties")).toArray())
        properties.append(v.toString());
    QJsonArray results;
    for (qint64 i = offset; i < hits.size() && i < offset + limit; ++i)
        results.append(JsonViews::contact(*hits[i], properties, {}));
    QJsonObject out {{QStringLiteral("total"), int(hits.size())},
                     {QStringLiteral("results"), results}};
    if (offset + limit < hits.size()) {
        out.insert(QStringLiteral("paging"),
                   QJsonObject {
                       {QStringLiteral("next"),
                        QJsonObject {{QStringLiteral("after"), Cursor::encode(offset + limit)}}}});
    }
    return Reply::json(200, out);
}

} // namespace SeqDesk::Sandbox::Handlers
