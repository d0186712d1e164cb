// RatePacer: when to send the next request.
//
// Without rate-limit headers the server's limit is learned from its 429s, AIMD-style:
//   - an overrun (a 429 of a request sent after the last cut): the requests of this pacer
//     the server accepted in the window before the rejected one (sent, less those answered
//     429) are about its budget; the limit becomes that less a tenth (at least one less),
//     counted in a rolling window like Max. No request of ours accepted (someone else used
//     the window): half the limit (or of the fallback rate's window). 429s of requests
//     sent before the cut are the same overrun: they change neither limit nor backoff.
//   - every accepted answer: the limit grows by 1/limit (one per window at full pace) up
//     to the count that overran it, by a fifth of that past it (probing, so a limit that
//     went up is found again); once it reaches the fallback rate it is forgotten.
//   - the wait after a 429 without Retry-After: rateLimitBackoff() with the number of
//     overruns since an answer was accepted (1 s, 2 s, ... up to the window, full jitter).
// A steady limit of N per window then costs about one 429 per N/10 + 5 windows (0.9 N grows
// back to N in N/10 windows, then takes 5 to reach N + 1) instead of one or more per window
// (tst_ratepacerlearning measures it).
#include "hubspot/RatePacer.h"

#include "hubspot/Backoff.h"

#include "core/Clock.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace SeqDesk::HubSpot {

