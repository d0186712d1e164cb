#include "hubspot/RequestScheduler.h"

#include "hubspot/Backoff.h"
#include "hubspot/Logging.h"

#include "core/Clock.h"
#include "core/Redactor.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <utility>

namespace SeqDesk::HubSpot {

namespace {

// Qt reports HTTP error statuses as errors too (400 is ProtocolInvalidOperationError, 404
// ContentNotFoundError, ...). An error is about the connection when there is no HTTP status,
// or when it is a connection-level code even though a status arrived (a body cut short).
bool isNetworkLevel(QNetworkReply::NetworkError error, bool hasStatus)
{
    const int code = int(error);
    if (!hasStatus)
        return true;
    return code > 0 && code < 200;
}

NetworkFailure failureOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout aborts the reply
        return NetworkFailure::Timeout;
    case QNetworkReply::ConnectionRefusedError:
        return NetworkFailure::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return NetworkFailure::RemoteClosed;
    case QNetworkReply::HostNotFoundError:
        return NetworkFailure::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return NetworkFailure::Tls;
    default:
        return NetworkFailure::Other;
    }
}

// Nothing reached the server: safe to resend even a non-idempotent request.
bool neverSent(NetworkFailure failure)
{
    return failure == NetworkFailure::ConnectionRefused || failure == NetworkFailure::HostNotFound;
}

bool isJson(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return true; // an empty 2xx is the parser's business
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

RequestScheduler::RequestScheduler(QNetworkAccessManager *nam, const Clock *clock,
                                   const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_config(config)
    , m_pacer(clock,
              PacerConfig {config.maxInFlight, config.fallbackRatePerSecond, config.safetyMargin, 3,
                           std::clamp(config.rateShare, 0.05, 1.0), config.headerlessWindowMs})
    , m_random(QRandomGenerator::securelySeeded())
{
    Q_ASSERT(nam);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestScheduler::pump);
    m_lastNotified = m_pacer.info();
}

void RequestScheduler::setAccessToken(const QString &token)
{
    m_token = token;
}

void RequestScheduler::submit(const OutgoingRequest &request, QObject *context, Callback done,
                              qint64 delayMs)
{
    auto job = std::make_shared<Job>();
    job->id = m_nextId++;
    job->request = request;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    job->notBefore = m_clock->monotonicMs() + qMax<qint64>(0, delayMs);
    m_queue.push_back(job);
    pump();
}

void RequestScheduler::pump()
{
    if (m_cancelling)
        return; // cancelAll() is emptying the queue; nothing new goes on the wire
    const qint64 now = m_clock->monotonicMs();
    // Drop jobs whose receiver is gone before they cost a request.
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if ((*it)->contextGone())
            it = m_queue.erase(it);
        else
            ++it;
    }
    qint64 nextWake = -1;
    while (!m_queue.empty()) {
        auto ready = m_queue.end();
        qint64 earliest = std::numeric_limits<qint64>::max();
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if ((*it)->notBefore <= now) {
                ready = it;
                break;
            }
            earliest = qMin(earliest, (*it)->notBefore);
        }
        if (ready == m_queue.end()) {
            nextWake = earliest - now;
            break;
        }
        const qint64 wait = m_pacer.msUntilNextSend(int(m_inFlight.size()));
        if (wait < 0)
            break; // an answer will pump again
        if (wait > 0) {
            nextWake = wait;
            break;
        }
        JobPtr job = *ready;
        m_queue.erase(ready);
        send(job);
    }
    if (nextWake >= 0)
        m_timer.start(int(qMin<qint64>(nextWake, 24 * 3600 * 1000)));
    else
        m_timer.stop();
}

