// The sync engine against the sandbox over loopback, into a temp-file mirror.
#include "SyncHarness.h"

using namespace SeqDesk;
using namespace SyncTest;
using Store::SyncStatus;
using Store::SyncTrigger;

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private slots:
    void firstSyncAddsEverySequenceAndReadsEachDetailOnce();
    void resyncOfUnchangedPortalReadsNoDetails();
    void newSequenceIsAddedAndOnlyItsDetailsRead();
    void renamedSequenceIsUpdated();
    void deletedSequenceIsArchivedAndKept();
    void sequenceEmptiedOfStepsBecomesDraft();
    void privateSequenceIsVisibleOnlyToItsOwner();
    void sequenceDeletedBetweenListAndDetailsIsLeftOut();
    void failureMidSyncLeavesMirrorUnchangedAndRecordsIt_data();
    void failureMidSyncLeavesMirrorUnchangedAndRecordsIt();
    void cancelLeavesMirrorUnchangedAndRecordsCancelled();
    void secondStartDuringRunIsRefused();
    void tokenOfAnotherPortalFailsTheRun();
};

void TestSyncEngine::firstSyncAddsEverySequenceAndReadsEachDetailOnce()
{
    Harness h;
    QVERIFY(h.setUp());
    QSignalSpy stages(h.engine.get(), &Sync::SyncEngine::stageChanged);
    QSignalSpy details(h.engine.get(), &Sync::SyncEngine::detailsProgress);
    const auto &data = h.server.state().data();
    const Store::SyncRunRecord run = h.sync(SyncTrigger::Startup);
    QCOMPARE(run.status, SyncStatus::Succeeded);
    QCOMPARE(run.added, data.sequences.size());
    QCOMPARE(run.archived, 0);
    QCOMPARE(h.detailRequests(), data.sequences.size());
    QCOMPARE(qint64(run.requests), h.client->stats().requestsSent);
    QVERIFY(!stages.isEmpty());
    QCOMPARE(details.last().at(0).toInt(), data.sequences.size());

    const QList<Store::SequenceRecord> mirror = h.mirror();
    QCOMPARE(mirror.size(), data.sequences.size());
    for (const auto &seq : data.sequences) {
        const auto s = h.stored(seq.id);
        QVERIFY(s);
        QCOMPARE(s->name, seq.name);
        QCOMPARE(s->stepCount, seq.steps.size());
        if (seq.settings)
            QCOMPARE(s->sendWindowStartMinute, seq.settings->sendWindowStartMinute);
    }
    const QList<Store::SyncRunRecord> runs = h.runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().trigger, SyncTrigger::Startup);
    QCOMPARE(runs.first().status, SyncStatus::Succeeded);
    QCOMPARE(runs.first().added, run.added);
    QCOMPARE(runs.first().requests, run.requests);
    QVERIFY(runs.first().finishedAt.isValid());
}

void TestSyncEngine::resyncOfUnchangedPortalReadsNoDetails()
{
    Harness h;
    QVERIFY(h.setUp());
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);
    const QList<Store::SequenceRecord> before = h.mirror();
    h.server.resetStats();
    const Store::SyncRunRecord run = h.sync(SyncTrigger::Scheduled);
    QCOMPARE(run.status, SyncStatus::Succeeded);
    QCOMPARE(h.detailRequests(), 0);
    QCOMPARE(run.added, 0);
    QCOMPARE(run.changed, 0);
    QCOMPARE(run.archived, 0);
    const QList<Store::SequenceRecord> after = h.mirror();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i)
        QCOMPARE(after.at(i).stepCount, before.at(i).stepCount); // stored steps kept
}

void TestSyncEngine::newSequenceIsAddedAndOnlyItsDetailsRead()
{
    Harness h;
    QVERIFY(h.setUp());
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);
    const qint64 user = *h.server.state().data().owners.at(0).userId;
    const qint64 id = h.server.addSequence({QStringLiteral("Brand new"), user, true, 4});
    QVERIFY(id != 0);
    h.server.resetStats();
    const Store::SyncRunRecord run = h.sync();
    QCOMPARE(run.status, SyncStatus::Succeeded);
    QCOMPARE(run.added, 1);
    QCOMPARE(h.detailRequests(), 1);
    const auto s = h.stored(id);
    QVERIFY(s);
    QCOMPARE(s->name, QStringLiteral("Brand new"));
    QCOMPARE(s->stepCount, 4);
}