namespace {

// Past the count that overran it, the learned limit grows one per this many windows.
constexpr double probeWindows = 5.0;

// The most a window's count (Max, Remaining) or its length may be for SeqDesk to believe it:
// HubSpot's are a few hundred requests per 10 s. A larger value is read as no header, so the
// pacer's arithmetic (Max - Remaining, a send time plus the window) stays in range.
constexpr qint64 kMaxWindowCount = 1'000'000;
constexpr qint64 kMaxWindowMs = 24 * 3600 * 1000;

std::optional<qint64> number(const QByteArray &raw, qint64 most)
{
    bool ok = false;
    const qint64 value = raw.trimmed().toLongLong(&ok);
    if (!ok || value < 0 || value > most)
        return std::nullopt;
    return value;
}

std::optional<int> smallNumber(const QByteArray &raw, qint64 most)
{
    const std::optional<qint64> value = number(raw, most);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

} // namespace

RateLimitHeaders RateLimitHeaders::read(const std::function<QByteArray(const QByteArray &)> &header)
{
    RateLimitHeaders h;
    h.max = smallNumber(header(QByteArrayLiteral("X-HubSpot-RateLimit-Max")), kMaxWindowCount);
    h.remaining
        = smallNumber(header(QByteArrayLiteral("X-HubSpot-RateLimit-Remaining")), kMaxWindowCount);
    h.intervalMs = smallNumber(
        header(QByteArrayLiteral("X-HubSpot-RateLimit-Interval-Milliseconds")), kMaxWindowMs);
    const qint64 most = std::numeric_limits<qint64>::max();
    h.daily = number(header(QByteArrayLiteral("X-HubSpot-RateLimit-Daily")), most);
    h.dailyRemaining
        = number(header(QByteArrayLiteral("X-HubSpot-RateLimit-Daily-Remaining")), most);
    if (h.max && *h.max <= 0)
        h.max.reset();
    if (h.intervalMs && *h.intervalMs <= 0)
        h.intervalMs.reset();
    return h;
}

RatePacer::RatePacer(const Clock *clock, PacerConfig config)
    : m_clock(clock)
    , m_config(config)
{
    Q_ASSERT(clock);
    m_config.maxInFlight = qMax(1, m_config.maxInFlight);
    if (!(m_config.fallbackRatePerSecond > 0))
        m_config.fallbackRatePerSecond = 9.0;
    m_config.safetyMargin = qBound(0.0, m_config.safetyMargin, 0.5);
    m_info.fallbackRatePerSecond = m_config.fallbackRatePerSecond;
}

int RatePacer::allowedInFlight() const
{
    if (m_info.known || m_headerlessAnswers >= m_config.headerlessAnswersBeforeFallback)
        return m_config.maxInFlight;
    return 1;
}

qint64 RatePacer::effectiveWindowMs() const
{
    if (!m_info.known)
        return 0;
    return qint64(std::ceil(m_info.intervalMs * (1.0 + m_config.safetyMargin)));
}

qint64 RatePacer::learnedWindowMs() const
{
    return qint64(std::ceil(m_learnedWindowMs * (1.0 + m_config.safetyMargin)));
}

void RatePacer::prune(qint64 now) const
{
    // Keep two windows (at least the headerless one, for a 429 to be compared with) of
    // history; the estimate of other apps' usage needs the sends around the answered
    // request too.
    const qint64 headerless
        = qint64(std::ceil(qMax(0, m_config.headerlessWindowMs) * (1.0 + m_config.safetyMargin)));
    const qint64 keep
        = std::max({effectiveWindowMs(), learnedWindowMs(), headerless, qint64(1000)}) * 2;
    while (!m_sends.empty() && m_sends.front() <= now - keep)
        m_sends.pop_front();
    while (!m_rejected.empty() && m_rejected.front() <= now - keep)
        m_rejected.pop_front();
}

int RatePacer::countSince(qint64 fromExclusive, qint64 toInclusive) const
{
    int n = 0;
    for (const qint64 t : m_sends) {
        if (t > fromExclusive && t <= toInclusive)
            ++n;
    }
    return n;
}

int RatePacer::sendsInWindow() const
{
    const qint64 now = m_clock->monotonicMs();
    prune(now);
    const qint64 window = m_info.known ? effectiveWindowMs() : 1000;
    return countSince(now - window, now);
}

qint64 RatePacer::msUntilNextSend(int inFlight) const
{
    if (inFlight >= allowedInFlight())
        return -1;
    const qint64 now = m_clock->monotonicMs();
    prune(now);
    qint64 wait = m_pausedUntil > now ? m_pausedUntil - now : 0;
    if (m_info.known) {
        const qint64 window = effectiveWindowMs();
        std::deque<qint64> inWindow;
        for (const qint64 t : m_sends) {
            if (t > now - window)
                inWindow.push_back(t);
        }
        const int external = now < m_externalUntil ? m_external : 0;
        // Within the server's limit with the other apps' sends, and within our own share.
        const int budget = std::max(1, int(std::floor(m_info.max * m_config.share)));
        const int excess = std::max(int(inWindow.size()) + external - m_info.max + 1,
                                    int(inWindow.size()) - budget + 1);
        if (excess > 0) {
            // The oldest `excess` counted sends must leave the window first; other apps'
            // sends are assumed to leave last.
            const qint64 freeAt = excess <= int(inWindow.size())
                ? inWindow[size_t(excess - 1)] + window
                : qMax(m_externalUntil, inWindow.empty() ? now : inWindow.back() + window);
            wait = qMax(wait, freeAt - now);
        }
    } else {
        if (m_lastSend) {
            const qint64 spacing = qint64(std::ceil(1000.0 / m_config.fallbackRatePerSecond));
            wait = qMax(wait, *m_lastSend + spacing - now);
        }
        if (m_learnedMax >= 1) {
            // The learned limit stands in for Max (and our share of it).
            const qint64 window = learnedWindowMs();
            const int budget = std::max(1, int(std::floor(m_learnedMax * m_config.share)));
            std::deque<qint64> inWindow;
            for (const qint64 t : m_sends) {
                if (t > now - window)
                    inWindow.push_back(t);
            }
            const int excess = int(inWindow.size()) - budget + 1;
            if (excess > 0)
                wait = qMax(wait, inWindow[size_t(excess - 1)] + window - now);
        }
    }
    return qMax<qint64>(0, wait);
}

void RatePacer::onSent()
{
    const qint64 now = m_clock->monotonicMs();
    m_sends.push_back(now);
    m_lastSend = now;
    prune(now);
}

void RatePacer::onPeerClosed()
{
    onSent();
}

void RatePacer::onAnswer(qint64 sentAtMs, const RateLimitHeaders &h, bool tooManyRequests)
{
    if (!tooManyRequests) {
        m_overruns = 0;
        growLearnedLimit();
    }
    if (!h.any()) {
        ++m_headerlessAnswers;
        return;
    }
    m_headerlessAnswers = 0;
    if (h.hasWindow() && *h.max > 0 && *h.intervalMs > 0) {
        m_info.known = true;
        m_info.max = *h.max;
        m_info.intervalMs = *h.intervalMs;
    }
    if (h.daily)
        m_info.daily = *h.daily;
    if (h.dailyRemaining)
        m_info.dailyRemaining = *h.dailyRemaining;
    if (!h.remaining)
        return;
    m_info.remaining = *h.remaining;
    if (!m_info.known || sentAtMs < m_externalEstimateAt)
        return;
    // The server counted (Max - Remaining) requests in its window when this one arrived.
    // Whatever our own sends in that window do not explain was sent by someone else.
    const qint64 window = effectiveWindowMs();
    const int serverCount = m_info.max - *h.remaining;
    const int own = countSince(sentAtMs - window, sentAtMs);
    m_externalEstimateAt = sentAtMs;
    m_external = qMax(0, serverCount - own);
    m_externalUntil = sentAtMs + window;
}

void RatePacer::growLearnedLimit()
{
    if (m_learnedMax <= 0)
        return;
    const double step = m_learnedMax < m_learnedCeiling ? 1.0 : 1.0 / probeWindows;
    m_learnedMax += step / m_learnedMax;
    // At the fallback rate's own pace the learned limit holds nothing back any more.
    if (m_learnedMax >= m_config.fallbackRatePerSecond * m_learnedWindowMs / 1000.0) {
        m_learnedMax = 0;
        m_learnedCeiling = 0;
    }
}

qint64 RatePacer::onTooManyRequests(qint64 sentAtMs, int windowMs, double unit)
{
    const qint64 now = m_clock->monotonicMs();
    prune(now);
    const int window = qMax(1, windowMs);
    if (sentAtMs >= m_lastCutAt) { // a new overrun
        ++m_overruns;
        m_lastCutAt = now;
        if (!m_info.known) {
            const qint64 span = qint64(std::ceil(window * (1.0 + m_config.safetyMargin)));
            int rejected = 0;
            for (const qint64 t : m_rejected)
                rejected += t > sentAtMs - span && t <= sentAtMs ? 1 : 0;
            // Our sends in the window before this one, less those the server refused.
            const int accepted = qMax(0, countSince(sentAtMs - span, sentAtMs) - rejected - 1);
            const double limit = accepted > 0
                ? accepted - qMax(1, accepted / 10)
                : (m_learnedMax > 0 ? m_learnedMax
                                    : m_config.fallbackRatePerSecond * window / 1000.0)
                    / 2;
            m_learnedMax = qMax(1.0, std::floor(limit));
            m_learnedCeiling = accepted;
            m_learnedWindowMs = window;
        }
    }
    m_rejected.insert(std::upper_bound(m_rejected.begin(), m_rejected.end(), sentAtMs), sentAtMs);
    return rateLimitBackoff(window).delayMs(m_overruns - 1, unit);
}

void RatePacer::pauseFor(qint64 ms)
{
    if (ms <= 0)
        return;
    m_pausedUntil = qMax(m_pausedUntil, m_clock->monotonicMs() + ms);
}

RateLimitInfo RatePacer::info() const
{
    RateLimitInfo info = m_info;
    info.allowedInFlight = allowedInFlight();
    if (!m_info.known && m_learnedMax >= 1) {
        info.learnedMax = int(std::floor(m_learnedMax));
        info.learnedIntervalMs = m_learnedWindowMs;
    }
    return info;
}

} // namespace SeqDesk::HubSpot
