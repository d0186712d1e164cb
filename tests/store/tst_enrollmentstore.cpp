#include "StoreTestSupport.h"

#include <QTest>

using namespace StoreTest;

class TestEnrollmentStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void jobWithItemsRoundTrips();
    void itemOutcomesUpdateDerivedCounts();
    void jobStateSetsStartAndFinishTimes();
    void lastActivityIsTheLatestTimeOfTheJobAndItsContacts();
    void rollingCountPerSenderSeesOnlyRecentEnrollments();
    void failedJobCreationLeavesNothing();
    void jobWaitingForTheCapIsDueOnlyOnceItsTimeCame();
    void itemsUpdatedTogetherOrNotAtAll();
    void sequenceListShowsContactsEnrolledThroughSeqDesk();
    void jobKeepsTheSendCapItWasCreatedWith();
    void retryFailedPutsOnlyFailedItemsBackToPendingAndClearsTheirOutcome();
    void retryFailedOfAMissingJobChangesNothing();
    void enrollmentIdJournaledForAnotherItemOfThePortalIsFound();

private:
    std::optional<qint64> createJob(const QString &sender, int items, int dailyCap = 1000);

    std::unique_ptr<TempStore> m_store;
    const QString m_portal = QStringLiteral("42");
};

void TestEnrollmentStore::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->open());
    QVERIFY(m_store->stores->portals.upsert(portal(m_portal)));
}

void TestEnrollmentStore::cleanup()
{
    m_store.reset();
}

std::optional<qint64> TestEnrollmentStore::createJob(const QString &sender, int items, int dailyCap)
{
    EnrollmentJobRecord job;
    job.portalId = m_portal;
    job.sequenceId = QStringLiteral("seq-1");
    job.senderEmail = sender;
    job.userId = QStringLiteral("9001");
    job.source = EnrollmentSource::Cli;
    job.sourceFileName = QStringLiteral("contacts.csv");
    job.label = QStringLiteral("Spring push");
    job.createdAt = at(1000);
    job.dailyCap = dailyCap;
    QList<EnrollmentItemRecord> rows;
    for (int i = 0; i < items; ++i) {
        EnrollmentItemRecord r;
        r.contactId = QString::number(100 + i);
        r.email = QStringLiteral("c%1@example.com").arg(i);
        r.inputLine = i + 2;
        r.inputText = r.email;
        rows.append(r);
    }
    return m_store->stores->enrollments.createJob(job, rows);
}

void TestEnrollmentStore::jobWithItemsRoundTrips()
{
    const auto id = createJob(QStringLiteral("ada@example.com"), 3);
    QVERIFY2(id, qPrintable(m_store->stores->enrollments.lastError()));
    const auto job = m_store->stores->enrollments.job(*id);
    QVERIFY(job);
    QCOMPARE(job->portalId, m_portal);
    QCOMPARE(job->sequenceId, QStringLiteral("seq-1"));
    QCOMPARE(job->source, EnrollmentSource::Cli);
    QCOMPARE(job->sourceFileName, QStringLiteral("contacts.csv"));
    QCOMPARE(job->label, QStringLiteral("Spring push"));
    QCOMPARE(job->state, JobState::Draft);
    QCOMPARE(job->createdAt, at(1000));
    QVERIFY(!job->startedAt.isValid());
    QCOMPARE(job->counts.pending, 3);
    const auto items = m_store->stores->enrollments.items(*id);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[2].contactId, QStringLiteral("102"));
    QCOMPARE(items[2].inputLine, 4);
    QCOMPARE(items[2].jobId, *id);
    QCOMPARE(m_store->stores->enrollments.jobs(m_portal, QString(), 10).size(), 1);
    QCOMPARE(m_store->stores->enrollments.jobs(m_portal, QStringLiteral("other"), 10).size(), 0);
}

