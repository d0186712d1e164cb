#include "StoreTestSupport.h"

#include <QFileInfo>
#include <QTest>

using namespace StoreTest;

class TestStoreMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsLatestWithWalForeignKeysAndOwnerOnlyFile();
    void defaultPathIsInTheAppDataFolder();
    void v1FixtureIsMigrationOneVerbatim();
    void v1FixtureUpgradesToLatestKeepingItsData();
    void newerDatabaseIsRefusedAndLeftUntouched();
    void failingMigrationRollsBackAndKeepsThePreviousVersion();
    void worldReadableFileIsMadeOwnerOnly();
    void analyticsIndexesExist();
    void v4JobsUpgradeWithTheDefaultSendCap();
    void v5ItemsAreRolledUpForAnalytics();
    void v6JobsUpgradeWithoutASourceListAndKeepTheirHistory();

private:
    static QStringList schemaOf(const QSqlDatabase &db);
};

QStringList TestStoreMigrations::schemaOf(const QSqlDatabase &db)
{
    QStringList schema;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"));
    while (q.next())
        schema.append(q.value(0).toString().simplified());
    return schema;
}

void TestStoreMigrations::freshDatabaseIsLatestWithWalForeignKeysAndOwnerOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/seqdesk.sqlite"));
    Database db(Database::uniqueConnectionName(QStringLiteral("t")));
    QVERIFY2(db.open(path), qPrintable(db.lastError()));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QVERIFY(Database::latestVersion() >= 3);
    QSqlQuery q(db.handle());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             owner);
    const auto dirPerms = QFileInfo(dir.filePath(QStringLiteral("a"))).permissions();
    QVERIFY(!(dirPerms & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    // Re-opening is a no-op on the schema.
    db.close();
    QVERIFY2(db.open(path), qPrintable(db.lastError()));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
}

void TestStoreMigrations::defaultPathIsInTheAppDataFolder()
{
    QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/seqdesk.sqlite")));
    QVERIFY(QFileInfo(Database::defaultPath()).isAbsolute());
}

void TestStoreMigrations::v1FixtureIsMigrationOneVerbatim()
{
    QTemporaryDir dir;
    const QString fixture = dir.filePath(QStringLiteral("fixture.sqlite"));
    QCOMPARE(loadSqlFile(QFINDTESTDATA("fixtures/v1.sql"), fixture), QString());
    Database v1(Database::uniqueConnectionName(QStringLiteral("v1")));
    QVERIFY2(v1.open(dir.filePath(QStringLiteral("v1.sqlite")), {Database::migrations().first()}),
             qPrintable(v1.lastError()));
    QCOMPARE(v1.schemaVersion(), 1);
    Database old(Database::uniqueConnectionName(QStringLiteral("old")));
    QVERIFY2(old.open(fixture, {Database::migrations().first()}), qPrintable(old.lastError()));
    QCOMPARE(schemaOf(old.handle()), schemaOf(v1.handle()));
}

void TestStoreMigrations::v1FixtureUpgradesToLatestKeepingItsData()
{
    TempStore store;
    QCOMPARE(loadSqlFile(QFINDTESTDATA("fixtures/v1.sql"), store.path()), QString());
    QVERIFY2(store.open(), qPrintable(store.db.lastError()));
    QCOMPARE(store.db.schemaVersion(), Database::latestVersion());
    QCOMPARE(store.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(store.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QVERIFY(!store.scalar(QStringLiteral("PRAGMA foreign_key_check")).isValid());

    Stores &s = *store.stores;
    QCOMPARE(s.portals.portals().size(), 2);
    QCOMPARE(s.portals.portal(QStringLiteral("4242424"))->lastSyncAt, at(1767225600000));
    // Each portal keeps the API version it was connected with, as stored.
    QCOMPARE(s.portals.portal(QStringLiteral("4242424"))->apiVersion, QStringLiteral("2026-03"));
    QCOMPARE(s.portals.portal(QStringLiteral("777"))->apiVersion, QStringLiteral("v4"));
    QCOMPARE(s.owners.activeOwners(QStringLiteral("4242424")).size(), 2);
    const QList<SequenceRecord> seqs = s.sequences.sequences(QStringLiteral("4242424"));
    QVERIFY2(s.sequences.lastError().isEmpty(), qPrintable(s.sequences.lastError()));
    QCOMPARE(seqs.size(), 4);
    const auto byId = [&](const QString &id) {
        return *std::find_if(seqs.cbegin(), seqs.cend(),
                             [&](const SequenceRecord &r) { return r.sequenceId == id; });
    };
    QCOMPARE(byId(QStringLiteral("seq-1")).status(), SequenceStatus::Active);
    QCOMPARE(byId(QStringLiteral("seq-1")).sendWindowStartMinute, -1);
    QCOMPARE(byId(QStringLiteral("seq-2")).status(), SequenceStatus::Paused);
    QCOMPARE(byId(QStringLiteral("seq-3")).archivedAt, at(1767225600000));
    QCOMPARE(byId(QStringLiteral("seq-4")).status(), SequenceStatus::Archived);
    QVERIFY(s.sequences.steps(QStringLiteral("4242424"), QStringLiteral("seq-1")).isEmpty());
    QCOMPARE(s.syncRuns.runs(QStringLiteral("4242424"), 10).size(), 2);
    QCOMPARE(s.syncRuns.lastRun(QStringLiteral("777"))->error,
             QStringLiteral("HTTP 401: token expired"));
    // v1 stored no steps: every sequence needs its details fetched after the upgrade.
    QList<SequenceRecord> listedAgain;
    for (const SequenceRecord &r : seqs)
        listedAgain.append(r);
    QCOMPARE(s.sequences.sequencesNeedingDetails(QStringLiteral("4242424"), listedAgain)->size(),
             4);
    // The new tables take rows for the old data, and forgetting still cascades.
    QVERIFY(s.sequences.applySnapshot(QStringLiteral("777"), {},
                                      {listed(QStringLiteral("777"), QStringLiteral("g-1"),
                                              1765000000000, {QStringLiteral("7001")})},
                                      at(1768000000000)));
    QVERIFY(s.portals.remove(QStringLiteral("777")));
    QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM sequence_visibility")).toInt(), 0);
    QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_runs")).toInt(), 2);
}

void TestStoreMigrations::newerDatabaseIsRefusedAndLeftUntouched()
{
    TempStore store;
    QVERIFY(store.open());
    const int future = Database::latestVersion() + 1;
    QSqlQuery(store.db.handle()).exec(QStringLiteral("PRAGMA user_version = %1").arg(future));
    store.stores.reset();
    store.db.close();
    QVERIFY(!store.db.open(store.path()));
    QVERIFY2(store.db.lastError().contains(QStringLiteral("newer")),
             qPrintable(store.db.lastError()));
    QVERIFY(store.db.lastError().contains(QString::number(future)));
    QVERIFY(!store.db.isOpen());
    Database probe(Database::uniqueConnectionName(QStringLiteral("probe")));
    const QList<Migration> none;
    QVERIFY(!probe.open(store.path(), none)); // still refused: still the future version
}

void TestStoreMigrations::failingMigrationRollsBackAndKeepsThePreviousVersion()
{
    TempStore store;
    QVERIFY(store.open());
    QVERIFY2(store.stores->portals.upsert(portal(QStringLiteral("1"))),
             qPrintable(store.stores->portals.lastError()));
    store.stores.reset();
    store.db.close();
    const int next = Database::latestVersion() + 1;
    QList<Migration> migrations = Database::migrations();
    migrations.append({next,
                       QStringLiteral("broken"),
                       {QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
                        QStringLiteral("DELETE FROM portals"),
                        QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
    QVERIFY(!store.db.open(store.path(), migrations));
    QVERIFY2(store.db.lastError().contains(QStringLiteral("no_such_table")),
             qPrintable(store.db.lastError()));
    QVERIFY(store.db.lastError().contains(QStringLiteral("rolled back")));
    QVERIFY(store.open());
    QCOMPARE(store.db.schemaVersion(), next - 1);
    QCOMPARE(store.stores->portals.portals().size(), 1);
    QCOMPARE(store
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"
                                        " WHERE name = 'half_done'"))
                 .toInt(),
             0);
}

void TestStoreMigrations::worldReadableFileIsMadeOwnerOnly()
{
    TempStore store;
    QFile file(store.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QVERIFY(store.open());
    QVERIFY(!(QFileInfo(store.path()).permissions()
              & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
}

void TestStoreMigrations::analyticsIndexesExist()
{
    TempStore store;
    QVERIFY(store.open());
    QSqlQuery q(store.db.handle());
    QVERIFY(q.exec(QStringLiteral("SELECT tbl_name || ':' || sql FROM sqlite_master"
                                  " WHERE type = 'index' AND sql IS NOT NULL")));
    QStringList indexes;
    while (q.next())
        indexes.append(q.value(0).toString().simplified());
    const QStringList wanted {
        QStringLiteral("enrollment_items(job_id, state)"),
        QStringLiteral("enrollment_items(finished_at)"),
        QStringLiteral("enrollment_items(sender_email, state, finished_at)"),
        QStringLiteral("enrollment_jobs(portal_id, sequence_id, created_at)"),
    };
    for (const QString &w : wanted) {
        QVERIFY2(std::any_of(indexes.cbegin(), indexes.cend(),
                             [&](const QString &i) { return i.endsWith(w); }),
                 qPrintable(w));
    }
    // The rolling 24-hour count per sender is answered from its index.
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM enrollment_items"
                                  " WHERE sender_email = 'a' AND state = 'enrolled'"
                                  " AND finished_at >= 0")));
    QVERIFY(q.next());
    QVERIFY2(q.value(3).toString().contains(QStringLiteral("sender_state_finished")),
             qPrintable(q.value(3).toString()));
}

void TestStoreMigrations::v4JobsUpgradeWithTheDefaultSendCap()
{
    // A database as version 4 left it, with a job in it.
    TempStore store;
    QVERIFY(store.dir.isValid());
    {
        Database v4(Database::uniqueConnectionName(QStringLiteral("v4")));
        QVERIFY2(v4.open(store.path(), Database::migrations().mid(0, 4)),
                 qPrintable(v4.lastError()));
        QCOMPARE(v4.schemaVersion(), 4);
        QSqlQuery q(v4.handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO portals (portal_id) VALUES ('42')")));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO enrollment_jobs (portal_id, sequence_id, sender_email, source,"
                     " created_at, state, message, resume_at) VALUES ('42', 'seq-1',"
                     " 'ada@example.com', 'cli', 1000, 'paused', 'Send cap reached', 90000)")),
                 qPrintable(q.lastError().text()));
    }
    QVERIFY2(store.open(), qPrintable(store.db.lastError()));
    QCOMPARE(store.db.schemaVersion(), Database::latestVersion());
    const QList<EnrollmentJobRecord> jobs = store.stores->enrollments.recentJobs(10);
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs[0].dailyCap, 1000);
    QCOMPARE(jobs[0].message, QStringLiteral("Send cap reached"));
    QCOMPARE(jobs[0].resumeAt, at(90000));
    // A recovered enrollment is looked up by its id through an index.
    QSqlQuery q(store.db.handle());
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT 1 FROM enrollment_items"
                                  " WHERE enrollment_id = 'x'")));
    QVERIFY(q.next());
    QVERIFY2(q.value(3).toString().contains(QStringLiteral("by_enrollment_id")),
             qPrintable(q.value(3).toString()));
}

