#pragma once

#include <QDateTime>
#include <QString>

namespace SeqDesk::HubSpot {
struct ApiError;
}

// When a paused enrollment job may ask HubSpot again (EnrollmentJobRecord::resumeAt). Pure.
namespace SeqDesk::Enroll {

// A 429 with policyName DAILY: the portal used up its daily API limit.
bool isDailyLimit(const HubSpot::ApiError &error);

// When HubSpot's daily API limit has reset: it resets at midnight in the portal's time zone
// (fact sheet §6), so the next midnight there after `nowUtc`, plus `marginMs` (our clock and
// HubSpot's may differ). When `timeZoneId` is empty or unknown to this system: `nowUtc` plus
// 24 hours plus the margin, the earliest time that is past the next midnight of every time
// zone. UTC.
QDateTime dailyLimitResetAt(const QDateTime &nowUtc, const QString &timeZoneId, qint64 marginMs);

// When to ask again after HubSpot did not answer and the client gave up retrying (5xx,
// network, a 429 over the client's retries): `backoffMs` from now, or later when the
// answer's Retry-After asked for a longer wait. UTC.
QDateTime retryAfterSilenceAt(const QDateTime &nowUtc, const HubSpot::ApiError &error,
                              qint64 backoffMs);

} // namespace SeqDesk::Enroll
