#include "hubspot/ApiError.h"

#include "core/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace SeqDesk::HubSpot {

namespace {

constexpr int maxRawBody = 4096;

void appendUnique(QStringList *list, const QString &value)
{
    if (!value.isEmpty() && !list->contains(value))
        list->append(value);
}

// context values are string arrays; be lenient with single strings and numbers.
void mergeContext(const QJsonValue &value, QMap<QString, QStringList> *context)
{
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList &target = (*context)[it.key()];
        const QJsonValue v = it.value();
        if (v.isArray()) {
            for (const QJsonValue item : v.toArray()) {
                if (item.isString())
                    appendUnique(&target, item.toString());
                else if (item.isDouble())
                    appendUnique(&target, QString::number(item.toDouble(), 'g', 17));
            }
        } else if (v.isString()) {
            appendUnique(&target, v.toString());
        } else if (v.isDouble()) {
            appendUnique(&target, QString::number(v.toDouble(), 'g', 17));
        }
    }
}

QString stripMarkup(const QByteArray &body)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = QString::fromUtf8(body.left(2048));
    text.replace(tags, QStringLiteral(" "));
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed().left(300);
}

} // namespace

void parseErrorBody(const QByteArray &body, ApiError *error)
{
    error->rawBody = body.left(maxRawBody);
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject()) {
        error->message = body.trimmed().isEmpty()
            ? QStringLiteral("empty error body")
            : QStringLiteral("non-JSON error body: ") + stripMarkup(body);
        return;
    }
    const QJsonObject o = doc.object();
    error->message = o.value(QLatin1String("message")).toString();
    error->category = o.value(QLatin1String("category")).toString();
    error->subCategory = o.value(QLatin1String("subCategory")).toString();
    error->errorType = o.value(QLatin1String("errorType")).toString();
    error->policyName = o.value(QLatin1String("policyName")).toString();
    error->correlationId = o.value(QLatin1String("correlationId")).toString();
    mergeContext(o.value(QLatin1String("context")), &error->context);
    for (const QJsonValue item : o.value(QLatin1String("errors")).toArray()) {
        const QJsonObject detail = item.toObject();
        mergeContext(detail.value(QLatin1String("context")), &error->context);
        const QString in = detail.value(QLatin1String("in")).toString();
        if (!in.isEmpty())
            appendUnique(&error->context[QStringLiteral("in")], in);
        const QString code = detail.value(QLatin1String("code")).toString();
        if (!code.isEmpty())
            appendUnique(&error->context[QStringLiteral("code")], code);
        const QString detailMessage = detail.value(QLatin1String("message")).toString();
        if (!detailMessage.isEmpty())
            appendUnique(&error->context[QStringLiteral("errors")], detailMessage);
        if (error->subCategory.isEmpty())
            error->subCategory = detail.value(QLatin1String("subCategory")).toString();
        if (error->message.isEmpty())
            error->message = detailMessage;
    }
}

qint64 parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0)
            return -1;
        // Compare in double before converting: a huge value must not overflow qint64.
        const double ms = std::ceil(seconds * 1000.0);
        return ms >= double(maxParsedRetryAfterMs) ? maxParsedRetryAfterMs : qint64(ms);
    }
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QString text = QString::fromLatin1(v);
    text.remove(QStringLiteral(" GMT"));
    const QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!at.isValid())
        return -1;
    QDateTime utc = at;
    utc.setTimeZone(QTimeZone::utc());
    return qBound<qint64>(0, nowUtc.msecsTo(utc), maxParsedRetryAfterMs);
}

ApiError ApiError::fromHttp(Endpoint endpoint, int httpStatus, const QByteArray &body,
                            const QByteArray &retryAfterHeader)
{
    ApiError e;
    e.endpoint = endpoint;
    e.httpStatus = httpStatus;
    parseErrorBody(body, &e);
    e.retryAfterMs = parseRetryAfter(retryAfterHeader, QDateTime::currentDateTimeUtc());
    classifyError(&e);
    return e;
}

ApiError ApiError::fromNetwork(Endpoint endpoint, NetworkFailure failure, const QString &detail)
{
    ApiError e;
    e.endpoint = endpoint;
    e.network = failure;
    e.message = detail;
    classifyError(&e);
    return e;
}

ApiError ApiError::parseError(Endpoint endpoint, const QString &detail)
{
    ApiError e;
    e.kind = ErrorKind::Parse;
    e.endpoint = endpoint;
    e.message = endpointName(endpoint) + QStringLiteral(": ") + detail;
    return e;
}

ApiError ApiError::fatal(Endpoint endpoint, FatalReason reason, const QString &detail)
{
    ApiError e;
    e.kind = ErrorKind::Fatal;
    e.fatalReason = reason;
    e.endpoint = endpoint;
    e.message = detail;
    return e;
}

ApiError ApiError::badRequest(Endpoint endpoint, const QString &detail)
{
    ApiError e;
    e.kind = ErrorKind::BadRequest;
    e.endpoint = endpoint;
    e.message = detail;
    return e;
}

ApiError ApiError::cancelled(Endpoint endpoint)
{
    ApiError e;
    e.kind = ErrorKind::Cancelled;
    e.endpoint = endpoint;
    e.message = QStringLiteral("request cancelled");
    return e;
}

ApiError ApiError::verdictError(Endpoint endpoint, Verdict verdict, const QString &detail)
{
    ApiError e;
    e.kind = ErrorKind::ContactVerdict;
    e.verdict = verdict;
    e.endpoint = endpoint;
    e.code = verdictCodeName(verdict);
    e.message = detail;
    return e;
}

