#include "StoreTestSupport.h"

#include <QTest>

using namespace StoreTest;

class TestSequenceStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstSnapshotAddsEverythingWithVisibilityAndSteps();
    void unchangedSnapshotChangesNothing();
    void changedFieldsAndVisibilityCountAsChanged();
    void vanishedSequenceIsArchivedButKept();
    void sequenceThatCameBackIsUnarchived();
    void detailsNeededOnlyForNewOrMovedSequences();
    void failedSnapshotWritesNothing();
    void pauseAndArchiveByUserDriveStatusAndCounts();
    void ownersAbsentFromSnapshotBecomeInactive();
    void snapshotWritesThePortalsAccountDetails();
    void namesIncludeArchivedSequencesOfThePortalOnly();

private:
    std::optional<SnapshotCounts> apply(const QList<SequenceSnapshotItem> &items, qint64 seenMs);

    std::unique_ptr<TempStore> m_store;
    const QString m_portal = QStringLiteral("42");
    const QStringList m_ada {QStringLiteral("9001")};
    const QStringList m_both {QStringLiteral("9001"), QStringLiteral("9002")};
};

void TestSequenceStore::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->open());
    QVERIFY(m_store->stores->portals.upsert(portal(m_portal)));
}

void TestSequenceStore::cleanup()
{
    m_store.reset();
}

std::optional<SnapshotCounts> TestSequenceStore::apply(const QList<SequenceSnapshotItem> &items,
                                                       qint64 seenMs)
{
    auto counts = m_store->stores->sequences.applySnapshot(m_portal, {}, items, at(seenMs));
    if (!counts)
        qWarning("%s", qPrintable(m_store->stores->sequences.lastError()));
    return counts;
}

void TestSequenceStore::firstSnapshotAddsEverythingWithVisibilityAndSteps()
{
    auto a = listed(m_portal, QStringLiteral("a"), 1000, {QStringLiteral("9002"), m_ada[0]});
    a.steps = stepsOf(2, QStringLiteral("Welcome"));
    const auto counts = apply({a, listed(m_portal, QStringLiteral("b"), 1000, m_ada)}, 5000);
    QVERIFY(counts);
    QCOMPARE(counts->added, 2);
    QCOMPARE(counts->changed + counts->archived + counts->unchanged, 0);
    const auto stored = m_store->stores->sequences.sequence(m_portal, QStringLiteral("a"));
    QVERIFY(stored);
    QCOMPARE(stored->visibleToUserIds, m_both);
    QCOMPARE(stored->firstSeenAt, at(5000));
    QCOMPARE(stored->lastSeenAt, at(5000));
    QCOMPARE(stored->updatedAt, at(1000));
    const auto steps = m_store->stores->sequences.steps(m_portal, QStringLiteral("a"));
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[1].subject, QStringLiteral("Welcome"));
    QCOMPARE(steps[1].delayMillis, 86'400'000LL);
    const auto all = m_store->stores->sequences.allSteps(m_portal);
    QCOMPARE(all.value(QStringLiteral("a")).size(), 2);
    QCOMPARE(all.value(QStringLiteral("a")).at(1).subject, QStringLiteral("Welcome"));
    QCOMPARE(m_store->stores->portals.portal(m_portal)->lastSyncAt, at(5000));
}

void TestSequenceStore::namesIncludeArchivedSequencesOfThePortalOnly()
{
    auto a = listed(m_portal, QStringLiteral("a"), 1000, m_ada);
    a.sequence.name = QStringLiteral("Alpha");
    auto b = listed(m_portal, QStringLiteral("b"), 1000, m_ada);
    b.sequence.name = QStringLiteral("Beta");
    QVERIFY(apply({a, b}, 5000));
    QVERIFY(apply({a}, 6000)); // b vanished from HubSpot: archived, kept
    const QHash<QString, QString> names = m_store->stores->sequences.names(m_portal);
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.value(QStringLiteral("a")), QStringLiteral("Alpha"));
    QCOMPARE(names.value(QStringLiteral("b")), QStringLiteral("Beta"));
    QVERIFY(m_store->stores->sequences.names(QStringLiteral("43")).isEmpty());
}

