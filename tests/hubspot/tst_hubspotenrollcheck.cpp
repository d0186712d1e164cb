// The enrollment read after an enroll answer that may belong to Qt's hidden resend
// (ALREADY_ENROLLED, SEND_LIMIT_REACHED, OTHER_SEND_REJECTED) or after a lost answer, and
// the rule that decides whether the enrollment found is this call's own (EnrollFlow.cpp).
#include "hubspot/HubSpotClient.h"

#include "ClientFixtures.h"
#include "FakeNetwork.h"
#include "ResultCatcher.h"

#include <QtTest>

using namespace SeqDesk::HubSpot;
using namespace ClientFixtures;

namespace {

struct Found
{
    QByteArray sequenceId = "42";
    QByteArray enrolledBy = "9";
    QByteArray toEmail = "c@x.com";
};

// The contact's enrollment, dated now.
QByteArray enrollmentOf(const Found &f)
{
    const QByteArray at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    return QByteArrayLiteral(R"({"id":"777","sequenceId":")") + f.sequenceId
        + QByteArrayLiteral(R"(","sequenceName":"S","enrolledAt":")") + at
        + QByteArrayLiteral(R"(","enrolledBy":")") + f.enrolledBy
        + QByteArrayLiteral(R"(","enrolledByEmail":"r@x.com","toEmail":")") + f.toEmail
        + QByteArrayLiteral(R"(","updatedAt":")") + at + QByteArrayLiteral(R"("})");
}

const QByteArray alreadyEnrolled = QByteArrayLiteral(
    R"({"status":"error","message":"already","errorType":"SequenceError.ALREADY_ENROLLED"})");
const QByteArray sendLimit = QByteArrayLiteral(
    R"({"status":"error","message":"cap","category":"VALIDATION_ERROR","subCategory":"SequenceError.SEND_LIMIT_REACHED"})");
const QByteArray otherSendRejected = QByteArrayLiteral(
    R"({"status":"error","message":"The email could not be sent","errorType":"SequenceError.OTHER_SEND_REJECTED"})");
const QByteArray notEnrolled = QByteArrayLiteral(
    R"({"status":"error","category":"OBJECT_NOT_FOUND","message":"not enrolled"})");

// POSTs answer `post`; GETs answer `get`.
struct Server
{
    FakeNetworkAccessManager nam;
    int posts = 0;
    int gets = 0;

    Server(const CannedReply &post, const CannedReply &get)
    {
        nam.setHandler([this, post, get](const RecordedRequest &r) {
            if (r.verb == "POST") {
                ++posts;
                return post;
            }
            ++gets;
            return get;
        });
    }
};

} // namespace

class TestHubSpotEnrollCheck final : public QObject
{
    Q_OBJECT

private:
    // Enrolls through a fresh client on `server` and waits for the one result.
    ResultCatcher<EnrollmentResult> enrollVia(Server &server)
    {
        HubSpotClient client(&server.nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        if (!QTest::qWaitFor([&c] { return c.done(); }, 5000))
            qWarning("enroll did not finish");
        return c;
    }

private slots:
    void alreadyEnrolledByAnotherUserSinceTheCallStaysVerdict()
    {
        Server server(CannedReply::json(400, alreadyEnrolled),
                      CannedReply::json(200, enrollmentOf(Found {"42", "8", "c@x.com"})));
        HubSpotClient client(&server.nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::ContactVerdict);
        QCOMPARE(c.error().verdict, Verdict::AlreadyEnrolled);
        QCOMPARE(server.gets, 1);
        QCOMPARE(client.stats().recoveredEnrollments, 0);
    }

    void alreadyEnrolledBySameUserSinceTheCallIsRecovered()
    {
        Server server(CannedReply::json(400, alreadyEnrolled),
                      CannedReply::json(200, enrollmentOf(Found {})));
        const ResultCatcher<EnrollmentResult> c = enrollVia(server);
        QVERIFY(c.done());
        QVERIFY2(c.ok(), qPrintable(c.error().summary()));
        QVERIFY(c.value().recovered);
    }

    void lostAnswerNamingAnotherRecipientIsNotRecovered()
    {
        // A 200 whose body lacks fields (answer unusable) but names the recipient; the
        // enrollment read names someone else: not this call's enrollment.
        Server server(CannedReply::json(200, R"({"id":"555","toEmail":"c@x.com"})"),
                      CannedReply::json(200, enrollmentOf(Found {"42", "9", "d@y.com"})));
        const ResultCatcher<EnrollmentResult> c = enrollVia(server);
        QVERIFY(c.done());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().verdict, Verdict::AlreadyEnrolled);
        QCOMPARE(server.posts, 1);
    }

