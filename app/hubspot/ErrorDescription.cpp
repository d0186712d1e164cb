// ApiError::describe(): what happened and what to do, in the user's language.
#include "hubspot/ApiError.h"

#include <QCoreApplication>
#include <QLocale>

namespace SeqDesk::HubSpot {

namespace {

QString describeFatal(const ApiError &e)
{
    switch (e.fatalReason) {
    case FatalReason::InvalidAuthentication:
        return QCoreApplication::translate(
            "HubSpot",
            "HubSpot rejected the access token (it is missing, wrong, revoked or expired). "
            "Copy the token again from HubSpot > Settings > Integrations > Private Apps "
            "and save it in SeqDesk.");
    case FatalReason::MissingScopes: {
        const QString listsScope = QStringLiteral("crm.lists.read");
        const QStringList scopes = e.missingScopes();
        // A lists call needs exactly that scope, whether or not the body names it.
        if (scopes == QStringList {listsScope}
            || (scopes.isEmpty() && endpointScope(e.endpoint) == listsScope))
            return QCoreApplication::translate(
                "HubSpot",
                "The token lacks the scope crm.lists.read: enrolling a HubSpot list's members "
                "and the rules need it (pasted or imported contacts do not). Add it in "
                "HubSpot > Settings > Integrations > Private Apps > Scopes and paste the token "
                "again.");
        if (scopes.isEmpty())
            return QCoreApplication::translate(
                "HubSpot",
                "The token lacks a scope this call needs. Add the missing scopes in "
                "HubSpot > Settings > Integrations > Private Apps > Scopes.");
        return QCoreApplication::translate(
                   "HubSpot",
                   "The token lacks the scopes %1. Add them in HubSpot > Settings > "
                   "Integrations > Private Apps > Scopes.")
            .arg(scopes.join(QStringLiteral(", ")));
    }
    case FatalReason::Forbidden:
        return QCoreApplication::translate(
                   "HubSpot", "HubSpot refused access to %1. Check the token's permissions.")
            .arg(endpointName(e.endpoint));
    case FatalReason::SequenceNotFound:
        return QCoreApplication::translate(
            "HubSpot",
            "The sequence does not exist or is not visible to the chosen user. Run "
            "Sync Data and pick the sequence again.");
    case FatalReason::NotFound:
        if (e.endpoint == Endpoint::List || e.endpoint == Endpoint::ListMemberships)
            return QCoreApplication::translate(
                "HubSpot",
                "HubSpot has no list with this id (it may have been deleted). Check the list "
                "id in HubSpot > Contacts > Lists.");
        return QCoreApplication::translate(
                   "HubSpot",
                   "HubSpot could not find the requested object (%1). Run Sync Data and check "
                   "the selection.")
            .arg(endpointName(e.endpoint));
    case FatalReason::NoConnectedInbox:
        return QCoreApplication::translate(
            "HubSpot",
            "The sending user has no connected personal email inbox for this sender "
            "address. Connect the inbox in HubSpot > Settings > General > Email, or "
            "choose another sender.");
    case FatalReason::NoSalesSeat:
        return QCoreApplication::translate(
            "HubSpot",
            "The sending user has no active Sales Hub or Service Hub Professional seat "
            "(\"Sales Subscription Status is not OK\"). Assign a seat in HubSpot > "
            "Settings > Users & Teams, or choose another sender.");
    case FatalReason::DailyLimit:
        return QCoreApplication::translate(
            "HubSpot",
            "The HubSpot account used up its daily API limit. Resume the run after "
            "midnight in the account's time zone.");
    case FatalReason::Tls:
        return QCoreApplication::translate(
                   "HubSpot",
                   "The secure connection to HubSpot failed (%1). Check the system clock, "
                   "proxy and certificates.")
            .arg(e.message);
    case FatalReason::InvalidConfiguration:
        return QCoreApplication::translate("HubSpot",
                                           "The HubSpot connection is not configured correctly: %1")
            .arg(e.message);
    case FatalReason::EndlessPagination:
        return QCoreApplication::translate(
                   "HubSpot",
                   "HubSpot kept returning more pages (%1). The listing was stopped; try again "
                   "later or contact HubSpot support.")
            .arg(e.message);
    case FatalReason::None:
        break;
    }
    return QCoreApplication::translate("HubSpot", "HubSpot stopped the run: %1").arg(e.message);
}

QString describeVerdict(const ApiError &e)
{
    switch (e.verdict) {
    case Verdict::AlreadyEnrolled:
        return QCoreApplication::translate(
            "HubSpot",
            "The contact is already enrolled in a sequence; a contact can be in one "
            "sequence at a time. Skip it or unenroll it in HubSpot first.");
    case Verdict::Unsubscribed:
        return QCoreApplication::translate(
            "HubSpot", "The contact has unsubscribed from email. It cannot be enrolled.");
    case Verdict::Bounced:
        return QCoreApplication::translate(
            "HubSpot",
            "Email to this contact bounced before. Fix the address in HubSpot before "
            "enrolling it.");
    case Verdict::Blocked:
        return QCoreApplication::translate(
            "HubSpot",
            "The contact's address or domain is blocked (or marked email as spam). It "
            "cannot be enrolled.");
    case Verdict::NoEmail:
        return QCoreApplication::translate(
            "HubSpot", "The contact has no email address. Add one in HubSpot before enrolling it.");
    case Verdict::ContactNotFound:
        return QCoreApplication::translate(
            "HubSpot", "The contact does not exist in HubSpot (deleted or merged). Skip it.");
    case Verdict::OtherSendRejected:
        return QCoreApplication::translate(
                   "HubSpot",
                   "HubSpot rejected sending to this contact (%1). Skip it or check the "
                   "contact in HubSpot.")
            .arg(e.message);
    case Verdict::Other:
    case Verdict::None:
        break;
    }
    return QCoreApplication::translate("HubSpot", "HubSpot rejected this contact (%1).")
        .arg(e.code);
}

// A duration in seconds for a message: one decimal below 10 s (tests use short limits).
QString seconds(qint64 ms)
{
    const double s = qMax<qint64>(0, ms) / 1000.0;
    if (s >= 10)
        return QLocale().toString(qRound64(s));
    return QLocale().toString(s, 'f', ms % 1000 == 0 ? 0 : 1);
}

// A timeout: what the last try waited for, how long, and how many tries over how long
// (ApiError::attempts and elapsedMs, set by the client). Says what happened only: whether
// anyone tries again is the caller's business.
QString describeTimeout(const ApiError &e)
{
    const int tries = qMax(1, e.attempts);
    const QString limit = seconds(e.timeoutLimitMs);
    const QString spent = seconds(qMax(e.elapsedMs, e.timeoutLimitMs));
    switch (e.timeoutPhase) {
    case TimeoutPhase::Connect:
        return QCoreApplication::translate(
                   "HubSpot",
                   "SeqDesk could not connect to HubSpot within %1 s (%n try(s) over %2 s). "
                   "Check the network connection, proxy and firewall.",
                   nullptr, tries)
            .arg(limit, spent);
    case TimeoutPhase::FirstByte:
        return QCoreApplication::translate(
                   "HubSpot",
                   "HubSpot accepted the connection but did not answer within %1 s (%n try(s) "
                   "over %2 s). HubSpot or the network may be having problems; see "
                   "status.hubspot.com.",
                   nullptr, tries)
            .arg(limit, spent);
    case TimeoutPhase::Idle:
        return QCoreApplication::translate(
                   "HubSpot",
                   "HubSpot's answer stopped arriving: no data for %1 s (%n try(s) over %2 s). "
                   "Check the network connection.",
                   nullptr, tries)
            .arg(limit, spent);
    case TimeoutPhase::None:
        break;
    }
    return {};
}

// Said after the description of any error whose request may have been applied anyway.
QString describeUnknownOutcome(const ApiError &e)
{
    if (e.endpoint == Endpoint::Enroll)
        return QCoreApplication::translate(
            "HubSpot",
            "The enrollment had already been sent, so HubSpot may have enrolled the contact. "
            "Check the contact's enrollment before enrolling it again.");
    return QCoreApplication::translate(
        "HubSpot",
        "The request had already been sent, so HubSpot may have applied it. Check before "
        "sending it again.");
}

QString describeKind(const ApiError &e)
{
    switch (e.kind) {
    case ErrorKind::None:
        return QCoreApplication::translate("HubSpot", "No error.");
    case ErrorKind::Retryable:
        if (e.httpStatus == 429 && e.retryAfterMs > 60000)
            return QCoreApplication::translate(
                       "HubSpot",
                       "HubSpot's rate limit was reached and HubSpot asked to wait %1 minutes. "
                       "Try again later.")
                .arg((e.retryAfterMs + 59999) / 60000);
        if (e.httpStatus == 429)
            return QCoreApplication::translate(
                "HubSpot",
                "HubSpot's rate limit was still reached after SeqDesk waited and retried. Try "
                "again in a minute.");
        if (e.network == NetworkFailure::Timeout && e.timeoutPhase != TimeoutPhase::None)
            return describeTimeout(e);
        if (e.network == NetworkFailure::Timeout)
            return QCoreApplication::translate(
                "HubSpot",
                "HubSpot did not answer in time, also when SeqDesk retried. Check the "
                "connection and try again.");
        if (e.network != NetworkFailure::None)
            return QCoreApplication::translate(
                       "HubSpot",
                       "The connection to HubSpot failed (%1), also when SeqDesk retried. "
                       "Check the network and try again.")
                .arg(e.message);
        return QCoreApplication::translate(
                   "HubSpot",
                   "HubSpot had a temporary problem (HTTP %1), still after SeqDesk's "
                   "retries. Try again in a few minutes.")
            .arg(e.httpStatus);
    case ErrorKind::ContactVerdict:
        return describeVerdict(e);
    case ErrorKind::SenderCapReached:
        return QCoreApplication::translate(
            "HubSpot",
            "The sender inbox reached its sending limit for the last 24 hours. Continue "
            "later or choose another sender.");
    case ErrorKind::Fatal:
        return describeFatal(e);
    case ErrorKind::Parse:
        return QCoreApplication::translate(
                   "HubSpot",
                   "HubSpot's answer could not be understood (%1). Try again; if it persists, "
                   "report it with the log.")
            .arg(e.message);
    case ErrorKind::BadRequest:
        return QCoreApplication::translate("HubSpot", "HubSpot rejected the request as invalid: %1")
            .arg(e.message);
    case ErrorKind::Cancelled:
        return QCoreApplication::translate("HubSpot", "The request was cancelled.");
    }
    return e.message;
}

} // namespace

QString ApiError::describe() const
{
    const QString text = describeKind(*this);
    if (!outcomeUnknown)
        return text;
    return text + QLatin1Char(' ') + describeUnknownOutcome(*this);
}

} // namespace SeqDesk::HubSpot
