// The enrollment use case every caller shares, on a temp-file mirror and a hand-moved clock:
// the send cap's limits, the sender's use of the rolling 24 h window, the dry run's request
// and the job a dry run saves.
#include "../sandbox/ManualClock.h"
#include "enroll/EnrollmentUseCase.h"
#include "store/StoreWorker.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace SeqDesk;
using Enroll::EnrollmentUseCase;
using Store::EnrollmentItemRecord;
using Store::EnrollmentJobRecord;
using Store::EnrollmentSource;

namespace {

const QString kPortal = QStringLiteral("4242424");
const QString kSender = QStringLiteral("ada@example.com");

Enroll::EnrollmentTarget target(int dailyCap = Enroll::SendCap::kDefault)
{
    Enroll::EnrollmentTarget t;
    t.portalId = kPortal;
    t.sequenceId = QStringLiteral("712000001");
    t.senderEmail = QStringLiteral(" Ada@Example.com "); // as a user may type it
    t.userId = QStringLiteral("9001");
    t.dailyCap = dailyCap;
    return t;
}

Enroll::ContactList pasted(const QString &text)
{
    const Enroll::ParseResult r = Enroll::parsePastedText(text);
    if (!r.list)
        qFatal("unreadable test input");
    return *r.list;
}

} // namespace

class TestEnrollUseCase final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void capsOutsideTheLimitsAreRefusedWithAClearMessage();
    void senderUsageCountsOnlyTheRolling24HoursOfTheClock();
    void planRequestCarriesTheContactsTheCapAndTheSendsInTheWindow();
    void planRequestRefusesACapOutsideTheLimits();
    void jobSpecRecordsWhereTheContactsCameFromAndWhoAsked();
    void jobRecordIsADraftOfTheNormalizedSender();
    void jobFromAListRecordsTheListIdAndItsNameThen();

private:
    // An item enrolled as `sender` at `finishedAt`, in a job of its own.
    void seedSend(const QString &sender, const QDateTime &finishedAt);
    template<typename T> T wait(std::optional<T> &answer)
    {
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
            qFatal("the store did not answer");
        return *answer;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store::StoreWorker> m_store;
    std::unique_ptr<ManualClock> m_clock;
    QObject m_context;
};