    void lostAnswerNamingSameRecipientIsRecovered()
    {
        Server server(CannedReply::json(200, R"({"id":"555","toEmail":"C@X.com"})"),
                      CannedReply::json(200, enrollmentOf(Found {})));
        const ResultCatcher<EnrollmentResult> c = enrollVia(server);
        QVERIFY(c.done());
        QVERIFY2(c.ok(), qPrintable(c.error().summary()));
        QVERIFY(c.value().recovered);
        QCOMPARE(server.posts, 1);
    }

    void sendLimitAnswerOfHiddenResendIsConfirmedAsSuccess()
    {
        Server server(CannedReply::json(400, sendLimit),
                      CannedReply::json(200, enrollmentOf(Found {})));
        HubSpotClient client(&server.nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY2(c.ok(), qPrintable(c.error().summary()));
        QVERIFY(c.value().recovered);
        QCOMPARE(c.value().id, QStringLiteral("777"));
        QCOMPARE(server.posts, 1);
        QCOMPARE(server.gets, 1);
        QCOMPARE(client.stats().recoveredEnrollments, 1);
    }

    void sendLimitWithoutOwnEnrollmentStaysSenderCap_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not enrolled") << 404 << notEnrolled;
        QTest::newRow("by another user") << 200 << enrollmentOf(Found {"42", "8", "c@x.com"});
        QTest::newRow("another sequence") << 200 << enrollmentOf(Found {"43", "9", "c@x.com"});
        QTest::newRow("read fails") << 400 << QByteArrayLiteral(R"({"category":"X"})");
    }

    void sendLimitWithoutOwnEnrollmentStaysSenderCap()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        Server server(CannedReply::json(400, sendLimit), CannedReply::json(status, body));
        const ResultCatcher<EnrollmentResult> c = enrollVia(server);
        QVERIFY(c.done());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::SenderCapReached);
        QCOMPARE(c.error().httpStatus, 400);
        QCOMPARE(server.posts, 1);
        QCOMPARE(server.gets, 1);
    }

    void otherSendRejectedAnswerOfHiddenResendIsConfirmedAsSuccess()
    {
        Server server(CannedReply::json(400, otherSendRejected),
                      CannedReply::json(200, enrollmentOf(Found {})));
        const ResultCatcher<EnrollmentResult> c = enrollVia(server);
        QVERIFY(c.done());
        QVERIFY2(c.ok(), qPrintable(c.error().summary()));
        QVERIFY(c.value().recovered);
        QCOMPARE(server.posts, 1);
    }

    void otherSendRejectedWithoutOwnEnrollmentStaysVerdict()
    {
        Server server(CannedReply::json(400, otherSendRejected),
                      CannedReply::json(200, enrollmentOf(Found {"42", "8", "c@x.com"})));
        const ResultCatcher<EnrollmentResult> c = enrollVia(server);
        QVERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::ContactVerdict);
        QCOMPARE(c.error().verdict, Verdict::OtherSendRejected);
        QCOMPARE(c.error().message, QStringLiteral("The email could not be sent"));
        QCOMPARE(server.gets, 1);
    }

    void noSalesSeatIsNotChecked()
    {
        Server server(
            CannedReply::json(
                400,
                R"({"status":"error","message":"Sales Subscription Status is not OK","errorType":"SequenceError.OTHER_SEND_REJECTED"})"),
            CannedReply::json(200, enrollmentOf(Found {})));
        const ResultCatcher<EnrollmentResult> c = enrollVia(server);
        QVERIFY(c.done());
        QCOMPARE(c.error().fatalReason, FatalReason::NoSalesSeat);
        QCOMPARE(server.gets, 0);
    }
};

QTEST_GUILESS_MAIN(TestHubSpotEnrollCheck)
#include "tst_hubspotenrollcheck.moc"
