#include "enroll/JobSpec.h"

namespace SeqDesk::Enroll {

using namespace SeqDesk::Store;

EnrollmentJobRecord jobRecord(const JobSpec &spec, int defaultCap, const QDateTime &createdAt)
{
    EnrollmentJobRecord job;
    job.portalId = spec.portalId;
    job.sequenceId = spec.sequenceId;
    job.senderEmail = SendCap::senderKey(spec.senderEmail);
    job.userId = spec.userId;
    job.source = spec.source;
    job.sourceFileName = spec.sourceFileName;
    job.sourceListId = spec.sourceListId;
    job.sourceListName = spec.sourceListName;
    job.label = spec.label;
    job.ruleId = spec.ruleId;
    job.ruleRunId = spec.ruleRunId;
    job.dailyCap = spec.dailyCap.value_or(defaultCap);
    job.createdAt = createdAt;
    job.state = JobState::Draft;
    return job;
}

} // namespace SeqDesk::Enroll
