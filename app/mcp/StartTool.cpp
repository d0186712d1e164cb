#include "mcp/McpContext.h"
#include "mcp/ToolArgs.h"
#include "mcp/ToolCall.h"
#include "mcp/ToolRegistry.h"
#include "mcp/Tools.h"

#include "cli/EnrollChecks.h"
#include "enroll/EnrollmentUseCase.h"
#include "jobs/JobRunner.h"

#include <QPointer>

namespace SeqDesk::Mcp {

namespace {

class StartText final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Mcp::StartTool)
};

// start_enrollment: the job of exactly a preview's contacts, saved and run as the wizard's
// (EnrollmentUseCase::jobSpec, JobRunner::createAndRun: journal, job lock, send-cap
// deferral). Refused, with nobody enrolled, without confirm: true, without a preview of the
// token's portal, with one older than 15 minutes, one started already, or when the sequence
// changed or cannot be enrolled into any more.
class StartRun final : public QObject
{
public:
    StartRun(McpContext *context, ToolCall *call)
        : QObject(call)
        , m_context(context)
        , m_call(call)
    { }

    void start()
    {
        ToolArgs args(
            m_call->arguments(),
            {QStringLiteral("previewId"), QStringLiteral("confirm"), QStringLiteral("label")});
        const QString previewId = args.text(QStringLiteral("previewId"), true, 64);
        const std::optional<bool> confirm = args.boolean(QStringLiteral("confirm"));
        m_label = args.text(QStringLiteral("label"), false);
        if (!args.ok())
            return m_call->fail(args.error() + QLatin1Char(' ') + nobody());
        if (confirm != true)
            return m_call->fail(
                StartText::tr("Not started: start_enrollment needs confirm: true, given only "
                              "after the user saw the preview and agreed to enroll these "
                              "contacts. %1")
                    .arg(nobody()));
        const std::optional<Preview> preview = m_context->previews().load(previewId);
        if (!preview)
            return m_call->fail(StartText::tr("There is no preview \"%1\": call "
                                              "preview_enrollment first and start the "
                                              "previewId it returns. %2")
                                    .arg(previewId, nobody()));
        m_preview = *preview;
        const qint64 started = m_context->previews().startedJob(previewId);
        if (started > 0)
            return m_call->fail(StartText::tr("Preview %1 was started already as job %2: "
                                              "get_job %2 shows it. A preview starts one job; "
                                              "nobody was enrolled again.")
                                    .arg(previewId)
                                    .arg(started));
        const qint64 ageMs = m_preview.createdAt.msecsTo(QDateTime::currentDateTimeUtc());
        if (ageMs < -PreviewStore::kFreshMs) // this computer's clock was set back
            return m_call->fail(
                StartText::tr("Preview %1 is dated later than this computer's clock (was the "
                              "clock set back?), so its age is unknown. Call "
                              "preview_enrollment again, show the user the new result, and "
                              "start that one. %2")
                    .arg(previewId, nobody()));
        if (ageMs > PreviewStore::kFreshMs)
            return m_call->fail(
                StartText::tr("Preview %1 is stale: it was made %n minutes ago, and a preview "
                              "can be started for 15 minutes. Call preview_enrollment again, "
                              "show the user the new result, and start that one. %2",
                              nullptr, int(ageMs / 60000))
                    .arg(previewId, nobody()));
        m_context->withPortal(this, [this](const QString &portalId, const QString &error) {
            if (portalId.isEmpty())
                return m_call->fail(error + QLatin1Char(' ') + nobody());
            if (portalId != m_preview.target.portalId)
                return m_call->fail(
                    StartText::tr("Preview %1 is of portal %2; this server's "
                                  "token is for portal %3. %4")
                        .arg(m_preview.id, m_preview.target.portalId, portalId, nobody()));
            checkSequence();
        });
    }

private:
    static QString nobody() { return StartText::tr("Nobody was enrolled."); }

    void checkSequence()
    {
        // The sequence as it is now: still usable, and as it was previewed.
        Cli::checkSequence(
            m_context->client(), m_context->store(), m_preview.target.portalId,
            m_preview.target.sequenceId, m_preview.target.userId, this,
            [this](const Cli::SequenceCheck &c) {
                switch (c.outcome) {
                case Cli::SequenceCheck::Outcome::Usable:
                    break;
                case Cli::SequenceCheck::Outcome::Unusable:
                    return m_call->fail(c.problem + QLatin1Char(' ') + nobody());
                case Cli::SequenceCheck::Outcome::NotFound:
                    return m_call->fail(StartText::tr("Sequence %1 is gone, or %2 cannot use it "
                                                      "any more. %3")
                                            .arg(m_preview.target.sequenceId,
                                                 m_preview.target.senderEmail, nobody()));
                case Cli::SequenceCheck::Outcome::Failed:
                    return m_call->fail(McpContext::describe(*c.apiError) + QLatin1Char(' ')
                                        + nobody());
                }
                if (c.updatedAt != m_preview.sequenceUpdatedAt)
                    return m_call->fail(
                        StartText::tr("Preview %1 is stale: the sequence \"%2\" changed in "
                                      "HubSpot since the preview. Call preview_enrollment "
                                      "again and show the user the new result. %3")
                            .arg(m_preview.id, c.sequence.name, nobody()));
                createJob();
            });
    }