void TestSequenceStore::snapshotWritesThePortalsAccountDetails()
{
    auto &stores = *m_store->stores;
    const QString before = stores.portals.portal(m_portal)->name;
    PortalAccount account {QString(), QStringLiteral("Europe/Berlin"), QStringLiteral("app-eu1")};
    QVERIFY(stores.sequences.applySnapshot(m_portal, {}, {}, at(5000), account));
    auto p = stores.portals.portal(m_portal);
    QCOMPARE(p->name, before); // HubSpot gave no name: the stored one stays
    QCOMPARE(p->timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(p->uiDomain, QStringLiteral("app-eu1"));
    account.name = QStringLiteral("Renamed in HubSpot");
    QVERIFY(stores.sequences.applySnapshot(m_portal, {}, {}, at(6000), account));
    QCOMPARE(stores.portals.portal(m_portal)->name, QStringLiteral("Renamed in HubSpot"));
    // A portal that is not there fails the whole snapshot.
    QVERIFY(!stores.sequences.applySnapshot(QStringLiteral("missing"), {}, {}, at(7000), account));
}

void TestSequenceStore::unchangedSnapshotChangesNothing()
{
    auto a = listed(m_portal, QStringLiteral("a"), 1000, m_both);
    a.steps = stepsOf(2);
    QVERIFY(apply({a, listed(m_portal, QStringLiteral("b"), 1000, m_ada)}, 5000));
    const auto counts = apply({a, listed(m_portal, QStringLiteral("b"), 1000, m_ada)}, 6000);
    QVERIFY(counts);
    QCOMPARE(counts->added + counts->changed + counts->archived, 0);
    QCOMPARE(counts->unchanged, 2);
    const auto stored = m_store->stores->sequences.sequence(m_portal, QStringLiteral("b"));
    QCOMPARE(stored->firstSeenAt, at(5000));
    QCOMPARE(stored->lastSeenAt, at(6000));
}

void TestSequenceStore::changedFieldsAndVisibilityCountAsChanged()
{
    QVERIFY(apply({listed(m_portal, QStringLiteral("a"), 1000, m_ada),
                   listed(m_portal, QStringLiteral("b"), 1000, m_ada),
                   listed(m_portal, QStringLiteral("c"), 1000, m_ada)},
                  5000));
    auto renamed = listed(m_portal, QStringLiteral("a"), 2000, m_ada);
    renamed.sequence.name = QStringLiteral("Renamed");
    const auto counts = apply({renamed, listed(m_portal, QStringLiteral("b"), 1000, m_both),
                               listed(m_portal, QStringLiteral("c"), 1000, m_ada)},
                              6000);
    QVERIFY(counts);
    QCOMPARE(counts->changed, 2);
    QCOMPARE(counts->unchanged, 1);
    QCOMPARE(m_store->stores->sequences.sequence(m_portal, QStringLiteral("a"))->name,
             QStringLiteral("Renamed"));
    QCOMPARE(m_store->stores->sequences.sequence(m_portal, QStringLiteral("b"))->visibleToUserIds,
             m_both);
}

void TestSequenceStore::vanishedSequenceIsArchivedButKept()
{
    auto a = listed(m_portal, QStringLiteral("a"), 1000, m_ada);
    a.steps = stepsOf(3);
    QVERIFY(apply({a, listed(m_portal, QStringLiteral("b"), 1000, m_ada)}, 5000));
    const auto counts = apply({listed(m_portal, QStringLiteral("b"), 1000, m_ada)}, 6000);
    QVERIFY(counts);
    QCOMPARE(counts->archived, 1);
    const auto gone = m_store->stores->sequences.sequence(m_portal, QStringLiteral("a"));
    QVERIFY(gone);
    QCOMPARE(gone->archivedAt, at(6000));
    QCOMPARE(gone->lastSeenAt, at(5000));
    QCOMPARE(gone->status(), SequenceStatus::Archived);
    QCOMPARE(gone->visibleToUserIds, m_ada);
    QCOMPARE(m_store->stores->sequences.steps(m_portal, QStringLiteral("a")).size(), 3);
    // Still gone next time: not archived again.
    QCOMPARE(apply({listed(m_portal, QStringLiteral("b"), 1000, m_ada)}, 7000)->archived, 0);
    QCOMPARE(m_store->stores->sequences.sequence(m_portal, QStringLiteral("a"))->archivedAt,
             at(6000));
}

void TestSequenceStore::sequenceThatCameBackIsUnarchived()
{
    QVERIFY(apply({listed(m_portal, QStringLiteral("a"), 1000, m_ada)}, 5000));
    QVERIFY(apply({}, 6000));
    const auto counts = apply({listed(m_portal, QStringLiteral("a"), 1000, m_ada)}, 7000);
    QVERIFY(counts);
    QCOMPARE(counts->restored, 1);
    QCOMPARE(counts->changed, 1);
    QCOMPARE(counts->added, 0);
    const auto back = m_store->stores->sequences.sequence(m_portal, QStringLiteral("a"));
    QVERIFY(!back->archivedAt.isValid());
    QCOMPARE(back->firstSeenAt, at(5000));
    QCOMPARE(back->lastSeenAt, at(7000));
    QCOMPARE(back->status(), SequenceStatus::Active);
}

void TestSequenceStore::detailsNeededOnlyForNewOrMovedSequences()
{
    auto a = listed(m_portal, QStringLiteral("a"), 1000, m_ada);
    a.steps = stepsOf(2);
    auto b = listed(m_portal, QStringLiteral("b"), 1000, m_ada);
    b.steps = stepsOf(2);
    const auto noDetails = listed(m_portal, QStringLiteral("c"), 1000, m_ada);
    QVERIFY(apply({a, b, noDetails}, 5000));
    auto moved = b.sequence;
    moved.updatedAt = at(2000);
    const auto fresh = listed(m_portal, QStringLiteral("d"), 1000, m_ada).sequence;
    const auto needed = m_store->stores->sequences.sequencesNeedingDetails(
        m_portal, {a.sequence, moved, noDetails.sequence, fresh});
    QVERIFY(needed);
    QCOMPARE(*needed,
             (QStringList {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
}

void TestSequenceStore::failedSnapshotWritesNothing()
{
    QVERIFY(apply({listed(m_portal, QStringLiteral("a"), 1000, m_ada)}, 5000));
    // An unknown portal fails on its last step (the portal's last sync time) and must leave
    // no row behind.
    const auto counts = m_store->stores->sequences.applySnapshot(
        QStringLiteral("nope"), {}, {listed(QStringLiteral("nope"), QStringLiteral("x"), 1, m_ada)},
        at(6000));
    QVERIFY(!counts);
    QVERIFY(!m_store->stores->sequences.lastError().isEmpty());
    QCOMPARE(m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM sequences")).toInt(), 1);
}

void TestSequenceStore::pauseAndArchiveByUserDriveStatusAndCounts()
{
    QVERIFY(apply({listed(m_portal, QStringLiteral("a"), 1000, m_ada),
                   listed(m_portal, QStringLiteral("b"), 1000, m_ada),
                   listed(m_portal, QStringLiteral("c"), 1000, m_ada),
                   listed(m_portal, QStringLiteral("draft"), 1000, m_ada, 0)},
                  5000));
    SequenceStore &seqs = m_store->stores->sequences;
    QVERIFY(seqs.setPaused(m_portal, QStringLiteral("a"), true));
    QVERIFY(seqs.setArchivedByUser(m_portal, QStringLiteral("b"), true));
    QVERIFY(!seqs.setPaused(m_portal, QStringLiteral("missing"), true));
    QVERIFY(seqs.lastError().contains(QStringLiteral("missing")));
    QCOMPARE(seqs.sequence(m_portal, QStringLiteral("a"))->status(), SequenceStatus::Paused);
    QCOMPARE(seqs.sequence(m_portal, QStringLiteral("b"))->status(), SequenceStatus::Archived);
    QCOMPARE(seqs.sequence(m_portal, QStringLiteral("draft"))->status(), SequenceStatus::Draft);
    // User flags survive the next sync.
    QVERIFY(apply({listed(m_portal, QStringLiteral("a"), 2000, m_ada),
                   listed(m_portal, QStringLiteral("b"), 2000, m_ada),
                   listed(m_portal, QStringLiteral("c"), 1000, m_ada),
                   listed(m_portal, QStringLiteral("draft"), 1000, m_ada, 0)},
                  6000));
    const auto counts = seqs.statusCounts(m_portal);
    QVERIFY(counts);
    QCOMPARE(counts->active, 1);
    QCOMPARE(counts->paused, 1);
    QCOMPARE(counts->archived, 1);
    QCOMPARE(counts->draft, 1);
    // The SQL derivation agrees with SequenceRecord::status().
    int active = 0;
    for (const SequenceRecord &r : seqs.sequences(m_portal))
        active += r.status() == SequenceStatus::Active ? 1 : 0;
    QCOMPARE(active, counts->active);
    QVERIFY(seqs.setPaused(m_portal, QStringLiteral("a"), false));
    QVERIFY(seqs.sequence(m_portal, QStringLiteral("a"))->isEnrollable());
}

void TestSequenceStore::ownersAbsentFromSnapshotBecomeInactive()
{
    OwnerRecord ada;
    ada.portalId = m_portal;
    ada.ownerId = QStringLiteral("1");
    ada.userId = 9001;
    ada.email = QStringLiteral("ada@example.com");
    ada.type = QStringLiteral("PERSON");
    ada.active = true;
    OwnerRecord alan = ada;
    alan.ownerId = QStringLiteral("2");
    alan.userId = std::nullopt;
    QVERIFY(m_store->stores->sequences.applySnapshot(m_portal, {ada, alan}, {}, at(1)));
    QCOMPARE(m_store->stores->owners.activeOwners(m_portal).size(), 2);
    QVERIFY(m_store->stores->sequences.applySnapshot(m_portal, {ada}, {}, at(2)));
    const auto owners = m_store->stores->owners.owners(m_portal);
    QCOMPARE(owners.size(), 2);
    QCOMPARE(m_store->stores->owners.activeOwners(m_portal).size(), 1);
    QCOMPARE(m_store->stores->owners.activeOwners(m_portal)[0].userId, std::optional<qint64>(9001));
}

QTEST_GUILESS_MAIN(TestSequenceStore)
#include "tst_sequencestore.moc"