void TestStoreMigrations::v5ItemsAreRolledUpForAnalytics()
{
    // A database as version 5 left it: a job created in quarter hour 10 (9,000,000 ms) with
    // items of every state, some without times.
    TempStore store;
    QVERIFY(store.dir.isValid());
    {
        Database v5(Database::uniqueConnectionName(QStringLiteral("v5")));
        QVERIFY2(v5.open(store.path(), Database::migrations().mid(0, 5)),
                 qPrintable(v5.lastError()));
        QCOMPARE(v5.schemaVersion(), 5);
        QSqlQuery q(v5.handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO portals (portal_id) VALUES ('42')")));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO enrollment_jobs (id, portal_id, sequence_id, sender_email,"
                     " source, created_at, state) VALUES (7, '42', 'seq-1', 'ada@example.com',"
                     " 'cli', 9000000, 'completed')")),
                 qPrintable(q.lastError().text()));
        // state, hubspot_code, attempted_at, finished_at
        const QStringList items {
            QStringLiteral("'enrolled', '', 1800000, 1800000"),
            QStringLiteral("'enrolled', '', 1799999, 2699999"), // quarter 2 too
            QStringLiteral("'enrolled', '', 2700000, NULL"), // at its attempt: quarter 3
            QStringLiteral("'enrolled', '', NULL, NULL"), // at its job's creation: 10
            QStringLiteral("'skipped', 'ALREADY_ENROLLED', NULL, 1800000"),
            QStringLiteral("'failed', 'INTERNAL_ERROR', 1850000, 1850000"),
            QStringLiteral("'deferred', 'SEND_CAP', 3600000, NULL"), // no code for deferred
            QStringLiteral("'deferred', '', NULL, NULL"),
            QStringLiteral("'pending', '', NULL, NULL"),
            QStringLiteral("'in_flight', '', 4500000, NULL"),
        };
        for (const QString &values : items)
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO enrollment_items (job_id, sender_email,"
                                           " state, hubspot_code, attempted_at, finished_at)"
                                           " VALUES (7, 'ada@example.com', ")
                            + values + QLatin1Char(')')),
                     qPrintable(q.lastError().text()));
    }
    QVERIFY2(store.open(), qPrintable(store.db.lastError()));
    QCOMPARE(store.db.schemaVersion(), Database::latestVersion());
    const auto rollup = [&] {
        QStringList rows;
        QSqlQuery q(store.db.handle());
        q.exec(QStringLiteral("SELECT job_id || ' ' || quarter || ' ' || state || ' ' || code"
                              " || ' ' || count FROM enrollment_rollup ORDER BY quarter, state"));
        while (q.next())
            rows.append(q.value(0).toString().trimmed());
        return rows;
    };
    QCOMPARE(rollup(),
             (QStringList {
                 QStringLiteral("7 2 enrolled  2"), QStringLiteral("7 2 failed INTERNAL_ERROR 1"),
                 QStringLiteral("7 2 skipped ALREADY_ENROLLED 1"),
                 QStringLiteral("7 3 enrolled  1"), QStringLiteral("7 4 deferred  1"),
                 QStringLiteral("7 10 deferred  1"), QStringLiteral("7 10 enrolled  1")}));
    OutcomeCounts expected;
    expected.enrolled = 4;
    expected.skipped = 1;
    expected.failed = 1;
    expected.deferred = 2;
    QVERIFY(store.stores->analytics.totals({}) == expected);
    // From now on the triggers keep it: the pending item is enrolled in quarter 10.
    QSqlQuery q(store.db.handle());
    QVERIFY(q.exec(QStringLiteral("UPDATE enrollment_items SET state = 'enrolled',"
                                  " finished_at = 9000001 WHERE state = 'pending'")));
    QCOMPARE(rollup().constLast(), QStringLiteral("7 10 enrolled  2"));
}

