// EnrollmentEngine: contacts an earlier run left in flight (a crash, a lost answer). Each is
// checked before anything is sent again: first the contact's current enrollment, then (it
// may have ended since) the contact's latest-sequence properties. Found and ours (this
// sequence, this user, dated no earlier than the attempt minus the clock skew): enrolled,
// unless the journal already has that enrollment for another item (the same contact in
// another job within the skew window), which leaves it unsent by this item. Not found:
// pending again, and sent. The check failing: the job waits (HubSpot's limits, or silence)
// or fails, and the contact stays in flight for the next run.
#include "enroll/EnrollmentEngine.h"

#include "core/Clock.h"
#include "enroll/EngineRun.h"
#include "hubspot/HubSpotClient.h"
#include "store/StoreWorker.h"

namespace SeqDesk::Enroll {

using namespace SeqDesk::Store;
using HubSpot::ApiError;
using HubSpot::ErrorKind;

void EnrollmentEngine::verifyInFlight()
{
    const QList<EnrollmentItemRecord> items = std::exchange(m_run->toVerify, {});
    for (const EnrollmentItemRecord &item : items) {
        ++m_run->verifying;
        m_client->contactEnrollment(
            item.contactId, m_context,
            [this, item](HubSpot::Result<std::optional<HubSpot::ContactEnrollment>> r) {
                if (!r.ok())
                    return verifyFailed(item, r.error());
                const auto &e = r.value();
                const bool ours = e && e->sequenceId == m_run->job.sequenceId
                    && e->enrolledBy == m_run->job.userId && isAfterAttempt(item, e->enrolledAt);
                if (ours)
                    return verified(item, e->id, e->enrolledAt);
                checkLatestSequence(item);
            });
    }
    pump();
}

bool EnrollmentEngine::isAfterAttempt(const EnrollmentItemRecord &item, const QDateTime &at) const
{
    if (!item.attemptedAt.isValid())
        return true; // no attempt time recorded: any enrollment by us into it counts
    return at.isValid() && at >= item.attemptedAt.addMSecs(-m_settings.clockSkewMs);
}

void EnrollmentEngine::checkLatestSequence(const EnrollmentItemRecord &item)
{
    static const QString latest = QStringLiteral("hs_latest_sequence_enrolled");
    static const QString latestDate = QStringLiteral("hs_latest_sequence_enrolled_date");
    m_client->batchReadContacts(
        {item.contactId}, HubSpot::IdProperty::Id, {latest, latestDate}, m_context,
        [this, item](HubSpot::Result<HubSpot::BatchReadResult> r) {
            if (!r.ok())
                return verifyFailed(item, r.error());
            for (const HubSpot::Contact &c : r.value().found) {
                const QDateTime at
                    = QDateTime::fromString(c.properties.value(latestDate), Qt::ISODateWithMs);
                if (c.properties.value(latest) == m_run->job.sequenceId && isAfterAttempt(item, at))
                    return verified(item, QString(), at); // enrolled, and ended since
            }
            requeue(item); // not applied: sent again
        });
}

void EnrollmentEngine::requeue(const EnrollmentItemRecord &item)
{
    // Journaled as pending first, so the journal never says "in flight" for a request
    // that is not.
    const EnrollmentItemRecord pending = unsent(item);
    write(
        {pending},
        [this, pending] {
            --m_run->verifying;
            m_run->queue.append(pending);
            pump();
        },
        WriteRole::Verification);
}

void EnrollmentEngine::verified(EnrollmentItemRecord item, const QString &enrollmentId,
                                const QDateTime &at)
{
    checkEnrollmentId(
        item, enrollmentId, WriteRole::Verification,
        [this, item, enrollmentId, at](bool taken) mutable {
            if (taken) // another item's enrollment: this item's request was not applied
                return requeue(item);
            item.state = ItemState::Enrolled;
            item.enrollmentId = enrollmentId;
            item.hubspotCode = QStringLiteral("RECOVERED");
            item.hubspotMessage = tr("Enrolled before the interruption (checked)");
            item.finishedAt = at.isValid() ? at : m_clock->nowUtc();
            m_run->sends.append(item.finishedAt);
            setCount(ItemState::InFlight, ItemState::Enrolled);
            write(
                {item},
                [this, item] {
                    --m_run->verifying;
                    emit itemUpdated(item);
                    pump();
                },
                WriteRole::Verification);
        });
}

void EnrollmentEngine::checkEnrollmentId(const EnrollmentItemRecord &item,
                                         const QString &enrollmentId, WriteRole role,
                                         std::function<void(bool taken)> then)
{
    if (enrollmentId.isEmpty()) // nothing to compare (found through the contact's properties)
        return then(false);
    const qint64 itemId = item.id;
    m_store->run(
        [enrollmentId, itemId](Stores &s) -> std::pair<std::optional<bool>, QString> {
            const std::optional<bool> taken
                = s.enrollments.isEnrollmentIdJournaled(enrollmentId, itemId);
            return {taken, s.enrollments.lastError()};
        },
        m_context,
        [this, role, then = std::move(then)](std::pair<std::optional<bool>, QString> r) {
            if (r.first)
                return then(*r.first);
            if (role == WriteRole::Answer) {
                --m_run->inFlight;
                --m_run->capHeld; // the answer is never applied
            } else if (role == WriteRole::Verification) {
                --m_run->verifying;
            }
            stop(JobState::Failed, tr("The local journal could not be read: %1").arg(r.second));
        });
}

void EnrollmentEngine::verifyFailed(const EnrollmentItemRecord &item, const ApiError &error)
{
    --m_run->verifying;
    // Left in flight: nothing is sent for it until a later run can check it.
    if (waitOut(error,
                tr("Could not check whether contact %1 was enrolled before the interruption")
                    .arg(item.contactId)))
        return;
    stop(error.kind == ErrorKind::Fatal ? JobState::Failed : JobState::Paused,
         tr("Could not check whether contact %1 was enrolled before the interruption: %2")
             .arg(item.contactId, error.describe()));
    if (error.kind == ErrorKind::Fatal && !m_fatal)
        m_fatal = error;
}

EnrollmentItemRecord EnrollmentEngine::unsent(EnrollmentItemRecord item)
{
    item.state = ItemState::Pending;
    item.attemptedAt = QDateTime();
    setCount(ItemState::InFlight, ItemState::Pending);
    return item;
}

} // namespace SeqDesk::Enroll
