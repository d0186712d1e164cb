// The enrollment engine against the sandbox over loopback and a temp-file journal: every
// outcome, the send cap, run-fatal errors, crash recovery, pause/resume/cancel, faults.
#include "EngineFixture.h"
#include "enroll/ResumeTimes.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>

using namespace EngineTest;

class TestEnrollmentEngine final : public QObject
{
    Q_OBJECT

private slots:
    void everyOutcomeIsJournaledAndEachContactEnrolledOnce();
    void capReachedMidRunDefersTheRestAndTheJobWaits();
    void tokenRevokedMidRunStopsTheJobWithWhatToDo();
    void sequenceDeletedMidRunStopsTheJob();
    void journalFullMidRunFailsTheJobWithItsMessage();
    void resumeChecksContactsLeftInFlightBeforeSending();
    void pauseThenResumeFinishesEveryContactOnce();
    void cancelLeavesUnsentContactsPending();
    void serverFaultsAndDroppedConnectionsStillEnrollEachContactOnce();
    void aContactTwiceInOnePlanIsSentOnce();
    void pauseBeforeTheFirstRequestLeavesEverythingPending();
    void aJobRunsInOneEngineAtATime();
    void theJobKeepsTheSendCapItWasCreatedWith();
    void rateLimitTheClientGaveUpOnPausesTheJobInsteadOfFailingContacts();
    void serverErrorsLeaveTheContactInFlightAndTheJobRetriesLater();
    void transientErrorWhileCheckingInFlightContactsRetriesLater();
    void dailyApiLimitPausesTheJobUntilMidnightInThePortalTimeZone_data();
    void dailyApiLimitPausesTheJobUntilMidnightInThePortalTimeZone();
    void dailyLimitResetIsThePortalsNextMidnightOrADayWhenItsZoneIsUnknown();
    void enrollmentJournaledForAnotherJobIsNotCountedForThisOne();
    void retryFailedRestartsAFinishedJobAndSendsOnlyTheFailedContacts();
    void cancelAskedWhilePausingCancelsTheJob();
    void retryFailedOfACancelledJobChangesNothing();
};

void TestEnrollmentEngine::everyOutcomeIsJournaledAndEachContactEnrolledOnce()
{
    Fixture f;
    QVERIFY(f.setUp());
    const QStringList normal = f.normalContacts(5);
    QList<PlannedContact> plan = Fixture::planOf(normal);
    // Predicted by the dry run: recorded as skipped, never sent.
    PlannedContact optedOut
        = Fixture::planOf({f.contactOfKind(Sandbox::ContactKind::Unsubscribed)}, Plan::Unsubscribed)
              .first();
    optedOut.line = 10;
    plan << optedOut;
    // Predicted "enroll", but HubSpot says no: skipped with HubSpot's code.
    for (const auto kind : {Sandbox::ContactKind::Enrolled, Sandbox::ContactKind::Bounced}) {
        PlannedContact p = Fixture::planOf({f.contactOfKind(kind)}).first();
        p.line = 20 + int(kind);
        plan << p;
    }
    const auto jobId = f.createJob(plan);
    QVERIFY(jobId);
    QSignalSpy updated(f.engine.get(), &Enroll::EnrollmentEngine::itemUpdated);
    const EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Completed);
    QCOMPARE(job.counts.enrolled, 5);
    QCOMPARE(job.counts.skipped, 3);
    QCOMPARE(job.counts.pending + job.counts.inFlight + job.counts.failed, 0);
    QVERIFY(job.startedAt.isValid() && job.finishedAt.isValid());
    QVERIFY(updated.size() >= 2 * 7); // in flight, then the answer, for each one sent
    for (const EnrollmentItemRecord &item : f.items(*jobId)) {
        if (normal.contains(item.contactId)) {
            QCOMPARE(item.state, ItemState::Enrolled);
            QVERIFY(!item.enrollmentId.isEmpty());
            QVERIFY(item.attemptedAt.isValid() && item.finishedAt.isValid());
        } else if (item.inputLine == 10) {
            QCOMPARE(item.state, ItemState::Skipped);
            QCOMPARE(item.hubspotCode, QStringLiteral("UNSUBSCRIBED"));
            QVERIFY(!item.attemptedAt.isValid()); // never sent
        } else {
            QCOMPARE(item.state, ItemState::Skipped);
            QVERIFY2(item.hubspotCode == QLatin1String("ALREADY_ENROLLED")
                         || item.hubspotCode.contains(QLatin1String("BOUNCED")),
                     qPrintable(item.hubspotCode));
        }
    }
    const auto accepted = f.acceptedPerContact();
    QCOMPARE(accepted.size(), 5);
    for (const QString &id : normal)
        QCOMPARE(accepted.value(id), 1);
}