void RequestScheduler::send(const JobPtr &job)
{
    QNetworkRequest request(job->request.url);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SeqDesk/0.1"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!job->request.body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    job->attempts += 1;
    job->onWire = true;
    job->sentAt = m_clock->monotonicMs();
    if (job->firstSentAt < 0)
        job->firstSentAt = job->sentAt;
    if (job->budgetFrom < 0)
        job->budgetFrom = job->sentAt;
    job->timedOut = TimeoutPhase::None;
    job->phase = TimeoutPhase::None;
    m_pacer.onSent();
    ++m_stats.requestsSent;
    qCDebug(lcHubSpot).noquote() << job->request.verb << job->request.url.path() << "attempt"
                                 << job->attempts;
    QNetworkReply *reply = job->request.body.isNull()
        ? m_nam->sendCustomRequest(request, job->request.verb)
        : m_nam->sendCustomRequest(request, job->request.verb, job->request.body);
    job->reply = reply;
    m_inFlight.push_back(job);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    watchPhases(job, reply);
}

void RequestScheduler::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                           [reply](const JobPtr &j) { return j->reply == reply; });
    if (it == m_inFlight.end())
        return;
    JobPtr job = *it;
    m_inFlight.erase(it);
    job->reply = nullptr;
    if (job->phaseTimer)
        job->phaseTimer->stop();
    const bool wasOnWire = std::exchange(job->onWire, false);

    RawAnswer answer;
    answer.attempts = job->attempts;
    const auto header = [reply](const QByteArray &name) {
        return reply->rawHeader(name);
    };
    const RateLimitHeaders headers = RateLimitHeaders::read(header);
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    QPointer<RequestScheduler> alive(this); // a callback may destroy the client

    if (job->cancelled) {
        job->onWire = wasOnWire;
        deliver(job, cancelledAnswer(*job));
    } else if (error != QNetworkReply::NoError && isNetworkLevel(error, status.isValid())) {
        ++m_stats.networkErrors;
        if (status.isValid() || headers.any()) // an answer began, then broke off
            m_pacer.onAnswer(job->sentAt, headers, status.toInt() == 429);
        const NetworkFailure failure
            = job->timedOut != TimeoutPhase::None ? NetworkFailure::Timeout : failureOf(error);
        if (failure == NetworkFailure::RemoteClosed) {
            m_pacer.onPeerClosed(); // Qt has probably resent it once already
            ++m_stats.suspectedResends;
        }
        const QString detail = Redactor::scrub(reply->errorString(), m_token);
        answer.error = ApiError::fromNetwork(job->request.endpoint, failure, detail);
        if (failure == NetworkFailure::Timeout)
            describeTimeout(*job, &answer.error);
        handleAnswer(job, answer, QByteArray());
    } else {
        ++m_stats.answers;
        m_pacer.onAnswer(job->sentAt, headers, status.toInt() == 429);
        answer.httpStatus = status.toInt();
        answer.body = reply->readAll();
        handleAnswer(job, answer, reply->rawHeader(QByteArrayLiteral("Retry-After")));
    }
    if (!alive)
        return;
    notifyRateLimit();
    pump();
}

