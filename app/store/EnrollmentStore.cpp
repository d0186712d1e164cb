#include "store/EnrollmentStore.h"

#include "store/SqlSupport.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace SeqDesk::Store {

namespace {

void addCount(JobCounts *counts, ItemState state, int n)
{
    switch (state) {
    case ItemState::Pending:
        counts->pending += n;
        break;
    case ItemState::InFlight:
        counts->inFlight += n;
        break;
    case ItemState::Enrolled:
        counts->enrolled += n;
        break;
    case ItemState::Skipped:
        counts->skipped += n;
        break;
    case ItemState::Failed:
        counts->failed += n;
        break;
    case ItemState::Deferred:
        counts->deferred += n;
        break;
    }
}

} // namespace

EnrollmentStore::EnrollmentStore(QSqlDatabase db)
    : StoreBase(std::move(db))
{ }

std::optional<qint64> EnrollmentStore::createJob(const EnrollmentJobRecord &job,
                                                 const QList<EnrollmentItemRecord> &items)
{
    Sql::Transaction transaction(db());
    if (!transaction.begin(errorSlot()))
        return std::nullopt;
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("INSERT INTO enrollment_jobs (portal_id, sequence_id,"
                                 " sender_email, user_id, source, source_file_name,"
                                 " source_list_id, source_list_name, label,"
                                 " created_at, started_at, finished_at, state, daily_cap,"
                                 " rule_id, rule_run_id)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {job.portalId, job.sequenceId, job.senderEmail, job.userId,
                   Sql::sourceText(job.source), job.sourceFileName, job.sourceListId,
                   job.sourceListName, job.label, Sql::fromTime(job.createdAt),
                   Sql::fromTime(job.startedAt), Sql::fromTime(job.finishedAt),
                   Sql::jobStateText(job.state), job.dailyCap, job.ruleId, job.ruleRunId},
                  errorSlot()))
        return std::nullopt;
    const qint64 jobId = q.lastInsertId().toLongLong();
    QSqlQuery item(db());
    if (!Sql::prepare(item,
                      QStringLiteral("INSERT INTO enrollment_items (job_id, sender_email,"
                                     " contact_id, email, input_line, input_text, state,"
                                     " hubspot_code, hubspot_message, error_category,"
                                     " enrollment_id, attempted_at, finished_at, eligible_at,"
                                     " http_status, correlation_id)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      errorSlot()))
        return std::nullopt;
    for (const EnrollmentItemRecord &i : items) {
        for (const QVariant &v :
             {QVariant(jobId), QVariant(job.senderEmail), QVariant(i.contactId), QVariant(i.email),
              QVariant(i.inputLine), QVariant(i.inputText), QVariant(Sql::itemStateText(i.state)),
              QVariant(i.hubspotCode), QVariant(i.hubspotMessage), QVariant(i.errorCategory),
              QVariant(i.enrollmentId), Sql::fromTime(i.attemptedAt), Sql::fromTime(i.finishedAt),
              Sql::fromTime(i.eligibleAt), QVariant(i.httpStatus), QVariant(i.correlationId)})
            item.addBindValue(v);
        if (!Sql::exec(item, errorSlot()))
            return std::nullopt;
    }
    if (!transaction.commit(errorSlot()))
        return std::nullopt;
    ok();
    return jobId;
}

std::optional<EnrollmentJobRecord> EnrollmentStore::job(qint64 jobId)
{
    const QList<EnrollmentJobRecord> found = selectJobs(QStringLiteral("id = ?"), {jobId});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<EnrollmentJobRecord> EnrollmentStore::jobs(const QString &portalId, const QString &sequenceId,
                                                 int limit)
{
    if (sequenceId.isEmpty())
        return selectJobs(QStringLiteral("portal_id = ? ORDER BY created_at DESC, id DESC LIMIT ?"),
                          {portalId, limit});
    return selectJobs(QStringLiteral("portal_id = ? AND sequence_id = ?"
                                     " ORDER BY created_at DESC, id DESC LIMIT ?"),
                      {portalId, sequenceId, limit});
}

QList<EnrollmentJobRecord> EnrollmentStore::selectJobs(const QString &where,
                                                       const QVariantList &values)
{
    QList<EnrollmentJobRecord> result;
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT id, portal_id, sequence_id, sender_email, user_id,"
                                 " source, source_file_name, label, created_at, started_at,"
                                 " finished_at, state, message, resume_at, daily_cap,"
                                 " source_list_id, source_list_name, rule_id, rule_run_id"
                                 " FROM enrollment_jobs"
                                 " WHERE ")
                      + where,
                  values, errorSlot()))
        return result;
    while (q.next()) {
        EnrollmentJobRecord j;
        j.id = q.value(0).toLongLong();
        j.portalId = q.value(1).toString();
        j.sequenceId = q.value(2).toString();
        j.senderEmail = q.value(3).toString();
        j.userId = q.value(4).toString();
        j.source = Sql::sourceFromText(q.value(5).toString());
        j.sourceFileName = q.value(6).toString();
        j.label = q.value(7).toString();
        j.createdAt = Sql::toTime(q.value(8));
        j.startedAt = Sql::toTime(q.value(9));
        j.finishedAt = Sql::toTime(q.value(10));
        j.state = Sql::jobStateFromText(q.value(11).toString());
        j.message = q.value(12).toString();
        j.resumeAt = Sql::toTime(q.value(13));
        j.dailyCap = q.value(14).toInt();
        j.sourceListId = q.value(15).toString();
        j.sourceListName = q.value(16).toString();
        j.ruleId = q.value(17).toLongLong();
        j.ruleRunId = q.value(18).toLongLong();
        result.append(j);
    }
    for (EnrollmentJobRecord &j : result) {
        const std::optional<JobCounts> c = counts(j.id);
        if (!c)
            return {};
        j.counts = *c;
    }
    ok();
    return result;
}