void TestEnrollmentEngine::capReachedMidRunDefersTheRestAndTheJobWaits()
{
    Fixture f;
    QVERIFY(f.setUp());
    Enroll::EngineSettings settings;
    settings.dailyCap = 3;
    f.engine->setSettings(settings);
    const auto jobId = f.createJob(Fixture::planOf(f.normalContacts(5)));
    QVERIFY(jobId);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Paused); // waiting, not done
    QCOMPARE(job.counts.enrolled, 3);
    QCOMPARE(job.counts.deferred, 2);
    QVERIFY(job.resumeAt > before.addSecs(23 * 3600)); // a day after the first sends
    QVERIFY(!job.message.isEmpty());
    for (const EnrollmentItemRecord &item : f.items(*jobId)) {
        if (item.state == ItemState::Deferred)
            QVERIFY(item.eligibleAt >= job.resumeAt);
    }
    QCOMPARE(f.server.state().acceptedEnrollments().size(), 3);
    const auto due
        = f.call([at = job.resumeAt](Store::Stores &s) { return s.enrollments.dueJobs(at); });
    QCOMPARE(due.value_or(QList<qint64>()), QList<qint64> {*jobId});
}

void TestEnrollmentEngine::tokenRevokedMidRunStopsTheJobWithWhatToDo()
{
    Fixture f;
    QVERIFY(f.setUp());
    Enroll::EngineSettings settings;
    settings.window = 1;
    f.engine->setSettings(settings);
    const auto jobId = f.createJob(Fixture::planOf(f.normalContacts(6)));
    QVERIFY(jobId);
    int enrolls = 0;
    QObject::connect(&f.server, &Sandbox::SandboxServer::requestHandled, &f.context,
                     [&](const QString &route) {
                         if (route == QLatin1String("enroll") && ++enrolls == 2)
                             f.server.revokeToken();
                     });
    const EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Failed);
    QVERIFY2(job.message.contains(QStringLiteral("token"), Qt::CaseInsensitive),
             qPrintable(job.message));
    QCOMPARE(job.counts.enrolled, 2);
    QCOMPARE(job.counts.failed, 0); // nobody is blamed for the token
    QCOMPARE(job.counts.pending, 4); // resumable once a new token is in
    QCOMPARE(job.counts.inFlight, 0);
}

