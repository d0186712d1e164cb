#pragma once

#include <QDateTime>
#include <QString>

// HubSpot caps the sequence emails one sender inbox sends over a rolling 24 hours. The window,
// the default cap and the caps SeqDesk accepts, in one place for the dry run, the engine and
// every caller of the enrollment use case (EnrollmentUseCase).
namespace SeqDesk::Enroll::SendCap {

inline constexpr qint64 kWindowMs = qint64(24) * 60 * 60 * 1000; // the rolling window
inline constexpr int kDefault = 1000; // HubSpot's default cap of an inbox
inline constexpr int kMin = 1;
inline constexpr int kMax = 100000;

inline bool isAllowed(int cap)
{
    return cap >= kMin && cap <= kMax;
}

// Where the rolling window that ends at `now` starts.
inline QDateTime windowStart(const QDateTime &now)
{
    return now.addMSecs(-kWindowMs);
}

// The sender inbox as jobs store it and as its sends are counted: trimmed, lower-cased.
inline QString senderKey(const QString &email)
{
    return email.trimmed().toLower();
}

} // namespace SeqDesk::Enroll::SendCap