bool EnrollmentStore::setJobState(qint64 jobId, JobState state, const QDateTime &at,
                                  const QString &message, const QDateTime &resumeAt)
{
    const bool starts = state == JobState::Running;
    const bool ends
        = state == JobState::Cancelled || state == JobState::Completed || state == JobState::Failed;
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE enrollment_jobs SET state = ?,"
                                 " started_at = CASE WHEN ? THEN COALESCE(started_at, ?)"
                                 "  ELSE started_at END,"
                                 " finished_at = CASE WHEN ? THEN ? ELSE finished_at END,"
                                 " message = ?, resume_at = ? WHERE id = ?"),
                  {Sql::jobStateText(state), starts ? 1 : 0, Sql::fromTime(at), ends ? 1 : 0,
                   Sql::fromTime(at), message,
                   Sql::fromTime(state == JobState::Paused ? resumeAt : QDateTime()), jobId},
                  errorSlot()))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("No enrollment job %1 in the local store").arg(jobId));
    return ok();
}

QList<EnrollmentJobRecord> EnrollmentStore::recentJobs(int limit)
{
    return selectJobs(QStringLiteral("1 = 1 ORDER BY created_at DESC, id DESC LIMIT ?"), {limit});
}

QList<EnrollmentJobRecord> EnrollmentStore::ruleRunJobs(qint64 ruleId, qint64 ruleRunId)
{
    return selectJobs(QStringLiteral("rule_id = ? AND rule_run_id = ? ORDER BY id"),
                      {ruleId, ruleRunId});
}

std::optional<QDateTime> EnrollmentStore::lastActivity(qint64 jobId)
{
    // SQLite's multi-argument MAX() is NULL when any argument is: unset times count as 0.
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT MAX(j.created_at, COALESCE(j.started_at, 0),"
                                 " COALESCE(j.finished_at, 0),"
                                 " COALESCE((SELECT MAX(MAX(COALESCE(i.attempted_at, 0),"
                                 "  COALESCE(i.finished_at, 0))) FROM enrollment_items i"
                                 "  WHERE i.job_id = j.id), 0))"
                                 " FROM enrollment_jobs j WHERE j.id = ?"),
                  {jobId}, errorSlot()))
        return std::nullopt;
    if (!q.next()) {
        fail(QStringLiteral("No enrollment job %1 in the local store").arg(jobId));
        return std::nullopt;
    }
    const QDateTime latest = Sql::toTime(q.value(0));
    ok();
    return latest;
}