// A full disk (the fault matrix's RLIMIT_FSIZE cell): every journal write fails from the
// third enrollment on, the job's own state too. The run must still end as failed with the
// store's message (seqdesk-cli exits 4), not as the "running" record left in the file.
void TestEnrollmentEngine::journalFullMidRunFailsTheJobWithItsMessage()
{
    Fixture f;
    QVERIFY(f.setUp());
    Enroll::EngineSettings settings;
    settings.window = 1;
    f.engine->setSettings(settings);
    const auto jobId = f.createJob(Fixture::planOf(f.normalContacts(6)));
    QVERIFY(jobId);
    const QString connection = QStringLiteral("disk-full");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(f.dir.filePath(QStringLiteral("mirror.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QVERIFY(db.open());
        int enrolls = 0;
        QObject::connect(
            &f.server, &Sandbox::SandboxServer::requestHandled, &f.context,
            [&](const QString &route) {
                if (route != QLatin1String("enroll") || ++enrolls != 2)
                    return;
                for (const char *table : {"enrollment_items", "enrollment_jobs"}) {
                    QVERIFY(QSqlQuery(db).exec(
                        QStringLiteral("CREATE TRIGGER full_%1 BEFORE UPDATE ON %1 BEGIN "
                                       "SELECT RAISE(ABORT, 'database or disk is full'); END")
                            .arg(QLatin1String(table))));
                }
            });
        const EnrollmentJobRecord job = f.run(*jobId);
        QCOMPARE(job.state, JobState::Failed);
        QVERIFY2(job.message.contains(QStringLiteral("journal could not be written")),
                 qPrintable(job.message));
        QVERIFY2(job.message.contains(QStringLiteral("disk is full")), qPrintable(job.message));
        // The reason comes first, the statement (for the log) after it: a message cut to a
        // line still says what to fix.
        QVERIFY2(job.message.indexOf(QStringLiteral("disk is full"))
                     < job.message.indexOf(QStringLiteral("UPDATE")),
                 qPrintable(job.message));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestEnrollmentEngine::sequenceDeletedMidRunStopsTheJob()
{
    Fixture f;
    QVERIFY(f.setUp());
    Enroll::EngineSettings settings;
    settings.window = 1;
    f.engine->setSettings(settings);
    const auto jobId = f.createJob(Fixture::planOf(f.normalContacts(4)));
    QVERIFY(jobId);
    QObject::connect(&f.server, &Sandbox::SandboxServer::requestHandled, &f.context,
                     [&](const QString &route) {
                         if (route == QLatin1String("enroll"))
                             f.server.deleteSequence(f.spec.sequenceId.toLongLong());
                     });
    const EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Failed);
    QVERIFY(!job.message.isEmpty());
    QCOMPARE(job.counts.enrolled, 1);
    QCOMPARE(job.counts.pending, 3);
}

void TestEnrollmentEngine::resumeChecksContactsLeftInFlightBeforeSending()
{
    Fixture f;
    QVERIFY(f.setUp());
    const QStringList ids = f.normalContacts(3);
    const auto jobId = f.createJob(Fixture::planOf(ids));
    QVERIFY(jobId);
    // As a killed run leaves it: ids[0] sent and applied by HubSpot, ids[1] marked in flight
    // but never sent, ids[2] pending.
    const QDateTime attempted = QDateTime::currentDateTimeUtc().addSecs(-5);
    HubSpot::EnrollmentRequest request {
        f.spec.userId, ids[0], f.spec.sequenceId, f.spec.senderEmail, {}};
    std::optional<bool> enrolled;
    f.client->enroll(request, &f.context,
                     [&](HubSpot::Result<HubSpot::EnrollmentResult> r) { enrolled = r.ok(); });
    QTRY_VERIFY(enrolled.has_value());
    QVERIFY(*enrolled);
    QList<EnrollmentItemRecord> items = f.items(*jobId);
    for (int i = 0; i < 2; ++i) {
        items[i].state = ItemState::InFlight;
        items[i].attemptedAt = attempted;
    }
    QVERIFY(f.call([items](Store::Stores &s) {
                 return s.enrollments.updateItems(items);
             }).value_or(false));
    QVERIFY(f.call([id = *jobId](Store::Stores &s) {
                 return s.enrollments.setJobState(id, JobState::Running,
                                                  QDateTime::currentDateTimeUtc());
             }).value_or(false));
    f.server.resetStats();

    const EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Completed);
    QCOMPARE(job.counts.enrolled, 3);
    const auto after = f.items(*jobId);
    QCOMPARE(after[0].hubspotCode, QStringLiteral("RECOVERED"));
    QCOMPARE(f.server.stats().requests.value(QStringLiteral("enroll")), 2); // not ids[0] again
    QCOMPARE(f.server.stats().requests.value(QStringLiteral("enrollments.get")), 2);
    for (const QString &id : ids)
        QCOMPARE(f.acceptedPerContact().value(id), 1);
}

void TestEnrollmentEngine::pauseThenResumeFinishesEveryContactOnce()
{
    Fixture f;
    QVERIFY(f.setUp());
    Enroll::EngineSettings settings;
    settings.window = 1;
    f.engine->setSettings(settings);
    const QStringList ids = f.normalContacts(6);
    const auto jobId = f.createJob(Fixture::planOf(ids));
    QVERIFY(jobId);
    QObject::connect(f.engine.get(), &Enroll::EnrollmentEngine::itemUpdated, &f.context,
                     [&](const EnrollmentItemRecord &item) {
                         if (item.state == ItemState::Enrolled)
                             f.engine->pause();
                     });
    EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Paused);
    QVERIFY(!job.resumeAt.isValid()); // paused by the user: never resumed on its own
    QCOMPARE(job.counts.enrolled, 1);
    QCOMPARE(job.counts.inFlight, 0);
    QObject::disconnect(f.engine.get(), nullptr, &f.context, nullptr);
    job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Completed);
    QCOMPARE(job.counts.enrolled, 6);
    for (const QString &id : ids)
        QCOMPARE(f.acceptedPerContact().value(id), 1);
}

