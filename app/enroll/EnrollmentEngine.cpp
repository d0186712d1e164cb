#include "EnrollmentEngine.h"

#include "core/Clock.h"
#include "core/RunLock.h"
#include "enroll/EngineRun.h"
#include "hubspot/HubSpotClient.h"
#include "store/StoreWorker.h"

#include <QDir>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace SeqDesk::Enroll {

using namespace SeqDesk::Store;
using HubSpot::ApiError;
using HubSpot::ErrorKind;

EnrollmentEngine::EnrollmentEngine(HubSpot::HubSpotClient *client, StoreWorker *store,
                                   const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
{ }

EnrollmentEngine::~EnrollmentEngine()
{
    delete m_context.data(); // no callback reaches a half-destroyed engine
}

qint64 EnrollmentEngine::jobId() const
{
    return m_run ? m_run->job.id : 0;
}

QList<EnrollmentItemRecord> EnrollmentEngine::itemsFromPlan(const QList<PlannedContact> &plan)
{
    QList<EnrollmentItemRecord> items;
    items.reserve(plan.size());
    QSet<QString> toSend; // a contact is sent at most once per job, whatever the plan says
    for (PlannedContact p : plan) {
        if ((p.plan == Plan::Enroll || p.plan == Plan::Deferred) && !p.contactId.isEmpty()) {
            if (toSend.contains(p.contactId)) {
                p.plan = Plan::Duplicate;
                p.detail = tr("contact %1 is already in this job").arg(p.contactId);
            }
            toSend.insert(p.contactId);
        }
        EnrollmentItemRecord item;
        item.contactId = p.contactId;
        item.email = p.email;
        item.inputLine = p.line;
        item.inputText = p.input;
        if (p.plan == Plan::Enroll) {
            item.state = ItemState::Pending;
        } else if (p.plan == Plan::Deferred) {
            item.state = ItemState::Deferred;
            item.eligibleAt = p.eligibleAt;
        } else {
            item.state = ItemState::Skipped;
            item.hubspotCode = Prediction::code(p.plan).toUpper();
            item.hubspotMessage = p.detail.isEmpty()
                ? Prediction::name(p.plan)
                : Prediction::name(p.plan) + QStringLiteral(": ") + p.detail;
            item.errorCategory = QStringLiteral("DRY_RUN");
        }
        items.append(item);
    }
    return items;
}

void EnrollmentEngine::createJob(const JobSpec &spec, const QList<PlannedContact> &plan,
                                 QObject *context,
                                 std::function<void(std::optional<qint64>, QString)> done)
{
    const EnrollmentJobRecord job = jobRecord(spec, m_settings.dailyCap, m_clock->nowUtc());
    const QList<EnrollmentItemRecord> items = itemsFromPlan(plan);
    m_store->run(
        [job, items](Stores &s) -> std::pair<std::optional<qint64>, QString> {
            const auto id = s.enrollments.createJob(job, items);
            return {id, s.enrollments.lastError()};
        },
        context,
        [done = std::move(done)](std::pair<std::optional<qint64>, QString> r) {
            done(r.first, r.second);
        });
}

bool EnrollmentEngine::start(qint64 jobId)
{
    m_startError.clear();
    if (m_run) {
        m_startError = tr("Another job is running.");
        return false;
    }
    if (!m_lockDirectory.isEmpty()) {
        auto lock = std::make_unique<QLockFile>(m_lockDirectory
                                                + QStringLiteral("/job-%1.lock").arg(jobId));
        lock->setStaleLockTime(0); // held for as long as the job runs; a dead holder is stale
        if (!RunLock::tryLock(*lock)) {
            qint64 pid = 0;
            QString app;
            RunLock::holder(*lock, &pid, &app);
            m_startError = lock->error() == QLockFile::LockFailedError
                ? tr("Job %1 is running in another SeqDesk process (%2, process %3).")
                      .arg(jobId)
                      .arg(app)
                      .arg(pid)
                : tr("Job %1 could not be locked in %2.")
                      .arg(jobId)
                      .arg(QDir::toNativeSeparators(m_lockDirectory));
            return false;
        }
        m_lock = std::move(lock);
    }
    m_run = std::make_unique<Run>();
    m_run->job.id = jobId;
    m_fatal.reset();
    m_context = new QObject(this);
    struct Loaded
    {
        std::optional<EnrollmentJobRecord> job;
        QList<EnrollmentItemRecord> items;
        QList<QDateTime> sends;
        QString timeZone;
        QString error;
    };
    const QDateTime now = m_clock->nowUtc();
    m_store->run(
        [jobId, now](Stores &s) {
            Loaded l;
            l.job = s.enrollments.job(jobId);
            if (l.job && l.job->state != JobState::Cancelled) {
                l.items = s.enrollments.items(jobId);
                l.sends
                    = s.enrollments
                          .enrollTimesBySenderSince(l.job->senderEmail, SendCap::windowStart(now))
                          .value_or(QList<QDateTime>());
                if (s.enrollments.setJobState(jobId, JobState::Running, now))
                    l.job->state = JobState::Running;
                if (const auto portal = s.portals.portal(l.job->portalId))
                    l.timeZone = portal->timeZone;
            }
            l.error = s.enrollments.lastError();
            return l;
        },
        m_context,
        [this, now, jobId](Loaded l) {
            if (!l.job) {
                m_run->job.state = JobState::Failed;
                m_run->stopping = true;
                m_run->stopState = JobState::Failed;
                m_run->stopMessage = tr("Job %1 is not in the local store.").arg(jobId)
                    + (l.error.isEmpty() ? QString() : QLatin1Char(' ') + l.error);
                m_run->ending = true; // nothing to write
                auto run = std::move(m_run);
                m_context->deleteLater();
                m_context = nullptr;
                run->job.message = run->stopMessage;
                m_lock.reset();
                emit finished(run->job);
                return;
            }
            m_run->job = *l.job;
            if (l.job->state != JobState::Running) { // cancelled: never again
                auto run = std::move(m_run);
                m_context->deleteLater();
                m_context = nullptr;
                m_lock.reset();
                emit finished(run->job);
                return;
            }
            m_run->sends = l.sends;
            m_run->timeZone = l.timeZone;
            for (EnrollmentItemRecord &item : l.items) {
                if (item.state == ItemState::Pending) {
                    m_run->queue.append(item);
                } else if (item.state == ItemState::InFlight) {
                    m_run->toVerify.append(item);
                } else if (item.state == ItemState::Deferred) {
                    // Queued like a pending one, due or not: the cap has the last word. What
                    // it has room for now is sent; pump() defers the rest again with the
                    // times the sender's history gives now.
                    item.state = ItemState::Pending;
                    m_run->queue.append(item);
                    --m_run->job.counts.deferred;
                    ++m_run->job.counts.pending;
                }
            }
            emit jobLoaded(m_run->job, l.items);
            emit countsChanged(m_run->job.counts);
            verifyInFlight();
        });
    return true;
}

int EnrollmentEngine::sendsInWindow() const
{
    const QDateTime since = SendCap::windowStart(m_clock->nowUtc());
    return int(std::count_if(m_run->sends.cbegin(), m_run->sends.cend(),
                             [&](const QDateTime &t) { return t > since; }));
}

void EnrollmentEngine::pump()
{
    if (!m_run || m_run->ending || m_run->verifying > 0)
        return;
    const int cap = std::max(1, m_run->job.dailyCap);
    while (!m_run->stopping && m_run->inFlight < m_settings.window && !m_run->queue.isEmpty()) {
        const int sent = sendsInWindow();
        if (sent >= cap) { // used to the last place: the rest waits for the window to roll
            deferQueue(QDateTime());
            break;
        }
        if (sent + m_run->capHeld >= cap)
            break; // the answers under way decide: pump() runs again after each
        send(m_run->queue.takeFirst());
    }
    finishIfIdle();
}

void EnrollmentEngine::send(EnrollmentItemRecord item)
{
    ++m_run->inFlight; // holds a window place and a cap place from now
    ++m_run->capHeld;
    item.state = ItemState::InFlight;
    item.attemptedAt = m_clock->nowUtc();
    setCount(ItemState::Pending, ItemState::InFlight);
    // Journal first: a crash after this line leaves "in flight", which a resume checks.
    m_store->run(
        [item](Stores &s) {
            return s.enrollments.updateItem(item) ? QString() : s.enrollments.lastError();
        },
        m_context,
        [this, item](const QString &error) {
            if (!error.isEmpty()) {
                --m_run->inFlight;
                --m_run->capHeld;
                setCount(ItemState::InFlight, ItemState::Pending);
                stop(JobState::Failed, tr("The local journal could not be written: %1").arg(error));
                return;
            }
            if (m_run->stopping) { // paused or cancelled meanwhile: not sent after all
                --m_run->capHeld;
                write(
                    {unsent(item)},
                    [this] {
                        --m_run->inFlight;
                        finishIfIdle();
                    },
                    WriteRole::Answer);
                return;
            }
            emit itemUpdated(item);
            HubSpot::EnrollmentRequest request;
            request.userId = m_run->job.userId;
            request.contactId = item.contactId;
            request.sequenceId = m_run->job.sequenceId;
            request.senderEmail = m_run->job.senderEmail;
            m_client->enroll(
                request, m_context,
                [this, item](HubSpot::Result<HubSpot::EnrollmentResult> r) { onAnswer(item, r); });
        });
}

void EnrollmentEngine::deferQueue(const QDateTime &notBefore)
{
    if (m_run->queue.isEmpty())
        return;
    const QDateTime now = m_clock->nowUtc();
    QList<QDateTime> taken = m_run->sends;
    for (int i = 0; i < m_run->capHeld; ++i)
        taken.append(now); // requests whose answer is not in yet hold a place too
    const QList<QDateTime> at
        = Prediction::eligibility(taken, m_run->job.dailyCap, int(m_run->queue.size()), now);
    QList<EnrollmentItemRecord> items = std::exchange(m_run->queue, {});
    for (int i = 0; i < items.size(); ++i) {
        EnrollmentItemRecord &item = items[i];
        QDateTime when = at.at(i).isValid() ? at.at(i) : now.addMSecs(m_settings.capRetryMs);
        if (notBefore.isValid() && when < notBefore)
            when = notBefore;
        item.state = ItemState::Deferred;
        item.eligibleAt = when;
        setCount(ItemState::Pending, ItemState::Deferred);
        if (!m_run->earliestDeferred.isValid() || when < m_run->earliestDeferred)
            m_run->earliestDeferred = when;
    }
    write(items, [this, items] {
        for (const EnrollmentItemRecord &item : items)
            emit itemUpdated(item);
        finishIfIdle();
    });
}

void EnrollmentEngine::write(const QList<EnrollmentItemRecord> &items, std::function<void()> then,
                             WriteRole role)
{
    ++m_run->writes;
    m_store->run(
        [items](Stores &s) {
            const bool ok = items.size() == 1 ? s.enrollments.updateItem(items.first())
                                              : s.enrollments.updateItems(items);
            return ok ? QString() : s.enrollments.lastError();
        },
        m_context,
        [this, then = std::move(then), role](const QString &error) {
            --m_run->writes;
            emit countsChanged(m_run->job.counts);
            if (!error.isEmpty()) {
                // What `then` would have released, so the run can still end.
                if (role == WriteRole::Answer)
                    --m_run->inFlight;
                else if (role == WriteRole::Verification)
                    --m_run->verifying;
                stop(JobState::Failed, tr("The local journal could not be written: %1").arg(error));
                return;
            }
            then();
        });
}

void EnrollmentEngine::setCount(ItemState from, ItemState to)
{
    const auto slot = [this](ItemState s) -> int & {
        JobCounts &c = m_run->job.counts;
        switch (s) {
        case ItemState::Pending:
            return c.pending;
        case ItemState::InFlight:
            return c.inFlight;
        case ItemState::Enrolled:
            return c.enrolled;
        case ItemState::Skipped:
            return c.skipped;
        case ItemState::Failed:
            return c.failed;
        case ItemState::Deferred:
            break;
        }
        return c.deferred;
    };
    if (from == to)
        return;
    --slot(from);
    ++slot(to);
}

void EnrollmentEngine::pause()
{
    if (m_run)
        stop(JobState::Paused, QString());
}

void EnrollmentEngine::cancel()
{
    if (m_run)
        stop(JobState::Cancelled, QString());
}

void EnrollmentEngine::stop(JobState state, const QString &message, const QDateTime &resumeAt)
{
    if (!m_run || m_run->ending)
        return;
    // 4: a failure; 3: the user's cancel (also one asked while pausing); 2: the user's pause;
    // 1: a wait with a time.
    const auto rank = [](JobState s, const QDateTime &at) {
        if (s == JobState::Failed)
            return 4;
        if (s == JobState::Cancelled)
            return 3;
        return s == JobState::Paused && at.isValid() ? 1 : 2;
    };
    const QDateTime at = state == JobState::Paused ? resumeAt : QDateTime();
    const int now = rank(state, at);
    const int before = rank(m_run->stopState, m_run->stopResumeAt);
    if (!m_run->stopping || now > before || (now == 1 && before == 1 && at > m_run->stopResumeAt)) {
        m_run->stopState = state;
        m_run->stopMessage = message;
        m_run->stopResumeAt = at;
    }
    m_run->stopping = true;
    finishIfIdle();
}

void EnrollmentEngine::finishIfIdle()
{
    if (!m_run || m_run->ending || m_run->verifying > 0 || m_run->inFlight > 0 || m_run->writes > 0)
        return;
    if (!m_run->stopping && !m_run->queue.isEmpty())
        return;
    JobState state = m_run->stopState;
    QString message = m_run->stopMessage;
    QDateTime resumeAt = m_run->stopping ? m_run->stopResumeAt : QDateTime();
    const JobCounts &c = m_run->job.counts;
    if (!m_run->stopping && c.pending + c.inFlight > 0) {
        state = JobState::Paused; // never "completed" with contacts not sent
        message = tr("%1 contacts are not sent yet; resume the job.").arg(c.pending + c.inFlight);
    } else if (!m_run->stopping) {
        if (m_run->job.counts.deferred > 0) {
            state = JobState::Paused; // waiting for the send cap
            resumeAt
                = m_run->earliestDeferred.isValid() ? m_run->earliestDeferred : m_clock->nowUtc();
            message = tr("The sender's send cap is reached: %n contact(s) deferred until %1.",
                         nullptr, m_run->job.counts.deferred)
                          .arg(QLocale().toString(resumeAt.toLocalTime(), QLocale::ShortFormat));
        } else {
            state = JobState::Completed;
        }
    }
    m_run->ending = true;
    const qint64 jobId = m_run->job.id;
    const QDateTime now = m_clock->nowUtc();
    m_store->run(
        [jobId, state, now, message, resumeAt](Stores &s) -> std::optional<EnrollmentJobRecord> {
            // Not saved (a full disk): the file still says "running"; what the run ended as
            // is below, not that record.
            if (!s.enrollments.setJobState(jobId, state, now, message, resumeAt))
                return std::nullopt;
            return s.enrollments.job(jobId);
        },
        m_context,
        [this, state, message, resumeAt](std::optional<EnrollmentJobRecord> job) {
            std::unique_ptr<Run> run = std::move(m_run);
            m_context->deleteLater(); // not now: this runs inside one of its callbacks
            m_context = nullptr;
            EnrollmentJobRecord out = job.value_or(run->job);
            if (!job) { // the store failed: say what the run ended as anyway
                out.state = state;
                out.message = message;
                out.resumeAt = resumeAt;
            }
            m_lock.reset();
            emit finished(out);
        });
}

} // namespace SeqDesk::Enroll
