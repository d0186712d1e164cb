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
    void catalogIsAnnouncedPageByPageBeforeAnyDetailIsRead();
    void detailsOfAFailedFirstSyncAreNotReadAgain_data();
    void detailsOfAFailedFirstSyncAreNotReadAgain();
    void resyncFailingInItsDetailsKeepsTheMirrorAndArchivesNothing();
};

namespace {

// HubSpot's listing is per user: every active user's pages, a team sequence in each.
int listingPages(const Sandbox::PortalData &data)
{
    int pages = 0;
    for (const auto &o : data.owners) {
        if (!o.isActiveUser() || o.archived)
            continue;
        int visible = 0;
        for (const auto &seq : data.sequences)
            visible += (seq.shared || seq.userId == *o.userId) ? 1 : 0;
        pages += std::max(1, (visible + 99) / 100);
    }
    return pages;
}

// The sequence the catalog puts first (by name, then id), whose details are read first.
Sandbox::Sequence firstByName(const Sandbox::PortalData &data)
{
    auto all = data.sequences;
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : QString::number(a.id) < QString::number(b.id);
    });
    return all.constFirst();
}

} // namespace

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

void TestSyncEngine::catalogIsAnnouncedPageByPageBeforeAnyDetailIsRead()
{
    Sandbox::SandboxConfig config;
    config.ownerCount = 12;
    config.sequenceCount = 450; // 4 or 5 pages per user
    config.settings.rateLimit = 100000; // not HubSpot's pace: this counts, not times
    Harness h(config);
    QVERIFY(h.setUp());
    const auto &data = h.server.state().data();
    QHash<QString, Store::SequenceRecord> listed;
    QSet<QString> detailed;
    int listRequestsAtFirstRows = -1;
    int detailRequestsAtFirstRows = -1;
    int ownersAnnounced = 0;
    QSet<QString> listedWhenDetailsStart;
    bool duplicate = false;
    QObject::connect(h.engine.get(), &Sync::SyncEngine::unsavedRead, &h.context,
                     [&](const Sync::UnsavedReading &more) {
                         ownersAnnounced += int(more.owners.size());
                         if (!more.listed.isEmpty() && listRequestsAtFirstRows < 0) {
                             listRequestsAtFirstRows = h.server.stats().requests.value(
                                 QStringLiteral("sequences.list"));
                             detailRequestsAtFirstRows = h.detailRequests();
                         }
                         for (const auto &r : more.listed) {
                             duplicate = duplicate || listed.contains(r.sequenceId);
                             listed.insert(r.sequenceId, r);
                         }
                         for (const auto &item : more.detailed)
                             detailed.insert(item.sequence.sequenceId);
                     });
    QObject::connect(h.engine.get(), &Sync::SyncEngine::detailsProgress, &h.context, [&](int done) {
        if (done == 0)
            listedWhenDetailsStart = QSet<QString>(listed.keyBegin(), listed.keyEnd());
    });
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);

    // The first rows came with the first pages, long before the listing ended.
    QVERIFY(listRequestsAtFirstRows >= 1);
    QVERIFY2(listRequestsAtFirstRows < listingPages(data) / 2,
             qPrintable(QString::number(listRequestsAtFirstRows)));
    QCOMPARE(detailRequestsAtFirstRows, 0);
    QCOMPARE(ownersAnnounced, data.owners.size());
    // Each sequence once (a team sequence comes in every user's pages), all of them before
    // the first detail is read, with what the page shows.
    QVERIFY(!duplicate);
    QSet<QString> all;
    for (const auto &seq : data.sequences) {
        const QString id = QString::number(seq.id);
        all.insert(id);
        QVERIFY2(listed.contains(id), qPrintable(id));
        QCOMPARE(listed.value(id).name, seq.name);
        QCOMPARE(listed.value(id).ownerUserId, QString::number(seq.userId));
        QCOMPARE(listed.value(id).updatedAt, seq.updatedAt);
    }
    QCOMPARE(listedWhenDetailsStart, all);
    QCOMPARE(detailed, all);
}

void TestSyncEngine::detailsOfAFailedFirstSyncAreNotReadAgain_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("token revoked halfway") << false;
    QTest::newRow("cancelled halfway") << true;
}