QList<qint64> EnrollmentStore::dueJobs(const QDateTime &now)
{
    QList<qint64> ids;
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT id FROM enrollment_jobs WHERE state = 'paused'"
                                 " AND resume_at IS NOT NULL AND resume_at <= ?"
                                 " ORDER BY resume_at, id"),
                  {Sql::fromTime(now)}, errorSlot()))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    ok();
    return ids;
}

QList<qint64> EnrollmentStore::jobsInState(JobState state)
{
    QList<qint64> ids;
    QSqlQuery q(db());
    if (!Sql::run(q, QStringLiteral("SELECT id FROM enrollment_jobs WHERE state = ? ORDER BY id"),
                  {Sql::jobStateText(state)}, errorSlot()))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    ok();
    return ids;
}

bool EnrollmentStore::updateItems(const QList<EnrollmentItemRecord> &items)
{
    Sql::Transaction transaction(db());
    if (!transaction.begin(errorSlot()))
        return false;
    for (const EnrollmentItemRecord &item : items) {
        if (!updateItem(item))
            return false; // the transaction rolls back
    }
    if (!transaction.commit(errorSlot()))
        return false;
    return ok();
}

bool EnrollmentStore::updateItem(const EnrollmentItemRecord &item)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("UPDATE enrollment_items SET state = ?, hubspot_code = ?,"
                                 " hubspot_message = ?, error_category = ?,"
                                 " enrollment_id = ?, attempted_at = ?, finished_at = ?,"
                                 " eligible_at = ?, http_status = ?, correlation_id = ?"
                                 " WHERE id = ?"),
                  {Sql::itemStateText(item.state), item.hubspotCode, item.hubspotMessage,
                   item.errorCategory, item.enrollmentId, Sql::fromTime(item.attemptedAt),
                   Sql::fromTime(item.finishedAt), Sql::fromTime(item.eligibleAt), item.httpStatus,
                   item.correlationId, item.id},
                  errorSlot()))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("No enrollment item %1 in the local store").arg(item.id));
    return ok();
}

bool EnrollmentStore::retryFailed(qint64 jobId)
{
    Sql::Transaction transaction(db());
    if (!transaction.begin(errorSlot()))
        return false;
    QSqlQuery q(db());
    if (!Sql::run(q, QStringLiteral("SELECT state FROM enrollment_jobs WHERE id = ?"), {jobId},
                  errorSlot()))
        return false;
    if (!q.next())
        return fail(QStringLiteral("No enrollment job %1 in the local store").arg(jobId));
    // A cancelled job never runs again: its failures stay as they are.
    if (q.value(0).toString() == QLatin1String("cancelled"))
        return fail(QStringLiteral("Job %1 was cancelled; it is not run again").arg(jobId));
    if (!Sql::run(
            q,
            QStringLiteral(
                "UPDATE enrollment_items SET state = 'pending',"
                " hubspot_code = '', hubspot_message = '', error_category = '',"
                " http_status = 0, correlation_id = '', attempted_at = NULL, finished_at = NULL"
                " WHERE job_id = ? AND state = 'failed'"),
            {jobId}, errorSlot()))
        return false;
    if (!transaction.commit(errorSlot()))
        return false;
    return ok();
}

std::optional<bool> EnrollmentStore::isEnrollmentIdJournaled(const QString &enrollmentId,
                                                             qint64 exceptItemId)
{
    if (enrollmentId.isEmpty()) {
        ok();
        return false;
    }
    QSqlQuery q(db());
    if (!Sql::run(
            q,
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM enrollment_items i"
                           " JOIN enrollment_jobs j ON j.id = i.job_id"
                           " WHERE i.enrollment_id = ? AND i.id <> ? AND i.state = 'enrolled'"
                           " AND j.portal_id = (SELECT oj.portal_id FROM enrollment_items oi"
                           "  JOIN enrollment_jobs oj ON oj.id = oi.job_id WHERE oi.id = ?))"),
            {enrollmentId, exceptItemId, exceptItemId}, errorSlot())
        || !q.next())
        return std::nullopt;
    ok();
    return q.value(0).toBool();
}

