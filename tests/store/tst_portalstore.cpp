#include "StoreTestSupport.h"

#include <QTest>

using namespace StoreTest;

class TestPortalStore final : public QObject
{
    Q_OBJECT

private slots:
    void portalRoundTripsAndUpdatesInPlace();
    void forgettingAPortalDeletesEverythingOfItAndNothingElse();
    void syncRunsRecordStartAndFinish();
    void interruptedRunsAreMarkedFailed();
};

void TestPortalStore::portalRoundTripsAndUpdatesInPlace()
{
    TempStore store;
    QVERIFY(store.open());
    PortalStore &portals = store.stores->portals;
    PortalRecord p = portal(QStringLiteral("42"));
    p.lastSyncAt = at(1000);
    QVERIFY(portals.upsert(p));
    QVERIFY(portals.upsert(portal(QStringLiteral("7"))));
    p.name = QStringLiteral("Renamed");
    p.lastSyncAt = QDateTime(); // unknown here: keeps the stored one
    QVERIFY(portals.upsert(p));
    const auto back = portals.portal(QStringLiteral("42"));
    QVERIFY(back);
    QCOMPARE(back->name, QStringLiteral("Renamed"));
    QCOMPARE(back->timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(back->apiVersion, QStringLiteral("2026-03")); // kept across updates
    QCOMPARE(back->lastSyncAt, at(1000));
    p.apiVersion = QStringLiteral("2026-09"); // the user chose another version
    QVERIFY(portals.upsert(p));
    QCOMPARE(portals.portal(QStringLiteral("42"))->apiVersion, QStringLiteral("2026-09"));
    QCOMPARE(portals.portal(QStringLiteral("7"))->apiVersion, QStringLiteral("2026-03"));
    QCOMPARE(back->lastSyncAt.timeSpec(), Qt::UTC);
    QCOMPARE(portals.portals().size(), 2);
    QVERIFY(!portals.portal(QStringLiteral("missing")));
    QVERIFY(portals.lastError().isEmpty());
    QVERIFY(!portals.setLastSyncAt(QStringLiteral("missing"), at(1)));
}

void TestPortalStore::forgettingAPortalDeletesEverythingOfItAndNothingElse()
{
    TempStore store;
    QVERIFY(store.open());
    Stores &s = *store.stores;
    for (const QString &id : {QStringLiteral("42"), QStringLiteral("7")}) {
        QVERIFY(s.portals.upsert(portal(id)));
        OwnerRecord o;
        o.portalId = id;
        o.ownerId = QStringLiteral("1");
        auto item = listed(id, QStringLiteral("s"), 1, {QStringLiteral("9001")});
        item.steps = stepsOf(2);
        QVERIFY(s.sequences.applySnapshot(id, {o}, {item}, at(10)));
        QVERIFY(s.syncRuns.start(id, SyncTrigger::Connect, at(5)));
        EnrollmentJobRecord job;
        job.portalId = id;
        job.sequenceId = QStringLiteral("s");
        job.senderEmail = QStringLiteral("a@example.com");
        job.createdAt = at(20);
        QVERIFY(s.enrollments.createJob(job, {EnrollmentItemRecord {}}));
    }
    QVERIFY(s.portals.remove(QStringLiteral("42")));
    for (const char *table :
         {"portals", "owners", "sequences", "sequence_steps", "sequence_visibility", "sync_runs",
          "enrollment_jobs", "enrollment_items"}) {
        const int left
            = store.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toInt();
        const int expected = QLatin1String(table) == QLatin1String("sequence_steps") ? 2 : 1;
        QVERIFY2(left == expected, table);
    }
    QVERIFY(!s.portals.portal(QStringLiteral("42")));
    QCOMPARE(s.sequences.sequences(QStringLiteral("7")).size(), 1);
}

void TestPortalStore::syncRunsRecordStartAndFinish()
{
    TempStore store;
    QVERIFY(store.open());
    Stores &s = *store.stores;
    QVERIFY(s.portals.upsert(portal(QStringLiteral("42"))));
    const auto first = s.syncRuns.start(QStringLiteral("42"), SyncTrigger::Connect, at(100));
    QVERIFY(first);
    const auto second = s.syncRuns.start(QStringLiteral("42"), SyncTrigger::Scheduled, at(200));
    QVERIFY(second);
    QCOMPARE(s.syncRuns.lastRun(QStringLiteral("42"))->status, SyncStatus::Running);
    SyncRunRecord done;
    done.id = *second;
    done.finishedAt = at(250);
    done.status = SyncStatus::Succeeded;
    done.added = 3;
    done.changed = 2;
    done.archived = 1;
    done.requests = 9;
    QVERIFY(s.syncRuns.finish(done));
    const auto last = s.syncRuns.lastRun(QStringLiteral("42"));
    QVERIFY(last);
    QCOMPARE(last->id, *second);
    QCOMPARE(last->trigger, SyncTrigger::Scheduled);
    QCOMPARE(last->status, SyncStatus::Succeeded);
    QCOMPARE(last->startedAt, at(200));
    QCOMPARE(last->finishedAt, at(250));
    QCOMPARE(last->added + last->changed + last->archived, 6);
    QCOMPARE(last->requests, 9);
    QCOMPARE(s.syncRuns.runs(QStringLiteral("42"), 10).size(), 2);
    done.id = 999;
    QVERIFY(!s.syncRuns.finish(done));
    QVERIFY(!s.syncRuns.start(QStringLiteral("no-portal"), SyncTrigger::Manual, at(1)));
    QVERIFY(s.syncRuns.lastError().contains(QStringLiteral("FOREIGN KEY")));
}

void TestPortalStore::interruptedRunsAreMarkedFailed()
{
    TempStore store;
    QVERIFY(store.open());
    Stores &s = *store.stores;
    QVERIFY(s.portals.upsert(portal(QStringLiteral("42"))));
    QVERIFY(s.syncRuns.start(QStringLiteral("42"), SyncTrigger::Startup, at(100)));
    QCOMPARE(s.syncRuns.failInterrupted(QStringLiteral("SeqDesk quit during the sync"), at(300)),
             std::optional<int>(1));
    const auto last = s.syncRuns.lastRun(QStringLiteral("42"));
    QCOMPARE(last->status, SyncStatus::Failed);
    QCOMPARE(last->finishedAt, at(300));
    QCOMPARE(last->error, QStringLiteral("SeqDesk quit during the sync"));
}

QTEST_GUILESS_MAIN(TestPortalStore)
#include "tst_portalstore.moc"
