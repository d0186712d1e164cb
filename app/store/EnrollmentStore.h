#pragma once

#include "store/Records.h"
#include "store/StoreBase.h"

namespace SeqDesk::Store {

// enrollment_jobs and enrollment_items: what SeqDesk enrolled, for whom, and what HubSpot
// answered. A job's counts are derived from its items on every read.
class EnrollmentStore final : public StoreBase
{
    Q_DISABLE_COPY_MOVE(EnrollmentStore)

public:
    explicit EnrollmentStore(QSqlDatabase db);

    // The job and all its items in one transaction; the job's id, or nullopt (nothing
    // written). Ids and job ids of `job` and `items` are ignored.
    std::optional<qint64> createJob(const EnrollmentJobRecord &job,
                                    const QList<EnrollmentItemRecord> &items);
    std::optional<EnrollmentJobRecord> job(qint64 jobId); // nullopt: missing or error
    // Newest first; `sequenceId` empty = every sequence of the portal.
    QList<EnrollmentJobRecord> jobs(const QString &portalId, const QString &sequenceId, int limit);
    // Sets the state; the first move to running sets started_at, a move to cancelled,
    // completed or failed sets finished_at (both to `at`).
    // `message` says why (kept until the next change); `resumeAt` (with Paused) marks a job
    // waiting (send cap, HubSpot's limits or silence), which dueJobs() then returns.
    bool setJobState(qint64 jobId, JobState state, const QDateTime &at,
                     const QString &message = QString(), const QDateTime &resumeAt = QDateTime());
    // Every portal's jobs, newest first.
    QList<EnrollmentJobRecord> recentJobs(int limit);
    // The jobs one run of a rule made, the first first.
    QList<EnrollmentJobRecord> ruleRunJobs(qint64 ruleId, qint64 ruleRunId);
    // When the job last changed (a job keeps no update time of its own): the latest of its
    // creation, start and end and of its contacts' attempts and answers. nullopt when the
    // job is missing or on error.
    std::optional<QDateTime> lastActivity(qint64 jobId);
    // Paused jobs whose resume time has come, oldest first.
    QList<qint64> dueJobs(const QDateTime &now);
    // Jobs a killed process left running, oldest first.
    QList<qint64> jobsInState(JobState state);

    // Writes the outcome fields of `item` (state, HubSpot code/message/category,
    // enrollment id, attempted/finished/eligible at) to the item with item.id.
    bool updateItem(const EnrollmentItemRecord &item);
    // Several at once, in one transaction (all or none).
    bool updateItems(const QList<EnrollmentItemRecord> &items);
    QList<EnrollmentItemRecord> items(qint64 jobId, std::optional<ItemState> state = std::nullopt);
    // "Retry failed": the job's failed items become pending again, without HubSpot's
    // code/message/category or their attempted/finished times; one transaction. Then start
    // the job again (the engine runs a completed or failed job's pending items). False when
    // the job is missing or cancelled (never run again), or the store failed (nothing changed).
    bool retryFailed(qint64 jobId);
    // Whether another item (not `exceptItemId`) of the same portal is enrolled with HubSpot's
    // `enrollmentId`: a recovered enrollment that is someone else's (the same contact in
    // another job). False for an empty id; nullopt on error.
    std::optional<bool> isEnrollmentIdJournaled(const QString &enrollmentId, qint64 exceptItemId);
    std::optional<JobCounts> counts(qint64 jobId);
    // Items enrolled as `senderEmail` that finished at or after `since` (HubSpot's send cap is
    // per sender inbox over a rolling 24 hours), across every job.
    std::optional<int> enrolledBySenderSince(const QString &senderEmail, const QDateTime &since);
    // Items of `senderEmail` still to send now (pending or in flight) in jobs not cancelled:
    // room under the cap they will take.
    std::optional<int> queuedBySender(const QString &senderEmail);
    // When those enrollments finished, oldest first (when the cap frees up again).
    std::optional<QList<QDateTime>> enrollTimesBySenderSince(const QString &senderEmail,
                                                             const QDateTime &since);

private:
    QList<EnrollmentJobRecord> selectJobs(const QString &where, const QVariantList &values);
};

} // namespace SeqDesk::Store
