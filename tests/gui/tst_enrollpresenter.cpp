// The enrollment wizard's presenter without the wizard or HubSpot: a temp-file mirror, a
// hand-moved clock, a job runner on a portal manager that knows no portal. The draft in,
// what the pages are told out.
#include "../sandbox/ManualClock.h"
#include "enroll/EnrollPresenter.h"
#include "enroll/EnrollmentUseCase.h"
#include "jobs/JobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "store/StoreWorker.h"
#include "sync/PortalManager.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace SeqDesk;
using Store::EnrollmentItemRecord;
using Store::EnrollmentJobRecord;
using Ui::EnrollPresenter;

namespace {

const QString kPortal = QStringLiteral("4242424");

} // namespace

class TestEnrollPresenter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadPutsThePortalsActiveUsersInTheDraft();
    void usageOfTheSenderFollowsTheClocksRolling24Hours();
    void aCapOutsideTheLimitsFailsTheDryRunWithTheLimits();
    void startJobSavesTheDraftAsAWizardJobAndFollowsOnlyIt();

private:
    template<typename Job> auto call(Job job)
    {
        using R = std::invoke_result_t<Job &, Store::Stores &>;
        std::optional<R> out;
        m_store->run(std::move(job), &m_context, [&](R r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
            qFatal("the store did not answer");
        return *out;
    }
    void seedSend(const QDateTime &finishedAt);

    QTemporaryDir m_dir;
    QObject m_context;
    ManualClock m_clock;
    QNetworkAccessManager m_nam;
    Secrets::MemorySecretStore m_secrets;
    Sync::DemoPortalPolicy m_policy;
    std::unique_ptr<Store::StoreWorker> m_store;
    std::unique_ptr<Sync::PortalManager> m_portals;
    std::unique_ptr<Jobs::JobRunner> m_runner;
    std::unique_ptr<Ui::EnrollDraft> m_draft;
    std::unique_ptr<EnrollPresenter> m_presenter;
};

void TestEnrollPresenter::init()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<Store::StoreWorker>();
    std::optional<QString> opened;
    m_store->open(m_dir.filePath(
                      QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))),
                  &m_context, [&](const QString &error) { opened = error; });
    QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, 5000));
    QCOMPARE(*opened, QString());
    QVERIFY(call([](Store::Stores &s) {
        Store::PortalRecord p;
        p.portalId = kPortal;
        p.name = QStringLiteral("Test portal");
        Store::OwnerRecord ada;
        ada.portalId = kPortal;
        ada.ownerId = QStringLiteral("501");
        ada.userId = 9001;
        ada.email = QStringLiteral("ada@example.com");
        ada.type = QStringLiteral("PERSON");
        ada.active = true;
        Store::OwnerRecord queue = ada;
        queue.ownerId = QStringLiteral("502");
        queue.userId.reset();
        queue.type = QStringLiteral("QUEUE");
        queue.active = false;
        return s.portals.upsert(p) && s.owners.upsert(QList<Store::OwnerRecord> {ada, queue});
    }));
    m_portals = std::make_unique<Sync::PortalManager>(&m_nam, &m_secrets, m_store.get(), nullptr,
                                                      Sync::DemoStarter(), &m_policy, &m_clock);
    m_runner = std::make_unique<Jobs::JobRunner>(m_portals.get(), m_store.get(), &m_clock);
    m_draft = std::make_unique<Ui::EnrollDraft>();
    m_draft->portalId = kPortal;
    m_presenter = std::make_unique<EnrollPresenter>(
        Ui::EnrollServices {m_portals.get(), m_store.get(), m_runner.get()}, m_draft.get());
}

void TestEnrollPresenter::cleanup()
{
    m_presenter.reset();
    m_draft.reset();
    m_runner.reset();
    m_portals.reset();
    m_store.reset();
}

void TestEnrollPresenter::seedSend(const QDateTime &finishedAt)
{
    EnrollmentJobRecord job;
    job.portalId = kPortal;
    job.sequenceId = QStringLiteral("712000001");
    job.senderEmail = QStringLiteral("ada@example.com");
    job.createdAt = finishedAt;
    EnrollmentItemRecord item;
    item.contactId = QStringLiteral("101");
    item.state = Store::ItemState::Enrolled;
    item.attemptedAt = item.finishedAt = finishedAt;
    QVERIFY(call([job, item](Store::Stores &s) {
        return s.enrollments.createJob(job, {item}).has_value();
    }));
}

