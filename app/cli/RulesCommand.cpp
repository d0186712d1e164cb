#include "cli/RulesCommand.h"

#include "cli/ExitCodes.h"
#include "cli/RulePortal.h"
#include "core/Redactor.h"
#include "enroll/EnrollmentEngine.h"
#include "enroll/JobExport.h"
#include "hubspot/HubSpotClient.h"
#include "rules/RuleRun.h"
#include "store/StoreWorker.h"

#include <QTextStream>

#include <algorithm>

namespace SeqDesk::Cli {

using namespace SeqDesk::Store;

// The rules to run and the jobs left to do, read before anything runs.
struct RulesCommand::Loaded
{
    QList<RuleRecord> rules;
    QList<qint64> leftoverJobs;
    int exitCode = ExitOk; // not ExitOk: refused with `problem`
    QString problem;
};

RulesCommand::RulesCommand(HubSpot::HubSpotClient *client, StoreWorker *store,
                           const QString &lockDirectory, const CliOptions &options,
                           QTextStream &out, QTextStream &err, QObject *parent)
    : CliCommand(out, err, parent)
    , m_client(client)
    , m_store(store)
    , m_lockDirectory(lockDirectory)
    , m_options(options)
{ }

RulesCommand::~RulesCommand() = default;

void RulesCommand::start()
{
    checkRulePortal(
        m_client, m_store, m_options.portalId, this,
        [this](const QString &portalId) { load(portalId); },
        [this](int exitCode, const QString &message) { fail(exitCode, message); });
}

void RulesCommand::load(const QString &portalId)
{
    const qint64 ruleId = m_options.ruleId;
    const bool dryRun = m_options.dryRun;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->run(
        [portalId, ruleId, dryRun, now](Stores &s) {
            Loaded d;
            if (ruleId > 0) {
                const auto rule = s.rules.rule(ruleId);
                if (!rule) {
                    d.exitCode = ExitUsage;
                    d.problem = tr("There is no rule %1: it was deleted or never made (see "
                                   "--rules).")
                                    .arg(ruleId);
                } else if (rule->portalId != portalId) {
                    d.exitCode = ExitUsage;
                    d.problem = tr("Rule %1 belongs to portal %2, not to %3.")
                                    .arg(ruleId)
                                    .arg(rule->portalId, portalId);
                } else if (rule->state == RuleState::Stopped) {
                    d.exitCode = ExitUsage;
                    d.problem = tr("Rule %1 is stopped: %2 Once that is fixed, --resume-rule %1 "
                                   "enables it again.")
                                    .arg(ruleId)
                                    .arg(rule->stopReason);
                } else if (rule->state == RuleState::Paused && !dryRun) {
                    d.exitCode = ExitUsage;
                    d.problem = tr("Rule %1 is paused: --resume-rule %1 enables it again "
                                   "(--dry-run previews it as it is).")
                                    .arg(ruleId);
                } else {
                    d.rules << *rule;
                }
            } else {
                for (const RuleRecord &r : s.rules.dueRules(now)) {
                    if (r.portalId == portalId)
                        d.rules << r;
                }
                if (!s.rules.lastError().isEmpty()) {
                    d.exitCode = ExitNetwork;
                    d.problem = tr("The local store failed: %1").arg(s.rules.lastError());
                }
            }
            if (dryRun || d.exitCode != ExitOk)
                return d;
            // Jobs of the portal's rules left to do: saved by a run whose process died before
            // it ran them, interrupted, or waiting (the send cap) and due now.
            QList<qint64> ids = s.enrollments.jobsInState(JobState::Draft)
                + s.enrollments.jobsInState(JobState::Running) + s.enrollments.dueJobs(now);
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            for (qint64 id : std::as_const(ids)) {
                const auto job = s.enrollments.job(id);
                if (job && job->ruleId != 0 && job->portalId == portalId
                    && (ruleId == 0 || job->ruleId == ruleId))
                    d.leftoverJobs << id;
            }
            return d;
        },
        this, [this](const Loaded &d) { loaded(d); });
}

void RulesCommand::loaded(const Loaded &data)
{
    if (data.exitCode != ExitOk)
        return fail(data.exitCode, data.problem);
    m_rules = data.rules;
    if (data.leftoverJobs.isEmpty())
        return runNextRule();
    progress(
        tr("Going on with %n job(s) of rules left to do.", nullptr, int(data.leftoverJobs.size())),
        true);
    runJobs(data.leftoverJobs, [this] { runNextRule(); });
}

void RulesCommand::runJobs(QList<qint64> jobIds, std::function<void()> then)
{
    if (jobIds.isEmpty())
        return then();
    const qint64 jobId = jobIds.takeFirst();
    m_engine = std::make_unique<Enroll::EnrollmentEngine>(m_client, m_store);
    m_engine->setLockDirectory(m_lockDirectory);
    connect(m_engine.get(), &Enroll::EnrollmentEngine::jobLoaded, this,
            [this](const EnrollmentJobRecord &job) {
                progress(tr("Job %1 (rule %2): enrolling as %3…")
                             .arg(job.id)
                             .arg(job.ruleId)
                             .arg(job.senderEmail),
                         true);
            });
    connect(m_engine.get(), &Enroll::EnrollmentEngine::countsChanged, this,
            [this, jobId](const JobCounts &c) {
                progress(tr("  Job %1: %2/%3 done: %4 enrolled, %5 skipped, %6 failed, %7 "
                            "deferred")
                             .arg(jobId)
                             .arg(c.enrolled + c.skipped + c.failed + c.deferred)
                             .arg(c.total())
                             .arg(c.enrolled)
                             .arg(c.skipped)
                             .arg(c.failed)
                             .arg(c.deferred),
                         c.pending + c.inFlight == 0);
            });
    connect(m_engine.get(), &Enroll::EnrollmentEngine::finished, this,
            [this, jobIds, then](const EnrollmentJobRecord &job) {
                jobFinished(job);
                m_engine.release()->deleteLater(); // not from within its own signal
                runJobs(jobIds, then);
            });
    if (!m_engine->start(jobId)) {
        // Another process runs it (the app, or another seqdesk-cli): it is theirs.
        progress(tr("Job %1: %2").arg(jobId).arg(m_engine->startError()), true);
        m_engine.reset();
        runJobs(jobIds, then);
    }
}

void RulesCommand::jobFinished(const EnrollmentJobRecord &job)
{
    const JobCounts &c = job.counts;
    m_err << tr("Job %1 (rule %2, as %3) %4: %5 enrolled, %6 skipped, %7 failed, %8 deferred, "
                "%9 not sent.\n")
                 .arg(job.id)
                 .arg(job.ruleId)
                 .arg(job.senderEmail, Enroll::jobStateCode(job.state))
                 .arg(c.enrolled)
                 .arg(c.skipped)
                 .arg(c.failed)
                 .arg(c.deferred)
                 .arg(c.pending + c.inFlight);
    if (!job.message.isEmpty())
        m_err << "  " << Redactor::scrub(job.message) << QLatin1Char('\n');
    if (job.resumeAt.isValid())
        m_err << tr("  It goes on after %1 UTC, at a --run-rules from then on (or in the app).\n")
                     .arg(job.resumeAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    m_err.flush();
    if (job.state == JobState::Failed) {
        const auto fatal = m_engine ? m_engine->fatalError() : std::nullopt;
        note(fatal ? exitCodeFor(*fatal) : ExitNetwork);
    } else if (job.state == JobState::Paused
               && (!job.resumeAt.isValid() || c.pending + c.inFlight > 0)) {
        note(ExitNetwork); // interrupted, or HubSpot did not answer: contacts left to send
    } else if (c.failed > 0) {
        note(ExitContactsFailed);
    }
}

void RulesCommand::runNextRule()
{
    m_current.reset();
    if (m_rules.isEmpty())
        return report();
    const RuleRecord rule = m_rules.takeFirst();
    m_current = rule;
    progress(m_options.dryRun
                 ? tr("Rule %1 \"%2\": previewing (dry run)…").arg(rule.id).arg(rule.name)
                 : tr("Rule %1 \"%2\": running…").arg(rule.id).arg(rule.name),
             true);
    m_run = std::make_unique<Rules::RuleRun>(m_client, m_store, nullptr, EnrollmentSource::Cli);
    m_run->setLockDirectory(m_lockDirectory);
    connect(m_run.get(), &Rules::RuleRun::progress, this,
            [this, id = rule.id](const QString &what) {
                progress(tr("Rule %1: %2").arg(id).arg(what), false);
            });
    connect(m_run.get(), &Rules::RuleRun::finished, this, &RulesCommand::ruleRan);
    connect(m_run.get(), &Rules::RuleRun::failed, this, &RulesCommand::ruleFailed);
    m_run->start(rule.id, m_options.dryRun);
}

void RulesCommand::ruleRan(const Rules::RuleRunResult &result)
{
    if (m_run)
        m_run.release()->deleteLater(); // not from within its own signal
    RuleOutcome outcome;
    outcome.rule = result.rule;
    outcome.dryRun = m_options.dryRun;
    outcome.message = result.run.message;
    if (result.stopped) {
        outcome.result = RuleOutcome::Result::Stopped;
        m_err << tr("Rule %1 stopped: %2 It does not run again until --resume-rule %1.\n")
                     .arg(result.rule.id)
                     .arg(result.run.message);
        note(ExitUsage);
        m_outcomes << outcome;
        return runNextRule();
    }
    outcome.run = result.run;
    outcome.noRoom = result.choice.waiting;
    outcome.jobIds = result.jobIds;
    if (m_options.dryRun) {
        outcome.run->skipped = int(result.choice.skipped.size());
        outcome.preview = result;
        m_err << tr("Rule %1 (dry run): %2 members, %3 new: %4 would be enrolled, %5 skipped, "
                    "%6 waiting for room. Nothing was saved.\n")
                     .arg(result.rule.id)
                     .arg(result.run.members)
                     .arg(result.run.newMembers)
                     .arg(result.run.planned)
                     .arg(result.choice.skipped.size())
                     .arg(result.choice.waiting);
        m_outcomes << outcome;
        return runNextRule();
    }
    runJobs(result.jobIds, [this, outcome] { ruleDone(outcome); });
}

void RulesCommand::ruleDone(RuleOutcome outcome)
{
    const qint64 ruleId = outcome.rule.id;
    const qint64 runId = outcome.run ? outcome.run->id : 0;
    // The run's counts now that its jobs ran (RuleStore::runs counts their items).
    m_store->run(
        [ruleId, runId](Stores &s) -> std::optional<RuleRunRecord> {
            for (const RuleRunRecord &r : s.rules.runs(ruleId, 20)) {
                if (r.id == runId)
                    return r;
            }
            return std::nullopt;
        },
        this,
        [this, outcome](std::optional<RuleRunRecord> run) mutable {
            if (run)
                outcome.run = run;
            const RuleRunRecord &r = *outcome.run;
            m_err << tr("Rule %1 done: %2 members, %3 new, %4 enrolled, %5 skipped, %6 failed, "
                        "%7 waiting.\n")
                         .arg(outcome.rule.id)
                         .arg(r.members)
                         .arg(r.newMembers)
                         .arg(r.enrolled)
                         .arg(r.skipped)
                         .arg(r.failed)
                         .arg(r.deferred + r.pending + outcome.noRoom);
            m_outcomes << outcome;
            runNextRule();
        });
}

void RulesCommand::ruleFailed(const QString &message)
{
    // The run refuses a rule another process holds: reported and skipped, not an error. (Its
    // lock is not probed here: a probe holds it for a moment, and a run starting in another
    // process at that moment would take the probe for a run.)
    const bool held = m_run && m_run->heldElsewhere();
    // A token without a scope or revoked is the user's to fix (3); anything else HubSpot or
    // the mirror did is a failed run (4), retried when the rule is next due.
    const auto apiError = m_run ? m_run->apiError() : std::nullopt;
    const int code
        = apiError && exitCodeFor(*apiError) == ExitAuth ? int(ExitAuth) : int(ExitNetwork);
    if (m_run)
        m_run.release()->deleteLater();
    RuleOutcome outcome;
    outcome.rule = *m_current;
    outcome.dryRun = m_options.dryRun;
    outcome.message = message;
    if (held) {
        outcome.result = RuleOutcome::Result::Skipped;
        m_err << tr("Rule %1 skipped: %2\n").arg(outcome.rule.id).arg(message);
    } else {
        outcome.result = RuleOutcome::Result::Failed;
        m_err << tr("Rule %1 failed: %2\n").arg(outcome.rule.id).arg(Redactor::scrub(message));
        note(code);
    }
    m_outcomes << outcome;
    runNextRule();
}

void RulesCommand::report()
{
    if (m_outcomes.isEmpty())
        m_err << tr("No rule of this portal is due now.\n");
    if (m_options.json)
        m_out << QString::fromUtf8(runJson(m_outcomes));
    else if (m_options.dryRun && !m_outcomes.isEmpty())
        m_out << previewTable(m_outcomes);
    else if (!m_outcomes.isEmpty())
        m_out << runTable(m_outcomes);
    // The most serious first: the token, then HubSpot or the network, then a rule that
    // stopped, then contacts that failed.
    for (int code : {ExitAuth, ExitNetwork, ExitUsage, ExitContactsFailed}) {
        if (m_exitCodes.contains(code))
            return finish(code);
    }
    finish(ExitOk);
}

void RulesCommand::progress(const QString &line, bool always)
{
    if (line == m_lastProgress
        || (!always && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 1000))
        return;
    m_sinceProgress.start();
    m_lastProgress = line;
    m_err << line << QLatin1Char('\n');
    m_err.flush();
}

void RulesCommand::note(int exitCode)
{
    if (exitCode != ExitOk)
        m_exitCodes << exitCode;
}

} // namespace SeqDesk::Cli
