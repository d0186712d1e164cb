#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SeqDesk::HubSpot {

// Reads fields of one JSON object, remembering the first problem with its full path
// ("results[3].id is missing"). After the first problem every read returns a default,
// so a parser can read straight through and check ok() once.
class JsonReader final
{
public:
    JsonReader(const QJsonObject &object, QString path, QString *error);

    bool ok() const { return m_error->isEmpty(); }
    bool has(const char *key) const;
    QString path(const char *key) const;

    QString string(const char *key); // required string
    QString optString(const char *key); // absent or null -> null QString
    // Ids: a string, or an integral number (converted). Required.
    QString id(const char *key);
    QString optId(const char *key);
    qint64 integer(const char *key);
    std::optional<qint64> optInteger(const char *key);
    bool boolean(const char *key);
    QDateTime timestamp(const char *key); // ISO-8601 string
    QDateTime optTimestamp(const char *key);
    QJsonArray array(const char *key);
    QJsonObject object(const char *key);
    std::optional<QJsonObject> optObject(const char *key);

    // Records a problem (only the first one is kept).
    void fail(const QString &problem);

private:
    QJsonValue required(const char *key);
    void wrongType(const char *key, const char *expected, const QJsonValue &value);

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

QString jsonTypeName(const QJsonValue &value);

// A JSON number that is a whole number of at most 9e15 in magnitude (exact in a double, as
// HubSpot's numeric ids and counts are); nullopt for any other value, so that a number out of
// qint64's range is never converted to it.
std::optional<qint64> jsonWholeNumber(const QJsonValue &value);

} // namespace SeqDesk::HubSpot