void TestEnrollUseCase::init()
{
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<ManualClock>();
    m_store = std::make_unique<Store::StoreWorker>();
    std::optional<QString> opened;
    m_store->open(
        m_dir.filePath(
            QStringLiteral("mirror-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))),
        &m_context, [&](const QString &error) { opened = error; });
    QCOMPARE(wait(opened), QString());
    std::optional<bool> portal;
    m_store->run(
        [](Store::Stores &s) {
            Store::PortalRecord p;
            p.portalId = kPortal;
            p.name = QStringLiteral("Test portal");
            return s.portals.upsert(p);
        },
        &m_context, [&](bool ok) { portal = ok; });
    QVERIFY(wait(portal));
}

void TestEnrollUseCase::cleanup()
{
    m_store.reset();
}

void TestEnrollUseCase::seedSend(const QString &sender, const QDateTime &finishedAt)
{
    EnrollmentJobRecord job;
    job.portalId = kPortal;
    job.sequenceId = QStringLiteral("712000001");
    job.senderEmail = sender;
    job.createdAt = finishedAt;
    EnrollmentItemRecord item;
    item.contactId = QStringLiteral("101");
    item.state = Store::ItemState::Enrolled;
    item.attemptedAt = item.finishedAt = finishedAt;
    std::optional<bool> saved;
    m_store->run(
        [job, item](Store::Stores &s) { return s.enrollments.createJob(job, {item}).has_value(); },
        &m_context, [&](bool ok) { saved = ok; });
    QVERIFY(wait(saved));
}

void TestEnrollUseCase::capsOutsideTheLimitsAreRefusedWithAClearMessage()
{
    QCOMPARE(Enroll::SendCap::kDefault, 1000);
    for (int cap : {Enroll::SendCap::kMin, Enroll::SendCap::kDefault, Enroll::SendCap::kMax})
        QVERIFY2(EnrollmentUseCase::capProblem(cap).isEmpty(), qPrintable(QString::number(cap)));
    for (int cap : {0, -5, 100001}) {
        const QString problem = EnrollmentUseCase::capProblem(cap);
        QVERIFY(problem.contains(QStringLiteral("from 1 to 100000")));
        QVERIFY(problem.contains(QString::number(cap)));
    }
}

void TestEnrollUseCase::senderUsageCountsOnlyTheRolling24HoursOfTheClock()
{
    const QDateTime now = m_clock->nowUtc();
    seedSend(kSender, now.addSecs(-25 * 3600)); // before the window
    seedSend(kSender, now.addSecs(-23 * 3600));
    seedSend(kSender, now.addSecs(-3600));
    seedSend(QStringLiteral("bo@example.com"), now.addSecs(-60)); // another inbox
    EnrollmentUseCase useCase(m_store.get(), m_clock.get());
    QCOMPARE(useCase.windowStart(), now.addSecs(-24 * 3600));

    std::optional<std::optional<int>> used;
    useCase.senderUsage(QStringLiteral(" ADA@example.com"), &m_context,
                        [&](std::optional<int> n) { used = n; });
    QCOMPARE(wait(used), std::optional<int>(2));

    m_clock->advanceMs(qint64(2) * 3600 * 1000); // the send of 23 h ago leaves the window
    used.reset();
    useCase.senderUsage(kSender, &m_context, [&](std::optional<int> n) { used = n; });
    QCOMPARE(wait(used), std::optional<int>(1));
}

void TestEnrollUseCase::planRequestCarriesTheContactsTheCapAndTheSendsInTheWindow()
{
    const QDateTime now = m_clock->nowUtc();
    seedSend(kSender, now.addSecs(-30 * 3600));
    seedSend(kSender, now.addSecs(-2 * 3600));
    seedSend(kSender, now.addSecs(-5 * 3600));
    EnrollmentUseCase useCase(m_store.get(), m_clock.get());
    const Enroll::ContactList list = pasted(QStringLiteral("101, 102, 101, bo@example.com"));

    std::optional<std::pair<std::optional<Enroll::PlanRequest>, QString>> answer;
    useCase.planRequest(target(250), Enroll::EnrollmentContacts::of(list), &m_context,
                        [&](const std::optional<Enroll::PlanRequest> &r, const QString &error) {
                            answer = std::make_pair(r, error);
                        });
    const auto [request, error] = wait(answer);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->dailyCap, 250);
    QCOMPARE(request->contacts.size(), 3);
    QCOMPARE(request->contacts.at(2).value, QStringLiteral("bo@example.com"));
    QCOMPARE(request->duplicates.size(), 1);
    QCOMPARE(request->duplicates.first().firstLine, 1);
    QCOMPARE(request->recentSends,
             (QList<QDateTime> {now.addSecs(-5 * 3600), now.addSecs(-2 * 3600)}));
}

void TestEnrollUseCase::planRequestRefusesACapOutsideTheLimits()
{
    EnrollmentUseCase useCase(m_store.get(), m_clock.get());
    std::optional<QString> error;
    useCase.planRequest(target(0), Enroll::EnrollmentContacts::of(pasted(QStringLiteral("101"))),
                        &m_context,
                        [&](const std::optional<Enroll::PlanRequest> &r, const QString &why) {
                            error = r ? QString() : why;
                        });
    QCOMPARE(wait(error), EnrollmentUseCase::capProblem(0));
}

void TestEnrollUseCase::jobSpecRecordsWhereTheContactsCameFromAndWhoAsked()
{
    const Enroll::ContactList text = pasted(QStringLiteral("101"));
    const Enroll::JobSpec fromText
        = EnrollmentUseCase::jobSpec(target(300), Enroll::ContactOrigin::of(text),
                                     EnrollmentSource::Wizard, QStringLiteral("Webinar"));
    QCOMPARE(fromText.portalId, kPortal);
    QCOMPARE(fromText.sequenceId, QStringLiteral("712000001"));
    QCOMPARE(fromText.userId, QStringLiteral("9001"));
    QCOMPARE(fromText.source, EnrollmentSource::Wizard);
    QCOMPARE(fromText.sourceFileName, QString());
    QCOMPARE(fromText.label, QStringLiteral("Webinar"));
    QCOMPARE(fromText.dailyCap, std::optional<int>(300));

    const Enroll::ParseResult file
        = Enroll::parseBytes(QByteArrayLiteral("id\n101\n102\n"), QStringLiteral("leads.csv"));
    QVERIFY(file.list);
    const Enroll::ContactOrigin origin = Enroll::ContactOrigin::of(*file.list);
    QCOMPARE(origin.kind, Enroll::ContactOrigin::Kind::File);
    const Enroll::JobSpec fromFile
        = EnrollmentUseCase::jobSpec(target(), origin, EnrollmentSource::Cli, QString());
    QCOMPARE(fromFile.source, EnrollmentSource::Cli);
    QCOMPARE(fromFile.sourceFileName, QStringLiteral("leads.csv"));
    QCOMPARE(fromFile.sourceListId, QString());
    QCOMPARE(fromText.sourceListId, QString());
}

void TestEnrollUseCase::jobRecordIsADraftOfTheNormalizedSender()
{
    Enroll::JobSpec spec = EnrollmentUseCase::jobSpec(
        target(42), Enroll::ContactOrigin::of(pasted(QStringLiteral("101"))),
        EnrollmentSource::Wizard, QStringLiteral("Q4"));
    const QDateTime at = m_clock->nowUtc();
    EnrollmentJobRecord job = Enroll::jobRecord(spec, 7, at);
    QCOMPARE(job.senderEmail, kSender); // counted against the inbox as every job is
    QCOMPARE(job.state, Store::JobState::Draft);
    QCOMPARE(job.createdAt, at);
    QCOMPARE(job.dailyCap, 42);
    QCOMPARE(job.label, QStringLiteral("Q4"));
    spec.dailyCap.reset();
    QCOMPARE(Enroll::jobRecord(spec, 7, at).dailyCap, 7); // the engine's default
}

void TestEnrollUseCase::jobFromAListRecordsTheListIdAndItsNameThen()
{
    const Enroll::ContactOrigin origin
        = Enroll::ContactOrigin::ofList(QStringLiteral("318"), QStringLiteral("Webinar no-shows"));
    QCOMPARE(origin.kind, Enroll::ContactOrigin::Kind::HubSpotList);
    const Enroll::JobSpec spec
        = EnrollmentUseCase::jobSpec(target(300), origin, EnrollmentSource::Cli, QString());
    QCOMPARE(spec.source, EnrollmentSource::Cli); // who asked stays the caller
    QCOMPARE(spec.sourceListId, QStringLiteral("318"));
    QCOMPARE(spec.sourceListName, QStringLiteral("Webinar no-shows"));
    QCOMPARE(spec.sourceFileName, QString()); // a list is not a file

    // The job record saved from it keeps both.
    const EnrollmentJobRecord record = Enroll::jobRecord(spec, 1000, m_clock->nowUtc());
    QCOMPARE(record.sourceListId, QStringLiteral("318"));
    QCOMPARE(record.sourceListName, QStringLiteral("Webinar no-shows"));
}

QTEST_GUILESS_MAIN(TestEnrollUseCase)
#include "tst_enrollusecase.moc"
