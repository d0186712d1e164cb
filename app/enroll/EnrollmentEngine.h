#pragma once

#include "enroll/DryRunPlanner.h"
#include "enroll/JobSpec.h"
#include "hubspot/ApiError.h"
#include "store/Records.h"

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace SeqDesk {
class Clock;
}
namespace SeqDesk::HubSpot {
class HubSpotClient;
struct EnrollmentResult;
template<typename T> class Result;
} // namespace SeqDesk::HubSpot
namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Enroll {

struct EngineSettings
{
    int dailyCap = SendCap::kDefault; // the cap createJob() stores when JobSpec has none
    int window = 8; // enroll requests in flight at once (the client paces them further)
    qint64 capRetryMs = qint64(60) * 60 * 1000; // HubSpot said "cap reached", history did not
    qint64 clockSkewMs = 2 * 60 * 1000; // tolerance when matching a recovered enrollment
    // HubSpot did not answer after the client's own retries: the job waits this long (or as
    // long as Retry-After asked) and is then due again (EnrollmentStore::dueJobs).
    qint64 retryLaterMs = qint64(5) * 60 * 1000;
};

// Runs enrollment jobs through the client with a journal in SQLite (enrollment_items):
// an item is written "in flight" before its request and written again with HubSpot's
// answer, so after a crash at any moment a resumed job checks each in-flight contact's
// enrollment before sending anything and never enrolls a contact twice.
//
// Per-contact verdicts (already enrolled, unsubscribed, ...) skip the contact; run-fatal
// errors (token, scopes, sequence gone, sender without inbox or seat) stop the job as
// Failed with what to do. The job waits (Paused with a resume time, see
// EnrollmentStore::dueJobs) when the sender's cap (the job's dailyCap) is reached (the rest
// is deferred), when HubSpot's daily API limit is used up (until it resets at midnight in
// the portal's time zone; see ResumeTimes.h) and when HubSpot did not answer after the
// client's retries (EngineSettings::retryLaterMs): the contact is not failed but stays
// pending, or in flight when the request may have been applied, so the next run checks it
// first. A recovered enrollment already journaled for another item (the same contact in
// another job) is not counted for this one. One job at a time.
class EnrollmentEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentEngine)

public:
    // Not owned; `clock` may be null (system clock).
    EnrollmentEngine(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                     const Clock *clock = nullptr, QObject *parent = nullptr);
    ~EnrollmentEngine() override;

    void setSettings(const EngineSettings &settings) { m_settings = settings; }
    EngineSettings settings() const { return m_settings; }

    // The items of a job from a dry run: Enroll -> pending, Deferred -> deferred (with its
    // time), every skip -> skipped with the plan's code. Pure.
    static QList<Store::EnrollmentItemRecord> itemsFromPlan(const QList<PlannedContact> &plan);
    // Saves a Draft job with its items; `done` gets its id, or nullopt and why.
    void createJob(const JobSpec &spec, const QList<PlannedContact> &plan, QObject *context,
                   std::function<void(std::optional<qint64>, QString)> done);

    // Where job locks live (the store's folder), so two processes (the app and seqdesk-cli)
    // never run one job at once. Empty: no locking (tests of one process).
    void setLockDirectory(const QString &directory) { m_lockDirectory = directory; }
    // Runs (or resumes) the job: its pending, in-flight and due deferred items, whatever its
    // state (a completed or failed job after EnrollmentStore::retryFailed), except a
    // cancelled one. False (and startError()) while another job runs here, or this one runs
    // in another process.
    bool start(qint64 jobId);
    QString startError() const { return m_startError; }
    // Stop sending; answers of requests already sent are still written. Then Paused
    // (resumable) or Cancelled (pending contacts stay pending, never sent).
    void pause();
    void cancel();
    bool isRunning() const { return m_run != nullptr; }
    // The HubSpot error that stopped the last run as Failed (nullopt: none, or a local one).
    std::optional<HubSpot::ApiError> fatalError() const { return m_fatal; }
    qint64 jobId() const;

signals:
    void jobLoaded(const SeqDesk::Store::EnrollmentJobRecord &job,
                   const QList<SeqDesk::Store::EnrollmentItemRecord> &items);
    void itemUpdated(const SeqDesk::Store::EnrollmentItemRecord &item);
    void countsChanged(const SeqDesk::Store::JobCounts &counts);
    // The run stopped: Completed, Paused (user, or waiting: job.resumeAt), Cancelled, Failed.
    void finished(const SeqDesk::Store::EnrollmentJobRecord &job);

private:
    struct Run;

    enum class WriteRole { Other, Answer, Verification }; // what a failed write releases

    // EngineVerification.cpp: contacts an earlier run left in flight.
    void verifyInFlight();
    bool isAfterAttempt(const Store::EnrollmentItemRecord &item, const QDateTime &at) const;
    void checkLatestSequence(const Store::EnrollmentItemRecord &item);
    void verified(Store::EnrollmentItemRecord item, const QString &enrollmentId,
                  const QDateTime &at);
    void verifyFailed(const Store::EnrollmentItemRecord &item, const HubSpot::ApiError &error);
    // Not applied after all: journaled pending, then queued to be sent.
    void requeue(const Store::EnrollmentItemRecord &item);
    // `then(taken)`: whether the journal has `enrollmentId` for another item. A failed read
    // releases `role` and fails the run.
    void checkEnrollmentId(const Store::EnrollmentItemRecord &item, const QString &enrollmentId,
                           WriteRole role, std::function<void(bool taken)> then);

    // EngineAnswers.cpp: HubSpot's answer to an enroll request.
    void onAnswer(Store::EnrollmentItemRecord item,
                  const HubSpot::Result<HubSpot::EnrollmentResult> &result);
    void applyAnswer(Store::EnrollmentItemRecord item,
                     const HubSpot::Result<HubSpot::EnrollmentResult> &result);
    void journalAnswer(const Store::EnrollmentItemRecord &item);
    // Stops the run as Paused with a resume time when `error` is one to wait out (HubSpot's
    // daily API limit; no answer after the client's retries). `what` says what failed.
    // False: not such an error, nothing done.
    bool waitOut(const HubSpot::ApiError &error, const QString &what);

    void pump();
    void send(Store::EnrollmentItemRecord item);
    void deferQueue(const QDateTime &notBefore);
    void write(const QList<Store::EnrollmentItemRecord> &items, std::function<void()> then,
               WriteRole role = WriteRole::Other);
    // Several stops in one run: a failure wins, then a pause or cancel without a resume time
    // (the user's), then the latest resume time.
    void stop(Store::JobState state, const QString &message,
              const QDateTime &resumeAt = QDateTime());
    void finishIfIdle();
    int sendsInWindow() const;
    // An in-flight item that was not sent after all: pending again (and counted so).
    Store::EnrollmentItemRecord unsent(Store::EnrollmentItemRecord item);
    void setCount(Store::ItemState from, Store::ItemState to);

    HubSpot::HubSpotClient *m_client;
    Store::StoreWorker *m_store;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    EngineSettings m_settings;
    std::unique_ptr<Run> m_run;
    QPointer<QObject> m_context; // receiver of the run's callbacks
    std::optional<HubSpot::ApiError> m_fatal;
    QString m_lockDirectory;
    QString m_startError;
    std::unique_ptr<QLockFile> m_lock; // held while a job runs
};

} // namespace SeqDesk::Enroll
