// DiagnosticsStore: the schema version and the last errors (failed syncs, items HubSpot
// refused or that failed, failed rule runs) newest first, through indexes of failures only;
// the v9 columns on a database of v8.
#include "StoreTestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace StoreTest;

class TestDiagnosticsStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void schemaVersionIsTheLatest();
    void failedSyncKeepsHubSpotsStatusCategoryAndCorrelationId();
    void lastErrorsAreNewestFirstAcrossSyncsItemsAndRules();
    void skippedAndEnrolledItemsAreNotErrors();
    void itemErrorsAreReadThroughTheirPartialIndex();
    void v8DatabaseUpgradesWithEmptyErrorDetails();

private:
    qint64 job(const QList<EnrollmentItemRecord> &items, qint64 createdMs = 1000);
    std::unique_ptr<TempStore> m_store;
};

void TestDiagnosticsStore::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->open());
    PortalRecord portal;
    portal.portalId = QStringLiteral("42");
    QVERIFY(m_store->stores->portals.upsert(portal));
}

void TestDiagnosticsStore::cleanup()
{
    m_store.reset();
}

qint64 TestDiagnosticsStore::job(const QList<EnrollmentItemRecord> &items, qint64 createdMs)
{
    EnrollmentJobRecord j;
    j.portalId = QStringLiteral("42");
    j.sequenceId = QStringLiteral("7");
    j.senderEmail = QStringLiteral("sales@example.com");
    j.createdAt = at(createdMs);
    j.state = JobState::Completed;
    return m_store->stores->enrollments.createJob(j, items).value_or(0);
}

void TestDiagnosticsStore::schemaVersionIsTheLatest()
{
    QCOMPARE(m_store->stores->diagnostics.schemaVersion(), Database::latestVersion());
    QVERIFY(Database::latestVersion() >= 9);
}

void TestDiagnosticsStore::failedSyncKeepsHubSpotsStatusCategoryAndCorrelationId()
{
    auto &runs = m_store->stores->syncRuns;
    const auto id = runs.start(QStringLiteral("42"), SyncTrigger::Manual, at(5000));
    QVERIFY(id.has_value());
    SyncRunRecord run;
    run.id = *id;
    run.finishedAt = at(6000);
    run.status = SyncStatus::Failed;
    run.error = QStringLiteral("HubSpot's limit");
    run.httpStatus = 429;
    run.errorCategory = QStringLiteral("RATE_LIMITS");
    run.correlationId = QStringLiteral("c0ffee-1");
    QVERIFY(runs.finish(run));
    const auto last = runs.lastRun(QStringLiteral("42"));
    QVERIFY(last.has_value());
    QCOMPARE(last->httpStatus, 429);
    QCOMPARE(last->errorCategory, QStringLiteral("RATE_LIMITS"));
    QCOMPARE(last->correlationId, QStringLiteral("c0ffee-1"));

    const QList<RecentErrorRecord> errors = m_store->stores->diagnostics.recentErrors(5);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].source, RecentErrorRecord::Source::Sync);
    QCOMPARE(errors[0].id, *id);
    QCOMPARE(errors[0].at, at(6000));
    QCOMPARE(errors[0].httpStatus, 429);
    QCOMPARE(errors[0].correlationId, QStringLiteral("c0ffee-1"));
    QCOMPARE(errors[0].message, QStringLiteral("HubSpot's limit"));
}

