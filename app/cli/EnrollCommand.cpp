#include "cli/EnrollCommand.h"

#include "cli/EnrollChecks.h"
#include "cli/EnrollOutput.h"
#include "cli/ExitCodes.h"
#include "cli/ReportFile.h"
#include "core/Redactor.h"
#include "enroll/EnrollmentEngine.h"
#include "hubspot/HubSpotClient.h"
#include "store/StoreWorker.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

namespace SeqDesk::Cli {

using namespace SeqDesk::Store;
using HubSpot::AccountDetails;
using HubSpot::ApiError;
using HubSpot::Result;

namespace {

constexpr int kInvalidShown = 20; // invalid input lines printed; the rest are counted

} // namespace

EnrollCommand::EnrollCommand(HubSpot::HubSpotClient *client, StoreWorker *store,
                             const QString &lockDirectory, const CliOptions &options,
                             QTextStream &out, QTextStream &err, QObject *parent)
    : CliCommand(out, err, parent)
    , m_client(client)
    , m_store(store)
    , m_lockDirectory(lockDirectory)
    , m_options(options)
    , m_useCase(new Enroll::EnrollmentUseCase(store, nullptr, this))
{ }

EnrollCommand::~EnrollCommand() = default;

void EnrollCommand::start()
{
    // Before anything is read, sent or journaled: the report can be written where it goes.
    if (!m_options.outputJson.isEmpty()) {
        ReportFile report(m_options.outputJson);
        if (!report.check())
            return fail(ExitUsage, tr("%1 Nothing was sent or saved.").arg(report.error()));
    }
    if (m_options.resumeJob > 0)
        return resumeJob();
    readContacts();
}

void EnrollCommand::readContacts()
{
    if (!m_options.listId.isEmpty())
        return readList();
    const Enroll::ParseResult r = m_options.contactIdsFile.isEmpty()
        ? Enroll::parsePastedText(m_options.contactIds)
        : Enroll::parseFile(m_options.contactIdsFile);
    if (!r.list)
        return fail(ExitUsage, r.error);
    m_contacts = r.list;
    int shown = 0;
    for (const Enroll::InputProblem &p : m_contacts->invalid) {
        if (++shown > kInvalidShown)
            break;
        m_err << tr("Line %1 (\"%2\"): %3\n").arg(p.line).arg(p.text, p.reason);
    }
    if (m_contacts->invalid.size() > kInvalidShown)
        m_err << tr("... and %1 more invalid lines.\n")
                     .arg(m_contacts->invalid.size() - kInvalidShown);
    if (m_contacts->contacts.isEmpty())
        return fail(ExitUsage, tr("No valid contact id or email in %1.").arg(m_contacts->source));
    contactsRead();
}

void EnrollCommand::readList()
{
    m_listReader = std::make_unique<Enroll::ListMembersReader>(m_client);
    connect(m_listReader.get(), &Enroll::ListMembersReader::refused, this,
            [this](const QString &message, Enroll::ListMembersReader::Refusal why) {
                fail(ExitUsage,
                     why == Enroll::ListMembersReader::Refusal::NoSuchList
                         ? tr("%1 seqdesk-cli --list-lists shows its contact lists.").arg(message)
                         : message);
            });
    connect(m_listReader.get(), &Enroll::ListMembersReader::failed, this, &EnrollCommand::failApi);
    connect(m_listReader.get(), &Enroll::ListMembersReader::progress, this,
            [this](qint64 read, qint64 total) {
                if (total > 250)
                    m_err << tr("Reading the list: %1 of %2 members\n").arg(read).arg(total);
            });
    connect(m_listReader.get(), &Enroll::ListMembersReader::finished, this,
            [this](const Enroll::ListMembers &members) {
                m_contacts = members.contactList();
                m_origin = Enroll::ContactOrigin::ofList(members.listId, members.name);
                contactsRead();
            });
    m_listReader->start(m_options.listId);
}

void EnrollCommand::contactsRead()
{
    m_err << tr("%1: %2 contacts, %3 duplicates, %4 invalid lines.\n")
                 .arg(m_contacts->source)
                 .arg(m_contacts->contacts.size())
                 .arg(m_contacts->duplicates.size())
                 .arg(m_contacts->invalid.size());
    m_err.flush();
    checkPortal();
}

void EnrollCommand::checkPortal()
{
    ensurePortalRow(m_client, m_store, m_options.apiVersion, m_options.baseUrl, this,
                    [this](const PortalCheck &check) {
                        if (check.apiError)
                            return failApi(*check.apiError);
                        if (!check.storeError.isEmpty())
                            return fail(ExitNetwork,
                                        tr("The local store failed: %1").arg(check.storeError));
                        m_portalId = check.portalId;
                        resolveUser();
                    });
}

void EnrollCommand::resolveUser()
{
    if (!m_options.userId.isEmpty()) {
        m_userId = m_options.userId;
        return checkSequence();
    }
    // The user who sends: the owner whose login email is the sender's address.
    findSendingUser(m_client, m_options.senderEmail, this, [this](const SenderCheck &check) {
        if (check.apiError)
            return failApi(*check.apiError);
        if (!check.userId.isEmpty()) {
            m_userId = check.userId;
            m_err << tr("Sending as user %1 (%2).\n").arg(m_userId, check.email);
            return checkSequence();
        }
        fail(ExitUsage,
             tr("No active HubSpot user has the email %1. Give the sending user with "
                "--user-id (seqdesk-cli --list-sequences shows user ids).")
                 .arg(m_options.senderEmail));
    });
}

void EnrollCommand::checkSequence()
{
    // Before anything is planned or saved: the sequence exists and the user can use it, and
    // (as the app: HubSpot's answer says whether it exists and has steps, the mirror, when the
    // portal was synced, whether it is paused or archived in SeqDesk) can be enrolled into.
    Cli::checkSequence(
        m_client, m_store, m_portalId, m_options.sequenceId, m_userId, this,
        [this](const SequenceCheck &check) {
            switch (check.outcome) {
            case SequenceCheck::Outcome::Usable:
                return planContacts();
            case SequenceCheck::Outcome::Unusable:
                return fail(ExitUsage, tr("%1 Nothing was enrolled.").arg(check.problem));
            case SequenceCheck::Outcome::NotFound:
                return fail(ExitUsage,
                            tr("Sequence %1 does not exist or user %2 cannot use it (see "
                               "--list-sequences).")
                                .arg(m_options.sequenceId, m_userId));
            case SequenceCheck::Outcome::Failed:
                return failApi(*check.apiError);
            }
        });
}

void EnrollCommand::planContacts()
{
    m_useCase->planRequest(
        target(), contacts(), this,
        [this](const std::optional<Enroll::PlanRequest> &request, const QString &error) {
            if (!request)
                return fail(ExitNetwork, tr("The local store failed: %1").arg(error));
            m_planner = std::make_unique<Enroll::DryRunPlanner>(m_client);
            connect(m_planner.get(), &Enroll::DryRunPlanner::failed, this, &EnrollCommand::failApi);
            connect(m_planner.get(), &Enroll::DryRunPlanner::finished, this,
                    [this](const QList<Enroll::PlannedContact> &plan) {
                        if (m_options.dryRun)
                            return reportPlan(plan);
                        createJob(plan);
                    });
            m_err << tr("Dry run: reading %n contact(s) from HubSpot...\n", nullptr,
                        int(request->contacts.size()));
            m_err.flush();
            m_planner->start(*request);
        });
}

Enroll::EnrollmentContacts EnrollCommand::contacts() const
{
    Enroll::EnrollmentContacts c = Enroll::EnrollmentContacts::of(*m_contacts);
    if (m_origin)
        c.origin = *m_origin; // a HubSpot list, not text
    return c;
}

Enroll::EnrollmentTarget EnrollCommand::target() const
{
    Enroll::EnrollmentTarget t;
    t.portalId = m_portalId;
    t.sequenceId = m_options.sequenceId;
    t.senderEmail = m_options.senderEmail;
    t.userId = m_userId;
    t.dailyCap = m_options.dailyCap; // stored with the job: --resume keeps to it
    return t;
}

void EnrollCommand::reportPlan(const QList<Enroll::PlannedContact> &plan)
{
    const QByteArray json
        = planJson(plan, m_contacts->invalid, m_options.sequenceId, m_options.senderEmail);
    if (!writeJson(json))
        return;
    int enroll = 0;
    int deferred = 0;
    for (const Enroll::PlannedContact &p : plan) {
        enroll += p.plan == Enroll::Plan::Enroll ? 1 : 0;
        deferred += p.plan == Enroll::Plan::Deferred ? 1 : 0;
    }
    printReport(json, [&plan] { return planTable(plan); });
    m_err << tr("Dry run: %1 would be enrolled, %2 skipped, %3 deferred by the send cap. "
                "Nothing was enrolled.\n")
                 .arg(enroll)
                 .arg(plan.size() - enroll - deferred)
                 .arg(deferred);
    finish(ExitOk);
}

void EnrollCommand::createJob(const QList<Enroll::PlannedContact> &plan)
{
    const Enroll::JobSpec spec = Enroll::EnrollmentUseCase::jobSpec(
        target(), contacts().origin, EnrollmentSource::Cli, m_options.label);
    m_engine = std::make_unique<Enroll::EnrollmentEngine>(m_client, m_store);
    m_engine->createJob(spec, plan, this, [this](std::optional<qint64> id, const QString &error) {
        if (!id)
            return fail(ExitNetwork, tr("The job could not be saved: %1").arg(error));
        runJob(*id);
    });
}

void EnrollCommand::resumeJob()
{
    const qint64 jobId = m_options.resumeJob;
    m_store->run([jobId](Stores &s) { return s.enrollments.job(jobId); }, this,
                 [this, jobId](std::optional<EnrollmentJobRecord> job) {
                     if (!job)
                         return fail(ExitUsage, tr("There is no job %1 (see --jobs).").arg(jobId));
                     // The token must be the job's portal's.
                     m_client->accountDetails(this, [this, job](Result<AccountDetails> r) {
                         if (!r.ok())
                             return failApi(r.error());
                         const QString portal = QString::number(r.value().portalId);
                         if (portal != job->portalId)
                             return fail(ExitAuth,
                                         tr("Job %1 belongs to portal %2; the token is for "
                                            "portal %3.")
                                             .arg(job->id)
                                             .arg(job->portalId, portal));
                         // The cap it was created with (--daily-cap applies to new jobs).
                         m_err << tr("Job %1 keeps its send cap of %2 per rolling 24 hours "
                                     "(--daily-cap applies to new jobs only).\n")
                                      .arg(job->id)
                                      .arg(job->dailyCap);
                         m_engine = std::make_unique<Enroll::EnrollmentEngine>(m_client, m_store);
                         runJob(job->id);
                     });
                 });
}

void EnrollCommand::runJob(qint64 jobId)
{
    m_jobId = jobId;
    m_engine->setLockDirectory(m_lockDirectory);
    auto *timer = new QElapsedTimer;
    timer->start();
    connect(m_engine.get(), &QObject::destroyed, this, [timer] { delete timer; });
    connect(m_engine.get(), &Enroll::EnrollmentEngine::countsChanged, this,
            [this, timer](const JobCounts &c) {
                // A line a second at most, and the last one.
                if (timer->elapsed() - m_lastProgressMs < 1000 && c.pending + c.inFlight > 0)
                    return;
                m_lastProgressMs = timer->elapsed();
                m_err << tr("  %1/%2 done: %3 enrolled, %4 skipped, %5 failed, %6 deferred\n")
                             .arg(c.enrolled + c.skipped + c.failed + c.deferred)
                             .arg(c.total())
                             .arg(c.enrolled)
                             .arg(c.skipped)
                             .arg(c.failed)
                             .arg(c.deferred);
                m_err.flush();
            });
    connect(m_engine.get(), &Enroll::EnrollmentEngine::finished, this, &EnrollCommand::reportJob);
    m_err << tr("Job %1: enrolling (if interrupted, resume with: seqdesk-cli --resume %1)\n")
                 .arg(jobId);
    m_err.flush();
    if (!m_engine->start(jobId))
        fail(ExitUsage, m_engine->startError());
}

void EnrollCommand::reportJob(const EnrollmentJobRecord &job)
{
    const qint64 jobId = job.id;
    m_store->run([jobId](Stores &s) { return s.enrollments.items(jobId); }, this,
                 [this, job](QList<EnrollmentItemRecord> items) {
                     const QList<Enroll::InputProblem> invalid
                         = m_contacts ? m_contacts->invalid : QList<Enroll::InputProblem>();
                     const QByteArray json = jobJson(job, items, invalid);
                     if (!writeJson(json))
                         return;
                     printReport(json, [&items] { return jobTable(items); });
                     const JobCounts &c = job.counts;
                     m_err << tr("Job %1 %2: %3 enrolled, %4 skipped, %5 failed, %6 deferred, "
                                 "%7 not sent.\n")
                                  .arg(job.id)
                                  .arg(stateName(job.state))
                                  .arg(c.enrolled)
                                  .arg(c.skipped)
                                  .arg(c.failed)
                                  .arg(c.deferred)
                                  .arg(c.pending + c.inFlight);
                     if (!job.message.isEmpty())
                         m_err << Redactor::scrub(job.message) << QLatin1Char('\n');
                     if (job.resumeAt.isValid())
                         m_err << tr("Resume it after %1 with: seqdesk-cli --resume %2\n")
                                      .arg(job.resumeAt.toLocalTime().toString(Qt::ISODate))
                                      .arg(job.id);
                     if (job.state == JobState::Failed) {
                         const auto fatal = m_engine ? m_engine->fatalError() : std::nullopt;
                         return finish(fatal ? exitCodeFor(*fatal) : ExitNetwork);
                     }
                     // Interrupted, or waiting for HubSpot (not for the send cap, which
                     // defers every contact left): contacts left to send.
                     if (job.state == JobState::Paused
                         && (!job.resumeAt.isValid() || c.pending + c.inFlight > 0))
                         return finish(ExitNetwork);
                     // Waiting for the send cap: not done yet, whatever failed so far (the
                     // last --resume says that).
                     if (job.state == JobState::Paused)
                         return finish(ExitDeferred);
                     finish(c.failed > 0 ? ExitContactsFailed : ExitOk);
                 });
}

void EnrollCommand::printReport(const QByteArray &json, const std::function<QString()> &table)
{
    // --output-json /dev/stdout: the report is stdout already, alone (a pipe to jq stays JSON).
    if (!m_options.outputJson.isEmpty() && ReportFile(m_options.outputJson).sharesStandardOutput())
        return;
    if (m_options.json)
        m_out << QString::fromUtf8(json);
    else
        m_out << table();
}

bool EnrollCommand::writeJson(const QByteArray &json)
{
    if (m_options.outputJson.isEmpty())
        return true;
    m_out.flush(); // to /dev/stdout: after what was printed before
    m_err.flush();
    ReportFile report(m_options.outputJson);
    if (!report.write(json)) {
        // The results are not lost: say where they are.
        fail(ExitNetwork,
             m_jobId > 0
                 ? tr("%1 Job %2 is in the local journal: seqdesk-cli --jobs --json lists it, "
                      "and seqdesk-cli --resume %2 --output-json FILE writes its report again "
                      "(going on with any contacts it has left).")
                       .arg(report.error(), QString::number(m_jobId))
                 : tr("%1 This was a dry run: nothing was enrolled.").arg(report.error()));
        return false;
    }
    m_err << tr("Results written to %1.\n").arg(QDir::toNativeSeparators(m_options.outputJson));
    return true;
}

void EnrollCommand::failApi(const ApiError &error)
{
    QString message = Redactor::scrub(error.describe());
    if (m_options.resumeJob == 0 && !m_engine) // before a job was saved
        message += QLatin1Char(' ') + tr("No job was saved; nobody was enrolled.");
    fail(exitCodeFor(error), message);
}

} // namespace SeqDesk::Cli
