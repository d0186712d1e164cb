#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/SandboxConfig.h"

#include <QJsonArray>
#include <QStringList>

// HubSpot's error bodies (docs/hubspot-wire.md "Error bodies").
namespace SeqDesk::Sandbox::ErrorBodies {

// Codes in errors[].code of a VALIDATION_ERROR.
inline constexpr char requiredCode[] = "REQUIRED";
inline constexpr char wrongTypeCode[] = "INVALID_TYPE";
inline constexpr char unknownFieldCode[] = "UNRECOGNIZED_FIELD";
inline constexpr char malformedCode[] = "INVALID_JSON";
inline constexpr char invalidValueCode[] = "INVALID_VALUE";
inline constexpr char contentTypeCode[] = "UNSUPPORTED_CONTENT_TYPE";

QString correlationId();

Reply standard(int status, const QString &category, const QString &message,
               const QString &subCategory = {}, const QJsonObject &context = {},
               const QJsonArray &errors = {});
Reply legacy(int status, const QString &errorType, const QString &message);

Reply unauthorized();
Reply missingScopes(const QStringList &required, const QStringList &missing);
// 400 VALIDATION_ERROR whose errors[0].in names the field or parameter; subCategory (e.g.
// ILS.DUPLICATE_LIST_NAMES) when HubSpot gives the rejection one.
Reply validation(const QString &field, const QString &code, const QString &message,
                 const QString &subCategory = {});
Reply notFound(const QString &message);
// 403 FORBIDDEN of a /_sandbox/ route asked for by a name that is not loopback's.
Reply notLoopbackHost(const QByteArray &host);
Reply methodNotAllowed(const QString &method, const QString &path);
// Enrollment rejection with code e.g. "ALREADY_ENROLLED", in the requested shape.
Reply enrollmentRejected(const QString &code, const QString &message, bool legacyShape);
Reply rateLimited(bool daily);
Reply serverError(int status); // 500/503 JSON, 502 HTML

} // namespace SeqDesk::Sandbox::ErrorBodies