    void createJob()
    {
        // A preview starts one job, whichever server (or retried call) asks.
        if (!m_context->previews().claim(m_preview.id)) {
            const qint64 job = m_context->previews().startedJob(m_preview.id);
            return m_call->fail(
                job > 0 ? StartText::tr("Preview %1 was started already as job %2: get_job %2 "
                                        "shows it.")
                              .arg(m_preview.id)
                              .arg(job)
                        : StartText::tr("Preview %1 is being started by another call.")
                              .arg(m_preview.id));
        }
        const Enroll::JobSpec spec = Enroll::EnrollmentUseCase::jobSpec(
            m_preview.target, m_preview.origin, Store::EnrollmentSource::Cli, m_label);
        // The server's context, not this call's: the claim learns its job even when the
        // client cancelled the call meanwhile.
        McpContext *context = m_context;
        const QString previewId = m_preview.id;
        m_context->jobs()->createAndRun(
            spec, m_preview.plan, m_context,
            [context, previewId, self = QPointer<StartRun>(this)](std::optional<qint64> jobId,
                                                                  const QString &error) {
                if (jobId)
                    context->previews().setStartedJob(previewId, *jobId);
                else
                    context->previews().release(previewId);
                if (!self)
                    return;
                if (!jobId)
                    return self->m_call->fail(
                        StartText::tr("The job could not be saved: %1 %2").arg(error, nobody()));
                self->answer(*jobId);
            });
    }

    void answer(qint64 jobId)
    {
        int enroll = 0;
        int deferred = 0;
        for (const Enroll::PlannedContact &c : std::as_const(m_preview.plan)) {
            enroll += c.plan == Enroll::Plan::Enroll ? 1 : 0;
            deferred += c.plan == Enroll::Plan::Deferred ? 1 : 0;
        }
        const QJsonObject out {{QStringLiteral("jobId"), jobId},
                               {QStringLiteral("previewId"), m_preview.id},
                               {QStringLiteral("sequenceId"), m_preview.target.sequenceId},
                               {QStringLiteral("senderEmail"), m_preview.target.senderEmail},
                               {QStringLiteral("contacts"), int(m_preview.plan.size())},
                               {QStringLiteral("toEnroll"), enroll},
                               {QStringLiteral("deferred"), deferred}};
        m_call->succeed(StartText::tr("Job %1 started: %2 contacts to enroll now, %3 deferred by "
                                      "the send cap. SeqDesk journals each contact, so nobody "
                                      "is enrolled twice. Follow it with get_job %1; pause_job, "
                                      "resume_job and cancel_job control it.")
                            .arg(jobId)
                            .arg(enroll)
                            .arg(deferred),
                        out);
    }

    McpContext *m_context;
    ToolCall *m_call;
    Preview m_preview;
    QString m_label;
};

} // namespace

void addStartTool(ToolRegistry &tools, McpContext *context)
{
    Tool t;
    t.name = QStringLiteral("start_enrollment");
    t.title = StartText::tr("Start a previewed enrollment");
    t.description = StartText::tr(
        "Enrolls exactly the contacts of a preview (preview_enrollment) as a SeqDesk job: "
        "journaled (each contact at most once, even across crashes), within the sender's send "
        "cap (the rest deferred), resumable. Call it only after the user saw the preview and "
        "agreed, with confirm: true. Refused when the preview is missing, older than 15 "
        "minutes, started already, or the sequence changed since. Returns the job id: follow "
        "it with get_job.");
    t.inputSchema = objectSchema(
        {{QStringLiteral("previewId"),
          stringSchema(StartText::tr("The previewId preview_enrollment returned."))},
         {QStringLiteral("confirm"),
          QJsonObject {{QStringLiteral("type"), QStringLiteral("boolean")},
                       {QStringLiteral("const"), true},
                       {QStringLiteral("description"),
                        StartText::tr("true: the user confirmed this enrollment.")}}},
         {QStringLiteral("label"),
          stringSchema(StartText::tr("Optional label for the job (shown in SeqDesk's "
                                     "Analytics)."))}},
        {QStringLiteral("previewId"), QStringLiteral("confirm")});
    t.readOnly = false;
    t.idempotent = false;
    t.run = [context](ToolCall *call) {
        (new StartRun(context, call))->start();
    };
    tools.add(t);
}

} // namespace SeqDesk::Mcp