void TestEnrollmentStore::itemOutcomesUpdateDerivedCounts()
{
    const auto id = createJob(QStringLiteral("ada@example.com"), 4);
    QVERIFY(id);
    EnrollmentStore &e = m_store->stores->enrollments;
    QList<EnrollmentItemRecord> items = e.items(*id);
    items[0].state = ItemState::Enrolled;
    items[0].enrollmentId = QStringLiteral("enr-1");
    items[0].attemptedAt = at(2000);
    items[0].finishedAt = at(2100);
    items[1].state = ItemState::Failed;
    items[1].hubspotCode = QStringLiteral("CONTACT_UNSUBSCRIBED");
    items[1].hubspotMessage = QStringLiteral("Contact unsubscribed");
    items[1].errorCategory = QStringLiteral("contact");
    items[2].state = ItemState::Deferred;
    items[2].eligibleAt = at(90'000'000);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(e.updateItem(items[i]), qPrintable(e.lastError()));
    const auto counts = e.counts(*id);
    QVERIFY(counts);
    QCOMPARE(counts->enrolled, 1);
    QCOMPARE(counts->failed, 1);
    QCOMPARE(counts->deferred, 1);
    QCOMPARE(counts->pending, 1);
    QCOMPARE(counts->total(), 4);
    const auto failed = e.items(*id, ItemState::Failed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed[0].hubspotCode, QStringLiteral("CONTACT_UNSUBSCRIBED"));
    QCOMPARE(failed[0].errorCategory, QStringLiteral("contact"));
    QCOMPARE(e.items(*id, ItemState::Enrolled)[0].enrollmentId, QStringLiteral("enr-1"));
    QCOMPARE(e.items(*id, ItemState::Deferred)[0].eligibleAt, at(90'000'000));
    EnrollmentItemRecord missing;
    missing.id = 12345;
    QVERIFY(!e.updateItem(missing));
}

void TestEnrollmentStore::jobStateSetsStartAndFinishTimes()
{
    const auto id = createJob(QStringLiteral("ada@example.com"), 1);
    EnrollmentStore &e = m_store->stores->enrollments;
    QVERIFY(e.setJobState(*id, JobState::Running, at(2000)));
    QVERIFY(e.setJobState(*id, JobState::Paused, at(3000)));
    QVERIFY(e.setJobState(*id, JobState::Running, at(4000)));
    QCOMPARE(e.job(*id)->startedAt, at(2000));
    QVERIFY(!e.job(*id)->finishedAt.isValid());
    QVERIFY(e.setJobState(*id, JobState::Completed, at(5000)));
    QCOMPARE(e.job(*id)->state, JobState::Completed);
    QCOMPARE(e.job(*id)->finishedAt, at(5000));
    QVERIFY(!e.setJobState(999, JobState::Running, at(1)));
}

void TestEnrollmentStore::lastActivityIsTheLatestTimeOfTheJobAndItsContacts()
{
    const auto id = createJob(QStringLiteral("ada@example.com"), 2);
    QVERIFY(id);
    EnrollmentStore &e = m_store->stores->enrollments;
    QCOMPARE(e.lastActivity(*id), at(1000)); // created, nothing else yet
    QVERIFY(e.setJobState(*id, JobState::Running, at(2000)));
    QCOMPARE(e.lastActivity(*id), at(2000));
    QList<EnrollmentItemRecord> items = e.items(*id);
    items[0].state = ItemState::InFlight;
    items[0].attemptedAt = at(3000); // sent, no answer yet
    QVERIFY(e.updateItem(items[0]));
    QCOMPARE(e.lastActivity(*id), at(3000));
    items[1].state = ItemState::Enrolled;
    items[1].attemptedAt = at(2500);
    items[1].finishedAt = at(4000);
    QVERIFY(e.updateItem(items[1]));
    QCOMPARE(e.lastActivity(*id), at(4000));
    QVERIFY(e.setJobState(*id, JobState::Failed, at(5000)));
    QCOMPARE(e.lastActivity(*id), at(5000));
    QVERIFY(!e.lastActivity(999));
    QVERIFY(!e.lastError().isEmpty());
}