void TestEnrollmentEngine::cancelLeavesUnsentContactsPending()
{
    Fixture f;
    QVERIFY(f.setUp());
    Enroll::EngineSettings settings;
    settings.window = 2;
    f.engine->setSettings(settings);
    const auto jobId = f.createJob(Fixture::planOf(f.normalContacts(10)));
    QVERIFY(jobId);
    QObject::connect(f.engine.get(), &Enroll::EnrollmentEngine::itemUpdated, &f.context,
                     [&](const EnrollmentItemRecord &item) {
                         if (item.state == ItemState::Enrolled)
                             f.engine->cancel();
                     });
    const EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Cancelled);
    QCOMPARE(job.counts.inFlight, 0); // what was sent got its answer written
    QCOMPARE(job.counts.enrolled + job.counts.pending, 10);
    QVERIFY(job.counts.pending >= 7);
    QCOMPARE(f.server.state().acceptedEnrollments().size(), job.counts.enrolled);
    QCOMPARE(f.run(*jobId).state, JobState::Cancelled); // not started again
    QCOMPARE(f.server.state().acceptedEnrollments().size(), job.counts.enrolled);
}

void TestEnrollmentEngine::serverFaultsAndDroppedConnectionsStillEnrollEachContactOnce()
{
    Sandbox::SandboxSettings faults;
    faults.failRate = 0.1;
    faults.dropRate = 0.05;
    faults.dropAfterRate = 0.05;
    Fixture f(faults);
    QVERIFY(f.setUp());
    const QStringList ids = f.normalContacts(60);
    const auto jobId = f.createJob(Fixture::planOf(ids));
    QVERIFY(jobId);
    EnrollmentJobRecord job = f.run(*jobId);
    // HubSpot not answering after the client's retries pauses the job until a retry time
    // (resumed here at once: contacts left in flight are checked first); nothing fails.
    for (int round = 0; round < 10 && job.state != JobState::Completed; ++round) {
        QVERIFY2(job.state == JobState::Paused && job.resumeAt.isValid(), qPrintable(job.message));
        QCOMPARE(job.counts.failed, 0);
        job = f.run(*jobId);
    }
    QVERIFY2(job.state == JobState::Completed, qPrintable(job.message));
    QCOMPARE(job.counts.enrolled, ids.size());
    QCOMPARE(job.counts.pending + job.counts.inFlight + job.counts.failed, 0);
    // One enrollment per contact in the journal too: no two items share an enrollment.
    QSet<QString> enrollmentIds;
    for (const EnrollmentItemRecord &item : f.items(*jobId)) {
        if (!item.enrollmentId.isEmpty())
            QVERIFY2(!enrollmentIds.contains(item.enrollmentId), qPrintable(item.enrollmentId));
        enrollmentIds.insert(item.enrollmentId);
    }
    const auto accepted = f.acceptedPerContact();
    for (const QString &id : ids)
        QCOMPARE(accepted.value(id), 1);
}

void TestEnrollmentEngine::aContactTwiceInOnePlanIsSentOnce()
{
    Fixture f;
    QVERIFY(f.setUp());
    const QString id = f.normalContacts(1).first();
    QList<PlannedContact> plan = Fixture::planOf({id, id});
    const auto jobId = f.createJob(plan);
    QVERIFY(jobId);
    f.server.resetStats();
    const EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Completed);
    QCOMPARE(job.counts.enrolled, 1);
    QCOMPARE(job.counts.skipped, 1);
    QCOMPARE(f.server.stats().requests.value(QStringLiteral("enroll")), 1);
    QCOMPARE(f.items(*jobId).at(1).hubspotCode, QStringLiteral("DUPLICATE"));
}

void TestEnrollmentEngine::pauseBeforeTheFirstRequestLeavesEverythingPending()
{
    Fixture f;
    QVERIFY(f.setUp());
    const auto jobId = f.createJob(Fixture::planOf(f.normalContacts(12)));
    QVERIFY(jobId);
    f.server.resetStats();
    // Paused as soon as the first contact is marked in flight: its request is not sent.
    QObject::connect(f.engine.get(), &Enroll::EnrollmentEngine::jobLoaded, &f.context,
                     [&] { QTimer::singleShot(0, f.engine.get(), [&] { f.engine->pause(); }); });
    const EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Paused);
    QCOMPARE(job.counts.inFlight, 0);
    QCOMPARE(job.counts.enrolled + job.counts.pending, 12);
    QCOMPARE(f.server.stats().requests.value(QStringLiteral("enroll")), job.counts.enrolled);
}

