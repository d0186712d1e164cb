#pragma once

#include "sandbox/HttpTypes.h"

#include <QJsonArray>
#include <QJsonValue>

#include <initializer_list>
#include <optional>

// Strict request checks, as HubSpot does them: a JSON content type, a well-formed JSON
// object, every required field present with the right type, no unknown field.
namespace SeqDesk::Sandbox::JsonInput {

struct Field
{
    const char *name;
    QJsonValue::Type type;
    bool required;
};

// Checks the Content-Type and parses the body into *out; a 400 reply when it fails.
std::optional<Reply> parseObject(const SandboxRequest &request, QJsonObject *out);
// The same for a body that is a JSON array (e.g. HubSpot's record id lists).
std::optional<Reply> parseArray(const SandboxRequest &request, QJsonArray *out);
// Checks fields of object against the schema; prefix names nested fields ("inputs[0].").
std::optional<Reply> checkFields(const QJsonObject &object, std::initializer_list<Field> schema,
                                 const QString &prefix = {});
// Every element of array must be a string.
std::optional<Reply> checkStringArray(const QJsonValue &value, const QString &field);

// Query parameter helpers: a 400 naming the parameter when present but invalid.
std::optional<Reply> requiredUserId(const SandboxRequest &request, qint64 *userId);
std::optional<Reply> limitParam(const SandboxRequest &request, int defaultLimit, int maxLimit,
                                int *limit);
// Decodes the opaque cursor in ?after= (0 when absent, empty or "0": the first page).
std::optional<Reply> afterParam(const SandboxRequest &request, qint64 *afterKey);

// A JSON number that is a whole number from minimum to 10^15; nullopt otherwise.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 minimum);

QString typeName(QJsonValue::Type type);

} // namespace SeqDesk::Sandbox::JsonInput