void TestSyncEngine::renamedSequenceIsUpdated()
{
    Harness h;
    QVERIFY(h.setUp());
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);
    const qint64 id = h.server.state().data().sequences.at(2).id;
    QVERIFY(h.server.renameSequence(id, QStringLiteral("Renamed in HubSpot")));
    h.server.resetStats();
    const Store::SyncRunRecord run = h.sync();
    QCOMPARE(run.status, SyncStatus::Succeeded);
    QCOMPARE(run.changed, 1);
    QCOMPARE(h.detailRequests(), 1); // its updatedAt moved
    QCOMPARE(h.stored(id)->name, QStringLiteral("Renamed in HubSpot"));
}

void TestSyncEngine::deletedSequenceIsArchivedAndKept()
{
    Harness h;
    QVERIFY(h.setUp());
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);
    const auto seq = h.server.state().data().sequences.at(1);
    QVERIFY(h.server.deleteSequence(seq.id));
    const Store::SyncRunRecord run = h.sync();
    QCOMPARE(run.status, SyncStatus::Succeeded);
    QCOMPARE(run.archived, 1);
    const auto s = h.stored(seq.id);
    QVERIFY(s);
    QVERIFY(s->archivedAt.isValid());
    QCOMPARE(s->status(), Store::SequenceStatus::Archived);
    QCOMPARE(s->stepCount, seq.steps.size()); // kept with its steps
}

void TestSyncEngine::sequenceEmptiedOfStepsBecomesDraft()
{
    Harness h;
    QVERIFY(h.setUp());
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);
    const auto &all = h.server.state().data().sequences;
    const auto it
        = std::find_if(all.cbegin(), all.cend(), [](const auto &s) { return !s.steps.isEmpty(); });
    QVERIFY(it != all.cend());
    const auto seq = *it;
    QCOMPARE(h.stored(seq.id)->stepCount, seq.steps.size());
    QVERIFY(h.server.clearSequenceSteps(seq.id));
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);
    const auto s = h.stored(seq.id);
    QCOMPARE(s->stepCount, 0);
    QCOMPARE(s->status(), Store::SequenceStatus::Draft);
    const auto steps = h.call([id = seq.id](Store::Stores &st) {
        return st.sequences.steps(kPortalId, QString::number(id));
    });
    QVERIFY(steps && steps->isEmpty());
}

void TestSyncEngine::privateSequenceIsVisibleOnlyToItsOwner()
{
    Harness h;
    QVERIFY(h.setUp());
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);
    int privates = 0;
    for (const auto &seq : h.server.state().data().sequences) {
        const auto s = h.stored(seq.id);
        QVERIFY(s);
        if (!seq.shared) {
            ++privates;
            QCOMPARE(s->visibleToUserIds, QStringList {QString::number(seq.userId)});
        } else {
            QVERIFY(s->visibleToUserIds.size() > 1);
        }
    }
    QVERIFY(privates > 0);
}

void TestSyncEngine::sequenceDeletedBetweenListAndDetailsIsLeftOut()
{
    Harness h;
    QVERIFY(h.setUp());
    const auto &all = h.server.state().data().sequences;
    const qint64 goneId = all.at(7).id;
    const int total = int(all.size());
    // Listed, then deleted in HubSpot before its details are read: its GET answers 404.
    QObject::connect(h.engine.get(), &Sync::SyncEngine::detailsProgress, &h.context,
                     [&h, goneId](int done) {
                         if (done == 0)
                             QVERIFY(h.server.deleteSequence(goneId));
                     });
    const Store::SyncRunRecord run = h.sync();
    QCOMPARE(run.status, SyncStatus::Succeeded);
    QCOMPARE(run.added, total - 1);
    QCOMPARE(h.detailRequests(), total); // it was asked for, and answered 404
    QVERIFY(!h.stored(goneId));
    QCOMPARE(h.mirror().size(), total - 1);
}

void TestSyncEngine::failureMidSyncLeavesMirrorUnchangedAndRecordsIt_data()
{
    QTest::addColumn<bool>("revoke");
    QTest::newRow("token revoked") << true;
    QTest::newRow("server failing") << false;
}

