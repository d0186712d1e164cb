#include "enroll/ResumeTimes.h"

#include "hubspot/ApiError.h"

#include <QTimeZone>

namespace SeqDesk::Enroll {

bool isDailyLimit(const HubSpot::ApiError &error)
{
    return error.kind == HubSpot::ErrorKind::Fatal
        && error.fatalReason == HubSpot::FatalReason::DailyLimit;
}

std::optional<QTimeZone> portalTimeZone(const QString &timeZoneId)
{
    const QByteArray id = timeZoneId.trimmed().toUtf8();
    if (id.isEmpty())
        return std::nullopt;
    QTimeZone zone(id);
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

QDateTime dailyLimitResetAt(const QDateTime &nowUtc, const QString &timeZoneId, qint64 marginMs)
{
    const std::optional<QTimeZone> known = portalTimeZone(timeZoneId);
    if (!known)
        return nowUtc.toUTC().addMSecs(qint64(24) * 60 * 60 * 1000 + marginMs);
    const QTimeZone &zone = *known;
    const QDate tomorrow = nowUtc.toTimeZone(zone).date().addDays(1);
    QDateTime midnight(tomorrow, QTime(0, 0), zone);
    if (!midnight.isValid()) // no 00:00 that day (a clock change at midnight): its first hour
        midnight = QDateTime(tomorrow, QTime(1, 0), zone);
    return midnight.toUTC().addMSecs(marginMs);
}

QDateTime retryAfterSilenceAt(const QDateTime &nowUtc, const HubSpot::ApiError &error,
                              qint64 backoffMs)
{
    return nowUtc.toUTC().addMSecs(qMax(backoffMs, error.retryAfterMs));
}

} // namespace SeqDesk::Enroll
