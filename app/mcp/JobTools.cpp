#include "mcp/McpContext.h"
#include "mcp/ToolArgs.h"
#include "mcp/ToolCall.h"
#include "mcp/ToolRegistry.h"
#include "mcp/Tools.h"

#include "enroll/JobExport.h"
#include "jobs/JobRunner.h"
#include "store/StoreWorker.h"

#include <QJsonArray>

#include <algorithm>

namespace SeqDesk::Mcp {

namespace {

constexpr int kExamples = 3; // contacts named per reason

class JobText final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Mcp::JobTools)
};

using Store::EnrollmentItemRecord;
using Store::EnrollmentJobRecord;
using Store::ItemState;
using Store::JobState;

QJsonValue iso(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

struct JobRead
{
    std::optional<EnrollmentJobRecord> job;
    QList<EnrollmentItemRecord> items;
    QString sequenceName;
};

// What to do next with a job in `state`, for the assistant.
QString nextStep(const EnrollmentJobRecord &job, bool running)
{
    if (running)
        return JobText::tr("It is running: call get_job again to follow it.");
    switch (job.state) {
    case JobState::Draft:
        return JobText::tr("It is saved and not started: resume_job %1 starts it.").arg(job.id);
    case JobState::Running:
        return JobText::tr("It was left running by a SeqDesk process that ended (or another "
                           "process runs it): resume_job %1 goes on with it, each contact once.")
            .arg(job.id);
    case JobState::Paused:
        if (job.resumeAt.isValid())
            return JobText::tr("It waits until %1 UTC (the sender's send cap or HubSpot's "
                               "limits): resume_job %2 then goes on with it.")
                .arg(job.resumeAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                .arg(job.id);
        return JobText::tr("It is paused: resume_job %1 goes on with it.").arg(job.id);
    case JobState::Cancelled:
        return JobText::tr("It is cancelled: its contacts not sent stay unsent.");
    case JobState::Completed:
        return JobText::tr("It is done.");
    case JobState::Failed:
        return JobText::tr("It failed: %1").arg(job.message);
    }
    return QString();
}

QJsonObject jobJson(const JobRead &r, bool running, bool queued)
{
    const EnrollmentJobRecord &job = *r.job;
    const Store::JobCounts &c = job.counts;
    // Why contacts were skipped or failed, most common first, with a few contacts each.
    struct Reason
    {
        QString outcome;
        QString reason;
        int count = 0;
        QJsonArray examples;
    };
    QList<Reason> reasons;
    for (const EnrollmentItemRecord &item : r.items) {
        if (item.state != ItemState::Skipped && item.state != ItemState::Failed)
            continue;
        const QString outcome = Enroll::itemStateCode(item.state);
        const QString reason = Enroll::itemReason(item);
        auto it = std::find_if(reasons.begin(), reasons.end(), [&](const Reason &x) {
            return x.outcome == outcome && x.reason == reason;
        });
        if (it == reasons.end()) {
            reasons.append({outcome, reason, 0, {}});
            it = reasons.end() - 1;
        }
        ++it->count;
        if (it->examples.size() < kExamples)
            it->examples.append(item.email.isEmpty() ? item.contactId : item.email);
    }
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const Reason &a, const Reason &b) { return a.count > b.count; });
    QJsonArray reasonsJson;
    for (const Reason &x : std::as_const(reasons))
        reasonsJson.append(QJsonObject {{QStringLiteral("outcome"), x.outcome},
                                        {QStringLiteral("reason"), x.reason},
                                        {QStringLiteral("count"), x.count},
                                        {QStringLiteral("examples"), x.examples}});
    return {{QStringLiteral("jobId"), job.id},
            {QStringLiteral("state"), Enroll::jobStateCode(job.state)},
            {QStringLiteral("runningHere"), running},
            {QStringLiteral("queuedHere"), queued},
            {QStringLiteral("message"), job.message},
            {QStringLiteral("sequenceId"), job.sequenceId},
            {QStringLiteral("sequenceName"),
             r.sequenceName.isEmpty() ? QJsonValue() : QJsonValue(r.sequenceName)},
            {QStringLiteral("senderEmail"), job.senderEmail},
            {QStringLiteral("label"), job.label},
            {QStringLiteral("dailyCap"), job.dailyCap},
            {QStringLiteral("createdAt"), iso(job.createdAt)},
            {QStringLiteral("startedAt"), iso(job.startedAt)},
            {QStringLiteral("finishedAt"), iso(job.finishedAt)},
            {QStringLiteral("resumeAt"), iso(job.resumeAt)},
            {QStringLiteral("counts"), Enroll::jobCountsJson(c)},
            {QStringLiteral("reasons"), reasonsJson},
            {QStringLiteral("nextStep"), nextStep(job, running)}};
}