void TestDiagnosticsStore::lastErrorsAreNewestFirstAcrossSyncsItemsAndRules()
{
    auto &runs = m_store->stores->syncRuns;
    const auto syncId = runs.start(QStringLiteral("42"), SyncTrigger::Manual, at(1000));
    SyncRunRecord run;
    run.id = *syncId;
    run.finishedAt = at(2000);
    run.status = SyncStatus::Failed;
    QVERIFY(runs.finish(run));

    EnrollmentItemRecord failed;
    failed.contactId = QStringLiteral("101");
    failed.email = QStringLiteral("ana@example.com");
    failed.state = ItemState::Failed;
    failed.hubspotCode = QStringLiteral("VALIDATION_ERROR");
    failed.httpStatus = 400;
    failed.correlationId = QStringLiteral("item-corr");
    failed.finishedAt = at(4000);
    EnrollmentItemRecord fatal; // a run-fatal answer: the item waits, with HubSpot's answer
    fatal.contactId = QStringLiteral("102");
    fatal.state = ItemState::Pending;
    fatal.httpStatus = 403;
    fatal.correlationId = QStringLiteral("fatal-corr");
    fatal.attemptedAt = at(3000);
    const qint64 jobId = job({failed, fatal});
    QVERIFY(jobId > 0);

    RuleRecord rule;
    rule.portalId = QStringLiteral("42");
    rule.name = QStringLiteral("r");
    rule.listId = QStringLiteral("1");
    rule.sequenceId = QStringLiteral("7");
    rule.senders = {QStringLiteral("sales@example.com")};
    rule.createdAt = rule.updatedAt = rule.nextRunAt = at(0);
    const auto ruleId = m_store->stores->rules.create(rule);
    QVERIFY2(ruleId.has_value(), qPrintable(m_store->stores->rules.lastError()));
    const auto ruleRun = m_store->stores->rules.startRun(*ruleId, at(5000));
    QVERIFY(ruleRun.has_value());
    QCOMPARE(m_store->stores->rules.failInterrupted(*ruleId, QStringLiteral("stopped"), at(5000)),
             std::optional<int>(1));

    const QList<RecentErrorRecord> errors = m_store->stores->diagnostics.recentErrors(10);
    QCOMPARE(errors.size(), 4);
    QCOMPARE(errors[0].source, RecentErrorRecord::Source::Rule);
    QCOMPARE(errors[0].ruleId, *ruleId);
    QCOMPARE(errors[0].portalId, QStringLiteral("42"));
    QCOMPARE(errors[1].source, RecentErrorRecord::Source::Enrollment);
    QCOMPARE(errors[1].correlationId, QStringLiteral("item-corr"));
    QCOMPARE(errors[1].contactId, QStringLiteral("101"));
    QCOMPARE(errors[1].httpStatus, 400);
    QCOMPARE(errors[1].state, QStringLiteral("failed"));
    QCOMPARE(errors[2].correlationId, QStringLiteral("fatal-corr"));
    QCOMPARE(errors[2].state, QStringLiteral("pending"));
    QCOMPARE(errors[3].source, RecentErrorRecord::Source::Sync);
    // At most `limit`, the newest.
    const QList<RecentErrorRecord> two = m_store->stores->diagnostics.recentErrors(2);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[1].correlationId, QStringLiteral("item-corr"));
}

void TestDiagnosticsStore::skippedAndEnrolledItemsAreNotErrors()
{
    EnrollmentItemRecord skipped;
    skipped.state = ItemState::Skipped;
    skipped.hubspotCode = QStringLiteral("UNSUBSCRIBED");
    skipped.correlationId = QStringLiteral("verdict");
    skipped.httpStatus = 400;
    EnrollmentItemRecord enrolled;
    enrolled.state = ItemState::Enrolled;
    QVERIFY(job({skipped, enrolled}) > 0);
    QVERIFY(m_store->stores->diagnostics.recentErrors(10).isEmpty());
    QVERIFY(m_store->stores->diagnostics.lastError().isEmpty());
}

void TestDiagnosticsStore::itemErrorsAreReadThroughTheirPartialIndex()
{
    QSqlQuery q(m_store->db.handle());
    // The store's own query, not a copy of it.
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ")
                      + QLatin1String(SeqDesk::Store::DiagnosticsStore::kItemErrorsQuery)));
    q.addBindValue(20);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QStringLiteral("enrollment_items_with_errors")), qPrintable(plan));
}

void TestDiagnosticsStore::v8DatabaseUpgradesWithEmptyErrorDetails()
{
    TempStore store;
    {
        Database v8(Database::uniqueConnectionName(QStringLiteral("v8")));
        QVERIFY(store.dir.isValid());
        QVERIFY2(v8.open(store.path(), Database::migrations().mid(0, 8)),
                 qPrintable(v8.lastError()));
        QCOMPARE(v8.schemaVersion(), 8);
        QSqlQuery q(v8.handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO portals (portal_id) VALUES ('42')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_runs (portal_id, trigger, started_at,"
                                      " finished_at, status, error) VALUES ('42', 'manual',"
                                      " 1000, 2000, 'failed', 'old failure')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO enrollment_jobs (id, portal_id, sequence_id, sender_email, source,"
            " created_at, state) VALUES (3, '42', '7', 's@example.com', 'cli', 500, 'failed')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO enrollment_items (job_id, sender_email, contact_id, state,"
            " hubspot_code, finished_at) VALUES (3, 's@example.com', '9', 'failed', 'X', 1500)")));
    }
    QVERIFY2(store.open(), qPrintable(store.db.lastError()));
    QCOMPARE(store.db.schemaVersion(), Database::latestVersion());
    const QList<RecentErrorRecord> errors = store.stores->diagnostics.recentErrors(10);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].source, RecentErrorRecord::Source::Sync);
    QCOMPARE(errors[0].message, QStringLiteral("old failure"));
    QCOMPARE(errors[0].httpStatus, 0);
    QVERIFY(errors[0].correlationId.isEmpty());
    QCOMPARE(errors[1].code, QStringLiteral("X"));
    QVERIFY(errors[1].correlationId.isEmpty());
}

QTEST_GUILESS_MAIN(TestDiagnosticsStore)
#include "tst_diagnosticsstore.moc"
