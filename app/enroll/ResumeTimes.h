#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace SeqDesk::HubSpot {
struct ApiError;
}

// When a paused enrollment job may ask HubSpot again (EnrollmentJobRecord::resumeAt). Pure.
namespace SeqDesk::Enroll {

// A 429 with policyName DAILY: the portal used up its daily API limit.
bool isDailyLimit(const HubSpot::ApiError &error);

// The portal's time zone (HubSpot's `timeZone`, an IANA id such as "America/New_York" or an
// alias such as "US/Eastern"), or nullopt when empty or unknown to this system. Qt 6.4's
// QTimeZone::isTimeZoneIdAvailable() says false for aliases it can still load, so a zone is
// known when it loads.
std::optional<QTimeZone> portalTimeZone(const QString &timeZoneId);

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