// One of the job tools: reads the job (of the token's portal), then `act` on it.
class JobAction final : public QObject
{
public:
    enum class Kind { Get, Pause, Resume, Cancel };

    JobAction(McpContext *context, ToolCall *call, Kind kind)
        : QObject(call)
        , m_context(context)
        , m_call(call)
        , m_kind(kind)
    { }

    void start()
    {
        ToolArgs args(m_call->arguments(), {QStringLiteral("jobId")});
        const QString id = args.id(QStringLiteral("jobId"), true);
        if (!args.ok())
            return m_call->fail(args.error());
        m_jobId = id.toLongLong();
        m_context->withPortal(this, [this](const QString &portalId, const QString &error) {
            if (portalId.isEmpty())
                return m_call->fail(error);
            m_portalId = portalId;
            read([this](const JobRead &r) { act(r); });
        });
    }

private:
    void read(std::function<void(const JobRead &)> then)
    {
        const qint64 jobId = m_jobId;
        m_context->store()->run(
            [jobId](Store::Stores &s) {
                JobRead r;
                r.job = s.enrollments.job(jobId);
                if (r.job) {
                    r.items = s.enrollments.items(jobId);
                    r.sequenceName = s.sequences.names(r.job->portalId).value(r.job->sequenceId);
                }
                return r;
            },
            this,
            [this, then](const JobRead &r) {
                if (!r.job)
                    return m_call->fail(JobText::tr("There is no job %1 in SeqDesk's journal: "
                                                    "start_enrollment returns the job ids.")
                                            .arg(m_jobId));
                if (r.job->portalId != m_portalId)
                    return m_call->fail(JobText::tr("Job %1 belongs to portal %2; this "
                                                    "server's token is for portal %3.")
                                            .arg(m_jobId)
                                            .arg(r.job->portalId, m_portalId));
                then(r);
            });
    }

    void act(const JobRead &r)
    {
        Jobs::JobRunner *jobs = m_context->jobs();
        const JobState state = r.job->state;
        switch (m_kind) {
        case Kind::Get:
            return answer(r, QString());
        case Kind::Pause:
            if (!isHere() && state != JobState::Paused && state != JobState::Draft)
                return refuse(r,
                              JobText::tr("Job %1 is not running here, so there is nothing "
                                          "to pause.")
                                  .arg(m_jobId));
            follow();
            return jobs->pause(m_jobId);
        case Kind::Cancel:
            if (!isHere() && state != JobState::Paused && state != JobState::Draft)
                return refuse(
                    r,
                    state == JobState::Running
                        ? JobText::tr("Job %1 is not running in this server: "
                                      "resume_job it here first, then cancel it.")
                              .arg(m_jobId)
                        : JobText::tr("Job %1 has ended: nothing to cancel.").arg(m_jobId));
            follow();
            return jobs->cancel(m_jobId);
        case Kind::Resume:
            if (state == JobState::Cancelled)
                return refuse(r,
                              JobText::tr("Job %1 is cancelled: it is never run again. "
                                          "Preview the contacts again for a new job.")
                                  .arg(m_jobId));
            if (isHere())
                return answer(r, JobText::tr("Job %1 is running already.").arg(m_jobId));
            follow();
            jobs->run(m_jobId);
            if (jobs->isQueued(m_jobId))
                return reread(JobText::tr("Job %1 waits for the job running in this server; it "
                                          "starts after it.")
                                  .arg(m_jobId));
            return;
        }
    }

    bool isHere() const
    {
        return m_context->jobs()->currentJob() == m_jobId || m_context->jobs()->isQueued(m_jobId);
    }