void TestSyncEngine::detailsOfAFailedFirstSyncAreNotReadAgain()
{
    QFETCH(bool, cancel);
    Sandbox::SandboxConfig config;
    config.ownerCount = 30; // team sequences over 28 users
    config.sequenceCount = 300;
    config.settings.rateLimit = 100000;
    Harness h(config);
    QVERIFY(h.setUp());
    const auto &data = h.server.state().data();
    const int total = int(data.sequences.size());
    int kept = 0;
    bool stopped = false;
    QObject::connect(h.engine.get(), &Sync::SyncEngine::detailsProgress, &h.context,
                     [&](int done, int needed) {
                         kept = done;
                         if (stopped || done < needed / 2)
                             return;
                         stopped = true;
                         if (cancel)
                             h.engine->cancel();
                         else
                             h.server.revokeToken();
                     });
    const Store::SyncRunRecord first = h.sync();
    // The run's requests still on the wire: the server may take them after the reset of its
    // counts below (their answers go nowhere), so they may count for the next run.
    const int strays = h.client->stats().inFlight;
    QCOMPARE(first.status, cancel ? SyncStatus::Cancelled : SyncStatus::Failed);
    QVERIFY(kept >= total / 2 && kept < total);
    QVERIFY(h.mirror().isEmpty()); // a first sync that failed leaves no sequence

    // Sync Data again once HubSpot answers: the listing again, only the details not read,
    // and one read again because it changed in HubSpot meanwhile.
    QObject::disconnect(h.engine.get(), &Sync::SyncEngine::detailsProgress, &h.context, nullptr);
    h.server.setToken(config.token);
    const auto changed = firstByName(data); // its details were among the first read
    QVERIFY(h.server.renameSequence(changed.id, QStringLiteral("Renamed after the failure")));
    h.server.resetStats();
    const Store::SyncRunRecord again = h.sync();
    QCOMPARE(again.status, SyncStatus::Succeeded);
    QCOMPARE(again.added, total);
    const int pages = listingPages(data);
    const int details = total - kept + 1;
    QCOMPARE(h.server.stats().requests.value(QStringLiteral("sequences.list")), pages);
    QVERIFY2(h.detailRequests() >= details && h.detailRequests() <= details + strays,
             qPrintable(QStringLiteral("%1 detail requests, %2 expected, %3 of the failed run "
                                       "on the wire")
                            .arg(h.detailRequests())
                            .arg(details)
                            .arg(strays)));
    QCOMPARE(again.requests, 2 + pages + details); // account, owners, listing, details
    QHash<QString, Store::SequenceRecord> mirror;
    for (const auto &s : h.mirror())
        mirror.insert(s.sequenceId, s);
    const auto steps = h.call([](Store::Stores &st) { return st.sequences.allSteps(kPortalId); });
    QVERIFY(steps);
    for (const auto &seq : h.server.state().data().sequences) {
        const QString id = QString::number(seq.id);
        QVERIFY2(mirror.contains(id), qPrintable(id));
        QCOMPARE(mirror.value(id).name, seq.name);
        QCOMPARE(mirror.value(id).stepCount, seq.steps.size());
        const auto stored = steps->value(id);
        QCOMPARE(stored.size(), seq.steps.size());
        for (int i = 0; i < stored.size(); ++i)
            QCOMPARE(stored.at(i).actionType, seq.steps.at(i).actionType);
    }
}

void TestSyncEngine::resyncFailingInItsDetailsKeepsTheMirrorAndArchivesNothing()
{
    Harness h;
    QVERIFY(h.setUp());
    QCOMPARE(h.sync().status, SyncStatus::Succeeded);
    const QList<Store::SequenceRecord> before = h.mirror();
    const auto portalBefore = h.call([](Store::Stores &s) { return s.portals.portal(kPortalId); });
    // In HubSpot: one deleted (a good run would archive it), one renamed, one new.
    const auto &data = h.server.state().data();
    const qint64 deleted = data.sequences.at(3).id;
    const qint64 renamed = data.sequences.at(4).id;
    QVERIFY(h.server.deleteSequence(deleted));
    QVERIFY(h.server.renameSequence(renamed, QStringLiteral("Renamed, not saved")));
    const qint64 added = h.server.addSequence(
        {QStringLiteral("New, not saved"), *data.owners.at(0).userId, true, 3});
    QVERIFY(added != 0);
    QObject::connect(h.engine.get(), &Sync::SyncEngine::detailsProgress, &h.context,
                     [&h](int done) {
                         if (done == 0) {
                             auto settings = h.server.settings();
                             settings.failRate = 1.0;
                             h.server.setSettings(settings);
                         }
                     });
    const Store::SyncRunRecord run = h.sync();
    QCOMPARE(run.status, SyncStatus::Failed);
    QCOMPARE(run.archived, 0);
    const QList<Store::SequenceRecord> after = h.mirror();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).sequenceId, before.at(i).sequenceId);
        QCOMPARE(after.at(i).name, before.at(i).name);
        QCOMPARE(after.at(i).archivedAt, before.at(i).archivedAt);
        QCOMPARE(after.at(i).stepCount, before.at(i).stepCount);
        QCOMPARE(after.at(i).visibleToUserIds, before.at(i).visibleToUserIds);
    }
    QVERIFY(!h.stored(deleted)->archivedAt.isValid());
    QVERIFY(!h.stored(added));
    const auto portalAfter = h.call([](Store::Stores &s) { return s.portals.portal(kPortalId); });
    QCOMPARE((*portalAfter)->lastSyncAt, (*portalBefore)->lastSyncAt);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
