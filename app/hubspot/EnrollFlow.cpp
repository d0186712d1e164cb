// HubSpotClient::enroll: one POST per contact, and what to do when its answer is lost or
// may belong to a copy of the request that Qt resent on its own.
//
// The POST is not idempotent, so the scheduler never resends it on its own. When the
// answer is lost (timeout, reset/closed connection after sending, 5xx, malformed or
// truncated 2xx body) the contact's enrollment is read first (GET contact enrollment):
//   - "ours" (rule below)             -> success, marked recovered, with the enrollment id
//                                        from that read
//   - enrolled, but not "ours"        -> ContactVerdict ALREADY_ENROLLED
//   - not enrolled                    -> POST again (after backoff), up to maxRetries times
//   - the read itself fails           -> the original (retryable) error, outcomeUnknown
//
// Qt's HTTP/1 stack silently resends a request (POST included) once when the connection
// closes before any byte of the answer. The answer we see may then belong to the resent
// copy while the first copy was applied. So three answers are checked the same way, and
// turn into a recovered success only when the enrollment read is "ours":
//   - ALREADY_ENROLLED                 (the first copy enrolled the contact)
//   - SEND_LIMIT_REACHED (SenderCapReached: the first copy used the sender's last send)
//   - OTHER_SEND_REJECTED (ContactVerdict, not the no-seat variant, which is Fatal)
// Otherwise (not enrolled, not ours, or the read fails) the original answer stands.
//
// The rule for "ours": an enrollment read counts as made by this enroll() call only when
//   1. it is in the requested sequence (sequenceId == request.sequenceId),
//   2. HubSpot dated it no earlier than the call's start minus
//      ClientConfig::enrollmentClockSkewMs (our clock and HubSpot's may differ),
//   3. it was made by the requested user (enrolledBy == request.userId, compared as id
//      strings), and
//   4. when an answer of this call named the recipient (a toEmail in a 2xx body we could
//      not fully read), the read's toEmail does not contradict it (case-insensitive;
//      an empty value on either side contradicts nothing).
// Anything else is someone else's enrollment (another user, an earlier run, another tool).
// A duplicate of the same contact enrolled by the same user in the same sequence within
// the skew allowance cannot be told apart; the caller's journal must not send it twice.
//
// Cancellation: cancelAll() or the client going away ends the call with Cancelled, never
// with a check (cancel means stop). outcomeUnknown is set when a POST of this call was on
// the wire or its answer was lost, i.e. when HubSpot may have enrolled the contact.
#include "hubspot/HubSpotClient.h"

#include "hubspot/Backoff.h"
#include "hubspot/Logging.h"
#include "hubspot/Parsers.h"
#include "hubspot/RequestBodies.h"
#include "hubspot/RequestScheduler.h"

#include "core/Clock.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

namespace SeqDesk::HubSpot {

namespace {

// The recipient named by an answer body, even one too broken to parse.
QString toEmailIn(const QByteArray &body)
{
    static const QRegularExpression field(QStringLiteral("\"toEmail\"\\s*:\\s*\"([^\"\\\\]+)\""));
    const QRegularExpressionMatch m = field.match(QString::fromUtf8(body));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

// An answer that a hidden resend of an applied POST may have produced (see above).
bool mayBeAnswerOfResend(const ApiError &error)
{
    return error.verdict == Verdict::AlreadyEnrolled || error.kind == ErrorKind::SenderCapReached
        || (error.kind == ErrorKind::ContactVerdict && error.verdict == Verdict::OtherSendRejected);
}

} // namespace

struct HubSpotClient::EnrollOp
{
    EnrollmentRequest request;
    QPointer<QObject> context;
    QObject *rawContext = nullptr;
    Callback<EnrollmentResult> done;
    int posts = 0;
    QDateTime startedUtc;
    qint64 clockSkewMs = 0;
    QString knownToEmail; // the recipient, when an answer of this call named it
    std::optional<ApiError> lostError; // the last lost answer
    std::optional<ApiError> answerToConfirm; // an answer of a possible hidden resend

    void finish(Result<EnrollmentResult> result)
    {
        if (rawContext && context.isNull())
            return;
        if (auto callback = std::move(done)) {
            done = nullptr;
            callback(std::move(result));
        }
    }

    // Ends the call as cancelled (`why`: the Cancelled answer, if any). `checking`: the
    // enrollment was being read because a POST's outcome was in doubt. The outcome is
    // unknown when any POST of this call may have been applied.
    void finishCancelled(const ApiError &why, bool checking)
    {
        ApiError error
            = why.kind == ErrorKind::Cancelled ? why : ApiError::cancelled(Endpoint::Enroll);
        error.endpoint = Endpoint::Enroll;
        error.outcomeUnknown = why.outcomeUnknown || checking || lostError.has_value();
        finish(Result<EnrollmentResult>::failure(error));
    }

