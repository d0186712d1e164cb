#pragma once

#include "hubspot/RatePacer.h"
#include "store/Records.h"
#include "sync/PortalSession.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace SeqDesk {
class Clock;
}
namespace SeqDesk::HubSpot {
class HubSpotClient;
}
namespace SeqDesk::Store {
class StoreWorker;
}
namespace SeqDesk::Sync {
class PortalManager;
}
namespace SeqDesk::Enroll {
class EnrollmentEngine;
struct JobSpec;
struct PlannedContact;
} // namespace SeqDesk::Enroll

namespace SeqDesk::Jobs {

// The app's enrollment jobs, one at a time, on the portal's client (PortalManager): those
// the wizard starts, and those waiting to go on — a job a killed process left running and
// paused jobs whose resume time (the send cap) has come, at start and every minute.
//
// The engine does the work (journal, exactly-once, locks shared with seqdesk-cli); this
// class picks the client, queues jobs, and re-emits the engine's signals with the job id.
class JobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunner)

public:
    // Where a job's client comes from: the client of portal `portalId`, or a null one and why
    // (PortalManager::withClient in the app; seqdesk-cli's own client in its MCP server).
    using ClientSource = std::function<void(const QString &portalId, QObject *context,
                                            Sync::PortalSession::ClientCallback done)>;

    // Not owned; `clock` may be null (system clock).
    JobRunner(Sync::PortalManager *portals, Store::StoreWorker *store, const Clock *clock = nullptr,
              QObject *parent = nullptr);
    JobRunner(ClientSource clients, Store::StoreWorker *store, const Clock *clock = nullptr,
              QObject *parent = nullptr);
    ~JobRunner() override;

    // Where job locks live (beside the mirror); empty: none.
    void setLockDirectory(const QString &directory) { m_lockDirectory = directory; }
    // How often waiting jobs are looked for (default a minute); 0 stops looking.
    void setCheckInterval(int ms);

    // Saves a job from a dry run (a Draft, started by run()); `done` gets its id, or
    // nullopt and why.
    void createJob(const Enroll::JobSpec &spec, const QList<Enroll::PlannedContact> &plan,
                   QObject *context, std::function<void(std::optional<qint64>, QString)> done);
    // Saves the job and runs it (queued), whether or not `context` is still there when the
    // save answers; `done` (if the context lives) gets the id, or nullopt and why.
    void createAndRun(const Enroll::JobSpec &spec, const QList<Enroll::PlannedContact> &plan,
                      QObject *context, std::function<void(std::optional<qint64>, QString)> done);

    // Queues the jobs that should run now (interrupted or due), then keeps looking.
    void resumeWaiting();
    // Runs the job now, or after the one running; a job already queued is not queued twice.
    void run(qint64 jobId);
    // "Retry failed": its failed contacts become pending again, then the job runs.
    void retryFailed(qint64 jobId);
    // The job: Paused (run() resumes it), whether running, starting or queued.
    void pause(qint64 jobId);
    // Cancelled, its pending contacts never sent: the job running or starting, or a paused
    // or queued one (then at once).
    void cancel(qint64 jobId);
    bool isBusy() const;
    qint64 currentJob() const { return m_current; }
    bool isQueued(qint64 jobId) const { return m_queue.contains(jobId); }
    // The running job's portal limits as its client learned them (known = false before).
    HubSpot::RateLimitInfo rateLimit() const;
    // The clock its jobs run on (never null), for what plans them.
    const Clock *clock() const { return m_clock; }

    // Before quitting: the running job pauses and is marked to resume at the next start;
    // `done` runs once nothing is in flight any more (at once when idle).
    void suspend(std::function<void()> done);

signals:
    void jobStarted(qint64 jobId);
    void jobLoaded(const SeqDesk::Store::EnrollmentJobRecord &job,
                   const QList<SeqDesk::Store::EnrollmentItemRecord> &items);
    void itemUpdated(const SeqDesk::Store::EnrollmentItemRecord &item);
    void countsChanged(qint64 jobId, const SeqDesk::Store::JobCounts &counts);
    // The run stopped (Completed, Paused, Cancelled or Failed; see job.message).
    void jobFinished(const SeqDesk::Store::EnrollmentJobRecord &job);
    // A job could not start (its portal is gone, no token, locked by seqdesk-cli ...).
    void problem(qint64 jobId, const QString &message);
    void idle();

private:
    void enqueue(const QList<qint64> &jobIds);
    void startNext();
    void startOn(qint64 jobId, std::shared_ptr<HubSpot::HubSpotClient> client);
    void onFinished(const Store::EnrollmentJobRecord &job);
    void giveUp(qint64 jobId, const QString &message);
    // Paused by quitting: due at once. `wasCurrent`: the job suspend() waited for.
    void markForNextStart(qint64 jobId, bool wasCurrent);
    // A job that is not running: `state` in the store if it is Paused or Draft (a queued one
    // leaves the queue), then jobFinished().
    void stopWaiting(qint64 jobId, Store::JobState state, const QString &message);
    void checkDue();

    ClientSource m_clients;
    Store::StoreWorker *m_store;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    QString m_lockDirectory;
    QList<qint64> m_queue;
    qint64 m_current = 0; // loading or running
    enum class Stop { None, Pause, Cancel }; // asked while the job was still starting
    Stop m_stopAsked = Stop::None;
    bool m_suspending = false;
    std::function<void()> m_suspended;
    std::shared_ptr<HubSpot::HubSpotClient> m_client; // of the running job
    std::unique_ptr<Enroll::EnrollmentEngine> m_engine;
    QTimer m_timer;
};

} // namespace SeqDesk::Jobs
