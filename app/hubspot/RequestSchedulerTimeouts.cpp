// RequestScheduler: how long one try may wait, and how long a request is retried.
//
// A try goes through phases, each with its own limit (ClientConfig):
//   - Connect (connectTimeoutMs): from QNetworkReply::socketStartedConnecting until the
//     request is sent (requestSent) or the TLS handshake is done (encrypted). A try on a
//     connection that is already open skips it.
//   - FirstByte (firstByteTimeoutMs): from the send (again from requestSent) until the
//     answer's first byte (metaDataChanged / readyRead).
//   - Idle: the answer has begun; only the transfer timeout (timeoutMs, set on the
//     request: no byte for that long) applies, so a long answer that keeps arriving is
//     never cut. The transfer timeout runs in the other phases too.
// The phase timer aborts the reply; onReplyFinished() then sees job->timedOut and reports
// NetworkFailure::Timeout with the phase and its limit, so the error can say what was
// waited for. A non-idempotent request that timed out is handed back with outcomeUnknown
// whatever the phase (RequestScheduler.cpp): a request may be on the wire before Qt says
// so.
//
// Retries of failures without a usable answer (timeouts, dropped connections, 5xx, broken
// bodies) stop when the next try could not wait out its first-byte time within
// retryBudgetMs of the first try (of the first try after the last 429: an answering server
// is not silent). With the defaults a server that accepts and never answers costs 3 tries
// of 15 s and about 1.5 s of backoff: the error comes after about 46 s.
#include "hubspot/RequestScheduler.h"

#include "hubspot/Logging.h"

#include "core/Clock.h"

#include <QNetworkReply>
#include <QTimer>

namespace SeqDesk::HubSpot {

void RequestScheduler::watchPhases(const JobPtr &job, QNetworkReply *reply)
{
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    job->phaseTimer = timer;
    const std::weak_ptr<Job> weak = job;
    const auto enter = [weak, timer](TimeoutPhase phase, int limitMs) {
        const JobPtr j = weak.lock();
        if (!j || j->reply == nullptr || j->phase == TimeoutPhase::Idle)
            return; // over, or the answer has begun: no phase before it comes back
        j->phase = phase;
        j->phaseLimitMs = limitMs;
        if (phase == TimeoutPhase::Idle || limitMs <= 0)
            timer->stop(); // the transfer timeout watches the rest (or there is no limit)
        else
            timer->start(limitMs);
    };
    const int connectMs = m_config.connectTimeoutMs;
    const int firstByteMs = m_config.firstByteTimeoutMs;
    enter(TimeoutPhase::FirstByte, firstByteMs);
    connect(reply, &QNetworkReply::socketStartedConnecting, timer,
            [enter, connectMs] { enter(TimeoutPhase::Connect, connectMs); });
    connect(reply, &QNetworkReply::requestSent, timer,
            [enter, firstByteMs] { enter(TimeoutPhase::FirstByte, firstByteMs); });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::encrypted, timer, [weak, enter, firstByteMs] {
        const JobPtr j = weak.lock();
        if (j && j->phase == TimeoutPhase::Connect)
            enter(TimeoutPhase::FirstByte, firstByteMs);
    });
#endif
    // The limit by value: the reply (and this timer) may outlive the scheduler when its client
    // is replaced, and a queued readyRead must not read a deleted scheduler's settings.
    const int idleMs = m_config.timeoutMs;
    const auto answerBegan = [enter, idleMs] {
        enter(TimeoutPhase::Idle, idleMs);
    };
    connect(reply, &QNetworkReply::metaDataChanged, timer, answerBegan);
    connect(reply, &QNetworkReply::readyRead, timer, answerBegan);
    connect(timer, &QTimer::timeout, this, [this, reply] { onPhaseTimeout(reply); });
}

void RequestScheduler::onPhaseTimeout(QNetworkReply *reply)
{
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [reply](const JobPtr &j) { return j->reply == reply; });
    if (it == m_inFlight.end())
        return;
    (*it)->timedOut = (*it)->phase;
    reply->abort(); // finished() -> onReplyFinished()
}

void RequestScheduler::describeTimeout(const Job &job, ApiError *error) const
{
    if (job.timedOut != TimeoutPhase::None) {
        error->timeoutPhase = job.timedOut;
        error->timeoutLimitMs = job.phaseLimitMs;
        return;
    }
    // The transfer timeout: nothing moved for timeoutMs, in whatever phase the try was.
    error->timeoutPhase = job.phase == TimeoutPhase::None ? TimeoutPhase::FirstByte : job.phase;
    error->timeoutLimitMs = m_config.timeoutMs;
}

bool RequestScheduler::retryFitsBudget(const Job &job, qint64 waitMs) const
{
    // How long the try waits for its first byte at most (a limit of 0 is none).
    const int firstByte = m_config.firstByteTimeoutMs;
    const int idle = m_config.timeoutMs;
    const qint64 tryMs
        = firstByte > 0 && idle > 0 ? qMin(firstByte, idle) : qMax(0, qMax(firstByte, idle));
    const qint64 now = m_clock->monotonicMs();
    if (m_config.retryBudgetMs <= 0 || job.budgetFrom < 0
        || now + waitMs + tryMs - job.budgetFrom <= m_config.retryBudgetMs)
        return true;
    qCInfo(lcHubSpot).noquote() << "giving up on" << job.request.verb << job.request.url.path()
                                << "after" << job.attempts << "tries in" << now - job.firstSentAt
                                << "ms: another try would not fit in" << m_config.retryBudgetMs
                                << "ms";
    return false;
}

} // namespace SeqDesk::HubSpot