void TestEnrollmentEngine::aJobRunsInOneEngineAtATime()
{
    Fixture f;
    QVERIFY(f.setUp());
    const auto jobId = f.createJob(Fixture::planOf(f.normalContacts(5)));
    QVERIFY(jobId);
    // As the app and seqdesk-cli would: two engines, one lock folder.
    Enroll::EnrollmentEngine other(f.client.get(), &f.store);
    f.engine->setLockDirectory(f.dir.path());
    other.setLockDirectory(f.dir.path());
    QSignalSpy finished(f.engine.get(), &Enroll::EnrollmentEngine::finished);
    QVERIFY(f.engine->start(*jobId));
    QVERIFY(!other.start(*jobId));
    QVERIFY2(other.startError().contains(QStringLiteral("another SeqDesk process")),
             qPrintable(other.startError()));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<EnrollmentJobRecord>().state, JobState::Completed);
    // Released at the end: the other may run it now (nothing left to do).
    QSignalSpy otherFinished(&other, &Enroll::EnrollmentEngine::finished);
    QVERIFY2(other.start(*jobId), qPrintable(other.startError()));
    QVERIFY(otherFinished.wait(30000));
    QCOMPARE(f.server.state().acceptedEnrollments().size(), 5);
}

void TestEnrollmentEngine::theJobKeepsTheSendCapItWasCreatedWith()
{
    Fixture f;
    QVERIFY(f.setUp());
    f.spec.dailyCap = 3;
    const auto jobId = f.createJob(Fixture::planOf(f.normalContacts(5)));
    QVERIFY(jobId);
    // Another engine (the app after a restart, seqdesk-cli --resume) with its own default.
    Enroll::EngineSettings settings;
    settings.dailyCap = 1000;
    f.engine = std::make_unique<Enroll::EnrollmentEngine>(f.client.get(), &f.store);
    f.engine->setSettings(settings);
    const EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.dailyCap, 3);
    QCOMPARE(job.state, JobState::Paused);
    QCOMPARE(job.counts.enrolled, 3);
    QCOMPARE(job.counts.deferred, 2);
    QCOMPARE(f.server.state().acceptedEnrollments().size(), 3);
    // Without a cap in the spec, the engine's default is stored.
    f.spec.dailyCap.reset();
    settings.dailyCap = 7;
    f.engine->setSettings(settings);
    const auto other = f.createJob(Fixture::planOf(f.normalContacts(1, 5)));
    QVERIFY(other);
    const auto stored = f.call([id = *other](Store::Stores &s) { return s.enrollments.job(id); });
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->dailyCap, 7);
}

void TestEnrollmentEngine::rateLimitTheClientGaveUpOnPausesTheJobInsteadOfFailingContacts()
{
    Sandbox::SandboxSettings sandbox;
    sandbox.burst429Count = 1; // one TEN_SECONDLY_ROLLING 429, with Retry-After
    Fixture f(sandbox);
    f.clientConfig.maxRetries = 0; // the client gives up at once
    QVERIFY(f.setUp());
    Enroll::EngineSettings settings;
    settings.window = 1;
    f.engine->setSettings(settings);
    const QStringList ids = f.normalContacts(3);
    const auto jobId = f.createJob(Fixture::planOf(ids));
    QVERIFY(jobId);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    EnrollmentJobRecord job = f.run(*jobId);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(job.state, JobState::Paused);
    QCOMPARE(job.counts.failed, 0);
    QCOMPARE(job.counts.pending, 3); // refused by HubSpot: not sent, sent again later
    QCOMPARE(job.counts.inFlight, 0);
    QVERIFY(job.resumeAt >= before.addMSecs(kRetryLaterMs));
    QVERIFY(job.resumeAt <= after.addMSecs(kRetryLaterMs));
    QVERIFY2(job.message.contains(QStringLiteral("HubSpot did not answer"))
                 && job.message.contains(QStringLiteral("The job waits until")),
             qPrintable(job.message));
    for (const EnrollmentItemRecord &item : f.items(*jobId))
        QVERIFY(item.hubspotCode.isEmpty() && !item.attemptedAt.isValid());
    const auto due
        = f.call([at = job.resumeAt](Store::Stores &s) { return s.enrollments.dueJobs(at); });
    QCOMPARE(due.value_or(QList<qint64>()), QList<qint64> {*jobId});
    // Due: the next run sends them.
    job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Completed);
    QCOMPARE(job.counts.enrolled, 3);
    for (const QString &id : ids)
        QCOMPARE(f.acceptedPerContact().value(id), 1);
}