    // The answer once the runner says what became of the job.
    void follow()
    {
        Jobs::JobRunner *jobs = m_context->jobs();
        connect(jobs, &Jobs::JobRunner::jobStarted, this, [this](qint64 id) {
            if (id == m_jobId && m_kind == Kind::Resume)
                reread(JobText::tr("Job %1 goes on: call get_job to follow it.").arg(m_jobId));
        });
        connect(jobs, &Jobs::JobRunner::jobFinished, this, [this](const EnrollmentJobRecord &job) {
            if (job.id == m_jobId)
                reread(QString());
        });
        connect(jobs, &Jobs::JobRunner::problem, this, [this](qint64 id, const QString &message) {
            if (id == m_jobId && !m_answered) {
                m_answered = true;
                m_call->fail(message);
            }
        });
    }

    void reread(const QString &note)
    {
        if (m_answered)
            return;
        m_answered = true;
        read([this, note](const JobRead &r) { answer(r, note); });
    }

    void answer(const JobRead &r, const QString &note)
    {
        m_answered = true;
        const bool running = m_context->jobs()->currentJob() == m_jobId;
        const bool queued = m_context->jobs()->isQueued(m_jobId);
        const QJsonObject out = jobJson(r, running, queued);
        const Store::JobCounts &c = r.job->counts;
        QString text = JobText::tr("Job %1 is %2: %3 enrolled, %4 skipped, %5 failed, %6 "
                                   "deferred, %7 not sent yet.")
                           .arg(m_jobId)
                           .arg(Enroll::jobStateCode(r.job->state))
                           .arg(c.enrolled)
                           .arg(c.skipped)
                           .arg(c.failed)
                           .arg(c.deferred)
                           .arg(c.pending + c.inFlight);
        if (!note.isEmpty())
            text = note + QLatin1Char(' ') + text;
        m_call->succeed(text + QLatin1Char(' ') + out.value(QStringLiteral("nextStep")).toString(),
                        out);
    }

    void refuse(const JobRead &r, const QString &why)
    {
        m_answered = true;
        m_call->fail(why + QLatin1Char(' ') + nextStep(*r.job, false));
    }

    McpContext *m_context;
    ToolCall *m_call;
    Kind m_kind;
    qint64 m_jobId = 0;
    QString m_portalId;
    bool m_answered = false;
};

Tool jobTool(McpContext *context, const char *name, const QString &title,
             const QString &description, JobAction::Kind kind)
{
    Tool t;
    t.name = QLatin1String(name);
    t.title = title;
    t.description = description;
    t.inputSchema = objectSchema(
        {{QStringLiteral("jobId"),
          QJsonObject {{QStringLiteral("type"),
                        QJsonArray {QStringLiteral("integer"), QStringLiteral("string")}},
                       {QStringLiteral("description"),
                        JobText::tr("The job's id (start_enrollment returned it).")}}}},
        {QStringLiteral("jobId")});
    t.readOnly = kind == JobAction::Kind::Get;
    t.idempotent = true;
    t.run = [context, kind](ToolCall *call) {
        (new JobAction(context, call, kind))->start();
    };
    return t;
}

} // namespace

void addJobTools(ToolRegistry &tools, McpContext *context)
{
    tools.add(jobTool(context, "get_job", JobText::tr("Get a job"),
                      JobText::tr("An enrollment job from SeqDesk's journal: its state (draft, "
                                  "running, paused, cancelled, completed, failed), counts "
                                  "(enrolled, skipped, failed, deferred, not sent yet), when it "
                                  "resumes, the reasons of skips and failures, and what to do "
                                  "next."),
                      JobAction::Kind::Get));
    tools.add(jobTool(context, "pause_job", JobText::tr("Pause a job"),
                      JobText::tr("Pauses a job running in this server: requests in flight "
                                  "finish and are journaled, nothing more is sent until "
                                  "resume_job."),
                      JobAction::Kind::Pause));
    tools.add(jobTool(context, "resume_job", JobText::tr("Resume a job"),
                      JobText::tr("Goes on with a paused or interrupted job (also one a killed "
                                  "SeqDesk process left running, or one waiting for the send "
                                  "cap): contacts whose request was in flight are checked with "
                                  "HubSpot first, so each contact is enrolled once."),
                      JobAction::Kind::Resume));
    tools.add(jobTool(context, "cancel_job", JobText::tr("Cancel a job"),
                      JobText::tr("Cancels a job running or paused in this server: contacts not "
                                  "sent yet are never sent. Those enrolled stay enrolled."),
                      JobAction::Kind::Cancel));
}

} // namespace SeqDesk::Mcp
