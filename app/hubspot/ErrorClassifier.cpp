// Classification of HubSpot errors (fact sheet §4-§6, docs/hubspot-wire.md).
//
// Order of the rules (first match wins):
//  1. network failures: TLS -> Fatal(Tls); everything else (timeout, refused, reset,
//     closed, host not found) -> Retryable.
//  2. policyName DAILY (any status, normally 429) -> Fatal(DailyLimit), never retried.
//  3. 429 -> Retryable (retryAfterMs / policyName tell how long to wait); 5xx -> Retryable.
//  4. 401 or category INVALID_AUTHENTICATION -> Fatal(InvalidAuthentication).
//  5. category MISSING_SCOPES or scopes in the context -> Fatal(MissingScopes); other 403
//     -> Fatal(Forbidden).
//  6. Enrollment codes, on Endpoint::Enroll only (the same words in an answer of another
//     endpoint, e.g. "connected email" in a search's 400, mean nothing about the sender or
//     the contact; those fall through to the generic rules 7-8). e->code is still set to the
//     <CODE> of "SequenceError.<CODE>" on every endpoint. Read from the <CODE> in errorType
//     or subCategory, else from errorType/subCategory/category, matched by substring:
//     NO_CONNECTED_EMAIL(S) or a message about a "connected (personal) email/inbox"
//       -> Fatal(NoConnectedInbox)
//     a message about the "Sales Subscription Status" (HubSpot sends it with
//       OTHER_SEND_REJECTED) -> Fatal(NoSalesSeat): it is the user's seat, not the contact
//     SEND_LIMIT -> SenderCapReached
//     ALREADY_ENROLLED / "already enrolled" -> ContactVerdict(AlreadyEnrolled)
//     UNSUBSCRIBED* -> Unsubscribed; *BOUNCE* -> Bounced; BLOCKED_* / *SPAM* -> Blocked;
//     *MISSING_EMAIL* / NO_EMAIL -> NoEmail; CONTACT_NOT_FOUND -> ContactNotFound;
//     OTHER_SEND_REJECTED -> OtherSendRejected; any other SequenceError.<CODE> -> Other.
//  7. 404 / OBJECT_NOT_FOUND, by endpoint:
//     - enroll: the answer names what is missing. Structured hints first (context keys,
//       errors[].in): "sequenceId" -> Fatal(SequenceNotFound), "contactId" ->
//       ContactVerdict(ContactNotFound), "userId" -> Fatal(NotFound). Else the message:
//       whichever of "sequence" / "contact" / "user" it mentions first. Neither ->
//       ContactVerdict(ContactNotFound): the run checked the sequence before it started, so
//       a per-contact verdict is the cheaper mistake.
//     - sequence -> Fatal(SequenceNotFound); contact enrollment -> ContactVerdict
//       (ContactNotFound; the client turns it into "not enrolled"); others -> Fatal(NotFound).
//  8. any other status >= 400 -> BadRequest.
#include "hubspot/ApiError.h"