QList<EnrollmentItemRecord> EnrollmentStore::items(qint64 jobId, std::optional<ItemState> state)
{
    QList<EnrollmentItemRecord> result;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT id, contact_id, email, input_line, input_text,"
                                       " state, hubspot_code, hubspot_message, error_category,"
                                       " enrollment_id, attempted_at, finished_at, eligible_at,"
                                       " http_status, correlation_id"
                                       " FROM enrollment_items WHERE job_id = ?")
        + (state ? QStringLiteral(" AND state = ?") : QString()) + QStringLiteral(" ORDER BY id");
    QVariantList binds {jobId};
    if (state)
        binds.append(Sql::itemStateText(*state));
    if (!Sql::run(q, sql, binds, errorSlot()))
        return result;
    while (q.next()) {
        EnrollmentItemRecord i;
        i.id = q.value(0).toLongLong();
        i.jobId = jobId;
        i.contactId = q.value(1).toString();
        i.email = q.value(2).toString();
        i.inputLine = q.value(3).toInt();
        i.inputText = q.value(4).toString();
        i.state = Sql::itemStateFromText(q.value(5).toString());
        i.hubspotCode = q.value(6).toString();
        i.hubspotMessage = q.value(7).toString();
        i.errorCategory = q.value(8).toString();
        i.enrollmentId = q.value(9).toString();
        i.attemptedAt = Sql::toTime(q.value(10));
        i.finishedAt = Sql::toTime(q.value(11));
        i.eligibleAt = Sql::toTime(q.value(12));
        i.httpStatus = q.value(13).toInt();
        i.correlationId = q.value(14).toString();
        result.append(i);
    }
    ok();
    return result;
}

std::optional<JobCounts> EnrollmentStore::counts(qint64 jobId)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT state, COUNT(*) FROM enrollment_items"
                                 " WHERE job_id = ? GROUP BY state"),
                  {jobId}, errorSlot()))
        return std::nullopt;
    JobCounts counts;
    while (q.next())
        addCount(&counts, Sql::itemStateFromText(q.value(0).toString()), q.value(1).toInt());
    ok();
    return counts;
}

std::optional<int> EnrollmentStore::enrolledBySenderSince(const QString &senderEmail,
                                                          const QDateTime &since)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT COUNT(*) FROM enrollment_items WHERE sender_email = ?"
                                 " AND state = 'enrolled' AND finished_at >= ?"),
                  {senderEmail, Sql::fromTime(since)}, errorSlot())
        || !q.next())
        return std::nullopt;
    ok();
    return q.value(0).toInt();
}

std::optional<int> EnrollmentStore::queuedBySender(const QString &senderEmail)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT COUNT(*) FROM enrollment_items i"
                                 " JOIN enrollment_jobs j ON j.id = i.job_id"
                                 " WHERE i.sender_email = ? AND i.state IN ('pending', 'in_flight')"
                                 " AND j.state <> 'cancelled'"),
                  {senderEmail}, errorSlot())
        || !q.next())
        return std::nullopt;
    ok();
    return q.value(0).toInt();
}

std::optional<QList<QDateTime>>
EnrollmentStore::enrollTimesBySenderSince(const QString &senderEmail, const QDateTime &since)
{
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT finished_at FROM enrollment_items WHERE sender_email = ?"
                                 " AND state = 'enrolled' AND finished_at >= ?"
                                 " ORDER BY finished_at"),
                  {senderEmail, Sql::fromTime(since)}, errorSlot()))
        return std::nullopt;
    QList<QDateTime> times;
    while (q.next())
        times.append(Sql::toTime(q.value(0)));
    ok();
    return times;
}

} // namespace SeqDesk::Store