void TestEnrollmentEngine::serverErrorsLeaveTheContactInFlightAndTheJobRetriesLater()
{
    Fixture f;
    QVERIFY(f.setUp());
    Enroll::EngineSettings settings;
    settings.window = 1;
    f.engine->setSettings(settings);
    const QStringList ids = f.normalContacts(3);
    const auto jobId = f.createJob(Fixture::planOf(ids));
    QVERIFY(jobId);
    f.setFailRate(1.0); // every answer a 5xx: an enroll may have been applied
    const QDateTime before = QDateTime::currentDateTimeUtc();
    EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Paused);
    QCOMPARE(job.counts.failed, 0);
    QCOMPARE(job.counts.inFlight, 1); // checked by the next run before anything is sent
    QCOMPARE(job.counts.pending, 2);
    QVERIFY(job.resumeAt >= before.addMSecs(kRetryLaterMs));
    QVERIFY(job.resumeAt <= QDateTime::currentDateTimeUtc().addMSecs(kRetryLaterMs));
    QVERIFY2(job.message.contains(ids.first()), qPrintable(job.message));
    f.setFailRate(0.0);
    job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Completed);
    QCOMPARE(job.counts.enrolled, 3);
    for (const QString &id : ids)
        QCOMPARE(f.acceptedPerContact().value(id), 1);
}

void TestEnrollmentEngine::transientErrorWhileCheckingInFlightContactsRetriesLater()
{
    Fixture f;
    QVERIFY(f.setUp());
    const QStringList ids = f.normalContacts(2);
    const auto jobId = f.createJob(Fixture::planOf(ids));
    QVERIFY(jobId);
    QVERIFY(f.leaveInFlight(*jobId, f.items(*jobId), QDateTime::currentDateTimeUtc().addSecs(-5)));
    f.setFailRate(1.0);
    f.server.resetStats();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Paused);
    QCOMPARE(job.counts.inFlight, 2); // not known yet: nothing sent for them
    QCOMPARE(f.server.stats().requests.value(QStringLiteral("enroll")), 0);
    QVERIFY(job.resumeAt >= before.addMSecs(kRetryLaterMs));
    QVERIFY2(job.message.contains(QStringLiteral("Could not check")), qPrintable(job.message));
    f.setFailRate(0.0);
    job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Completed);
    QCOMPARE(job.counts.enrolled, 2);
    for (const QString &id : ids)
        QCOMPARE(f.acceptedPerContact().value(id), 1);
}

void TestEnrollmentEngine::dailyApiLimitPausesTheJobUntilMidnightInThePortalTimeZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("canonical") << kPortalZone;
    QTest::newRow("alias") << QStringLiteral("US/Eastern"); // New York's, as HubSpot may say
}

void TestEnrollmentEngine::dailyApiLimitPausesTheJobUntilMidnightInThePortalTimeZone()
{
    QFETCH(QString, zone);
    Sandbox::SandboxSettings sandbox;
    sandbox.dailyApiLimit = 2; // the third request gets a 429 with policyName DAILY
    Fixture f(sandbox);
    f.portalZone = zone;
    QVERIFY(f.setUp());
    Enroll::EngineSettings settings;
    settings.window = 1;
    f.engine->setSettings(settings);
    const QStringList ids = f.normalContacts(4);
    const auto jobId = f.createJob(Fixture::planOf(ids));
    QVERIFY(jobId);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    EnrollmentJobRecord job = f.run(*jobId);
    QVERIFY2(job.state == JobState::Paused, qPrintable(job.message)); // not failed
    QVERIFY(!f.engine->fatalError());
    QCOMPARE(job.counts.enrolled, 2);
    QCOMPARE(job.counts.pending, 2);
    QCOMPARE(job.counts.failed + job.counts.inFlight, 0);
    QVERIFY2(job.message.contains(QStringLiteral("daily API limit")) && job.message.contains(zone),
             qPrintable(job.message));
    // Midnight in New York (plus the clock-skew margin), within the next day.
    const QDateTime reset = job.resumeAt.addMSecs(-settings.clockSkewMs);
    QCOMPARE(reset.toTimeZone(QTimeZone(kPortalZone.toUtf8())).time(), QTime(0, 0));
    QVERIFY(reset > before && reset <= before.addDays(1));
    f.server.resetRateLimit(); // the next day
    job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Completed);
    QCOMPARE(job.counts.enrolled, 4);
    for (const QString &id : ids)
        QCOMPARE(f.acceptedPerContact().value(id), 1);
}

