#include "hubspot/JsonReader.h"

#include <cmath>

namespace SeqDesk::HubSpot {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        return QStringLiteral("undefined");
    }
    return QStringLiteral("?");
}

std::optional<qint64> jsonWholeNumber(const QJsonValue &value)
{
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || d != std::floor(d) || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

JsonReader::JsonReader(const QJsonObject &object, QString path, QString *error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error)
{ }

bool JsonReader::has(const char *key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QString JsonReader::path(const char *key) const
{
    return m_path.isEmpty() ? QString::fromLatin1(key)
                            : m_path + QLatin1Char('.') + QLatin1String(key);
}

void JsonReader::fail(const QString &problem)
{
    if (m_error->isEmpty())
        *m_error = problem;
}

QJsonValue JsonReader::required(const char *key)
{
    if (!ok())
        return {};
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        fail(QStringLiteral("required field '%1' is missing").arg(path(key)));
        return {};
    }
    return v;
}

void JsonReader::wrongType(const char *key, const char *expected, const QJsonValue &value)
{
    fail(QStringLiteral("field '%1' has the wrong type (expected %2, got %3)")
             .arg(path(key), QLatin1String(expected), jsonTypeName(value)));
}

QString JsonReader::string(const char *key)
{
    const QJsonValue v = required(key);
    if (!ok())
        return {};
    if (!v.isString()) {
        wrongType(key, "string", v);
        return {};
    }
    return v.toString();
}

QString JsonReader::optString(const char *key)
{
    return has(key) ? string(key) : QString();
}

QString JsonReader::id(const char *key)
{
    const QJsonValue v = required(key);
    if (!ok())
        return {};
    if (v.isString())
        return v.toString();
    const double d = v.toDouble(std::nan(""));
    if (v.isDouble() && d == std::floor(d) && std::fabs(d) < 9.0e15)
        return QString::number(qint64(d));
    wrongType(key, "string id", v);
    return {};
}

QString JsonReader::optId(const char *key)
{
    return has(key) ? id(key) : QString();
}

qint64 JsonReader::integer(const char *key)
{
    const QJsonValue v = required(key);
    if (!ok())
        return 0;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 9.0e15) {
        wrongType(key, "integer", v);
        return 0;
    }
    return qint64(d);
}

std::optional<qint64> JsonReader::optInteger(const char *key)
{
    if (!has(key))
        return std::nullopt;
    const qint64 value = integer(key);
    return ok() ? std::optional<qint64>(value) : std::nullopt;
}

bool JsonReader::boolean(const char *key)
{
    const QJsonValue v = required(key);
    if (!ok())
        return false;
    if (!v.isBool()) {
        wrongType(key, "boolean", v);
        return false;
    }
    return v.toBool();
}

QDateTime JsonReader::timestamp(const char *key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        fail(QStringLiteral("field '%1' is not an ISO-8601 timestamp").arg(path(key)));
        return {};
    }
    return at.toUTC();
}

QDateTime JsonReader::optTimestamp(const char *key)
{
    return has(key) ? timestamp(key) : QDateTime();
}

QJsonArray JsonReader::array(const char *key)
{
    const QJsonValue v = required(key);
    if (!ok())
        return {};
    if (!v.isArray()) {
        wrongType(key, "array", v);
        return {};
    }
    return v.toArray();
}

QJsonObject JsonReader::object(const char *key)
{
    const QJsonValue v = required(key);
    if (!ok())
        return {};
    if (!v.isObject()) {
        wrongType(key, "object", v);
        return {};
    }
    return v.toObject();
}

std::optional<QJsonObject> JsonReader::optObject(const char *key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonObject o = object(key);
    return ok() ? std::optional<QJsonObject>(o) : std::nullopt;
}

} // namespace SeqDesk::HubSpot
