// The scheduler's limits at the QNetworkAccessManager seam: Retry-After beyond
// ClientConfig::maxRetryAfterMs, silent resends after a closed connection, and which
// failures count as answers without rate headers.
#include "hubspot/HubSpotClient.h"

#include "ClientFixtures.h"
#include "FakeClock.h"
#include "FakeNetwork.h"
#include "ResultCatcher.h"

#include <QtTest>

using namespace SeqDesk::HubSpot;
using namespace ClientFixtures;

namespace {

CannedReply failure(QNetworkReply::NetworkError error)
{
    CannedReply r;
    r.error = error;
    return r;
}

} // namespace

class TestHubSpotLimits final : public QObject
{
    Q_OBJECT

private slots:
    void retryAfterBeyondTheMaximumFailsWithoutWaiting_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("maxRetryAfterMs");
        QTest::addColumn<qint64>("expectedRetryAfterMs");
        const qint64 defaultMax = ClientConfig().maxRetryAfterMs;
        QTest::newRow("429 one hour") << 429 << QByteArray("3600") << defaultMax << qint64(3600000);
        QTest::newRow("503 one hour") << 503 << QByteArray("3600") << defaultMax << qint64(3600000);
        QTest::newRow("429 overflowing")
            << 429 << QByteArray("1e300") << defaultMax << maxParsedRetryAfterMs;
        QTest::newRow("429 beyond a configured minute")
            << 429 << QByteArray("61") << qint64(60000) << qint64(61000);
    }

    void retryAfterBeyondTheMaximumFailsWithoutWaiting()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, maxRetryAfterMs);
        QFETCH(qint64, expectedRetryAfterMs);
        FakeNetworkAccessManager nam;
        nam.enqueue(CannedReply::json(status, R"({"policyName":"TEN_SECONDLY_ROLLING"})")
                        .header("Retry-After", retryAfter));
        nam.enqueue(CannedReply::json(200, account200));
        ClientConfig config = fastConfig();
        config.maxRetryAfterMs = maxRetryAfterMs;
        HubSpotClient client(&nam, config);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::Retryable);
        QCOMPARE(c.error().httpStatus, status);
        QCOMPARE(c.error().retryAfterMs, expectedRetryAfterMs);
        QCOMPARE(nam.requests.size(), 1);
        QCOMPARE(client.stats().queued, 0);
        // Nothing else is held back by that answer.
        ResultCatcher<AccountDetails> next;
        client.accountDetails(this, next.callback());
        QTRY_VERIFY(next.done());
        QVERIFY(next.ok());
    }

    void retryAfterWithinTheMaximumIsStillWaited()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(CannedReply::json(429, R"({"policyName":"TEN_SECONDLY_ROLLING"})")
                        .header("Retry-After", "0.05"));
        nam.enqueue(CannedReply::json(200, account200));
        ClientConfig config = fastConfig();
        config.maxRetryAfterMs = 1000;
        HubSpotClient client(&nam, config);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(c.ok());
        QCOMPARE(nam.requests.size(), 2);
    }

    void closedConnectionCountsTheSilentResendAgainstTheWindow()
    {
        // Window of 3 requests per 10 s. A answers with the headers; B fails with a closed
        // connection, which Qt has probably sent twice; so A, B and B's hidden copy fill
        // the window and B's retry must wait for it, even with no backoff.
        FakeNetworkAccessManager nam;
        nam.enqueue(CannedReply::json(200, account200).rate(3, 2, 10000));
        nam.enqueue(failure(QNetworkReply::RemoteHostClosedError));
        nam.enqueue(CannedReply::json(200, account200).rate(3, 0, 10000));
        FakeClock clock;
        ClientConfig config = fastConfig();
        config.backoffBaseMs = 0;
        config.backoffCapMs = 0;
        HubSpotClient client(&nam, config, &clock);
        ResultCatcher<AccountDetails> a, b;
        client.accountDetails(this, a.callback());
        QTRY_VERIFY(a.done());
        client.accountDetails(this, b.callback());
        QTRY_COMPARE(client.stats().retries, qint64(1));
        QCOMPARE(client.stats().suspectedResends, qint64(1));
        QCOMPARE(nam.requests.size(), 2); // the retry waits for the window
        QCOMPARE(client.stats().queued, 1);
        QVERIFY(!b.done());
        clock.advance(11000);
        client.accountDetails(this, [](Result<AccountDetails>) {}); // pumps the queue
        QTRY_VERIFY(b.done());
        QVERIFY(b.ok());
    }

    void networkFailuresDoNotCountAsAnswersWithoutRateHeaders()
    {
        // Three refused connections and one answer without headers: only the answer counts,
        // so the client stays at one request in flight (fallback needs three answers).
        FakeNetworkAccessManager nam;
        for (int i = 0; i < 3; ++i)
            nam.enqueue(failure(QNetworkReply::ConnectionRefusedError));
        nam.enqueue(CannedReply::json(200, account200));
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(c.ok());
        QCOMPARE(nam.requests.size(), 4);
        QCOMPARE(client.stats().rateLimit.allowedInFlight, 1);
    }
};

QTEST_GUILESS_MAIN(TestHubSpotLimits)
#include "tst_hubspotlimits.moc"
