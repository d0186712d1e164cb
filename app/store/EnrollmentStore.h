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
    bool setJobState(qint64 jobId, JobState state, const QDateTime &at);

    // Writes the outcome fields of `item` (state, HubSpot code/message/category,
    // enrollment id, attempted/finished/eligible at) to the item with item.id.
    bool updateItem(const EnrollmentItemRecord &item);
    QList<EnrollmentItemRecord> items(qint64 jobId, std::optional<ItemState> state = std::nullopt);
    std::optional<JobCounts> counts(qint64 jobId);
    // Items enrolled as `senderEmail` that finished at or after `since` (HubSpot's send cap is
    // per sender inbox over a rolling 24 hours), across every job.
    std::optional<int> enrolledBySenderSince(const QString &senderEmail, const QDateTime &since);

private:
    QList<EnrollmentJobRecord> selectJobs(const QString &where, const QVariantList &values);
};

} // namespace SeqDesk::Store
