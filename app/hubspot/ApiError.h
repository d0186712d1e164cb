#pragma once

#include "hubspot/ApiVersion.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace SeqDesk::HubSpot {

// What the caller should do about an error.
enum class ErrorKind {
    None,
    Retryable, // 429, 5xx, timeouts, dropped connections: try again later
    ContactVerdict, // this contact cannot be enrolled (see Verdict); go on with the next one
    SenderCapReached, // the sender inbox hit its rolling-24 h send cap; stop using this sender
    Fatal, // stop the run (see FatalReason)
    Parse, // the answer could not be understood
    BadRequest, // other 4xx validation errors
    Cancelled, // cancelAll() or the client went away (see ApiError::outcomeUnknown)
};

enum class FatalReason {
    None,
    InvalidAuthentication, // 401 / INVALID_AUTHENTICATION
    MissingScopes, // 403 MISSING_SCOPES; missingScopes() names them
    Forbidden, // other 403
    SequenceNotFound,
    NotFound, // another object (user, list, ...) does not exist
    NoConnectedInbox, // PUBLIC_ENROLL_NO_CONNECTED_EMAILS / NO_CONNECTED_EMAIL
    NoSalesSeat, // "Sales Subscription Status is not OK"
    DailyLimit, // 429 policyName DAILY: the account's daily API limit
    Tls, // certificate / handshake failure
    InvalidConfiguration, // bad base URL, missing token, ...
    EndlessPagination, // repeated cursor or too many pages
};

// Normalised per-contact verdicts (ErrorKind::ContactVerdict).
enum class Verdict {
    None,
    AlreadyEnrolled,
    Unsubscribed, // UNSUBSCRIBED, UNSUBSCRIBED_PERSONAL
    Bounced, // BOUNCED, RECIPIENT_PREVIOUSLY_BOUNCED_*
    Blocked, // BLOCKED_ADDRESS, BLOCKED_DOMAIN, PREVIOUSLY_MARKED_AS_SPAM
    NoEmail, // CONTACT_MISSING_EMAIL, NO_EMAIL
    ContactNotFound,
    OtherSendRejected,
    Other, // another SequenceError.<CODE>; ApiError::code keeps it
};

enum class NetworkFailure {
    None,
    Timeout,
    ConnectionRefused,
    RemoteClosed, // closed or reset by the peer
    HostNotFound,
    Tls,
    Other,
};

// What a try that timed out was waiting for (NetworkFailure::Timeout).
enum class TimeoutPhase {
    None,
    Connect, // the connection (and TLS) and sending the request
    FirstByte, // the first byte of the answer, after the request was sent
    Idle, // the rest of an answer that had begun: no byte arrived for a while
};

// One error type for everything that can go wrong in a HubSpot call: HTTP error bodies in
// the standard (`category`) and legacy (`errorType`/`policyName`) shapes, non-JSON bodies,
// network failures, parse failures and local validation. All texts are scrubbed of the
// access token by the client before the error leaves it.
struct ApiError
{
    ErrorKind kind = ErrorKind::None;
    FatalReason fatalReason = FatalReason::None;
    Verdict verdict = Verdict::None;
    NetworkFailure network = NetworkFailure::None;
    Endpoint endpoint = Endpoint::AccountDetails;

    int httpStatus = 0; // 0 for network and local errors
    QString category;
    QString subCategory;
    QString errorType;
    QString policyName;
    QString message; // the server's message, or a technical description
    QString correlationId;
    QString code; // normalised code: the <CODE> of SequenceError.<CODE>, else category
    // context from the body, merged with errors[].context; errors[].in values under "in"
    QMap<QString, QStringList> context;
    QByteArray rawBody; // at most 4 KiB of the body, for a local log
    qint64 retryAfterMs = -1; // from Retry-After, -1 when absent (at most maxParsedRetryAfterMs)
    // A timeout: what the last try waited for, and the limit that ran out (milliseconds).
    TimeoutPhase timeoutPhase = TimeoutPhase::None;
    qint64 timeoutLimitMs = 0;
    // Set by the client on every error of a request that went on the wire: its tries
    // (this one included) and the time from the first try to this error.
    int attempts = 0;
    qint64 elapsedMs = 0;
    // A request that changes something (enroll) was sent, and then cancelled, aborted or its
    // answer lost: HubSpot may have applied it. Read the state (e.g. the contact's
    // enrollment) before sending it again.
    bool outcomeUnknown = false;

    bool isError() const { return kind != ErrorKind::None; }
    bool isRetryable() const { return kind == ErrorKind::Retryable; }
    // "ALREADY_ENROLLED", "UNSUBSCRIBED", ... (empty when verdict is None).
    QString verdictCode() const;
    // The scopes to add, from context.missingScopes or errors[].context.requiredGranularScopes.
    QStringList missingScopes() const;
    // What happened and what to do, for a person (translated).
    QString describe() const;
    // One line for logs: kind, status, codes, correlation id (no token, no body).
    QString summary() const;
    // Replaces `secret` (and any bearer/pat token) in every text field.
    void scrub(const QString &secret);

    // Builds and classifies an error from an HTTP answer (any status >= 300).
    static ApiError fromHttp(Endpoint endpoint, int httpStatus, const QByteArray &body,
                             const QByteArray &retryAfterHeader = QByteArray());
    static ApiError fromNetwork(Endpoint endpoint, NetworkFailure failure, const QString &detail);
    static ApiError parseError(Endpoint endpoint, const QString &detail);
    static ApiError fatal(Endpoint endpoint, FatalReason reason, const QString &detail);
    static ApiError badRequest(Endpoint endpoint, const QString &detail);
    static ApiError cancelled(Endpoint endpoint);
    static ApiError verdictError(Endpoint endpoint, Verdict verdict, const QString &detail);
};

// Reads the fields of an error body (either shape, or non-JSON) into *error.
void parseErrorBody(const QByteArray &body, ApiError *error);
// Sets kind, fatalReason, verdict and code from the fields (the rules are in
// ErrorClassifier.cpp and in docs of classifyError's test).
void classifyError(ApiError *error);
// The longest wait parseRetryAfter() returns (30 days); longer values are clamped to it.
constexpr qint64 maxParsedRetryAfterMs = qint64(30) * 24 * 3600 * 1000;
// Milliseconds from a Retry-After value (delta seconds or HTTP date); -1 when unusable
// (empty, garbage, negative, not finite); clamped to maxParsedRetryAfterMs.
qint64 parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

QString verdictCodeName(Verdict verdict);
QString errorKindName(ErrorKind kind);
QString fatalReasonName(FatalReason reason);
// What a try waited for, for logs ("the first byte of the answer").
QString timeoutPhaseName(TimeoutPhase phase);

} // namespace SeqDesk::HubSpot

Q_DECLARE_METATYPE(SeqDesk::HubSpot::ApiError)