    // The rule of the file comment.
    bool isOurs(const ContactEnrollment &e) const
    {
        if (e.sequenceId != request.sequenceId)
            return false;
        if (!e.enrolledAt.isValid() || e.enrolledAt < startedUtc.addMSecs(-clockSkewMs))
            return false;
        if (e.enrolledBy.trimmed() != request.userId.trimmed())
            return false;
        return knownToEmail.isEmpty() || e.toEmail.trimmed().isEmpty()
            || e.toEmail.trimmed().compare(knownToEmail, Qt::CaseInsensitive) == 0;
    }
};

void HubSpotClient::enroll(const EnrollmentRequest &request, QObject *context,
                           Callback<EnrollmentResult> done)
{
    auto op = std::make_shared<EnrollOp>();
    op->request = request;
    op->context = context;
    op->rawContext = context;
    op->done = std::move(done);
    op->startedUtc = m_clock->nowUtc();
    op->clockSkewMs = qMax<qint64>(0, m_config.enrollmentClockSkewMs);
    const QString invalid = validateEnrollmentRequest(request);
    if (!invalid.isEmpty()) {
        later(context, [op, invalid] {
            op->finish(
                Result<EnrollmentResult>::failure(ApiError::badRequest(Endpoint::Enroll, invalid)));
        });
        return;
    }
    postEnrollment(op, 0);
}

void HubSpotClient::postEnrollment(const std::shared_ptr<EnrollOp> &op, qint64 delayMs)
{
    ++op->posts;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), op->request.userId);
    OutgoingRequest request;
    request.endpoint = Endpoint::Enroll;
    request.verb = QByteArrayLiteral("POST");
    request.url = url(Endpoint::Enroll, QString(), query);
    request.body = enrollmentBody(op->request);
    request.idempotent = false;
    QPointer<HubSpotClient> self(this);
    submit(
        request, op->rawContext,
        [self, op](const RawAnswer &answer) {
            if (!self || answer.error.kind == ErrorKind::Cancelled) {
                op->finishCancelled(answer.error, false);
                return;
            }
            RawAnswer a = answer;
            if (a.httpStatus >= 200 && a.httpStatus < 300) {
                const QString named = toEmailIn(a.body);
                if (!named.isEmpty())
                    op->knownToEmail = named;
            }
            if (a.ok()) {
                auto parsed = parseEnrollmentResult(a.body);
                if (parsed.ok()) {
                    op->finish(std::move(parsed));
                    return;
                }
                a.answerLost = true; // 200 with a body we cannot read: applied, answer unusable
                a.error = parsed.error();
                a.error.outcomeUnknown = true;
            }
            if (a.answerLost) {
                qCInfo(lcHubSpot).noquote()
                    << "enroll answer lost for a contact; checking its enrollment before retrying:"
                    << a.error.summary();
                op->lostError = a.error;
                op->answerToConfirm.reset();
                self->verifyEnrollment(op);
                return;
            }
            if (mayBeAnswerOfResend(a.error)) {
                op->answerToConfirm = a.error;
                self->verifyEnrollment(op);
                return;
            }
            op->finish(Result<EnrollmentResult>::failure(a.error));
        },
        delayMs);
}

void HubSpotClient::verifyEnrollment(const std::shared_ptr<EnrollOp> &op)
{
    QPointer<HubSpotClient> self(this);
    contactEnrollment(
        op->request.contactId, op->rawContext,
        [self, op](Result<std::optional<ContactEnrollment>> current) {
            if (!self || (!current.ok() && current.error().kind == ErrorKind::Cancelled)) {
                op->finishCancelled(current.ok() ? ApiError() : current.error(), true);
                return;
            }
            const ApiError original = op->answerToConfirm ? *op->answerToConfirm : *op->lostError;
            if (!current.ok()) {
                ApiError error = original;
                error.message += QStringLiteral(" (checking the enrollment failed too: %1)")
                                     .arg(current.error().message);
                op->finish(Result<EnrollmentResult>::failure(error));
                return;
            }
            const std::optional<ContactEnrollment> &enrollment = current.value();
            if (enrollment && op->isOurs(*enrollment)) {
                EnrollmentResult result;
                result.id = enrollment->id;
                result.toEmail = enrollment->toEmail;
                result.enrolledAt = enrollment->enrolledAt;
                result.updatedAt = enrollment->updatedAt;
                result.recovered = true;
                self->m_scheduler->countRecoveredEnrollment();
                op->finish(Result<EnrollmentResult>::success(result));
                return;
            }
            if (op->answerToConfirm && op->answerToConfirm->verdict != Verdict::AlreadyEnrolled) {
                op->finish(Result<EnrollmentResult>::failure(original)); // the answer stands
                return;
            }
            if (enrollment) {
                ApiError verdict = op->answerToConfirm
                    ? *op->answerToConfirm
                    : ApiError::verdictError(Endpoint::Enroll, Verdict::AlreadyEnrolled, QString());
                const bool thisSequence = enrollment->sequenceId == op->request.sequenceId;
                verdict.message = thisSequence
                    ? QStringLiteral("the contact was already enrolled in this sequence (since "
                                     "%1, by user %2)")
                          .arg(enrollment->enrolledAt.toString(Qt::ISODate), enrollment->enrolledBy)
                    : QStringLiteral("the contact is enrolled in another sequence (%1)")
                          .arg(enrollment->sequenceId);
                op->finish(Result<EnrollmentResult>::failure(verdict));
                return;
            }
            if (op->answerToConfirm || op->posts > self->m_config.maxRetries) {
                op->finish(Result<EnrollmentResult>::failure(original));
                return;
            }
            const BackoffPolicy backoff {self->m_config.backoffBaseMs, self->m_config.backoffCapMs};
            const qint64 wait
                = backoff.delayMs(op->posts - 1, QRandomGenerator::global()->generateDouble());
            self->postEnrollment(op, wait);
        });
}

} // namespace SeqDesk::HubSpot
