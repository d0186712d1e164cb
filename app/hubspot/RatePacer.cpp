#include "hubspot/RatePacer.h"

#include "core/Clock.h"

#include <algorithm>
#include <cmath>

namespace SeqDesk::HubSpot {

namespace {

template<typename T> std::optional<T> number(const QByteArray &raw)
{
    bool ok = false;
    const qint64 value = raw.trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return T(value);
}

} // namespace

RateLimitHeaders RateLimitHeaders::read(const std::function<QByteArray(const QByteArray &)> &header)
{
    RateLimitHeaders h;
    h.max = number<int>(header(QByteArrayLiteral("X-HubSpot-RateLimit-Max")));
    h.remaining = number<int>(header(QByteArrayLiteral("X-HubSpot-RateLimit-Remaining")));
    h.intervalMs
        = number<int>(header(QByteArrayLiteral("X-HubSpot-RateLimit-Interval-Milliseconds")));
    h.daily = number<qint64>(header(QByteArrayLiteral("X-HubSpot-RateLimit-Daily")));
    h.dailyRemaining
        = number<qint64>(header(QByteArrayLiteral("X-HubSpot-RateLimit-Daily-Remaining")));
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

void RatePacer::prune(qint64 now) const
{
    // Keep one window (or one second for the fallback spacing) of history; the estimate of
    // other apps' usage needs the sends around the answered request too.
    const qint64 keep = qMax<qint64>(effectiveWindowMs(), 1000) * 2;
    while (!m_sends.empty() && m_sends.front() <= now - keep)
        m_sends.pop_front();
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
    } else if (m_lastSend) {
        const qint64 spacing = qint64(std::ceil(1000.0 / m_config.fallbackRatePerSecond));
        wait = qMax(wait, *m_lastSend + spacing - now);
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

void RatePacer::onAnswer(qint64 sentAtMs, const RateLimitHeaders &h)
{
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
    return info;
}

} // namespace SeqDesk::HubSpot
