#include "sync/SyncScheduler.h"

#include "core/Clock.h"

#include <algorithm>

namespace SeqDesk::Sync {

SyncScheduler::SyncScheduler(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
{
    m_timer.setInterval(kDefaultCheckMs);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::check);
}

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::setCheckInterval(int ms)
{
    m_timer.setInterval(ms);
}

void SyncScheduler::addPortal(const QString &portalId, const QDateTime &lastSyncAt)
{
    m_portals.insert(portalId, {lastSyncAt, QDateTime()});
}

void SyncScheduler::removePortal(const QString &portalId)
{
    m_portals.remove(portalId);
}

void SyncScheduler::start()
{
    emitDue(Store::SyncTrigger::Startup);
    m_timer.start();
}

void SyncScheduler::stop()
{
    m_timer.stop();
}

void SyncScheduler::check()
{
    emitDue(Store::SyncTrigger::Scheduled);
}

void SyncScheduler::emitDue(Store::SyncTrigger trigger)
{
    QStringList due;
    for (auto it = m_portals.cbegin(); it != m_portals.cend(); ++it) {
        if (isDue(it.key()))
            due.append(it.key());
    }
    std::sort(due.begin(), due.end());
    for (const QString &portalId : std::as_const(due)) {
        // Asked once per retry interval, whether or not a receiver starts a run.
        recordAttempt(portalId);
        emit syncDue(portalId, trigger);
    }
}

void SyncScheduler::recordAttempt(const QString &portalId)
{
    auto it = m_portals.find(portalId);
    if (it != m_portals.end())
        it->lastAttemptAt = m_clock->nowUtc();
}

void SyncScheduler::recordSuccess(const QString &portalId, const QDateTime &at)
{
    auto it = m_portals.find(portalId);
    if (it != m_portals.end())
        it->lastSyncAt = at;
}

QDateTime SyncScheduler::nextDueAt(const QString &portalId) const
{
    const auto it = m_portals.constFind(portalId);
    if (it == m_portals.cend())
        return {};
    QDateTime at
        = it->lastSyncAt.isValid() ? it->lastSyncAt.addMSecs(m_intervalMs) : m_clock->nowUtc();
    if (it->lastAttemptAt.isValid())
        at = std::max(at, it->lastAttemptAt.addMSecs(m_retryMs));
    return at;
}

bool SyncScheduler::isDue(const QString &portalId) const
{
    const auto it = m_portals.constFind(portalId);
    return it != m_portals.cend()
        && isDue(it->lastSyncAt, it->lastAttemptAt, m_clock->nowUtc(), m_intervalMs, m_retryMs);
}

bool SyncScheduler::isDue(const QDateTime &lastSyncAt, const QDateTime &lastAttemptAt,
                          const QDateTime &now, qint64 intervalMs, qint64 retryMs)
{
    const bool stale = !lastSyncAt.isValid() || lastSyncAt.msecsTo(now) >= intervalMs;
    const bool askedRecently = lastAttemptAt.isValid() && lastAttemptAt.msecsTo(now) < retryMs;
    return stale && !askedRecently;
}

} // namespace SeqDesk::Sync