void TestEnrollmentStore::rollingCountPerSenderSeesOnlyRecentEnrollments()
{
    const auto ada = createJob(QStringLiteral("ada@example.com"), 3);
    const auto alan = createJob(QStringLiteral("alan@example.com"), 1);
    EnrollmentStore &e = m_store->stores->enrollments;
    auto items = e.items(*ada);
    const qint64 finished[] = {1'000, 50'000, 60'000};
    for (int i = 0; i < 3; ++i) {
        items[i].state = ItemState::Enrolled;
        items[i].finishedAt = at(finished[i]);
        QVERIFY(e.updateItem(items[i]));
    }
    auto other = e.items(*alan)[0];
    other.state = ItemState::Enrolled;
    other.finishedAt = at(55'000);
    QVERIFY(e.updateItem(other));
    QCOMPARE(e.enrolledBySenderSince(QStringLiteral("ada@example.com"), at(50'000)),
             std::optional<int>(2));
    QCOMPARE(e.enrolledBySenderSince(QStringLiteral("alan@example.com"), at(0)),
             std::optional<int>(1));
    // Their times, oldest first, for when the cap frees up.
    QCOMPARE(e.enrollTimesBySenderSince(QStringLiteral("ada@example.com"), at(50'000)),
             std::optional<QList<QDateTime>>(QList<QDateTime> {at(50'000), at(60'000)}));
}

void TestEnrollmentStore::jobWaitingForTheCapIsDueOnlyOnceItsTimeCame()
{
    const auto waiting = createJob(QStringLiteral("ada@example.com"), 1);
    const auto paused = createJob(QStringLiteral("ada@example.com"), 1);
    const auto running = createJob(QStringLiteral("ada@example.com"), 1);
    EnrollmentStore &e = m_store->stores->enrollments;
    QVERIFY(e.setJobState(*waiting, JobState::Paused, at(2000), QStringLiteral("Send cap reached"),
                          at(90'000)));
    QVERIFY(e.setJobState(*paused, JobState::Paused, at(2000))); // by the user: never due
    QVERIFY(e.setJobState(*running, JobState::Running, at(2000)));
    QCOMPARE(e.job(*waiting)->resumeAt, at(90'000));
    QCOMPARE(e.job(*waiting)->message, QStringLiteral("Send cap reached"));
    QVERIFY(e.dueJobs(at(89'999)).isEmpty());
    QCOMPARE(e.dueJobs(at(90'000)), QList<qint64> {*waiting});
    QCOMPARE(e.jobsInState(JobState::Running), QList<qint64> {*running});
    // Running again clears the wait.
    QVERIFY(e.setJobState(*waiting, JobState::Running, at(90'001)));
    QVERIFY(!e.job(*waiting)->resumeAt.isValid());
    QVERIFY(e.dueJobs(at(100'000)).isEmpty());
}

void TestEnrollmentStore::itemsUpdatedTogetherOrNotAtAll()
{
    const auto id = createJob(QStringLiteral("ada@example.com"), 2);
    EnrollmentStore &e = m_store->stores->enrollments;
    auto items = e.items(*id);
    items[0].state = ItemState::Deferred;
    items[0].eligibleAt = at(5000);
    items[1].state = ItemState::Deferred;
    items[1].id = 999'999; // no such item: the whole update fails
    QVERIFY(!e.updateItems(items));
    QCOMPARE(e.counts(*id)->pending, 2);
    items[1] = e.items(*id)[1];
    items[1].state = ItemState::Deferred;
    QVERIFY(e.updateItems(items));
    QCOMPARE(e.counts(*id)->deferred, 2);
    QCOMPARE(e.items(*id)[0].eligibleAt, at(5000));
}

void TestEnrollmentStore::failedJobCreationLeavesNothing()
{
    EnrollmentJobRecord job;
    job.portalId = QStringLiteral("unknown-portal");
    job.sequenceId = QStringLiteral("s");
    job.senderEmail = QStringLiteral("a@example.com");
    job.createdAt = at(1);
    QVERIFY(!m_store->stores->enrollments.createJob(job, {EnrollmentItemRecord {}}));
    QVERIFY(m_store->stores->enrollments.lastError().contains(QStringLiteral("FOREIGN KEY")));
    QCOMPARE(m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment_jobs")).toInt(), 0);
    QCOMPARE(m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment_items")).toInt(), 0);
}

void TestEnrollmentStore::sequenceListShowsContactsEnrolledThroughSeqDesk()
{
    QVERIFY(
        m_store->stores->sequences.applySnapshot(m_portal, {},
                                                 {listed(m_portal, QStringLiteral("seq-1"), 1, {}),
                                                  listed(m_portal, QStringLiteral("seq-2"), 1, {})},
                                                 at(1)));
    const auto id = createJob(QStringLiteral("ada@example.com"), 3);
    EnrollmentStore &e = m_store->stores->enrollments;
    auto items = e.items(*id);
    for (int i = 0; i < 2; ++i) {
        items[i].state = ItemState::Enrolled;
        QVERIFY(e.updateItem(items[i]));
    }
    const auto seqs = m_store->stores->sequences.sequences(m_portal);
    QCOMPARE(seqs.size(), 2);
    QCOMPARE(seqs[0].sequenceId, QStringLiteral("seq-1"));
    QCOMPARE(seqs[0].enrolledThroughSeqDesk, 2);
    QCOMPARE(seqs[1].enrolledThroughSeqDesk, 0);
}

void TestEnrollmentStore::jobKeepsTheSendCapItWasCreatedWith()
{
    const auto id = createJob(QStringLiteral("ada@example.com"), 1, 250);
    QVERIFY2(id, qPrintable(m_store->stores->enrollments.lastError()));
    QCOMPARE(m_store->stores->enrollments.job(*id)->dailyCap, 250);
    QCOMPARE(m_store->stores->enrollments.recentJobs(10).first().dailyCap, 250);
    QCOMPARE(m_store->scalar(QStringLiteral("SELECT daily_cap FROM enrollment_jobs")).toInt(), 250);
}

void TestEnrollmentStore::retryFailedPutsOnlyFailedItemsBackToPendingAndClearsTheirOutcome()
{
    const auto id = createJob(QStringLiteral("ada@example.com"), 4);
    const auto other = createJob(QStringLiteral("ada@example.com"), 1);
    EnrollmentStore &e = m_store->stores->enrollments;
    QList<EnrollmentItemRecord> items = e.items(*id);
    for (int i : {0, 2}) {
        items[i].state = ItemState::Failed;
        items[i].hubspotCode = QStringLiteral("VALIDATION_ERROR");
        items[i].hubspotMessage = QStringLiteral("rejected");
        items[i].errorCategory = QStringLiteral("VALIDATION_ERROR");
        items[i].attemptedAt = at(2000);
        items[i].finishedAt = at(2100);
    }
    items[1].state = ItemState::Enrolled;
    items[1].enrollmentId = QStringLiteral("enr-1");
    items[1].hubspotCode = QStringLiteral("ENROLLED");
    items[1].attemptedAt = at(2000);
    items[1].finishedAt = at(2100);
    QVERIFY(e.updateItems(items));
    auto otherItem = e.items(*other).first();
    otherItem.state = ItemState::Failed;
    QVERIFY(e.updateItem(otherItem));
    QVERIFY(e.setJobState(*id, JobState::Completed, at(3000)));

    QVERIFY2(e.retryFailed(*id), qPrintable(e.lastError()));
    const auto after = e.items(*id);
    for (int i : {0, 2}) {
        QCOMPARE(after[i].state, ItemState::Pending);
        QVERIFY(after[i].hubspotCode.isEmpty() && after[i].hubspotMessage.isEmpty());
        QVERIFY(after[i].errorCategory.isEmpty());
        QVERIFY(!after[i].attemptedAt.isValid() && !after[i].finishedAt.isValid());
    }
    QCOMPARE(after[1].state, ItemState::Enrolled); // untouched
    QCOMPARE(after[1].hubspotCode, QStringLiteral("ENROLLED"));
    QCOMPARE(after[1].finishedAt, at(2100));
    QCOMPARE(e.counts(*id)->pending, 3);
    QCOMPARE(e.counts(*id)->failed, 0);
    QCOMPARE(e.counts(*other)->failed, 1); // another job's failures stay
    QVERIFY(e.retryFailed(*id)); // nothing failed: fine
}

void TestEnrollmentStore::retryFailedOfAMissingJobChangesNothing()
{
    EnrollmentStore &e = m_store->stores->enrollments;
    QVERIFY(!e.retryFailed(999));
    QVERIFY(!e.lastError().isEmpty());
}

void TestEnrollmentStore::enrollmentIdJournaledForAnotherItemOfThePortalIsFound()
{
    EnrollmentStore &e = m_store->stores->enrollments;
    const auto first = createJob(QStringLiteral("ada@example.com"), 1);
    const auto second = createJob(QStringLiteral("ada@example.com"), 1);
    auto enrolled = e.items(*first).first();
    enrolled.state = ItemState::Enrolled;
    enrolled.enrollmentId = QStringLiteral("enr-7");
    QVERIFY(e.updateItem(enrolled));
    const qint64 mine = e.items(*second).first().id;
    QCOMPARE(e.isEnrollmentIdJournaled(QStringLiteral("enr-7"), mine), std::optional<bool>(true));
    QCOMPARE(e.isEnrollmentIdJournaled(QStringLiteral("enr-7"), enrolled.id),
             std::optional<bool>(false)); // its own
    QCOMPARE(e.isEnrollmentIdJournaled(QStringLiteral("enr-8"), mine), std::optional<bool>(false));
    QCOMPARE(e.isEnrollmentIdJournaled(QString(), mine), std::optional<bool>(false));
    // Another portal's item with the same id is not ours to compare with.
    QVERIFY(m_store->stores->portals.upsert(portal(QStringLiteral("other"))));
    EnrollmentJobRecord job;
    job.portalId = QStringLiteral("other");
    job.sequenceId = QStringLiteral("s");
    job.senderEmail = QStringLiteral("b@example.com");
    job.createdAt = at(1);
    const auto elsewhere = e.createJob(job, {EnrollmentItemRecord {}});
    QVERIFY(elsewhere);
    QCOMPARE(e.isEnrollmentIdJournaled(QStringLiteral("enr-7"), e.items(*elsewhere).first().id),
             std::optional<bool>(false));
}

QTEST_GUILESS_MAIN(TestEnrollmentStore)
#include "tst_enrollmentstore.moc"