void TestEnrollmentEngine::dailyLimitResetIsThePortalsNextMidnightOrADayWhenItsZoneIsUnknown()
{
    const auto utc = [](const char *iso) {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
    };
    // 2026-03-07 23:30 in New York (UTC-5) -> 2026-03-08 00:00 there = 05:00 UTC.
    QCOMPARE(Enroll::dailyLimitResetAt(utc("2026-03-08T04:30:00Z"), kPortalZone, 0),
             utc("2026-03-08T05:00:00Z"));
    // After the clock change (UTC-4): the next midnight is 04:00 UTC; with a margin.
    QCOMPARE(Enroll::dailyLimitResetAt(utc("2026-03-08T12:00:00Z"), kPortalZone, 60000),
             utc("2026-03-09T04:01:00Z"));
    QCOMPARE(
        Enroll::dailyLimitResetAt(utc("2026-03-08T12:00:00Z"), QStringLiteral("Asia/Tokyo"), 0),
        utc("2026-03-08T15:00:00Z"));
    // Aliases HubSpot may give (Qt 6.4's isTimeZoneIdAvailable() says no to them, yet
    // they load): the same midnight as their canonical zone.
    for (const char *alias : {"US/Eastern", "EST5EDT"}) {
        QVERIFY2(Enroll::portalTimeZone(QString::fromLatin1(alias)), alias);
        QCOMPARE(Enroll::dailyLimitResetAt(utc("2026-03-08T12:00:00Z"), QString::fromLatin1(alias),
                                           60000),
                 utc("2026-03-09T04:01:00Z"));
    }
    QCOMPARE(
        Enroll::dailyLimitResetAt(utc("2026-03-08T12:00:00Z"), QStringLiteral("Asia/Calcutta"), 0),
        utc("2026-03-08T18:30:00Z"));
    QCOMPARE(
        Enroll::dailyLimitResetAt(utc("2026-03-08T12:00:00Z"), QStringLiteral("Asia/Kolkata"), 0),
        utc("2026-03-08T18:30:00Z"));
    QVERIFY(!Enroll::portalTimeZone(QStringLiteral("Mars/Base")));
    QVERIFY(!Enroll::portalTimeZone(QString()));
    // Unknown zone: a day later is past the next midnight of every zone.
    QCOMPARE(Enroll::dailyLimitResetAt(utc("2026-03-08T12:00:00Z"), QString(), 60000),
             utc("2026-03-09T12:01:00Z"));
    QCOMPARE(Enroll::dailyLimitResetAt(utc("2026-03-08T12:00:00Z"), QStringLiteral("Mars/Base"), 0),
             utc("2026-03-09T12:00:00Z"));
}

void TestEnrollmentEngine::enrollmentJournaledForAnotherJobIsNotCountedForThisOne()
{
    Fixture f;
    QVERIFY(f.setUp());
    const QString contact = f.normalContacts(1).first();
    // Job A enrolls the contact; job B (same contact, sequence and user) was killed with it
    // in flight moments later, its request never sent.
    const auto jobA = f.createJob(Fixture::planOf({contact}));
    QVERIFY(jobA);
    QCOMPARE(f.run(*jobA).counts.enrolled, 1);
    const QString enrollmentId = f.items(*jobA).first().enrollmentId;
    QVERIFY(!enrollmentId.isEmpty());
    const auto jobB = f.createJob(Fixture::planOf({contact}));
    QVERIFY(jobB);
    QVERIFY(f.leaveInFlight(*jobB, f.items(*jobB), QDateTime::currentDateTimeUtc()));

    const EnrollmentJobRecord job = f.run(*jobB);
    QCOMPARE(job.state, JobState::Completed);
    QCOMPARE(job.counts.enrolled, 0);
    QCOMPARE(job.counts.skipped, 1);
    const EnrollmentItemRecord item = f.items(*jobB).first();
    QCOMPARE(item.state, ItemState::Skipped);
    QCOMPARE(item.hubspotCode, QStringLiteral("ALREADY_ENROLLED"));
    QVERIFY(item.enrollmentId.isEmpty());
    QCOMPARE(f.items(*jobA).first().enrollmentId, enrollmentId);
    QCOMPARE(f.acceptedPerContact().value(contact), 1);
}

