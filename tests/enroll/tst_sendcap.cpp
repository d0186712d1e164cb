// The send cap is used to the last contact, the same way every run: the engine against the
// sandbox over loopback, with answers arriving while earlier answers' journal writes are
// still on their way (the race that left 1 to 3 places unused, differently each run), and
// a resume sends what the cap has room for.
#include "../sandbox/ManualClock.h"
#include "EngineFixture.h"

using namespace EngineTest;

namespace {

Sandbox::SandboxSettings fastSandbox()
{
    Sandbox::SandboxSettings s;
    s.rateLimit = 1000000; // the engine's cap is what is under test, not the rate limit
    s.dailyCap = 1000000; // nor HubSpot's own cap of the inbox
    s.latencyJitterMs = 2; // answers overtake each other
    return s;
}

int countOf(const QList<EnrollmentItemRecord> &items, ItemState state)
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [state](const EnrollmentItemRecord &i) { return i.state == state; }));
}

} // namespace

class TestSendCap final : public QObject
{
    Q_OBJECT

private slots:
    void theCapIsUsedToTheLastContactEveryRun_data();
    void theCapIsUsedToTheLastContactEveryRun();
    void deferredContactsAreSentWhenTheCapHasRoom();
};

void TestSendCap::theCapIsUsedToTheLastContactEveryRun_data()
{
    QTest::addColumn<int>("cap");
    const int runs = qEnvironmentVariableIntValue("SEQDESK_SENDCAP_RUNS") > 0
        ? qEnvironmentVariableIntValue("SEQDESK_SENDCAP_RUNS")
        : 10;
    for (const int cap : {50, 200, 1000}) {
        for (int run = 1; run <= runs; ++run)
            QTest::addRow("cap %d, run %d", cap, run) << cap;
    }
}

void TestSendCap::theCapIsUsedToTheLastContactEveryRun()
{
    QFETCH(int, cap);
    ManualClock clock;
    Fixture f(fastSandbox());
    f.clock = &clock;
    QVERIFY(f.setUp());
    Enroll::EngineSettings settings;
    settings.window = 8;
    f.engine->setSettings(settings);
    f.spec.dailyCap = cap;
    const int extra = std::max(10, cap / 10);
    const QStringList ids = f.normalContacts(cap + extra);
    QCOMPARE(ids.size(), cap + extra);
    const auto jobId = f.createJob(Fixture::planOf(ids));
    QVERIFY(jobId);

    EnrollmentJobRecord job = f.run(*jobId);
    QVERIFY2(job.state == JobState::Paused, qPrintable(job.message));
    QCOMPARE(job.counts.enrolled, cap); // not one place left unused
    QCOMPARE(job.counts.deferred, extra);
    QCOMPARE(job.counts.pending + job.counts.inFlight + job.counts.failed, 0);
    QCOMPARE(int(f.server.state().acceptedEnrollments().size()), cap);
    // The rest waits exactly until the first sends leave the rolling window.
    QCOMPARE(job.resumeAt, clock.nowUtc().addMSecs(Enroll::SendCap::kWindowMs));

    // Resumed at once (seqdesk-cli --resume): the cap has no room, nothing is sent.
    job = f.run(*jobId);
    QCOMPARE(job.state, JobState::Paused);
    QCOMPARE(job.counts.enrolled, cap);
    QCOMPARE(job.counts.deferred, extra);
    QCOMPARE(int(f.server.state().acceptedEnrollments().size()), cap);

    // A day later the window has rolled: the rest goes out, each contact once.
    clock.advanceMs(Enroll::SendCap::kWindowMs + 1);
    job = f.run(*jobId);
    QVERIFY2(job.state == JobState::Completed, qPrintable(job.message));
    QCOMPARE(job.counts.enrolled, cap + extra);
    const QList<EnrollmentItemRecord> items = f.items(*jobId);
    QCOMPARE(countOf(items, ItemState::Enrolled), cap + extra);
    const QHash<QString, int> accepted = f.acceptedPerContact();
    for (const QString &id : ids)
        QCOMPARE(accepted.value(id), 1);
}

void TestSendCap::deferredContactsAreSentWhenTheCapHasRoom()
{
    // A job whose dry run deferred two contacts (the inbox's cap looked used up then) and
    // whose inbox has room now: the resume sends them without waiting for their predicted
    // time, and the job completes.
    ManualClock clock;
    Fixture f(fastSandbox());
    f.clock = &clock;
    QVERIFY(f.setUp());
    f.spec.dailyCap = 10;
    const QStringList ids = f.normalContacts(5);
    QList<PlannedContact> plan = Fixture::planOf(ids);
    for (int i = 3; i < 5; ++i) {
        plan[i].plan = Plan::Deferred;
        plan[i].eligibleAt = clock.nowUtc().addSecs(20 * 3600);
    }
    const auto jobId = f.createJob(plan);
    QVERIFY(jobId);
    const EnrollmentJobRecord job = f.run(*jobId);
    QVERIFY2(job.state == JobState::Completed, qPrintable(job.message));
    QCOMPARE(job.counts.enrolled, 5);
    QCOMPARE(job.counts.deferred, 0);
    QCOMPARE(int(f.server.state().acceptedEnrollments().size()), 5);

    // With the cap full, deferred contacts stay deferred, with the time the history gives.
    f.spec.dailyCap = 5;
    const QStringList more = f.normalContacts(2, 5);
    QList<PlannedContact> later = Fixture::planOf(more);
    for (PlannedContact &p : later) {
        p.plan = Plan::Deferred;
        p.eligibleAt = clock.nowUtc().addSecs(3600); // a prediction that no longer holds
    }
    const auto other = f.createJob(later);
    QVERIFY(other);
    const EnrollmentJobRecord waiting = f.run(*other);
    QCOMPARE(waiting.state, JobState::Paused);
    QCOMPARE(waiting.counts.deferred, 2);
    QCOMPARE(waiting.resumeAt, clock.nowUtc().addMSecs(Enroll::SendCap::kWindowMs));
    QCOMPARE(int(f.server.state().acceptedEnrollments().size()), 5);
}

QTEST_GUILESS_MAIN(TestSendCap)
#include "tst_sendcap.moc"
