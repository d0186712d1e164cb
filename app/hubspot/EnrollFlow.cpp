// HubSpotClient::enroll: one POST per contact, and what to do when its answer is lost.
//
// The POST is not idempotent, so the scheduler never resends it on its own. When the
// answer is lost (timeout, reset/closed connection after sending, 5xx, malformed or
// truncated 2xx body) the contact's enrollment is read first:
//   - enrolled in this sequence since this call started -> success, marked recovered,
//     with the enrollment id from that read
//   - enrolled in another sequence, or in this one since before the call
//                                    -> ContactVerdict ALREADY_ENROLLED
//   - not enrolled                   -> POST again (after backoff), up to maxRetries times
//   - the read itself fails          -> the original (retryable) error
// An ALREADY_ENROLLED answer is checked the same way. Qt's HTTP/1 stack silently resends a
// request (POST included) when the server closes the connection after receiving it, so the
// answer we see may belong to a resend whose first copy was applied: the enrollment's
// enrolledAt (later than the call's start minus ClientConfig::enrollmentClockSkewMs) tells
// our own enrollment from one that existed before.
#include "hubspot/HubSpotClient.h"

#include "hubspot/Backoff.h"
#include "hubspot/Logging.h"
#include "hubspot/Parsers.h"
#include "hubspot/RequestBodies.h"
#include "hubspot/RequestScheduler.h"

#include "core/Clock.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace SeqDesk::HubSpot {

struct HubSpotClient::EnrollOp
{
    EnrollmentRequest request;
    QPointer<QObject> context;
    QObject *rawContext = nullptr;
    Callback<EnrollmentResult> done;
    int posts = 0;
    QDateTime startedUtc;
    std::optional<ApiError> lostError; // the last lost answer
    std::optional<ApiError> verdictToConfirm; // ALREADY_ENROLLED after a lost answer

    void finish(Result<EnrollmentResult> result)
    {
        if (rawContext && context.isNull())
            return;
        if (auto callback = std::move(done)) {
            done = nullptr;
            callback(std::move(result));
        }
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
            if (!self)
                return;
            RawAnswer a = answer;
            if (a.ok()) {
                auto parsed = parseEnrollmentResult(a.body);
                if (parsed.ok()) {
                    op->finish(std::move(parsed));
                    return;
                }
                a.answerLost = true; // 200 with a body we cannot read: applied, answer unusable
                a.error = parsed.error();
            }
            if (a.answerLost) {
                qCInfo(lcHubSpot).noquote()
                    << "enroll answer lost for a contact; checking its enrollment before retrying:"
                    << a.error.summary();
                op->lostError = a.error;
                op->verdictToConfirm.reset();
                self->verifyEnrollment(op);
                return;
            }
            if (a.error.verdict == Verdict::AlreadyEnrolled) {
                op->verdictToConfirm = a.error;
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
            if (!self)
                return;
            const ApiError original = op->verdictToConfirm ? *op->verdictToConfirm : *op->lostError;
            if (!current.ok()) {
                ApiError error = original;
                error.message += QStringLiteral(" (checking the enrollment failed too: %1)")
                                     .arg(current.error().message);
                op->finish(Result<EnrollmentResult>::failure(error));
                return;
            }
            const std::optional<ContactEnrollment> &enrollment = current.value();
            const bool thisSequence
                = enrollment && enrollment->sequenceId == op->request.sequenceId;
            const bool sinceThisCall = enrollment && enrollment->enrolledAt.isValid()
                && enrollment->enrolledAt
                    >= op->startedUtc.addMSecs(-qint64(self->m_config.enrollmentClockSkewMs));
            if (thisSequence && sinceThisCall) {
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
            if (enrollment) {
                ApiError verdict = op->verdictToConfirm
                    ? *op->verdictToConfirm
                    : ApiError::verdictError(Endpoint::Enroll, Verdict::AlreadyEnrolled, QString());
                verdict.message = thisSequence
                    ? QStringLiteral("the contact was already enrolled in this sequence (since %1)")
                          .arg(enrollment->enrolledAt.toString(Qt::ISODate))
                    : QStringLiteral("the contact is enrolled in another sequence (%1)")
                          .arg(enrollment->sequenceId);
                op->finish(Result<EnrollmentResult>::failure(verdict));
                return;
            }
            if (op->verdictToConfirm || op->posts > self->m_config.maxRetries) {
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
