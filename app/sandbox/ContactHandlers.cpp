// Contacts: batch read by id or email.
#include "sandbox/Handlers.h"

#include "sandbox/ErrorBodies.h"
#include "sandbox/JsonInput.h"
#include "sandbox/JsonViews.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace SeqDesk::Sandbox::Handlers {

namespace {

namespace EB = ErrorBodies;

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

Reply contactsBatchRead(const SandboxRequest &request, HandlerContext &ctx)
{
    QJsonObject body;
    if (auto bad = JsonInput::parseObject(request, &body))
        return *bad;
    if (auto bad = JsonInput::checkFields(body,
                                          {{"inputs", QJsonValue::Array, true},
                                           {"properties", QJsonValue::Array, true},
                                           {"propertiesWithHistory", QJsonValue::Array, true},
                                           {"idProperty", QJsonValue::String, false}}))
        return *bad;
    if (auto bad = JsonInput::checkStringArray(body.value(QStringLiteral("properties")),
                                               QStringLiteral("properties")))
        return *bad;
    if (auto bad = JsonInput::checkStringArray(body.value(QStringLiteral("propertiesWithHistory")),
                                               QStringLiteral("propertiesWithHistory")))
        return *bad;
    const QJsonArray inputs = body.value(QStringLiteral("inputs")).toArray();
    const QStringList properties = strings(body.value(QStringLiteral("properties")));
    const QStringList withHistory = strings(body.value(QStringLiteral("propertiesWithHistory")));
    const int maxInputs = withHistory.isEmpty() ? 100 : 50;
    if (inputs.size() > maxInputs) {
        return EB::validation(QStringLiteral("inputs"), QLatin1String(EB::invalidValueCode),
                              withHistory.isEmpty()
                                  ? QStringLiteral("The maximum number of inputs supported in a "
                                                   "batch request is 100")
                                  : QStringLiteral("The maximum number of inputs supported in a "
                                                   "batch request for property histories is 50"));
    }
    const QString idProperty = body.value(QStringLiteral("idProperty")).toString();
    const bool byEmail = idProperty == QLatin1String("email");
    if (!idProperty.isEmpty() && !byEmail && idProperty != QLatin1String("hs_object_id")) {
        return EB::validation(QStringLiteral("idProperty"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("idProperty must be email or hs_object_id"));
    }
    QVector<const Contact *> found;
    QSet<qint64> seen;
    QJsonArray missing;
    for (int i = 0; i < inputs.size(); ++i) {
        if (!inputs.at(i).isObject()) {
            const QString field = QStringLiteral("inputs[%1]").arg(i);
            return EB::validation(field, QLatin1String(EB::wrongTypeCode),
                                  QStringLiteral("Field '%1' must be an object").arg(field));
        }
        const QJsonObject input = inputs.at(i).toObject();
        if (auto bad = JsonInput::checkFields(input, {{"id", QJsonValue::String, true}},
                                              QStringLiteral("inputs[%1].").arg(i)))
            return *bad;
        const QString key = input.value(QStringLiteral("id")).toString();
        bool ok = true;
        const Contact *c
            = byEmail ? ctx.state.contactByEmail(key) : ctx.state.contact(key.toLongLong(&ok));
        if (!c || !ok) {
            missing.append(key);
            continue;
        }
        if (!seen.contains(c->id)) {
            seen.insert(c->id);
            found.append(c);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Contact *a, const Contact *b) { return a->id < b->id; });
    QJsonArray results;
    for (const Contact *c : std::as_const(found))
        results.append(JsonViews::contact(*c, properties, withHistory));
    const QString now = JsonViews::isoTime(QDateTime::currentDateTimeUtc());
    QJsonObject out {{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                     {QStringLiteral("results"), results},
                     {QStringLiteral("requestedAt"), now},
                     {QStringLiteral("startedAt"), now},
                     {QStringLiteral("completedAt"), now}};
    if (missing.isEmpty())
        return Reply::json(200, out);
    const QJsonObject error {
        {QStringLiteral("status"), QStringLiteral("error")},
        {QStringLiteral("category"), QStringLiteral("OBJECT_NOT_FOUND")},
        {QStringLiteral("message"),
         QStringLiteral("Could not get some CONTACT objects, they may be "
                        "deleted or not exist. Check that ids are valid.")},
        {QStringLiteral("context"), QJsonObject {{QStringLiteral("ids"), missing}}}};
    out.insert(QStringLiteral("numErrors"), 1);
    out.insert(QStringLiteral("errors"), QJsonArray {error});
    return Reply::json(207, out);
}

} // namespace SeqDesk::Sandbox::Handlers