void TestStoreMigrations::v6JobsUpgradeWithoutASourceListAndKeepTheirHistory()
{
    // A database as version 6 left it: a job from a file with a label, and its items.
    TempStore store;
    QVERIFY(store.dir.isValid());
    {
        Database v6(Database::uniqueConnectionName(QStringLiteral("v6")));
        QVERIFY2(v6.open(store.path(), Database::migrations().mid(0, 6)),
                 qPrintable(v6.lastError()));
        QCOMPARE(v6.schemaVersion(), 6);
        QSqlQuery q(v6.handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO portals (portal_id) VALUES ('42')")));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO enrollment_jobs (id, portal_id, sequence_id, sender_email,"
                     " source, source_file_name, label, created_at, state, daily_cap)"
                     " VALUES (7, '42', 'seq-1', 'ada@example.com', 'cli', 'leads.csv',"
                     " 'Spring push', 9000000, 'completed', 250)")),
                 qPrintable(q.lastError().text()));
        for (const QString &state :
             {QStringLiteral("enrolled"), QStringLiteral("enrolled"), QStringLiteral("skipped")})
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO enrollment_items (job_id, sender_email,"
                                           " state, finished_at) VALUES (7, 'ada@example.com',"
                                           " '%1', 9000000)")
                                .arg(state)),
                     qPrintable(q.lastError().text()));
    }
    QVERIFY2(store.open(), qPrintable(store.db.lastError()));
    QCOMPARE(store.db.schemaVersion(), Database::latestVersion());
    QVERIFY(Database::latestVersion() >= 7);

    // The job is kept as it was, with no list.
    const QList<EnrollmentJobRecord> jobs = store.stores->enrollments.recentJobs(10);
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs[0].id, qint64(7));
    QCOMPARE(jobs[0].sourceFileName, QStringLiteral("leads.csv"));
    QCOMPARE(jobs[0].label, QStringLiteral("Spring push"));
    QCOMPARE(jobs[0].dailyCap, 250);
    QCOMPARE(jobs[0].state, JobState::Completed);
    QCOMPARE(jobs[0].counts.enrolled, 2);
    QCOMPARE(jobs[0].counts.skipped, 1);
    QVERIFY(jobs[0].sourceListId.isEmpty());
    QVERIFY(jobs[0].sourceListName.isEmpty());
    // So is its history, under the source it had.
    const auto sources = store.stores->analytics.bySource({});
    QVERIFY(sources.has_value());
    QCOMPARE(sources->size(), 1);
    QCOMPARE(sources->at(0).source, QStringLiteral("label:Spring push"));
    QCOMPARE(sources->at(0).counts.enrolled, 2);
    QCOMPARE(sources->at(0).counts.skipped, 1);

    // A job from a list records the list, and reads it back.
    EnrollmentJobRecord fromList;
    fromList.portalId = QStringLiteral("42");
    fromList.sequenceId = QStringLiteral("seq-1");
    fromList.senderEmail = QStringLiteral("ada@example.com");
    fromList.sourceListId = QStringLiteral("318");
    fromList.sourceListName = QStringLiteral("Webinar no-shows");
    fromList.createdAt = at(9900000);
    const auto id = store.stores->enrollments.createJob(fromList, {});
    QVERIFY2(id.has_value(), qPrintable(store.stores->enrollments.lastError()));
    const auto read = store.stores->enrollments.job(*id);
    QVERIFY(read.has_value());
    QCOMPARE(read->sourceListId, QStringLiteral("318"));
    QCOMPARE(read->sourceListName, QStringLiteral("Webinar no-shows"));
    QVERIFY(read->sourceFileName.isEmpty());
    // The newest name of a list is found through an index.
    QSqlQuery q(store.db.handle());
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT source_list_name FROM"
                                  " enrollment_jobs WHERE portal_id = '42' AND source_list_id ="
                                  " '318' AND source_list_id <> '' ORDER BY created_at DESC")));
    QVERIFY(q.next());
    QVERIFY2(q.value(3).toString().contains(QStringLiteral("by_source_list")),
             qPrintable(q.value(3).toString()));
}

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"