QString ApiError::verdictCode() const
{
    return verdictCodeName(verdict);
}

QStringList ApiError::missingScopes() const
{
    QStringList scopes = context.value(QStringLiteral("missingScopes"));
    if (scopes.isEmpty())
        scopes = context.value(QStringLiteral("requiredGranularScopes"));
    if (scopes.isEmpty())
        scopes = context.value(QStringLiteral("requiredScopes"));
    return scopes;
}

QString ApiError::summary() const
{
    QString s = errorKindName(kind);
    if (fatalReason != FatalReason::None)
        s += QLatin1Char('/') + fatalReasonName(fatalReason);
    if (verdict != Verdict::None)
        s += QLatin1Char('/') + verdictCode();
    s += QStringLiteral(" on ") + endpointName(endpoint);
    if (httpStatus)
        s += QStringLiteral(" HTTP ") + QString::number(httpStatus);
    for (const QString &field : {category, subCategory, errorType, policyName}) {
        if (!field.isEmpty())
            s += QLatin1Char(' ') + field;
    }
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    if (!correlationId.isEmpty())
        s += QStringLiteral(" (correlationId ") + correlationId + QLatin1Char(')');
    if (timeoutPhase != TimeoutPhase::None)
        s += QStringLiteral(" [timed out waiting %1 ms for %2]")
                 .arg(QString::number(timeoutLimitMs), timeoutPhaseName(timeoutPhase));
    if (attempts > 1)
        s += QStringLiteral(" [%1 tries in %2 ms]")
                 .arg(QString::number(attempts), QString::number(elapsedMs));
    if (outcomeUnknown)
        s += QStringLiteral(" [outcome unknown: the request was sent and may have been applied; "
                            "check before resending]");
    return s;
}

void ApiError::scrub(const QString &secret)
{
    for (QString *field :
         {&category, &subCategory, &errorType, &policyName, &message, &correlationId, &code}) {
        *field = Redactor::scrub(*field, secret);
    }
    for (auto it = context.begin(); it != context.end(); ++it) {
        for (QString &value : it.value())
            value = Redactor::scrub(value, secret);
    }
    if (!rawBody.isEmpty())
        rawBody = Redactor::scrub(QString::fromUtf8(rawBody), secret).toUtf8();
}

QString verdictCodeName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None:
        return {};
    case Verdict::AlreadyEnrolled:
        return QStringLiteral("ALREADY_ENROLLED");
    case Verdict::Unsubscribed:
        return QStringLiteral("UNSUBSCRIBED");
    case Verdict::Bounced:
        return QStringLiteral("BOUNCED");
    case Verdict::Blocked:
        return QStringLiteral("BLOCKED");
    case Verdict::NoEmail:
        return QStringLiteral("NO_EMAIL");
    case Verdict::ContactNotFound:
        return QStringLiteral("CONTACT_NOT_FOUND");
    case Verdict::OtherSendRejected:
        return QStringLiteral("OTHER_SEND_REJECTED");
    case Verdict::Other:
        return QStringLiteral("OTHER");
    }
    return {};
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("None");
    case ErrorKind::Retryable:
        return QStringLiteral("Retryable");
    case ErrorKind::ContactVerdict:
        return QStringLiteral("ContactVerdict");
    case ErrorKind::SenderCapReached:
        return QStringLiteral("SenderCapReached");
    case ErrorKind::Fatal:
        return QStringLiteral("Fatal");
    case ErrorKind::Parse:
        return QStringLiteral("Parse");
    case ErrorKind::BadRequest:
        return QStringLiteral("BadRequest");
    case ErrorKind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

QString timeoutPhaseName(TimeoutPhase phase)
{
    switch (phase) {
    case TimeoutPhase::None:
        return QStringLiteral("nothing");
    case TimeoutPhase::Connect:
        return QStringLiteral("the connection");
    case TimeoutPhase::FirstByte:
        return QStringLiteral("the first byte of the answer");
    case TimeoutPhase::Idle:
        return QStringLiteral("more of the answer");
    }
    return {};
}

QString fatalReasonName(FatalReason reason)
{
    switch (reason) {
    case FatalReason::None:
        return QStringLiteral("None");
    case FatalReason::InvalidAuthentication:
        return QStringLiteral("INVALID_AUTHENTICATION");
    case FatalReason::MissingScopes:
        return QStringLiteral("MISSING_SCOPES");
    case FatalReason::Forbidden:
        return QStringLiteral("FORBIDDEN");
    case FatalReason::SequenceNotFound:
        return QStringLiteral("SEQUENCE_NOT_FOUND");
    case FatalReason::NotFound:
        return QStringLiteral("NOT_FOUND");
    case FatalReason::NoConnectedInbox:
        return QStringLiteral("NO_CONNECTED_INBOX");
    case FatalReason::NoSalesSeat:
        return QStringLiteral("NO_SALES_SEAT");
    case FatalReason::DailyLimit:
        return QStringLiteral("DAILY_LIMIT");
    case FatalReason::Tls:
        return QStringLiteral("TLS");
    case FatalReason::InvalidConfiguration:
        return QStringLiteral("INVALID_CONFIGURATION");
    case FatalReason::EndlessPagination:
        return QStringLiteral("ENDLESS_PAGINATION");
    }
    return {};
}

} // namespace SeqDesk::HubSpot
