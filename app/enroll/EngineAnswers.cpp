// EnrollmentEngine: HubSpot's answer to one enroll request, journaled for its item.
//
//   enrolled                  -> enrolled (a recovered enrollment that the journal already
//                                has for another item: skipped, ALREADY_ENROLLED)
//   contact verdict           -> skipped with HubSpot's code
//   sender cap reached        -> the queue is deferred and the job waits
//   HubSpot's daily API limit -> pending; the job waits until the limit resets
//   no answer, not applied    -> pending; the job waits EngineSettings::retryLaterMs
//   (5xx, network, 429 after the client's retries)
//   no answer, maybe applied  -> stays in flight (checked first by the next run); the job
//   (ApiError::outcomeUnknown)   waits as above
//   run-fatal                 -> pending; the job fails with what to do
//   cancelled                 -> pending (or in flight when maybe applied); the job pauses
//   anything else             -> failed (EnrollmentStore::retryFailed puts it back)
#include "enroll/EnrollmentEngine.h"

#include "core/Clock.h"
#include "enroll/EngineRun.h"
#include "enroll/ResumeTimes.h"
#include "hubspot/HubSpotClient.h"

#include <QLocale>

namespace SeqDesk::Enroll {

using namespace SeqDesk::Store;
using HubSpot::ApiError;
using HubSpot::ErrorKind;

namespace {

QString localTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

// What went wrong, in a few words: the HTTP status, else the network error.
QString reasonOf(const ApiError &e)
{
    return e.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(e.httpStatus) : e.message;
}

} // namespace

void EnrollmentEngine::onAnswer(EnrollmentItemRecord item,
                                const HubSpot::Result<HubSpot::EnrollmentResult> &result)
{
    if (!result.ok() || !result.value().recovered)
        return applyAnswer(item, result);
    // The client found the contact enrolled after a lost or doubtful answer. Not this item's
    // enrollment when the journal has it for another item (the same contact in another job
    // within the clock-skew window): HubSpot had it enrolled already.
    const QString id = result.value().id;
    checkEnrollmentId(item, id, WriteRole::Answer, [this, item, result, id](bool taken) mutable {
        if (!taken)
            return applyAnswer(item, result);
        --m_run->capHeld; // not a send of this job's
        item.state = ItemState::Skipped;
        item.hubspotCode = QStringLiteral("ALREADY_ENROLLED");
        item.hubspotMessage
            = tr("Already enrolled in this sequence by another SeqDesk job (enrollment %1)")
                  .arg(id);
        item.finishedAt = m_clock->nowUtc();
        journalAnswer(item);
    });
}

void EnrollmentEngine::applyAnswer(EnrollmentItemRecord item,
                                   const HubSpot::Result<HubSpot::EnrollmentResult> &result)
{
    const QDateTime now = m_clock->nowUtc();
    --m_run->capHeld; // in `sends` below when enrolled, else free again
    if (!result.ok() && result.error().outcomeUnknown) {
        // HubSpot may have applied it and the check failed too: left in flight (as journaled),
        // the job pauses and the next run checks the contact before anything is sent again.
        --m_run->inFlight;
        const ApiError &e = result.error();
        if (e.kind == ErrorKind::Cancelled
            || !waitOut(e,
                        tr("HubSpot did not answer for contact %1; SeqDesk checks whether it "
                           "was enrolled before sending anything again")
                            .arg(item.contactId)))
            stop(JobState::Paused,
                 tr("The answer for contact %1 was lost (%2). Resume the job: SeqDesk checks "
                    "that contact first.")
                     .arg(item.contactId, e.describe()));
        return;
    }
    if (result.ok()) {
        item.state = ItemState::Enrolled;
        item.enrollmentId = result.value().id;
        item.hubspotCode
            = result.value().recovered ? QStringLiteral("RECOVERED") : QStringLiteral("ENROLLED");
        item.hubspotMessage.clear();
        item.httpStatus = 0;
        item.correlationId.clear();
        item.finishedAt = now;
        m_run->sends.append(now);
        return journalAnswer(item);
    }
    const ApiError &e = result.error();
    if (waitOut(e, tr("HubSpot did not answer"))) {
        // Not applied (HubSpot refused it or never got it): pending, for when the job resumes.
        item.state = ItemState::Pending;
        item.attemptedAt = QDateTime();
        return journalAnswer(item);
    }
    item.hubspotCode = e.verdictCode().isEmpty() ? e.code : e.verdictCode();
    item.hubspotMessage = e.message;
    item.errorCategory = e.category;
    item.httpStatus = e.httpStatus;
    item.correlationId = e.correlationId;
    switch (e.kind) {
    case ErrorKind::ContactVerdict:
        item.state = ItemState::Skipped;
        item.finishedAt = now;
        break;
    case ErrorKind::SenderCapReached:
        // Not enrolled: back in front of the queue, then the queue waits.
        --m_run->inFlight;
        setCount(ItemState::InFlight, ItemState::Pending);
        item.state = ItemState::Pending;
        m_run->queue.prepend(item);
        deferQueue(now.addMSecs(m_settings.capRetryMs));
        finishIfIdle();
        return;
    case ErrorKind::Fatal:
        // Not enrolled; stays pending for when the cause is fixed.
        item.state = ItemState::Pending;
        item.attemptedAt = QDateTime();
        if (!m_fatal)
            m_fatal = e;
        stop(JobState::Failed, e.describe());
        break;
    case ErrorKind::Cancelled: // never sent: pending again, and the run pauses
        item.state = ItemState::Pending;
        item.attemptedAt = QDateTime();
        item.hubspotCode.clear();
        item.hubspotMessage.clear();
        item.httpStatus = 0;
        item.correlationId.clear();
        stop(JobState::Paused, tr("The requests were cancelled."));
        break;
    default:
        item.state = ItemState::Failed;
        item.hubspotMessage = e.describe();
        item.finishedAt = now;
        break;
    }
    journalAnswer(item);
}

void EnrollmentEngine::journalAnswer(const EnrollmentItemRecord &item)
{
    setCount(ItemState::InFlight, item.state);
    write(
        {item},
        [this, item] {
            --m_run->inFlight;
            emit itemUpdated(item);
            pump();
        },
        WriteRole::Answer);
}

bool EnrollmentEngine::waitOut(const ApiError &error, const QString &what)
{
    const QDateTime now = m_clock->nowUtc();
    if (isDailyLimit(error)) {
        const QDateTime at = dailyLimitResetAt(now, m_run->timeZone, m_settings.clockSkewMs);
        const bool zoneKnown = portalTimeZone(m_run->timeZone).has_value();
        stop(JobState::Paused,
             zoneKnown ? tr("HubSpot's daily API limit for this portal is reached. It resets at "
                            "midnight in the portal's time zone (%1): the job waits until %2.")
                             .arg(m_run->timeZone, localTime(at))
                       : tr("HubSpot's daily API limit for this portal is reached. It resets at "
                            "midnight in the portal's time zone, which SeqDesk does not know: "
                            "the job waits 24 hours, until %1.")
                             .arg(localTime(at)),
             at);
        return true;
    }
    if (error.kind != ErrorKind::Retryable
        && !(error.outcomeUnknown && error.kind != ErrorKind::Cancelled))
        return false;
    const QDateTime at = retryAfterSilenceAt(now, error, m_settings.retryLaterMs);
    stop(JobState::Paused,
         tr("%1 (%2). The job waits until %3.").arg(what, reasonOf(error), localTime(at)), at);
    return true;
}

} // namespace SeqDesk::Enroll
