#pragma once

#include <QByteArray>
#include <QMetaType>

#include <algorithm>
#include <deque>
#include <functional>
#include <optional>

namespace SeqDesk {
class Clock;
}

namespace SeqDesk::HubSpot {

// The X-HubSpot-RateLimit-* headers of one answer; absent headers stay empty.
struct RateLimitHeaders
{
    std::optional<int> max;
    std::optional<int> remaining;
    std::optional<int> intervalMs;
    std::optional<qint64> daily;
    std::optional<qint64> dailyRemaining;

    bool hasWindow() const { return max.has_value() && intervalMs.has_value(); }
    bool any() const { return max || remaining || intervalMs || daily || dailyRemaining; }
    // `header` returns the raw value of a header name (empty when absent).
    static RateLimitHeaders read(const std::function<QByteArray(const QByteArray &)> &header);
};

// What the pacer currently believes about the server's limit.
struct RateLimitInfo
{
    bool known = false; // a response with Max and Interval arrived
    int max = 0; // requests per window (0 when unknown)
    int intervalMs = 0;
    int remaining = -1; // last Remaining header, -1 when none
    qint64 daily = -1;
    qint64 dailyRemaining = -1;
    int allowedInFlight = 1;
    double fallbackRatePerSecond = 0;
    // Without headers: the requests per window learned from 429s (0 = none learned).
    int learnedMax = 0;
    int learnedIntervalMs = 0;
};

struct PacerConfig
{
    int maxInFlight = 6;
    double fallbackRatePerSecond = 9.0; // used while the server sends no headers
    double safetyMargin = 0.025; // the window is counted this much longer than Interval
    // Answers without any rate header after which the server is assumed never to send
    // them; until then only one request is in flight.
    int headerlessAnswersBeforeFallback = 3;
    // The part of the server's per-window limit this pacer's own sends may take (0.05 to 1):
    // a client for background work (enrollment rules) leaves the rest to the user's.
    double share = 1.0;
    // The window assumed while the server sends no headers (onTooManyRequests); the sends
    // of that long are kept, so a 429 can be compared with them.
    int headerlessWindowMs = 10000;
};

// Decides when the next request may be sent, from the server's rate-limit headers (pure
// logic on a Clock; RequestScheduler does the waiting).
//
// - Until the first answer with headers, one request in flight and the fallback rate.
// - Known limit: at most Max sends in any rolling window of Interval * (1 + margin),
//   counted at send time, plus the sends of other apps on the token, estimated from
//   Remaining (Max - Remaining - our own sends in the window) and kept for one window.
// - No headers: the fallback rate, and once 429s arrived (onTooManyRequests) a limit
//   learned from them, counted like Max in a rolling window (see RatePacer.cpp).
// - pauseFor() (after a 429) stops everything for a while.
class RatePacer final
{
public:
    RatePacer(const Clock *clock, PacerConfig config);

    // Milliseconds until the next send is allowed: 0 = now, -1 = not before an answer
    // arrives (in-flight cap reached).
    qint64 msUntilNextSend(int inFlight) const;
    void onSent();
    // An HTTP answer to a request sent at `sentAtMs` (Clock::monotonicMs) arrived. Only
    // these count towards the headerless answers that switch to the fallback mode; a
    // network failure says nothing about the server's headers. `tooManyRequests`: it was a
    // 429; any other answer passed the server's limit and resets the 429 backoff.
    void onAnswer(qint64 sentAtMs, const RateLimitHeaders &headers, bool tooManyRequests = false);
    // A 429 answered the request sent at `sentAtMs`; `windowMs` is the window it refers to
    // (rateLimitWindowMs()). Unless the headers told the limit, learns it: the requests of
    // this pacer that the server accepted in the window before this one, less a tenth, is
    // the budget per window from now on (429s of requests sent before the last such cut
    // belong to the same overrun and change nothing). Returns the wait for a 429 that says
    // nothing of when to retry: rateLimitBackoff(windowMs) after as many such overruns as
    // came since an answer was accepted; `unit` is a uniform draw in [0, 1).
    qint64 onTooManyRequests(qint64 sentAtMs, int windowMs, double unit);
    // A request failed because the peer closed or reset the connection. Qt's HTTP stack
    // then silently resends it once (a POST too), so the server has probably seen two
    // requests: one more send is counted, now.
    void onPeerClosed();
    void pauseFor(qint64 ms);
    // PacerConfig::share from now on (0.05 to 1).
    void setShare(double share) { m_config.share = std::clamp(share, 0.05, 1.0); }
    int allowedInFlight() const;
    // The window used for counting (Interval plus margin), 0 while unknown.
    qint64 effectiveWindowMs() const;
    // Sends counted in the current window (own ones only).
    int sendsInWindow() const;
    RateLimitInfo info() const;

private:
    void prune(qint64 now) const;
    int countSince(qint64 fromExclusive, qint64 toInclusive) const;
    qint64 learnedWindowMs() const;
    void growLearnedLimit();

    const Clock *m_clock;
    PacerConfig m_config;
    mutable std::deque<qint64> m_sends; // ascending send times
    std::optional<qint64> m_lastSend;
    RateLimitInfo m_info;
    int m_headerlessAnswers = 0;
    int m_external = 0; // other apps' requests in the window (estimate)
    qint64 m_externalUntil = 0;
    qint64 m_externalEstimateAt = -1;
    qint64 m_pausedUntil = 0;
    // Learned from 429s while no headers came (RatePacer.cpp):
    mutable std::deque<qint64> m_rejected; // send times of requests answered 429
    double m_learnedMax = 0; // requests per window, 0 = nothing learned
    int m_learnedWindowMs = 0;
    int m_learnedCeiling = 0; // the accepted requests in the window of the last overrun
    qint64 m_lastCutAt = -1; // when the limit was last cut (a new overrun starts after it)
    int m_overruns = 0; // overruns since the last accepted answer (the backoff's streak)
};

} // namespace SeqDesk::HubSpot

Q_DECLARE_METATYPE(SeqDesk::HubSpot::RateLimitInfo)
