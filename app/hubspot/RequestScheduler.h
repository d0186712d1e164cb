#pragma once

#include "hubspot/ApiError.h"
#include "hubspot/ClientConfig.h"
#include "hubspot/RatePacer.h"

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace SeqDesk {
class Clock;
}

namespace SeqDesk::HubSpot {

struct OutgoingRequest
{
    Endpoint endpoint = Endpoint::AccountDetails;
    QByteArray verb = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body; // JSON, for POST
    // false for requests that change something (enroll): an answer lost after sending
    // (timeout, reset, 5xx, malformed 2xx body) is handed back with answerLost set
    // instead of being retried.
    bool idempotent = true;
};

struct RawAnswer
{
    int httpStatus = 0;
    QByteArray body;
    ApiError error; // kind None on success (2xx with a JSON body)
    bool answerLost = false;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
};

// Sends requests on an injected QNetworkAccessManager: keeps a queue, paces it with a
// RatePacer, keeps up to maxInFlight requests in flight, times each try out by phase
// (connect, first byte, idle: ClientConfig), retries what is retryable (429 after
// Retry-After / the headers' window, else a jittered backoff while the pacer learns the
// limit; 5xx, timeouts, dropped connections and malformed 2xx bodies with capped
// exponential backoff and full jitter, within ClientConfig::retryBudgetMs).
class RequestScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestScheduler)

public:
    using Callback = std::function<void(const RawAnswer &)>;

    RequestScheduler(QNetworkAccessManager *nam, const Clock *clock, const ClientConfig &config,
                     QObject *parent = nullptr);
    ~RequestScheduler() override;

    void setAccessToken(const QString &token);
    const QString &accessToken() const { return m_token; }
    // `done` runs once, unless `context` is destroyed first (then never, and a request
    // that has not been sent yet is dropped). `delayMs` delays the first send.
    void submit(const OutgoingRequest &request, QObject *context, Callback done,
                qint64 delayMs = 0);
    // Aborts everything; pending callbacks receive an ApiError of kind Cancelled (with
    // outcomeUnknown for a non-idempotent request that was on the wire), synchronously.
    // Nothing is sent while cancelling, and requests submitted by those callbacks are
    // cancelled too: when it returns, nothing is queued or in flight.
    void cancelAll();
    ClientStats stats() const;
    RateLimitInfo rateLimit() const { return m_pacer.info(); }
    void countRecoveredEnrollment() { ++m_stats.recoveredEnrollments; }
    // Seeds the jitter (tests).
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }
    void setRateShare(double share) { m_pacer.setShare(share); }

signals:
    void rateLimitChanged(const SeqDesk::HubSpot::RateLimitInfo &info);

private:
    struct Job
    {
        quint64 id = 0;
        OutgoingRequest request;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        int attempts = 0; // sends so far
        qint64 notBefore = 0;
        qint64 sentAt = 0;
        qint64 firstSentAt = -1;
        qint64 budgetFrom = -1; // retryBudgetMs counts from this send (-1: the next one)
        TimeoutPhase phase = TimeoutPhase::None; // what the try on the wire waits for
        qint64 phaseLimitMs = 0;
        TimeoutPhase timedOut = TimeoutPhase::None; // the phase timer aborted the try
        QPointer<QTimer> phaseTimer;
        QNetworkReply *reply = nullptr;
        bool onWire = false; // sent, and no answer or failure handled yet
        bool cancelled = false;

        bool contextGone() const { return hasContext && context.isNull(); }
    };
    using JobPtr = std::shared_ptr<Job>;

    void pump();
    void send(const JobPtr &job);
    // RequestSchedulerTimeouts.cpp
    void watchPhases(const JobPtr &job, QNetworkReply *reply);
    void onPhaseTimeout(QNetworkReply *reply);
    // The timeout fields of a try that ended with `error` (TimeoutError and the
    // OperationCanceledError of an abort are timeouts when not cancelled).
    void describeTimeout(const Job &job, ApiError *error) const;
    // A retry after `waitMs` can still wait out its first-byte time within the budget.
    bool retryFitsBudget(const Job &job, qint64 waitMs) const;
    void onReplyFinished(QNetworkReply *reply);
    void handleAnswer(const JobPtr &job, RawAnswer answer, const QByteArray &retryAfter);
    void retryLater(const JobPtr &job, qint64 waitMs, const ApiError &why);
    // Retry-After (or the policy's wait) exceeds ClientConfig::maxRetryAfterMs.
    void giveUpOnLongWait(const JobPtr &job, const RawAnswer &answer, qint64 waitMs);
    void deliver(const JobPtr &job, RawAnswer answer);
    void notifyRateLimit();
    // RequestSchedulerCancel.cpp
    RawAnswer cancelledAnswer(const Job &job) const;
    void abortReply(Job *job);
    // The scheduler is being destroyed: `done` of a job whose context is alive gets a
    // Cancelled answer later, from the context's event loop.
    static void postCancelled(const JobPtr &job, const RawAnswer &answer);

    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
    ClientConfig m_config;
    QString m_token;
    RatePacer m_pacer;
    QTimer m_timer;
    QRandomGenerator m_random;
    std::deque<JobPtr> m_queue;
    std::vector<JobPtr> m_inFlight;
    ClientStats m_stats;
    RateLimitInfo m_lastNotified;
    quint64 m_nextId = 1;
    bool m_cancelling = false;
};

} // namespace SeqDesk::HubSpot