void RequestScheduler::handleAnswer(const JobPtr &job, RawAnswer answer,
                                    const QByteArray &retryAfter)
{
    const bool canRetry = job->attempts <= m_config.maxRetries;
    const BackoffPolicy backoff {m_config.backoffBaseMs, m_config.backoffCapMs};
    const qint64 backoffMs = backoff.delayMs(job->attempts - 1, m_random.generateDouble());
    const Endpoint endpoint = job->request.endpoint;

    if (answer.error.network != NetworkFailure::None) {
        const NetworkFailure failure = answer.error.network;
        if (!job->request.idempotent && !neverSent(failure) && failure != NetworkFailure::Tls) {
            answer.answerLost = true;
            answer.error.outcomeUnknown = true;
        } else if (answer.error.isRetryable() && canRetry && retryFitsBudget(*job, backoffMs)) {
            retryLater(job, backoffMs, answer.error);
            return;
        }
        deliver(job, answer);
        return;
    }

    const int status = answer.httpStatus;
    if (status >= 200 && status < 300) {
        if (!isJson(answer.body)) {
            answer.error = ApiError::parseError(
                endpoint, QStringLiteral("the answer (HTTP %1) is not valid JSON").arg(status));
            if (!job->request.idempotent) {
                answer.answerLost = true;
                answer.error.outcomeUnknown = true;
            } else if (canRetry && retryFitsBudget(*job, backoffMs)) {
                retryLater(job, backoffMs, answer.error);
                return;
            }
        }
        deliver(job, answer);
        return;
    }

    answer.error = ApiError::fromHttp(endpoint, status, answer.body, retryAfter);
    if (status == 429) {
        ++m_stats.tooManyRequests;
        job->budgetFrom = -1; // the server answers: the retry budget starts again
        // Without rate headers the pacer learns the limit from the 429 (and knows the
        // backoff for one that does not say when to retry); with them, their window.
        const bool headerless = !m_pacer.info().known;
        const qint64 learnedWait = headerless && answer.error.kind == ErrorKind::Retryable
            ? m_pacer.onTooManyRequests(
                job->sentAt, rateLimitWindowMs(answer.error, m_config.headerlessWindowMs),
                m_random.generateDouble())
            : -1;
        if (answer.error.kind == ErrorKind::Retryable && canRetry) {
            const qint64 wait = headerless && answer.error.retryAfterMs < 0
                ? learnedWait
                : rateLimitWaitMs(answer.error, m_pacer.info().intervalMs,
                                  backoff.ceilingMs(job->attempts - 1));
            if (wait > m_config.maxRetryAfterMs) {
                giveUpOnLongWait(job, answer, wait);
                return;
            }
            m_pacer.pauseFor(wait);
            m_stats.rateLimitWaitMs += wait;
            retryLater(job, wait, answer.error);
            return;
        }
    } else if (answer.error.isRetryable()) {
        if (!job->request.idempotent) {
            answer.answerLost = true; // a 5xx may come after the change was applied
            answer.error.outcomeUnknown = true;
        } else if (answer.error.retryAfterMs > m_config.maxRetryAfterMs) {
            giveUpOnLongWait(job, answer, answer.error.retryAfterMs);
            return;
        } else if (const qint64 wait = qMax(backoffMs, answer.error.retryAfterMs);
                   canRetry && retryFitsBudget(*job, wait)) {
            retryLater(job, wait, answer.error);
            return;
        }
    }
    deliver(job, answer);
}

void RequestScheduler::giveUpOnLongWait(const JobPtr &job, const RawAnswer &answer, qint64 waitMs)
{
    qCInfo(lcHubSpot).noquote() << "not retrying" << job->request.verb << job->request.url.path()
                                << ": the server asks to wait" << waitMs << "ms, more than"
                                << m_config.maxRetryAfterMs;
    deliver(job, answer);
}

void RequestScheduler::retryLater(const JobPtr &job, qint64 waitMs, const ApiError &why)
{
    ++m_stats.retries;
    qCInfo(lcHubSpot).noquote() << "retrying" << job->request.verb << job->request.url.path()
                                << "in" << waitMs << "ms after"
                                << Redactor::scrub(why.summary(), m_token);
    job->notBefore = m_clock->monotonicMs() + waitMs;
    m_queue.push_front(job);
}

void RequestScheduler::deliver(const JobPtr &job, RawAnswer answer)
{
    if (answer.error.isError()) {
        if (job->firstSentAt >= 0) {
            answer.error.attempts = job->attempts;
            answer.error.elapsedMs = m_clock->monotonicMs() - job->firstSentAt;
        }
        answer.error.scrub(m_token);
        if (answer.error.kind != ErrorKind::Cancelled)
            qCDebug(lcHubSpot).noquote() << Redactor::scrub(answer.error.summary(), m_token);
    }
    if (job->contextGone() || !job->done)
        return;
    const Callback done = std::move(job->done);
    job->done = nullptr;
    done(answer);
}

ClientStats RequestScheduler::stats() const
{
    ClientStats s = m_stats;
    s.inFlight = int(m_inFlight.size());
    s.queued = int(m_queue.size());
    s.rateLimit = m_pacer.info();
    return s;
}

void RequestScheduler::notifyRateLimit()
{
    const RateLimitInfo info = m_pacer.info();
    if (info.known == m_lastNotified.known && info.max == m_lastNotified.max
        && info.intervalMs == m_lastNotified.intervalMs
        && info.allowedInFlight == m_lastNotified.allowedInFlight)
        return;
    m_lastNotified = info;
    emit rateLimitChanged(info);
}

} // namespace SeqDesk::HubSpot