void TestSyncEngine::failureMidSyncLeavesMirrorUnchangedAndRecordsIt()
{
    QFETCH(bool, revoke);
    Harness h;
    QVERIFY(h.setUp());
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);
    const auto seq = h.server.state().data().sequences.at(0);
    QVERIFY(h.server.renameSequence(seq.id, QStringLiteral("Not mirrored")));
    const auto lastSync = h.call([](Store::Stores &s) { return s.portals.portal(kPortalId); });
    // Fail once the owners were read: the listing or details fail.
    QObject::connect(&h.server, &Sandbox::SandboxServer::requestHandled, &h.context,
                     [&h, revoke](const QString &route) {
                         if (route != QLatin1String("owners.list"))
                             return;
                         if (revoke) {
                             h.server.revokeToken();
                         } else {
                             auto settings = h.server.settings();
                             settings.failRate = 1.0;
                             h.server.setSettings(settings);
                         }
                     });
    const Store::SyncRunRecord run = h.sync();
    QCOMPARE(run.status, SyncStatus::Failed);
    QVERIFY(!run.error.isEmpty());
    QVERIFY(!run.error.contains(h.server.token()));
    QCOMPARE(h.stored(seq.id)->name, seq.name);
    const auto after = h.call([](Store::Stores &s) { return s.portals.portal(kPortalId); });
    QCOMPARE((*after)->lastSyncAt, (*lastSync)->lastSyncAt);
    const auto last = h.runs().first();
    QCOMPARE(last.status, SyncStatus::Failed);
    QCOMPARE(last.error, run.error);
    QVERIFY(last.requests > 0);
    QVERIFY(!h.engine->isRunning());
}

void TestSyncEngine::cancelLeavesMirrorUnchangedAndRecordsCancelled()
{
    Harness h;
    QVERIFY(h.setUp());
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);
    const auto seq = h.server.state().data().sequences.at(0);
    QVERIFY(h.server.renameSequence(seq.id, QStringLiteral("Not mirrored")));
    QObject::connect(h.engine.get(), &Sync::SyncEngine::listingProgress, &h.context,
                     [&h] { h.engine->cancel(); });
    const Store::SyncRunRecord run = h.sync();
    QCOMPARE(run.status, SyncStatus::Cancelled);
    QCOMPARE(h.stored(seq.id)->name, seq.name);
    QCOMPARE(h.runs().first().status, SyncStatus::Cancelled);
    QVERIFY(!h.runs().first().error.isEmpty());
    // The engine can run again afterwards.
    QObject::disconnect(h.engine.get(), &Sync::SyncEngine::listingProgress, &h.context, nullptr);
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);
    QCOMPARE(h.stored(seq.id)->name, QStringLiteral("Not mirrored"));
}

void TestSyncEngine::secondStartDuringRunIsRefused()
{
    Harness h;
    QVERIFY(h.setUp());
    QSignalSpy refused(h.engine.get(), &Sync::SyncEngine::startRefused);
    QSignalSpy finished(h.engine.get(), &Sync::SyncEngine::finished);
    QVERIFY(h.engine->start(SyncTrigger::Manual));
    QVERIFY(h.engine->isRunning());
    QVERIFY(!h.engine->start(SyncTrigger::Scheduled));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().value<SyncTrigger>(), SyncTrigger::Scheduled);
    QVERIFY(finished.wait(30000));
    QVERIFY(!h.engine->isRunning()); // no second run was queued behind the first
    QCOMPARE(finished.size(), 1);
    QCOMPARE(h.runs().size(), 1);
    QCOMPARE(h.runs().first().trigger, SyncTrigger::Manual);
}

void TestSyncEngine::tokenOfAnotherPortalFailsTheRun()
{
    Harness h;
    QVERIFY(h.setUp());
    const QString other = QStringLiteral("777");
    Store::PortalRecord portal;
    portal.portalId = other;
    QVERIFY(*h.call([portal](Store::Stores &s) { return s.portals.upsert(portal); }));
    Sync::SyncEngine engine(h.client.get(), &h.store, other);
    QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
    QVERIFY(engine.start(SyncTrigger::Token));
    QVERIFY(finished.wait(30000));
    const auto run = finished.first().first().value<Store::SyncRunRecord>();
    QCOMPARE(run.status, SyncStatus::Failed);
    QVERIFY(run.error.contains(kPortalId));
    QCOMPARE(h.detailRequests(), 0);
    const auto seqs = h.call([other](Store::Stores &s) { return s.sequences.sequences(other); });
    QVERIFY(seqs && seqs->isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
