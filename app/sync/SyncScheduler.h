#pragma once

#include "store/Records.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace SeqDesk {
class Clock;
}

namespace SeqDesk::Sync {

// Decides when each connected portal is due for a sync, on the wall clock (a QTimer only
// wakes it up to look, so a suspended laptop catches up on wake). At start(), a portal whose
// last sync is older than the interval (or that never synced) is due with trigger Startup;
// afterwards, every `interval` after its last sync, with trigger Scheduled. A portal whose
// run did not succeed is asked again after `retryInterval`, not at every check.
//
// It only emits syncDue(); the owner starts the portal's SyncEngine (which refuses a second
// run) and reports back with recordAttempt() / recordSuccess().
class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    static constexpr qint64 kDefaultIntervalMs = qint64(24) * 60 * 60 * 1000;
    static constexpr qint64 kDefaultRetryMs = qint64(60) * 60 * 1000;
    static constexpr int kDefaultCheckMs = 60 * 1000;

    // `clock` not owned, may be null (system clock).
    explicit SyncScheduler(const Clock *clock, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setInterval(qint64 ms) { m_intervalMs = ms; }
    qint64 interval() const { return m_intervalMs; }
    void setRetryInterval(qint64 ms) { m_retryMs = ms; }
    void setCheckInterval(int ms); // how often the timer looks

    // Adds or replaces a portal; `lastSyncAt` invalid = never synced.
    void addPortal(const QString &portalId, const QDateTime &lastSyncAt);
    void removePortal(const QString &portalId);
    QStringList portals() const { return m_portals.keys(); }

    // Emits syncDue(Startup) for each portal due now, then starts the timer.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // What the timer calls: syncDue(Scheduled) for each portal due now.
    void check();

    // A run of the portal started (whatever the trigger); it is not asked again before
    // retryInterval, even if the run fails.
    void recordAttempt(const QString &portalId);
    // A run of the portal succeeded at `at`: next due at `at` + interval.
    void recordSuccess(const QString &portalId, const QDateTime &at);

    // When the portal is next due (invalid if unknown).
    QDateTime nextDueAt(const QString &portalId) const;
    bool isDue(const QString &portalId) const;
    // Pure rule: due when never synced or `interval` has passed since the last sync, and no
    // attempt was made within `retry`.
    static bool isDue(const QDateTime &lastSyncAt, const QDateTime &lastAttemptAt,
                      const QDateTime &now, qint64 intervalMs, qint64 retryMs);

signals:
    void syncDue(const QString &portalId, SeqDesk::Store::SyncTrigger trigger);

private:
    struct PortalTimes
    {
        QDateTime lastSyncAt;
        QDateTime lastAttemptAt;
    };

    void emitDue(Store::SyncTrigger trigger);

    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    QHash<QString, PortalTimes> m_portals;
    QTimer m_timer;
    qint64 m_intervalMs = kDefaultIntervalMs;
    qint64 m_retryMs = kDefaultRetryMs;
};

} // namespace SeqDesk::Sync
