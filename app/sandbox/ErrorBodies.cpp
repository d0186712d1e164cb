#include "sandbox/ErrorBodies.h"

#include <QUuid>

namespace SeqDesk::Sandbox::ErrorBodies {

QString correlationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Reply standard(int status, const QString &category, const QString &message,
               const QString &subCategory, const QJsonObject &context, const QJsonArray &errors)
{
    QJsonObject body {{QStringLiteral("status"), QStringLiteral("error")},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("correlationId"), correlationId()},
                      {QStringLiteral("category"), category}};
    if (!subCategory.isEmpty())
        body.insert(QStringLiteral("subCategory"), subCategory);
    if (!context.isEmpty())
        body.insert(QStringLiteral("context"), context);
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), errors);
    return Reply::json(status, body);
}

Reply legacy(int status, const QString &errorType, const QString &message)
{
    return Reply::json(status,
                       {{QStringLiteral("status"), QStringLiteral("error")},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("errorType"), errorType},
                        {QStringLiteral("correlationId"), correlationId()}});
}

Reply unauthorized()
{
    return standard(
        401, QStringLiteral("INVALID_AUTHENTICATION"),
        QStringLiteral("Authentication credentials not found. This API supports "
                       "OAuth 2.0 authentication and you can find more details at "
                       "https://developers.hubspot.com/docs/methods/auth/oauth-overview"));
}

Reply missingScopes(const QStringList &required, const QStringList &missing)
{
    const QJsonObject detailContext {
        {QStringLiteral("requiredGranularScopes"), QJsonArray::fromStringList(required)}};
    const QJsonArray errors {
        QJsonObject {{QStringLiteral("message"),
                      QStringLiteral("One or more of the following scopes are required.")},
                     {QStringLiteral("context"), detailContext}}};
    return standard(
        403, QStringLiteral("MISSING_SCOPES"),
        QStringLiteral("This app hasn't been granted all required scopes to make this "
                       "call. Read more about required scopes here: "
                       "https://developers.hubspot.com/scopes."),
        {},
        {{QStringLiteral("missingScopes"), QJsonArray::fromStringList(missing)},
         {QStringLiteral("requiredGranularScopes"), QJsonArray::fromStringList(required)}},
        errors);
}

Reply validation(const QString &field, const QString &code, const QString &message,
                 const QString &subCategory)
{
    const QJsonArray errors {QJsonObject {{QStringLiteral("message"), message},
                                          {QStringLiteral("in"), field},
                                          {QStringLiteral("code"), code}}};
    return standard(400, QStringLiteral("VALIDATION_ERROR"), message, subCategory,
                    {{field, QJsonArray {message}}}, errors);
}

Reply notFound(const QString &message)
{
    return standard(404, QStringLiteral("OBJECT_NOT_FOUND"), message);
}

Reply notLoopbackHost(const QByteArray &host)
{
    const QString given = host.isNull()
        ? QStringLiteral("no Host header")
        : QStringLiteral("Host '%1'").arg(QString::fromLatin1(host));
    return standard(403, QStringLiteral("FORBIDDEN"),
                    QStringLiteral("The sandbox's /_sandbox/ routes answer only a loopback Host "
                                   "(127.0.0.1, localhost or [::1], with or without a port), "
                                   "not %1.")
                        .arg(given));
}

Reply methodNotAllowed(const QString &method, const QString &path)
{
    return standard(405, QStringLiteral("VALIDATION_ERROR"),
                    QStringLiteral("HTTP method %1 is not supported by %2").arg(method, path));
}

Reply enrollmentRejected(const QString &code, const QString &message, bool legacyShape)
{
    const QString type = QStringLiteral("SequenceError.") + code;
    if (legacyShape)
        return legacy(400, type, message);
    return standard(400, QStringLiteral("VALIDATION_ERROR"), message, type);
}

Reply rateLimited(bool daily)
{
    Reply r = Reply::json(
        429,
        {{QStringLiteral("status"), QStringLiteral("error")},
         {QStringLiteral("message"),
          daily ? QStringLiteral("You have reached your daily limit.")
                : QStringLiteral("You have reached your ten_secondly_rolling limit.")},
         {QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT")},
         {QStringLiteral("correlationId"), correlationId()},
         {QStringLiteral("policyName"),
          daily ? QStringLiteral("DAILY") : QStringLiteral("TEN_SECONDLY_ROLLING")},
         {QStringLiteral("requestId"), correlationId()}});
    return r;
}

Reply serverError(int status)
{
    if (status == 502) {
        Reply r;
        r.status = 502;
        r.contentType = QByteArrayLiteral("text/html;charset=utf-8");
        r.body = QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>"
                                   "<center><h1>502 Bad Gateway</h1></center></body></html>");
        return r;
    }
    return standard(status, QStringLiteral("INTERNAL_ERROR"),
                    QStringLiteral("An internal error occurred. Please try again later."));
}

} // namespace SeqDesk::Sandbox::ErrorBodies
