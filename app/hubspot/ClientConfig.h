#pragma once

#include "hubspot/ApiVersion.h"
#include "hubspot/RatePacer.h"

#include <QUrl>

namespace SeqDesk::HubSpot {

struct ClientConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
    ApiVersion apiVersion = defaultApiVersion;
    int maxInFlight = 6; // once the server's limit is known
    // Timeouts of one try (docs/hubspot-wire.md, "Timeouts, retries and 429s without
    // hints"). HubSpot answers in well under a second, a search in a few; a try that waits
    // much longer is stuck. 0 turns a limit off.
    int connectTimeoutMs = 10000; // connection, TLS handshake and the request sent
    int firstByteTimeoutMs = 15000; // from the request sent to the answer's first byte
    // No byte in either direction for this long, in any phase (the QNetworkRequest transfer
    // timeout, an inactivity timeout): an answer that keeps arriving is never cut, however
    // long it takes.
    int timeoutMs = 30000;
    // A request that failed without a usable answer (timeout, dropped connection, 5xx,
    // broken body) is tried again only while the new try can still wait out its first-byte
    // timeout within this time since its first try (counted again after a 429): a server
    // that accepts and never answers is given up after 3 tries, about 46 s.
    int retryBudgetMs = 50000;
    int maxRetries = 5; // retries of one request (not counting the first attempt)
    int backoffBaseMs = 500; // full-jitter exponential backoff
    int backoffCapMs = 30000;
    double fallbackRatePerSecond = 9.0; // while the server sends no rate-limit headers
    // The rate-limit window assumed while the server sends no rate-limit headers (HubSpot's
    // TEN_SECONDLY_ROLLING; a secondly 429 means at most one second): 429s without headers
    // teach the pacer how many requests fit in it, and the wait after such a 429 without
    // Retry-After starts at a tenth of it (full jitter, doubling, capped at the window).
    int headerlessWindowMs = 10000;
    double safetyMargin = 0.025; // rolling window counted this much longer than Interval
    // The part of HubSpot's per-window limit this client's own requests may take (0.05 to
    // 1): enrollment rules run on a client with less, so the user's own work keeps room.
    double rateShare = 1.0;
    int pageLimit = 100; // `limit` of owners and sequences pages
    int maxPages = 1000; // a listing with more pages is treated as an endless cursor
    // An enrollment found in the requested sequence counts as made by this enroll() call
    // when HubSpot dated it no earlier than the call's start minus this allowance for
    // clock skew (see EnrollFlow.cpp).
    int enrollmentClockSkewMs = 120000;
    // A 429/5xx whose Retry-After asks for a longer wait is not retried: the request fails
    // with its Retryable error (retryAfterMs kept) and the caller decides.
    qint64 maxRetryAfterMs = qint64(15) * 60 * 1000;
};

struct ClientStats
{
    qint64 requestsSent = 0; // every attempt that went on the wire
    qint64 answers = 0; // HTTP answers (any status)
    qint64 tooManyRequests = 0; // 429s seen
    qint64 retries = 0;
    qint64 rateLimitWaitMs = 0; // waits decided after 429s, summed
    qint64 networkErrors = 0;
    qint64 recoveredEnrollments = 0; // lost enroll answers confirmed by a read
    // Requests that failed with a closed/reset connection: Qt may have resent them
    // silently, so the pacer counted one extra send for each.
    qint64 suspectedResends = 0;
    int inFlight = 0;
    int queued = 0;
    RateLimitInfo rateLimit;
};

} // namespace SeqDesk::HubSpot
