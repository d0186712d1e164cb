// ApiError::describe(): what happened and what to do, in the user's language.
#include "hubspot/ApiError.h"

#include <QCoreApplication>

namespace SeqDesk::HubSpot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HubSpot", text);
}

QString describeFatal(const ApiError &e)
{
    switch (e.fatalReason) {
    case FatalReason::InvalidAuthentication:
        return tr("HubSpot rejected the access token (it is missing, wrong, revoked or expired). "
                  "Copy the token again from HubSpot > Settings > Integrations > Private Apps "
                  "and save it in SeqDesk.");
    case FatalReason::MissingScopes: {
        const QStringList scopes = e.missingScopes();
        if (scopes.isEmpty())
            return tr("The token lacks a scope this call needs. Add the missing scopes in "
                      "HubSpot > Settings > Integrations > Private Apps > Scopes.");
        return tr("The token lacks the scopes %1. Add them in HubSpot > Settings > "
                  "Integrations > Private Apps > Scopes.")
            .arg(scopes.join(QStringLiteral(", ")));
    }
    case FatalReason::Forbidden:
        return tr("HubSpot refused access to %1. Check the token's permissions.")
            .arg(endpointName(e.endpoint));
    case FatalReason::SequenceNotFound:
        return tr("The sequence does not exist or is not visible to the chosen user. Run "
                  "Sync Data and pick the sequence again.");
    case FatalReason::NotFound:
        return tr("HubSpot could not find the requested object (%1). Run Sync Data and check "
                  "the selection.")
            .arg(endpointName(e.endpoint));
    case FatalReason::NoConnectedInbox:
        return tr("The sending user has no connected personal email inbox for this sender "
                  "address. Connect the inbox in HubSpot > Settings > General > Email, or "
                  "choose another sender.");
    case FatalReason::NoSalesSeat:
        return tr("The sending user has no active Sales Hub or Service Hub Professional seat "
                  "(\"Sales Subscription Status is not OK\"). Assign a seat in HubSpot > "
                  "Settings > Users & Teams, or choose another sender.");
    case FatalReason::DailyLimit:
        return tr("The HubSpot account used up its daily API limit. Resume the run after "
                  "midnight in the account's time zone.");
    case FatalReason::Tls:
        return tr("The secure connection to HubSpot failed (%1). Check the system clock, "
                  "proxy and certificates.")
            .arg(e.message);
    case FatalReason::InvalidConfiguration:
        return tr("The HubSpot connection is not configured correctly: %1").arg(e.message);
    case FatalReason::EndlessPagination:
        return tr("HubSpot kept returning more pages (%1). The listing was stopped; try again "
                  "later or contact HubSpot support.")
            .arg(e.message);
    case FatalReason::None:
        break;
    }
    return tr("HubSpot stopped the run: %1").arg(e.message);
}

QString describeVerdict(const ApiError &e)
{
    switch (e.verdict) {
    case Verdict::AlreadyEnrolled:
        return tr("The contact is already enrolled in a sequence; a contact can be in one "
                  "sequence at a time. Skip it or unenroll it in HubSpot first.");
    case Verdict::Unsubscribed:
        return tr("The contact has unsubscribed from email. It cannot be enrolled.");
    case Verdict::Bounced:
        return tr("Email to this contact bounced before. Fix the address in HubSpot before "
                  "enrolling it.");
    case Verdict::Blocked:
        return tr("The contact's address or domain is blocked (or marked email as spam). It "
                  "cannot be enrolled.");
    case Verdict::NoEmail:
        return tr("The contact has no email address. Add one in HubSpot before enrolling it.");
    case Verdict::ContactNotFound:
        return tr("The contact does not exist in HubSpot (deleted or merged). Skip it.");
    case Verdict::OtherSendRejected:
        return tr("HubSpot rejected sending to this contact (%1). Skip it or check the "
                  "contact in HubSpot.")
            .arg(e.message);
    case Verdict::Other:
    case Verdict::None:
        break;
    }
    return tr("HubSpot rejected this contact (%1).").arg(e.code);
}

} // namespace

QString ApiError::describe() const
{
    switch (kind) {
    case ErrorKind::None:
        return tr("No error.");
    case ErrorKind::Retryable:
        if (httpStatus == 429)
            return tr("HubSpot's rate limit was reached. SeqDesk waits and tries again.");
        if (network == NetworkFailure::Timeout)
            return tr("HubSpot did not answer in time. Check the connection; SeqDesk tries "
                      "again.");
        if (network != NetworkFailure::None)
            return tr("The connection to HubSpot failed (%1). Check the network; SeqDesk "
                      "tries again.")
                .arg(message);
        return tr("HubSpot had a temporary problem (HTTP %1). SeqDesk tries again; if it "
                  "persists, try later.")
            .arg(httpStatus);
    case ErrorKind::ContactVerdict:
        return describeVerdict(*this);
    case ErrorKind::SenderCapReached:
        return tr("The sender inbox reached its sending limit for the last 24 hours. Continue "
                  "later or choose another sender.");
    case ErrorKind::Fatal:
        return describeFatal(*this);
    case ErrorKind::Parse:
        return tr("HubSpot's answer could not be understood (%1). Try again; if it persists, "
                  "report it with the log.")
            .arg(message);
    case ErrorKind::BadRequest:
        return tr("HubSpot rejected the request as invalid: %1").arg(message);
    case ErrorKind::Cancelled:
        return tr("The request was cancelled.");
    }
    return message;
}

} // namespace SeqDesk::HubSpot
