#include "hubspot/Backoff.h"

#include "hubspot/ApiError.h"

#include <cmath>

namespace SeqDesk::HubSpot {

qint64 BackoffPolicy::ceilingMs(int attempt) const
{
    const qint64 base = qMax(0, baseMs);
    const qint64 cap = qMax(0, capMs);
    const int shift = qBound(0, attempt, 30);
    const qint64 grown = base << shift;
    return qMin(cap, grown);
}

qint64 BackoffPolicy::delayMs(int attempt, double unit) const
{
    const double u = qBound(0.0, unit, 1.0);
    return qint64(std::llround(u * double(ceilingMs(attempt))));
}

qint64 rateLimitWaitMs(const ApiError &error, int intervalMs, qint64 fallbackMs)
{
    if (error.retryAfterMs >= 0)
        return error.retryAfterMs;
    const QString policy = error.policyName.toUpper();
    if (policy.contains(QLatin1String("TEN_SECONDLY")))
        return intervalMs > 0 ? intervalMs : 10000;
    if (policy.contains(QLatin1String("SECONDLY")))
        return 1000;
    if (error.message.contains(QLatin1String("secondly limit"), Qt::CaseInsensitive))
        return 1000;
    return intervalMs > 0 ? intervalMs : fallbackMs;
}

namespace {

bool isSecondly(const ApiError &error)
{
    const QString policy = error.policyName.toUpper();
    if (policy.contains(QLatin1String("TEN_SECONDLY")))
        return false;
    return policy.contains(QLatin1String("SECONDLY"))
        || error.message.contains(QLatin1String("secondly limit"), Qt::CaseInsensitive);
}

} // namespace

int rateLimitWindowMs(const ApiError &error, int fallbackWindowMs)
{
    const int fallback = qMax(1, fallbackWindowMs);
    return isSecondly(error) ? qMin(1000, fallback) : fallback;
}

BackoffPolicy rateLimitBackoff(int windowMs)
{
    const int window = qMax(1, windowMs);
    return BackoffPolicy {qMax(1, window / 10), window};
}

} // namespace SeqDesk::HubSpot