void TestEnrollmentEngine::retryFailedRestartsAFinishedJobAndSendsOnlyTheFailedContacts()
{
    Fixture f;
    QVERIFY(f.setUp());
    const QStringList ids = f.normalContacts(5);
    const auto jobId = f.createJob(Fixture::planOf(ids));
    QVERIFY(jobId);
    // Two contacts failed in an earlier run (as a 400 HubSpot did not explain would).
    QList<EnrollmentItemRecord> failed;
    for (EnrollmentItemRecord item : f.items(*jobId)) {
        if (item.contactId == ids[1] || item.contactId == ids[3]) {
            item.state = ItemState::Failed;
            item.hubspotCode = QStringLiteral("VALIDATION_ERROR");
            item.hubspotMessage = QStringLiteral("HubSpot rejected the request");
            item.errorCategory = QStringLiteral("VALIDATION_ERROR");
            item.attemptedAt = QDateTime::currentDateTimeUtc();
            item.finishedAt = item.attemptedAt;
            failed << item;
        }
    }
    QVERIFY(f.call([failed](Store::Stores &s) {
                 return s.enrollments.updateItems(failed);
             }).value_or(false));
    EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Completed);
    QCOMPARE(job.counts.enrolled, 3);
    QCOMPARE(job.counts.failed, 2);

    QVERIFY(f.call([id = *jobId](Store::Stores &s) {
                 return s.enrollments.retryFailed(id);
             }).value_or(false));
    f.server.resetStats();
    job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Completed);
    QCOMPARE(job.counts.enrolled, 5);
    QCOMPARE(job.counts.failed, 0);
    QCOMPARE(f.server.stats().requests.value(QStringLiteral("enroll")), 2);
    const auto accepted = f.acceptedPerContact();
    QCOMPARE(accepted.size(), 5);
    for (const QString &id : ids)
        QCOMPARE(accepted.value(id), 1);
}

void TestEnrollmentEngine::cancelAskedWhilePausingCancelsTheJob()
{
    Fixture f;
    QVERIFY(f.setUp());
    Enroll::EngineSettings settings;
    settings.window = 4;
    f.engine->setSettings(settings);
    const auto jobId = f.createJob(Fixture::planOf(f.normalContacts(10)));
    QVERIFY(jobId);
    bool once = false;
    QObject::connect(f.engine.get(), &Enroll::EnrollmentEngine::itemUpdated, &f.context,
                     [&](const EnrollmentItemRecord &item) {
                         if (item.state == ItemState::InFlight && !once) {
                             once = true;
                             f.engine->pause(); // user: Pause
                             f.engine->cancel(); // user: Cancel job… while pausing
                         }
                     });
    const EnrollmentJobRecord job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Cancelled);
}

void TestEnrollmentEngine::retryFailedOfACancelledJobChangesNothing()
{
    Fixture f;
    QVERIFY(f.setUp());
    const QStringList ids = f.normalContacts(3);
    const auto jobId = f.createJob(Fixture::planOf(ids));
    QVERIFY(jobId);
    QList<EnrollmentItemRecord> failed;
    for (EnrollmentItemRecord item : f.items(*jobId)) {
        if (item.contactId == ids[1]) {
            item.state = ItemState::Failed;
            item.hubspotCode = QStringLiteral("VALIDATION_ERROR");
            item.hubspotMessage = QStringLiteral("HubSpot rejected the request");
            failed << item;
        }
    }
    QVERIFY(f.call([failed, id = *jobId](Store::Stores &s) {
                 return s.enrollments.updateItems(failed)
                     && s.enrollments.setJobState(id, JobState::Cancelled,
                                                  QDateTime::currentDateTimeUtc());
             }).value_or(false));
    // Refused: a cancelled job never runs again, and its failure stays on record.
    QVERIFY(!f.call([id = *jobId](Store::Stores &s) {
                  return s.enrollments.retryFailed(id);
              }).value_or(true));
    for (const auto &item : f.items(*jobId)) {
        if (item.contactId == ids[1]) {
            QCOMPARE(item.state, ItemState::Failed);
            QCOMPARE(item.hubspotCode, QStringLiteral("VALIDATION_ERROR"));
        }
    }
}

QTEST_GUILESS_MAIN(TestEnrollmentEngine)
#include "tst_enrollmentengine.moc"