namespace SeqDesk::HubSpot {

namespace {

bool has(const QString &haystack, const char *needle)
{
    return haystack.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

QString sequenceCode(const QString &value)
{
    const QLatin1String prefix("SequenceError.");
    const int at = value.indexOf(prefix, 0, Qt::CaseInsensitive);
    return at < 0 ? QString() : value.mid(at + prefix.size()).trimmed();
}

// Which object an enroll 404 is about: 's' sequence, 'c' contact, 'u' user, 0 unknown.
char missingObjectOfEnroll(const ApiError &e)
{
    QStringList keys = e.context.keys();
    keys += e.context.value(QStringLiteral("in"));
    for (const QString &key : keys) {
        if (key.compare(QLatin1String("sequenceId"), Qt::CaseInsensitive) == 0)
            return 's';
        if (key.compare(QLatin1String("contactId"), Qt::CaseInsensitive) == 0)
            return 'c';
        if (key.compare(QLatin1String("userId"), Qt::CaseInsensitive) == 0)
            return 'u';
    }
    const QString text = e.message.toLower() + QLatin1Char(' ') + e.subCategory.toLower();
    struct Hit
    {
        const char *word;
        char object;
    };
    int best = -1;
    char object = 0;
    for (const Hit hit : {Hit {"sequence", 's'}, Hit {"contact", 'c'}, Hit {"user", 'u'}}) {
        const int at = text.indexOf(QLatin1String(hit.word));
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            object = hit.object;
        }
    }
    return object;
}

bool classifyEnrollmentCode(ApiError *e)
{
    const QString fromSequenceError = !sequenceCode(e->errorType).isEmpty()
        ? sequenceCode(e->errorType)
        : sequenceCode(e->subCategory);
    if (!fromSequenceError.isEmpty())
        e->code = fromSequenceError;
    if (e->endpoint != Endpoint::Enroll)
        return false;
    const QString codes
        = e->errorType + QLatin1Char(' ') + e->subCategory + QLatin1Char(' ') + e->category;
    const QString &msg = e->message;
    auto setVerdict = [e](Verdict verdict) {
        e->kind = ErrorKind::ContactVerdict;
        e->verdict = verdict;
    };

    if (has(codes, "NO_CONNECTED_EMAIL") || has(msg, "connected email")
        || has(msg, "connected personal email") || has(msg, "connected inbox")) {
        e->kind = ErrorKind::Fatal;
        e->fatalReason = FatalReason::NoConnectedInbox;
    } else if (has(msg, "sales subscription status") || has(msg, "subscription status is not ok")) {
        e->kind = ErrorKind::Fatal;
        e->fatalReason = FatalReason::NoSalesSeat;
    } else if (has(codes, "SEND_LIMIT")) {
        e->kind = ErrorKind::SenderCapReached;
    } else if (has(codes, "ALREADY_ENROLLED") || has(msg, "already enrolled")) {
        setVerdict(Verdict::AlreadyEnrolled);
    } else if (has(codes, "UNSUBSCRIBED")) {
        setVerdict(Verdict::Unsubscribed);
    } else if (has(codes, "BOUNCE")) {
        setVerdict(Verdict::Bounced);
    } else if (has(codes, "BLOCKED") || has(codes, "MARKED_AS_SPAM")) {
        setVerdict(Verdict::Blocked);
    } else if (has(codes, "MISSING_EMAIL") || has(codes, "NO_EMAIL")) {
        setVerdict(Verdict::NoEmail);
    } else if (has(codes, "CONTACT_NOT_FOUND")) {
        setVerdict(Verdict::ContactNotFound);
    } else if (has(codes, "OTHER_SEND_REJECTED")) {
        setVerdict(Verdict::OtherSendRejected);
    } else if (!fromSequenceError.isEmpty()) {
        setVerdict(Verdict::Other);
    } else {
        return false;
    }
    return true;
}

void classifyNotFound(ApiError *e)
{
    switch (e->endpoint) {
    case Endpoint::Enroll:
        switch (missingObjectOfEnroll(*e)) {
        case 's':
            e->kind = ErrorKind::Fatal;
            e->fatalReason = FatalReason::SequenceNotFound;
            return;
        case 'u':
            e->kind = ErrorKind::Fatal;
            e->fatalReason = FatalReason::NotFound;
            return;
        default:
            e->kind = ErrorKind::ContactVerdict;
            e->verdict = Verdict::ContactNotFound;
            return;
        }
    case Endpoint::Sequence:
        e->kind = ErrorKind::Fatal;
        e->fatalReason = FatalReason::SequenceNotFound;
        return;
    case Endpoint::ContactEnrollment:
        e->kind = ErrorKind::ContactVerdict;
        e->verdict = Verdict::ContactNotFound;
        return;
    default:
        e->kind = ErrorKind::Fatal;
        e->fatalReason = FatalReason::NotFound;
        return;
    }
}

} // namespace

void classifyError(ApiError *e)
{
    e->kind = ErrorKind::None;
    e->fatalReason = FatalReason::None;
    e->verdict = Verdict::None;
    if (e->code.isEmpty())
        e->code = !e->category.isEmpty() ? e->category : e->errorType;

    if (e->network != NetworkFailure::None) {
        if (e->network == NetworkFailure::Tls) {
            e->kind = ErrorKind::Fatal;
            e->fatalReason = FatalReason::Tls;
        } else {
            e->kind = ErrorKind::Retryable;
        }
        return;
    }
    const int status = e->httpStatus;
    if (has(e->policyName, "DAILY")) {
        e->kind = ErrorKind::Fatal;
        e->fatalReason = FatalReason::DailyLimit;
        return;
    }
    if (status == 429 || status >= 500 || status == 408) {
        e->kind = ErrorKind::Retryable;
        return;
    }
    if (status == 401 || e->category == QLatin1String("INVALID_AUTHENTICATION")) {
        e->kind = ErrorKind::Fatal;
        e->fatalReason = FatalReason::InvalidAuthentication;
        return;
    }
    if (e->category == QLatin1String("MISSING_SCOPES") || !e->missingScopes().isEmpty()) {
        e->kind = ErrorKind::Fatal;
        e->fatalReason = FatalReason::MissingScopes;
        return;
    }
    if (status == 403) {
        e->kind = ErrorKind::Fatal;
        e->fatalReason = FatalReason::Forbidden;
        return;
    }
    if (classifyEnrollmentCode(e))
        return;
    if (status == 404 || e->category == QLatin1String("OBJECT_NOT_FOUND")) {
        classifyNotFound(e);
        return;
    }
    e->kind = ErrorKind::BadRequest;
}

} // namespace SeqDesk::HubSpot
