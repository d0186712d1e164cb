#pragma once

#include <QtGlobal>

namespace SeqDesk::HubSpot {

struct ApiError;

struct BackoffPolicy
{
    int baseMs = 500;
    int capMs = 30000;

    // Upper bound of the wait before retry number `attempt` (0 = first retry):
    // min(cap, base * 2^attempt).
    qint64 ceilingMs(int attempt) const;
    // Full jitter: a uniform draw in [0, ceilingMs(attempt)]; `unit` is in [0, 1).
    qint64 delayMs(int attempt, double unit) const;
};

// How long to wait after a 429 before sending again:
// Retry-After when present; else policyName TEN_SECONDLY_ROLLING -> the window
// (`intervalMs` from the headers, else 10 s); a secondly policy -> 1 s; otherwise the
// window when known, else `fallbackMs`. DAILY is not retried at all (Fatal).
qint64 rateLimitWaitMs(const ApiError &error, int intervalMs, qint64 fallbackMs);

// The window a 429 refers to while the server sends no rate-limit headers: one second for
// a secondly policy (policyName or message; at most `fallbackWindowMs`), else
// `fallbackWindowMs` (HubSpot's ten-second burst window, ClientConfig::headerlessWindowMs).
int rateLimitWindowMs(const ApiError &error, int fallbackWindowMs);

// The backoff after 429s that say nothing of when to retry (no Retry-After, no rate
// headers): full jitter under min(window, window / 10 * 2^streak), streak 0 = the first
// such 429 since a request was accepted. 1, 2, 4, 8, 10, 10 s for HubSpot's window.
BackoffPolicy rateLimitBackoff(int windowMs);

} // namespace SeqDesk::HubSpot