void TestEnrollPresenter::loadPutsThePortalsActiveUsersInTheDraft()
{
    QSignalSpy loaded(m_presenter.get(), &EnrollPresenter::dataLoaded);
    m_presenter->load();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().first().toString(), QString());
    QCOMPARE(m_draft->owners.size(), 1);
    QCOMPARE(m_draft->owners.first().email, QStringLiteral("ada@example.com"));
}

void TestEnrollPresenter::usageOfTheSenderFollowsTheClocksRolling24Hours()
{
    seedSend(m_clock.nowUtc().addSecs(-3600));
    QSignalSpy usage(m_presenter.get(), &EnrollPresenter::usageRead);
    m_presenter->readUsage(QStringLiteral("somebody@example.com")); // superseded at once
    m_presenter->readUsage(QStringLiteral("Ada@Example.com"));
    QVERIFY(usage.wait(5000));
    QTest::qWait(50); // the superseded answer is dropped, not late
    QCOMPARE(usage.size(), 1);
    QCOMPARE(usage.takeFirst().first().toInt(), 1);

    m_clock.advanceMs(qint64(23) * 3600 * 1000 + 1000); // the send leaves the window
    m_presenter->readUsage(QStringLiteral("ada@example.com"));
    QVERIFY(usage.wait(5000));
    QCOMPARE(usage.takeFirst().first().toInt(), 0);
}

void TestEnrollPresenter::aCapOutsideTheLimitsFailsTheDryRunWithTheLimits()
{
    m_draft->contacts = Enroll::parsePastedText(QStringLiteral("101")).list;
    m_draft->dailyCap = Enroll::SendCap::kMax + 1;
    QSignalSpy failed(m_presenter.get(), &EnrollPresenter::planFailed);
    m_presenter->startPlan();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(),
             Enroll::EnrollmentUseCase::capProblem(Enroll::SendCap::kMax + 1));
}

void TestEnrollPresenter::startJobSavesTheDraftAsAWizardJobAndFollowsOnlyIt()
{
    Store::SequenceRecord sequence;
    sequence.portalId = kPortal;
    sequence.sequenceId = QStringLiteral("712000001");
    m_draft->sequence = sequence;
    Store::OwnerRecord sender;
    sender.userId = 9001;
    sender.email = QStringLiteral("Ada@Example.com");
    m_draft->sender = sender;
    m_draft->dailyCap = 250;
    m_draft->contacts
        = Enroll::parseBytes(QByteArrayLiteral("id\n101\n102\n"), QStringLiteral("leads.csv")).list;
    QVERIFY(m_draft->contacts);
    m_draft->origin = Enroll::ContactOrigin::of(*m_draft->contacts);
    for (const Enroll::ContactKey &key : m_draft->contacts->contacts) {
        Enroll::PlannedContact p;
        p.input = p.contactId = key.value;
        p.line = key.line;
        m_draft->plan << p;
    }
    m_draft->label = QStringLiteral("Webinar follow-up");

    QSignalSpy saved(m_presenter.get(), &EnrollPresenter::jobSaved);
    QSignalSpy problem(m_presenter.get(), &EnrollPresenter::jobProblem);
    m_presenter->startJob();
    QVERIFY(saved.wait(5000));
    const qint64 jobId = saved.first().first().toLongLong();
    QCOMPARE(m_draft->jobId, jobId);
    // The runner cannot run it here (no portal is connected): the presenter says so.
    QTRY_COMPARE(problem.size(), 1);
    QVERIFY(problem.first().first().toString().contains(kPortal));

    const auto job = call([jobId](Store::Stores &s) { return s.enrollments.job(jobId); });
    QVERIFY(job);
    QCOMPARE(job->source, Store::EnrollmentSource::Wizard);
    QCOMPARE(job->sourceFileName, QStringLiteral("leads.csv"));
    QCOMPARE(job->senderEmail, QStringLiteral("ada@example.com"));
    QCOMPARE(job->userId, QStringLiteral("9001"));
    QCOMPARE(job->sequenceId, QStringLiteral("712000001"));
    QCOMPARE(job->dailyCap, 250);
    QCOMPARE(job->label, QStringLiteral("Webinar follow-up"));
    QCOMPARE(job->createdAt, m_clock.nowUtc());
    QCOMPARE(job->counts.total(), 2);

    // Another job's news is not the draft's.
    QSignalSpy others(m_presenter.get(), &EnrollPresenter::jobProblem);
    m_runner->run(jobId + 100);
    QTest::qWait(100);
    QCOMPARE(others.size(), 0);
}

QTEST_MAIN(TestEnrollPresenter)
#include "tst_enrollpresenter.moc"
