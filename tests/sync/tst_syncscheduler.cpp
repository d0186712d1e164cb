// When a portal is due for a sync, on a clock the test moves.
#include "core/Clock.h"
#include "sync/SyncScheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace SeqDesk;
using Store::SyncTrigger;
using Sync::SyncScheduler;

namespace {

class FakeClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_now.toMSecsSinceEpoch(); }
    void advanceHours(double h) { m_now = m_now.addMSecs(qint64(h * 3600 * 1000)); }

private:
    QDateTime m_now = QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
};

QStringList portalsOf(const QSignalSpy &spy, SyncTrigger trigger)
{
    QStringList out;
    for (const auto &args : spy) {
        if (args.at(1).value<SyncTrigger>() == trigger)
            out.append(args.at(0).toString());
    }
    return out;
}

} // namespace

class TestSyncScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void startupSyncsPortalsLastSyncedOverADayAgoOrNever();
    void scheduledSyncIsDueEveryDayAfterTheLastSuccess();
    void dueWithoutSuccessIsNotAskedAgainBeforeTheRetryInterval();
    void timerChecksOnItsOwn();
    void removedPortalIsNeverDue();
};

void TestSyncScheduler::startupSyncsPortalsLastSyncedOverADayAgoOrNever()
{
    FakeClock clock;
    SyncScheduler scheduler(&clock);
    QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
    const QDateTime now = clock.nowUtc();
    scheduler.addPortal(QStringLiteral("stale"), now.addSecs(-25 * 3600));
    scheduler.addPortal(QStringLiteral("fresh"), now.addSecs(-23 * 3600));
    scheduler.addPortal(QStringLiteral("never"), QDateTime());
    scheduler.start();
    QCOMPARE(portalsOf(due, SyncTrigger::Startup),
             (QStringList {QStringLiteral("never"), QStringLiteral("stale")}));
    QCOMPARE(due.size(), 2);
    QCOMPARE(scheduler.nextDueAt(QStringLiteral("fresh")), now.addSecs(3600));
}

void TestSyncScheduler::scheduledSyncIsDueEveryDayAfterTheLastSuccess()
{
    FakeClock clock;
    SyncScheduler scheduler(&clock);
    QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
    scheduler.addPortal(QStringLiteral("p"), clock.nowUtc());
    scheduler.start();
    QCOMPARE(due.size(), 0);
    for (int day = 1; day <= 3; ++day) {
        clock.advanceHours(23.9);
        scheduler.check();
        QCOMPARE(due.size(), day - 1);
        clock.advanceHours(0.1);
        scheduler.check();
        QCOMPARE(due.size(), day);
        QCOMPARE(due.last().at(1).value<SyncTrigger>(), SyncTrigger::Scheduled);
        scheduler.recordSuccess(QStringLiteral("p"), clock.nowUtc());
        QVERIFY(!scheduler.isDue(QStringLiteral("p")));
    }
}

void TestSyncScheduler::dueWithoutSuccessIsNotAskedAgainBeforeTheRetryInterval()
{
    FakeClock clock;
    SyncScheduler scheduler(&clock);
    QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
    scheduler.addPortal(QStringLiteral("p"), QDateTime());
    scheduler.check();
    QCOMPARE(due.size(), 1);
    scheduler.check(); // the run failed or is still going
    QCOMPARE(due.size(), 1);
    clock.advanceHours(0.9);
    scheduler.check();
    QCOMPARE(due.size(), 1);
    clock.advanceHours(0.1);
    scheduler.check();
    QCOMPARE(due.size(), 2);
}

void TestSyncScheduler::timerChecksOnItsOwn()
{
    FakeClock clock;
    SyncScheduler scheduler(&clock);
    scheduler.setCheckInterval(5);
    QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
    scheduler.addPortal(QStringLiteral("p"), clock.nowUtc());
    scheduler.start();
    QVERIFY(scheduler.isActive());
    QCOMPARE(due.size(), 0);
    clock.advanceHours(24);
    QVERIFY(due.wait(5000));
    QCOMPARE(portalsOf(due, SyncTrigger::Scheduled), QStringList {QStringLiteral("p")});
}

void TestSyncScheduler::removedPortalIsNeverDue()
{
    FakeClock clock;
    SyncScheduler scheduler(&clock);
    QSignalSpy due(&scheduler, &SyncScheduler::syncDue);
    scheduler.addPortal(QStringLiteral("p"), QDateTime());
    scheduler.removePortal(QStringLiteral("p"));
    scheduler.start();
    scheduler.check();
    QCOMPARE(due.size(), 0);
    QVERIFY(!scheduler.nextDueAt(QStringLiteral("p")).isValid());
}

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
