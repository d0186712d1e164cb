// The dry run's rules: a contact's HubSpot properties to a plan, and the rolling 24 h cap.
#include "enroll/Prediction.h"
#include "hubspot/Types.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace SeqDesk;
using Enroll::Plan;
using Enroll::Prediction;

namespace {

HubSpot::Contact contact(std::initializer_list<std::pair<const char *, const char *>> props)
{
    HubSpot::Contact c;
    c.id = QStringLiteral("101");
    c.properties.insert(QStringLiteral("email"), QStringLiteral("ana@example.com"));
    for (const auto &[name, value] : props)
        c.properties.insert(QLatin1String(name), value ? QString::fromUtf8(value) : QString());
    return c;
}

const QDateTime kNow(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());

QDateTime hoursAgo(double h)
{
    return kNow.addMSecs(-qint64(h * 3600 * 1000));
}

} // namespace

Q_DECLARE_METATYPE(Plan)
Q_DECLARE_METATYPE(SeqDesk::HubSpot::Contact)

class TestPrediction final : public QObject
{
    Q_OBJECT

private slots:
    void contactPropertiesGiveThePlan_data();
    void contactPropertiesGiveThePlan();
    void archivedContactIsNotFound();
    void alreadyEnrolledNamesTheSequence();
    void askedPropertiesAreTheOnesRead();
    void underTheCapEverythingGoesNow();
    void overTheCapWaitsForTheOldestSendsToAgeOut();
    void beyondKnownSendsEachDayAddsACapMore();
    void sendsOutsideTheWindowDoNotCount();
    void everyPlanHasANameAndAStableCode();
};

void TestPrediction::contactPropertiesGiveThePlan_data()
{
    QTest::addColumn<HubSpot::Contact>("contact");
    QTest::addColumn<Plan>("plan");
    QTest::newRow("clean") << contact({}) << Plan::Enroll;
    QTest::newRow("falsy flags") << contact({{"hs_email_optout", "false"},
                                             {"hs_sequences_is_enrolled", "false"},
                                             {"hs_email_bad_address", "false"},
                                             {"hs_email_hard_bounce_reason_enum", ""}})
                                 << Plan::Enroll;
    QTest::newRow("no email") << contact({{"email", ""}}) << Plan::NoEmail;
    QTest::newRow("null email") << contact({{"email", nullptr}}) << Plan::NoEmail;
    QTest::newRow("enrolled") << contact({{"hs_sequences_is_enrolled", "true"}})
                              << Plan::AlreadyEnrolled;
    QTest::newRow("active count") << contact({{"hs_sequences_actively_enrolled_count", "1"}})
                                  << Plan::AlreadyEnrolled;
    QTest::newRow("opted out") << contact({{"hs_email_optout", "TRUE"}}) << Plan::Unsubscribed;
    QTest::newRow("hard bounce") << contact({{"hs_email_hard_bounce_reason_enum", "MAILBOX_FULL"}})
                                 << Plan::Bounced;
    QTest::newRow("bad address") << contact({{"hs_email_bad_address", "true"}}) << Plan::Bounced;
    QTest::newRow("quarantined") << contact({{"hs_email_quarantined", "true"}}) << Plan::Blocked;
    // Enrolled wins over the email problems: HubSpot answers ALREADY_ENROLLED first.
    QTest::newRow("enrolled and opted out")
        << contact({{"hs_sequences_is_enrolled", "true"}, {"hs_email_optout", "true"}})
        << Plan::AlreadyEnrolled;
}

void TestPrediction::contactPropertiesGiveThePlan()
{
    QFETCH(HubSpot::Contact, contact);
    QFETCH(Plan, plan);
    QString detail;
    QCOMPARE(Prediction::predict(contact, &detail), plan);
    QCOMPARE(Prediction::isSkip(plan), plan != Plan::Enroll);
}

void TestPrediction::archivedContactIsNotFound()
{
    HubSpot::Contact c = contact({});
    c.archived = true;
    QCOMPARE(Prediction::predict(c, nullptr), Plan::NotFound);
}

void TestPrediction::alreadyEnrolledNamesTheSequence()
{
    QString detail = QStringLiteral("stale");
    QCOMPARE(Prediction::predict(contact({{"hs_sequences_is_enrolled", "true"},
                                          {"hs_latest_sequence_enrolled", "712515259"}}),
                                 &detail),
             Plan::AlreadyEnrolled);
    QCOMPARE(detail, QStringLiteral("712515259"));
    QCOMPARE(Prediction::predict(contact({}), &detail), Plan::Enroll);
    QVERIFY(detail.isEmpty());
}

void TestPrediction::askedPropertiesAreTheOnesRead()
{
    const QStringList asked = Prediction::properties();
    for (const char *name : {"email", "hs_sequences_is_enrolled", "hs_email_optout",
                             "hs_email_hard_bounce_reason_enum", "hs_email_bad_address",
                             "hs_email_quarantined", "hs_latest_sequence_enrolled"})
        QVERIFY2(asked.contains(QLatin1String(name)), name);
}

void TestPrediction::underTheCapEverythingGoesNow()
{
    const auto at = Prediction::eligibility({hoursAgo(1), hoursAgo(2)}, 5, 3, kNow);
    QCOMPARE(at.size(), 3);
    for (const QDateTime &t : at)
        QVERIFY(!t.isValid()); // now
}

void TestPrediction::overTheCapWaitsForTheOldestSendsToAgeOut()
{
    // Cap 3, three sends 20 h, 10 h and 1 h ago: nothing now; the 1st waits 4 h (the 20 h
    // one leaves the window), the 2nd 14 h, the 3rd 23 h.
    const auto at = Prediction::eligibility({hoursAgo(1), hoursAgo(20), hoursAgo(10)}, 3, 3, kNow);
    QCOMPARE(at.size(), 3);
    QCOMPARE(at.at(0), kNow.addSecs(4 * 3600));
    QCOMPARE(at.at(1), kNow.addSecs(14 * 3600));
    QCOMPARE(at.at(2), kNow.addSecs(23 * 3600));
}

void TestPrediction::beyondKnownSendsEachDayAddsACapMore()
{
    // Cap 2, nothing sent: 2 now, 2 a day later, 1 two days later.
    const auto at = Prediction::eligibility({}, 2, 5, kNow);
    QVERIFY(!at.at(0).isValid());
    QVERIFY(!at.at(1).isValid());
    QCOMPARE(at.at(2), kNow.addDays(1));
    QCOMPARE(at.at(3), kNow.addDays(1));
    QCOMPARE(at.at(4), kNow.addDays(2));
}

void TestPrediction::sendsOutsideTheWindowDoNotCount()
{
    const auto at = Prediction::eligibility({hoursAgo(24), hoursAgo(30), QDateTime()}, 1, 1, kNow);
    QVERIFY(!at.first().isValid());
}

void TestPrediction::everyPlanHasANameAndAStableCode()
{
    QSet<QString> codes;
    for (Plan p : {Plan::Enroll, Plan::AlreadyEnrolled, Plan::Unsubscribed, Plan::Bounced,
                   Plan::Blocked, Plan::NoEmail, Plan::NotFound, Plan::Duplicate, Plan::Deferred}) {
        QVERIFY(!Prediction::name(p).isEmpty());
        QVERIFY(!Prediction::code(p).isEmpty());
        codes.insert(Prediction::code(p));
    }
    QCOMPARE(codes.size(), 9);
}

QTEST_GUILESS_MAIN(TestPrediction)
#include "tst_prediction.moc"
