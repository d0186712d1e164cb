#include "jobs/JobRunner.h"

#include "core/Clock.h"
#include "enroll/EnrollmentEngine.h"
#include "hubspot/HubSpotClient.h"
#include "store/StoreWorker.h"
#include "sync/PortalManager.h"

#include <QPointer>

namespace SeqDesk::Jobs {

using namespace SeqDesk::Store;

namespace {

constexpr int kCheckMs = 60 * 1000;

} // namespace

JobRunner::JobRunner(Sync::PortalManager *portals, StoreWorker *store, const Clock *clock,
                     QObject *parent)
    : JobRunner(
        [portals](const QString &portalId, QObject *context,
                  Sync::PortalSession::ClientCallback done) {
            portals->withClient(portalId, context, std::move(done));
        },
        store, clock, parent)
{ }

JobRunner::JobRunner(ClientSource clients, StoreWorker *store, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clients(std::move(clients))
    , m_store(store)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
{
    m_timer.setInterval(kCheckMs);
    connect(&m_timer, &QTimer::timeout, this, &JobRunner::checkDue);
}

JobRunner::~JobRunner()
{
    m_engine.reset(); // before the client it uses
}

void JobRunner::setCheckInterval(int ms)
{
    if (ms <= 0)
        return m_timer.stop();
    m_timer.setInterval(ms);
}

bool JobRunner::isBusy() const
{
    return m_current != 0;
}

HubSpot::RateLimitInfo JobRunner::rateLimit() const
{
    return m_client ? m_client->stats().rateLimit : HubSpot::RateLimitInfo {};
}

void JobRunner::createJob(const Enroll::JobSpec &spec, const QList<Enroll::PlannedContact> &plan,
                          QObject *context,
                          std::function<void(std::optional<qint64>, QString)> done)
{
    // Saving needs no client: an engine for that call alone.
    Enroll::EnrollmentEngine(nullptr, m_store, m_clock)
        .createJob(spec, plan, context, std::move(done));
}

void JobRunner::createAndRun(const Enroll::JobSpec &spec, const QList<Enroll::PlannedContact> &plan,
                             QObject *context,
                             std::function<void(std::optional<qint64>, QString)> done)
{
    // The runner is the context: a wizard closed meanwhile does not strand a Draft job.
    createJob(spec, plan, this,
              [this, receiver = QPointer<QObject>(context),
               done = std::move(done)](std::optional<qint64> jobId, const QString &error) {
                  if (jobId && !m_suspending)
                      run(*jobId);
                  else if (jobId) // quitting: the next start runs it
                      markForNextStart(*jobId, false);
                  if (receiver)
                      done(jobId, error);
              });
}

void JobRunner::resumeWaiting()
{
    const QDateTime now = m_clock->nowUtc();
    m_store->run(
        [now](Stores &s) {
            // Left running by a process that died (not one seqdesk-cli runs now: the
            // engine's lock refuses those), then the due ones.
            return s.enrollments.jobsInState(JobState::Running) + s.enrollments.dueJobs(now);
        },
        this, [this](const QList<qint64> &ids) { enqueue(ids); });
    if (m_timer.interval() > 0)
        m_timer.start();
}

void JobRunner::checkDue()
{
    const QDateTime now = m_clock->nowUtc();
    m_store->run([now](Stores &s) { return s.enrollments.dueJobs(now); }, this,
                 [this](const QList<qint64> &ids) { enqueue(ids); });
}

void JobRunner::run(qint64 jobId)
{
    enqueue({jobId});
}

void JobRunner::retryFailed(qint64 jobId)
{
    if (jobId == m_current)
        return emit problem(jobId, tr("Job %1 is running; retry it once it stopped.").arg(jobId));
    m_store->run([jobId](Stores &s) { return s.enrollments.retryFailed(jobId); }, this,
                 [this, jobId](bool ok) {
                     if (!ok)
                         return emit problem(
                             jobId,
                             tr("The failed contacts of job %1 could not be reset.").arg(jobId));
                     run(jobId);
                 });
}

void JobRunner::enqueue(const QList<qint64> &jobIds)
{
    for (qint64 id : jobIds) {
        if (id != m_current && !m_queue.contains(id))
            m_queue.append(id);
    }
    if (!m_current && !m_suspending)
        startNext();
}

void JobRunner::startNext()
{
    if (m_queue.isEmpty()) {
        emit idle();
        return;
    }
    const qint64 jobId = m_queue.takeFirst();
    m_current = jobId;
    m_stopAsked = Stop::None;
    m_store->run([jobId](Stores &s) { return s.enrollments.job(jobId); }, this,
                 [this, jobId](const std::optional<EnrollmentJobRecord> &job) {
                     if (!job)
                         return giveUp(jobId, tr("Job %1 is not in the mirror.").arg(jobId));
                     m_clients(job->portalId, this,
                               [this, jobId](std::shared_ptr<HubSpot::HubSpotClient> client,
                                             const QString &error) {
                                   if (!client)
                                       return giveUp(jobId, error);
                                   startOn(jobId, std::move(client));
                               });
                 });
}

void JobRunner::startOn(qint64 jobId, std::shared_ptr<HubSpot::HubSpotClient> client)
{
    if (m_suspending) // quitting while the token was read: the job waits for the next start
        return giveUp(jobId, QString());
    m_engine.reset();
    m_client = std::move(client);
    m_engine = std::make_unique<Enroll::EnrollmentEngine>(m_client.get(), m_store, m_clock);
    m_engine->setLockDirectory(m_lockDirectory);
    Enroll::EnrollmentEngine *engine = m_engine.get();
    connect(engine, &Enroll::EnrollmentEngine::jobLoaded, this, &JobRunner::jobLoaded);
    connect(engine, &Enroll::EnrollmentEngine::itemUpdated, this, &JobRunner::itemUpdated);
    connect(engine, &Enroll::EnrollmentEngine::countsChanged, this,
            [this, jobId](const JobCounts &counts) { emit countsChanged(jobId, counts); });
    connect(engine, &Enroll::EnrollmentEngine::finished, this, &JobRunner::onFinished);
    if (!engine->start(jobId))
        return giveUp(jobId, engine->startError());
    emit jobStarted(jobId);
    switch (std::exchange(m_stopAsked, Stop::None)) {
    case Stop::Pause:
        engine->pause();
        break;
    case Stop::Cancel:
        engine->cancel();
        break;
    case Stop::None:
        break;
    }
}

void JobRunner::pause(qint64 jobId)
{
    if (jobId != m_current)
        return stopWaiting(jobId, JobState::Paused, tr("Paused before it started."));
    if (m_engine && m_engine->isRunning())
        m_engine->pause();
    else
        m_stopAsked = Stop::Pause; // applied once it started
}

void JobRunner::cancel(qint64 jobId)
{
    if (jobId != m_current)
        return stopWaiting(jobId, JobState::Cancelled, tr("Cancelled while paused."));
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    else
        m_stopAsked = Stop::Cancel;
}

void JobRunner::stopWaiting(qint64 jobId, JobState state, const QString &message)
{
    m_queue.removeAll(jobId);
    const QDateTime now = m_clock->nowUtc();
    m_store->run(
        [jobId, state, now, message](Stores &s) {
            const auto job = s.enrollments.job(jobId);
            if (job && (job->state == JobState::Paused || job->state == JobState::Draft))
                s.enrollments.setJobState(jobId, state, now, message);
            return s.enrollments.job(jobId);
        },
        this,
        [this](const std::optional<EnrollmentJobRecord> &job) {
            if (job)
                emit jobFinished(*job);
        });
}

void JobRunner::onFinished(const EnrollmentJobRecord &job)
{
    // Not destroyed here: this runs inside the engine's own signal.
    const qint64 jobId = job.id;
    QMetaObject::invokeMethod(
        this,
        [this, jobId] {
            if (m_current != jobId)
                return;
            m_engine.reset();
            m_client.reset();
            m_current = 0;
            if (m_suspending)
                return markForNextStart(jobId, true);
            startNext();
        },
        Qt::QueuedConnection);
    emit jobFinished(job);
}

void JobRunner::giveUp(qint64 jobId, const QString &message)
{
    m_engine.reset();
    m_client.reset();
    m_current = 0;
    if (m_suspending)
        return markForNextStart(jobId, true);
    emit problem(jobId, message);
    startNext();
}

void JobRunner::suspend(std::function<void()> done)
{
    m_suspending = true;
    m_timer.stop();
    m_queue.clear(); // they are still due or left running: the next start finds them
    if (!m_current)
        return done();
    m_suspended = std::move(done);
    if (m_engine && m_engine->isRunning())
        m_engine->pause(); // onFinished() marks it
}

void JobRunner::markForNextStart(qint64 jobId, bool wasCurrent)
{
    // Paused by quitting, not by the user: due at once, so the next start resumes it.
    const QDateTime now = m_clock->nowUtc();
    const QString message = tr("SeqDesk was closed during the job; it goes on at the next start.");
    m_store->run(
        [jobId, now, message](Stores &s) {
            // Not one waiting with a time of its own (the send cap), nor one the user paused
            // before (it was not running then).
            const auto job = s.enrollments.job(jobId);
            if (job && !job->resumeAt.isValid()
                && (job->state == JobState::Paused || job->state == JobState::Draft))
                s.enrollments.setJobState(jobId, JobState::Paused, now, message, now);
        },
        this,
        [this, wasCurrent] {
            if (!wasCurrent)
                return;
            if (auto done = std::exchange(m_suspended, nullptr))
                done();
        });
}

} // namespace SeqDesk::Jobs
