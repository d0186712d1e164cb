// Pacing, retries, timeouts and the lost-enroll-answer check, at the QNetworkAccessManager
// seam.
#include "hubspot/HubSpotClient.h"

#include "ClientFixtures.h"
#include "FakeNetwork.h"
#include "ResultCatcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QtTest>

using namespace SeqDesk::HubSpot;
using namespace ClientFixtures;

namespace {

const QString token = QStringLiteral("pat-na1-abcdef12-3456-7890-abcd-ef1234567890");
const QByteArray enrolled200 = QByteArrayLiteral(
    R"({"id":"555","toEmail":"c@x.com","enrolledAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-01T00:00:00Z"})");
// A contact's enrollment; enrolled now, or long ago when `old`.
QByteArray enrollmentOf(const char *sequenceId, bool old = false)
{
    const QByteArray at = old
        ? QByteArrayLiteral("2024-01-01T00:00:00Z")
        : QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    return QByteArrayLiteral(R"({"id":"777","sequenceId":")") + sequenceId
        + QByteArrayLiteral(R"(","sequenceName":"S","enrolledAt":")") + at
        + QByteArrayLiteral(
               R"(","enrolledBy":"9","enrolledByEmail":"r@x.com","toEmail":"c@x.com","updatedAt":")")
        + at + QByteArrayLiteral(R"("})");
}

bool isPost(const RecordedRequest &r)
{
    return r.verb == "POST";
}

int count(const FakeNetworkAccessManager &nam, bool (*pred)(const RecordedRequest &))
{
    int n = 0;
    for (const RecordedRequest &r : nam.requests)
        n += pred(r) ? 1 : 0;
    return n;
}

QStringList g_messages;
QMutex g_messagesMutex;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_messagesMutex);
    g_messages.append(message);
}

} // namespace

class TestHubSpotScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void oneRequestInFlightUntilRateHeadersThenSeveral()
    {
        FakeNetworkAccessManager nam;
        QList<int> inFlightAtCreation;
        nam.setHandler([&nam, &inFlightAtCreation](const RecordedRequest &) {
            inFlightAtCreation.append(nam.inFlight);
            CannedReply r = CannedReply::json(200, account200);
            r.delayMs = 30;
            r.rate(100, 99, 10000);
            return r;
        });
        ClientConfig config = fastConfig();
        config.maxInFlight = 3;
        HubSpotClient client(&nam, config);
        int answered = 0;
        for (int i = 0; i < 8; ++i)
            client.accountDetails(this, [&answered](auto r) { answered += r.ok() ? 1 : 0; });
        QCOMPARE(nam.requests.size(), 1); // a fresh client never bursts
        QTRY_COMPARE(answered, 8);
        QCOMPARE(inFlightAtCreation.at(0), 0);
        QCOMPARE(inFlightAtCreation.at(1), 0); // second request only after the first answer
        QCOMPARE(nam.maxInFlight, 3);
        QCOMPARE(client.stats().rateLimit.max, 100);
        QCOMPARE(client.stats().rateLimit.allowedInFlight, 3);
    }

    void neverExceedsTheServersWindow()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) {
            CannedReply r = CannedReply::json(200, account200);
            r.delayMs = 5;
            r.rate(5, 4, 300);
            return r;
        });
        HubSpotClient client(&nam, fastConfig());
        int answered = 0;
        for (int i = 0; i < 16; ++i)
            client.accountDetails(this, [&answered](auto) { ++answered; });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 16, 10000);
        for (int i = 5; i < nam.requests.size(); ++i) {
            const qint64 gap = nam.requests[i].atMs - nam.requests[i - 5].atMs;
            QVERIFY2(gap >= 299, qPrintable(QStringLiteral("6 sends within %1 ms").arg(gap)));
        }
    }

    void rateLimitChangedIsSignalled()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) {
            return CannedReply::json(200, account200).rate(190, 150, 10000);
        });
        HubSpotClient client(&nam, fastConfig());
        QSignalSpy spy(&client, &HubSpotClient::rateLimitChanged);
        client.accountDetails(this, [](auto) {});
        QVERIFY(spy.wait(2000));
        const auto info = spy.takeFirst().at(0).value<RateLimitInfo>();
        QVERIFY(info.known);
        QCOMPARE(info.max, 190);
        QCOMPARE(info.intervalMs, 10000);
        QCOMPARE(info.remaining, 150);
    }

    void serverErrorsAreRetriedWithBackoff()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(CannedReply::json(
            500, R"({"status":"error","category":"INTERNAL_ERROR","message":"x"})"));
        nam.enqueue(CannedReply::json(502, "<html>Bad Gateway</html>"));
        nam.enqueue(CannedReply::json(200, account200));
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY2(c.ok(), qPrintable(c.error().summary()));
        QCOMPARE(nam.requests.size(), 3);
        QCOMPARE(client.stats().retries, 2);
        QCOMPARE(client.stats().requestsSent, 3);
        QCOMPARE(client.stats().answers, 3);
    }

    void givesUpAfterMaxRetriesWithRetryableError()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) { return CannedReply::json(503, "{}"); });
        ClientConfig config = fastConfig();
        config.maxRetries = 2;
        HubSpotClient client(&nam, config);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::Retryable);
        QCOMPARE(c.error().httpStatus, 503);
        QCOMPARE(nam.requests.size(), 3);
    }

    void badRequestIsNotRetried()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) {
            return CannedReply::json(400, R"({"category":"VALIDATION_ERROR","message":"bad"})");
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::BadRequest);
        QCOMPARE(nam.requests.size(), 1);
    }

    void tooManyRequestsHonoursRetryAfter()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(
            CannedReply::json(
                429,
                R"({"status":"error","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})")
                .header("Retry-After", "1"));
        nam.enqueue(CannedReply::json(200, account200));
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.done(), 5000);
        QVERIFY(c.ok());
        QCOMPARE(nam.requests.size(), 2);
        QVERIFY2(nam.requests[1].atMs - nam.requests[0].atMs >= 990,
                 qPrintable(QString::number(nam.requests[1].atMs - nam.requests[0].atMs)));
        QCOMPARE(client.stats().tooManyRequests, 1);
    }

    void tenSecondlyWithoutRetryAfterWaitsTheWindow()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(
            CannedReply::json(
                429,
                R"({"status":"error","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})")
                .rate(10, 0, 400));
        nam.enqueue(CannedReply::json(200, account200).rate(10, 9, 400));
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.done(), 5000);
        QVERIFY(c.ok());
        const qint64 gap = nam.requests[1].atMs - nam.requests[0].atMs;
        QVERIFY2(gap >= 395 && gap < 2000, qPrintable(QString::number(gap)));
    }

    void tooManyRequestsPausesEveryRequest()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([&nam](const RecordedRequest &) {
            CannedReply r = nam.requests.size() == 2
                ? CannedReply::json(429, R"({"policyName":"TEN_SECONDLY_ROLLING"})")
                      .rate(50, 0, 500)
                      .header("Retry-After", "1")
                : CannedReply::json(200, account200).rate(50, 40, 500);
            r.delayMs = 20;
            return r;
        });
        HubSpotClient client(&nam, fastConfig());
        int answered = 0;
        for (int i = 0; i < 12; ++i)
            client.accountDetails(this, [&answered](auto r) { answered += r.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 12, 5000);
        // Requests sent before the 429 arrived are fine; after it, nothing for a second.
        const qint64 at429 = nam.requests[1].atMs;
        int after = 0;
        for (int i = 2; i < nam.requests.size(); ++i) {
            const qint64 t = nam.requests[i].atMs;
            QVERIFY2(t <= at429 + 25 || t >= at429 + 990, qPrintable(QString::number(t - at429)));
            after += t >= at429 + 990 ? 1 : 0;
        }
        QVERIFY(after >= 1);
    }

    void dailyLimitIsFatalAndNotRetried()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) {
            return CannedReply::json(
                429,
                R"({"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","policyName":"DAILY"})");
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::Fatal);
        QCOMPARE(c.error().fatalReason, FatalReason::DailyLimit);
        QCOMPARE(nam.requests.size(), 1);
    }

    void timeoutOfReadIsRetried()
    {
        FakeNetworkAccessManager nam;
        CannedReply hang;
        hang.hang = true;
        nam.enqueue(hang);
        nam.enqueue(CannedReply::json(200, account200));
        ClientConfig config = fastConfig();
        config.timeoutMs = 100;
        HubSpotClient client(&nam, config);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(c.ok());
        QCOMPARE(nam.requests[0].transferTimeout, 100);
        QCOMPARE(nam.requests.size(), 2);
    }

    void timeoutEverytimeEndsAsRetryableTimeout()
    {
        FakeNetworkAccessManager nam;
        CannedReply hang;
        hang.hang = true;
        nam.setHandler([hang](const RecordedRequest &) { return hang; });
        ClientConfig config = fastConfig();
        config.timeoutMs = 50;
        config.maxRetries = 1;
        HubSpotClient client(&nam, config);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::Retryable);
        QCOMPARE(c.error().network, NetworkFailure::Timeout);
    }

    void droppedConnectionOfReadIsRetried()
    {
        FakeNetworkAccessManager nam;
        CannedReply reset;
        reset.error = QNetworkReply::RemoteHostClosedError;
        nam.enqueue(reset);
        nam.enqueue(CannedReply::json(200, account200));
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(c.ok());
        QCOMPARE(client.stats().networkErrors, 1);
    }

    void malformedBodyOfReadIsRetriedThenParseError()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler(
            [](const RecordedRequest &) { return CannedReply::json(200, "{\"portalId\":1,"); });
        ClientConfig config = fastConfig();
        config.maxRetries = 2;
        HubSpotClient client(&nam, config);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::Parse);
        QCOMPARE(nam.requests.size(), 3);
    }

    void tlsFailureIsFatalNotRetried()
    {
        FakeNetworkAccessManager nam;
        CannedReply tls;
        tls.error = QNetworkReply::SslHandshakeFailedError;
        nam.setHandler([tls](const RecordedRequest &) { return tls; });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().fatalReason, FatalReason::Tls);
        QCOMPARE(nam.requests.size(), 1);
    }

    void lostEnrollAnswerFoundEnrolledIsRecoveredWithoutSecondPost()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &r) {
            if (isPost(r)) {
                CannedReply hang;
                hang.hang = true;
                return hang;
            }
            return CannedReply::json(200, enrollmentOf("42"));
        });
        ClientConfig config = fastConfig();
        config.timeoutMs = 80;
        HubSpotClient client(&nam, config);
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY2(c.ok(), qPrintable(c.error().summary()));
        QVERIFY(c.value().recovered);
        QCOMPARE(c.value().id, QStringLiteral("777"));
        QCOMPARE(count(nam, isPost), 1);
        QCOMPARE(nam.requests.size(), 2);
        QCOMPARE(nam.requests[1].url.path(),
                 QStringLiteral("/automation/sequences/2026-09/enrollments/contact/101"));
        QCOMPARE(client.stats().recoveredEnrollments, 1);
    }

    void enrollWithoutFirstByteIsCheckedNotReposted()
    {
        // The POST went out (requestSent) and no answer began within the first-byte
        // timeout: HubSpot may have applied it, so the enrollment is read, not posted again.
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &r) {
            if (isPost(r)) {
                CannedReply silent;
                silent.hang = true;
                silent.sendsRequest = true;
                return silent;
            }
            return CannedReply::json(200, enrollmentOf("42"));
        });
        ClientConfig config = fastConfig(20000);
        config.firstByteTimeoutMs = 80;
        HubSpotClient client(&nam, config);
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.done(), 5000);
        QVERIFY2(c.ok(), qPrintable(c.error().summary()));
        QVERIFY(c.value().recovered);
        QCOMPARE(count(nam, isPost), 1);
        QCOMPARE(nam.requests.size(), 2);
    }

    void enrollWithoutFirstByteAndNoCheckIsOutcomeUnknown()
    {
        FakeNetworkAccessManager nam;
        CannedReply silent;
        silent.hang = true;
        silent.sendsRequest = true;
        nam.setHandler([silent](const RecordedRequest &) { return silent; });
        ClientConfig config = fastConfig(20000);
        config.firstByteTimeoutMs = 80;
        config.maxRetries = 0;
        HubSpotClient client(&nam, config);
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.done(), 5000);
        QCOMPARE(c.error().network, NetworkFailure::Timeout);
        QCOMPARE(c.error().timeoutPhase, TimeoutPhase::FirstByte);
        QVERIFY(c.error().outcomeUnknown);
        QCOMPARE(count(nam, isPost), 1);
        const QString text = c.error().describe();
        QVERIFY2(text.contains(QLatin1String("did not answer within"))
                     && text.contains(QLatin1String("may have enrolled the contact")),
                 qPrintable(text));
    }

    void lostEnrollAnswerNotEnrolledPostsAgain()
    {
        FakeNetworkAccessManager nam;
        int posts = 0;
        nam.setHandler([&posts](const RecordedRequest &r) {
            if (isPost(r)) {
                if (++posts == 1) {
                    CannedReply reset;
                    reset.error = QNetworkReply::RemoteHostClosedError;
                    return reset;
                }
                return CannedReply::json(200, enrolled200);
            }
            return CannedReply::json(
                404,
                R"({"status":"error","category":"OBJECT_NOT_FOUND","message":"Contact 101 is not enrolled in a sequence"})");
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(c.ok());
        QVERIFY(!c.value().recovered);
        QCOMPARE(c.value().id, QStringLiteral("555"));
        QCOMPARE(posts, 2);
        QCOMPARE(nam.requests[1].verb, QByteArray("GET")); // checked before the second POST
    }

    void lostEnrollAnswerEnrolledElsewhereIsAlreadyEnrolled()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &r) {
            if (isPost(r))
                return CannedReply::json(503, "{}");
            return CannedReply::json(200, enrollmentOf("999"));
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::ContactVerdict);
        QCOMPARE(c.error().verdict, Verdict::AlreadyEnrolled);
        QVERIFY(c.error().message.contains(QLatin1String("999")));
        QCOMPARE(count(nam, isPost), 1);
    }

    void malformedEnroll200IsCheckedNotReposted()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &r) {
            if (isPost(r))
                return CannedReply::json(200, "{\"id\":\"555\",\"toEm");
            return CannedReply::json(200, enrollmentOf("42"));
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(c.ok());
        QVERIFY(c.value().recovered);
        QCOMPARE(count(nam, isPost), 1);
    }

    void alreadyEnrolledAfterLostAnswerIsConfirmedAsSuccess()
    {
        // The first POST was applied late (after our check said "not enrolled").
        FakeNetworkAccessManager nam;
        int posts = 0;
        int gets = 0;
        nam.setHandler([&](const RecordedRequest &r) {
            if (isPost(r)) {
                if (++posts == 1) {
                    CannedReply reset;
                    reset.error = QNetworkReply::RemoteHostClosedError;
                    return reset;
                }
                return CannedReply::json(
                    400,
                    R"({"status":"error","message":"already","errorType":"SequenceError.ALREADY_ENROLLED"})");
            }
            if (++gets == 1)
                return CannedReply::json(
                    404,
                    R"({"status":"error","category":"OBJECT_NOT_FOUND","message":"not enrolled"})");
            return CannedReply::json(200, enrollmentOf("42"));
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY2(c.ok(), qPrintable(c.error().summary()));
        QVERIFY(c.value().recovered);
        QCOMPARE(posts, 2);
    }

    void alreadyEnrolledAnswerOfHiddenResendIsConfirmedAsSuccess()
    {
        // Qt resent the POST after the server dropped the connection; the first copy was
        // applied, so the answer we see is ALREADY_ENROLLED although we enrolled it.
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &r) {
            if (isPost(r))
                return CannedReply::json(
                    400,
                    R"({"status":"error","message":"already","errorType":"SequenceError.ALREADY_ENROLLED"})");
            return CannedReply::json(200, enrollmentOf("42"));
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY2(c.ok(), qPrintable(c.error().summary()));
        QVERIFY(c.value().recovered);
        QCOMPARE(count(nam, isPost), 1);
    }

    void alreadyEnrolledInThisSequenceBeforeTheCallStaysVerdict()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &r) {
            if (isPost(r))
                return CannedReply::json(
                    400,
                    R"({"status":"error","message":"already","subCategory":"SequenceError.ALREADY_ENROLLED","category":"VALIDATION_ERROR"})");
            return CannedReply::json(200, enrollmentOf("42", true));
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().verdict, Verdict::AlreadyEnrolled);
        QCOMPARE(c.error().httpStatus, 400);
        QVERIFY(c.error().message.contains(QLatin1String("this sequence")));
    }

    void enrollVerdictIsNeitherRetriedNorChecked()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) {
            return CannedReply::json(
                400,
                R"({"status":"error","message":"x","errorType":"SequenceError.UNSUBSCRIBED"})");
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().verdict, Verdict::Unsubscribed);
        QCOMPARE(nam.requests.size(), 1);
    }

    void enrollRateLimitedIsRetriedWithoutCheck()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(
            CannedReply::json(429, R"({"policyName":"TEN_SECONDLY_ROLLING"})").rate(10, 0, 100));
        nam.enqueue(CannedReply::json(200, enrolled200).rate(10, 9, 100));
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(c.ok());
        QCOMPARE(count(nam, isPost), 2);
        QCOMPARE(nam.requests.size(), 2);
    }

    void tokenNeverAppearsInErrorsOrLogs()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("seqdesk.hubspot.debug=true"));
        const auto previous = qInstallMessageHandler(captureMessages);
        FakeNetworkAccessManager nam;
        CannedReply reset;
        reset.error = QNetworkReply::RemoteHostClosedError;
        reset.errorText = QStringLiteral("closed while sending Authorization: Bearer ") + token
            + QStringLiteral(" raw ") + token;
        nam.enqueue(reset);
        nam.enqueue(CannedReply::json(
            400,
            QByteArrayLiteral("{\"category\":\"VALIDATION_ERROR\",\"message\":\"bad token ")
                + token.toUtf8() + "\"}"));
        ClientConfig config = fastConfig();
        HubSpotClient client(&nam, config);
        client.setAccessToken(token);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(c.error().kind, ErrorKind::BadRequest);
        const QStringList texts {c.error().message, c.error().describe(), c.error().summary(),
                                 QString::fromUtf8(c.error().rawBody)};
        for (const QString &text : texts)
            QVERIFY2(!text.contains(token), qPrintable(text));
        QMutexLocker lock(&g_messagesMutex);
        QVERIFY(!g_messages.isEmpty()); // the retry was logged
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!message.contains(token), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestHubSpotScheduler)
#include "tst_hubspotscheduler.moc"
