#include "sandbox/JsonInput.h"

#include "sandbox/Cursor.h"
#include "sandbox/ErrorBodies.h"

#include <QJsonArray>
#include <QJsonParseError>

namespace SeqDesk::Sandbox::JsonInput {

namespace EB = ErrorBodies;

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

namespace {

// Checks the Content-Type and parses the body; a 400 reply when either fails.
std::optional<Reply> parseDocument(const SandboxRequest &request, QJsonDocument *doc)
{
    const QByteArray mime = request.contentType.split(';').constFirst().trimmed().toLower();
    if (mime != "application/json") {
        return EB::validation(QStringLiteral("Content-Type"), QLatin1String(EB::contentTypeCode),
                              QStringLiteral("Content-Type must be application/json, got '%1'")
                                  .arg(QString::fromLatin1(request.contentType)));
    }
    QJsonParseError error;
    *doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return EB::validation(QStringLiteral("body"), QLatin1String(EB::malformedCode),
                              QStringLiteral("Invalid input JSON at offset %1: %2")
                                  .arg(error.offset)
                                  .arg(error.errorString()));
    }
    return std::nullopt;
}

} // namespace

std::optional<Reply> parseObject(const SandboxRequest &request, QJsonObject *out)
{
    QJsonDocument doc;
    if (auto bad = parseDocument(request, &doc))
        return bad;
    if (!doc.isObject()) {
        return EB::validation(QStringLiteral("body"), QLatin1String(EB::malformedCode),
                              QStringLiteral("Invalid input JSON: expected an object"));
    }
    *out = doc.object();
    return std::nullopt;
}

std::optional<Reply> parseArray(const SandboxRequest &request, QJsonArray *out)
{
    QJsonDocument doc;
    if (auto bad = parseDocument(request, &doc))
        return bad;
    if (!doc.isArray()) {
        return EB::validation(QStringLiteral("body"), QLatin1String(EB::malformedCode),
                              QStringLiteral("Invalid input JSON: expected an array"));
    }
    *out = doc.array();
    return std::nullopt;
}

std::optional<Reply> checkFields(const QJsonObject &object, std::initializer_list<Field> schema,
                                 const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = std::any_of(schema.begin(), schema.end(), [&](const Field &f) {
            return it.key() == QLatin1String(f.name);
        });
        if (!known) {
            const QString field = prefix + it.key();
            return EB::validation(
                field, QLatin1String(EB::unknownFieldCode),
                QStringLiteral("Invalid input JSON: Unrecognized field \"%1\"").arg(field));
        }
    }
    for (const Field &f : schema) {
        const QString field = prefix + QLatin1String(f.name);
        const QJsonValue value = object.value(QLatin1String(f.name));
        if (value.isUndefined() || (value.isNull() && f.type != QJsonValue::Null)) {
            if (!f.required)
                continue;
            return EB::validation(field, QLatin1String(EB::requiredCode),
                                  QStringLiteral("Required field '%1' is missing").arg(field));
        }
        if (value.type() != f.type) {
            return EB::validation(field, QLatin1String(EB::wrongTypeCode),
                                  QStringLiteral("Field '%1' must be a %2, got a %3")
                                      .arg(field, typeName(f.type), typeName(value.type())));
        }
    }
    return std::nullopt;
}

std::optional<Reply> checkStringArray(const QJsonValue &value, const QString &field)
{
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            const QString name = QStringLiteral("%1[%2]").arg(field).arg(i);
            return EB::validation(name, QLatin1String(EB::wrongTypeCode),
                                  QStringLiteral("Field '%1' must be a string, got a %2")
                                      .arg(name, typeName(array.at(i).type())));
        }
    }
    return std::nullopt;
}

std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 minimum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < double(minimum) || d > 1e15 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

std::optional<Reply> requiredUserId(const SandboxRequest &request, qint64 *userId)
{
    const QString key = QStringLiteral("userId");
    if (!request.query.hasQueryItem(key) || request.query.queryItemValue(key).isEmpty()) {
        return EB::validation(
            key, QLatin1String(EB::requiredCode),
            QStringLiteral("Required query parameter 'userId' was not provided."));
    }
    bool ok = false;
    *userId = request.query.queryItemValue(key).toLongLong(&ok);
    if (!ok || *userId <= 0) {
        return EB::validation(key, QLatin1String(EB::invalidValueCode),
                              QStringLiteral("Query parameter 'userId' must be an integer."));
    }
    return std::nullopt;
}

std::optional<Reply> limitParam(const SandboxRequest &request, int defaultLimit, int maxLimit,
                                int *limit)
{
    const QString key = QStringLiteral("limit");
    *limit = defaultLimit;
    if (!request.query.hasQueryItem(key))
        return std::nullopt;
    bool ok = false;
    const int value = request.query.queryItemValue(key).toInt(&ok);
    if (!ok || value < 1) {
        return EB::validation(
            key, QLatin1String(EB::invalidValueCode),
            QStringLiteral("Query parameter 'limit' must be a positive integer."));
    }
    *limit = qMin(value, maxLimit);
    return std::nullopt;
}

std::optional<Reply> afterParam(const SandboxRequest &request, qint64 *afterKey)
{
    const QString key = QStringLiteral("after");
    *afterKey = 0;
    if (!request.query.hasQueryItem(key))
        return std::nullopt;
    const auto decoded = Cursor::decodeAfter(request.query.queryItemValue(key, QUrl::FullyDecoded));
    if (!decoded) {
        return EB::validation(
            key, QLatin1String(EB::invalidValueCode),
            QStringLiteral("Query parameter 'after' is not a valid paging cursor."));
    }
    *afterKey = *decoded;
    return std::nullopt;
}

} // namespace SeqDesk::Sandbox::JsonInput
