// The client's timeouts: what one try waits for (connect, first byte, the rest of the
// answer) and how long a request is retried. Real loopback servers that accept and never
// answer, stall mid-answer or answer slowly, and the fake network for the connect phase.
// Limits are shortened in ClientConfig; assertions compare with them, never with a clock.
#include "hubspot/HubSpotClient.h"

#include "ClientFixtures.h"
#include "FakeNetwork.h"
#include "ResultCatcher.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

using namespace SeqDesk::HubSpot;
using namespace ClientFixtures;

namespace {

// A loopback HTTP server that misbehaves in one way: Silent accepts the connection and
// reads the request but never writes; Stall sends the headers and half the body, then
// nothing; Drip sends the headers at once and the body in small pieces, one every 40 ms.
class LoopbackServer final : public QTcpServer
{
public:
    enum class Mode { Silent, Stall, Drip };

    explicit LoopbackServer(Mode mode)
        : m_mode(mode)
    {
        if (!listen(QHostAddress::LocalHost))
            qFatal("cannot listen on loopback: %s", qPrintable(errorString()));
        connect(this, &QTcpServer::newConnection, this, &LoopbackServer::acceptAll);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int requests = 0; // connections that sent a request (one try each)

private:
    void acceptAll()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                socket->readAll();
                if (socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                ++requests;
                answer(socket);
            });
        }
    }

    void answer(QTcpSocket *socket)
    {
        const QByteArray body = account200;
        const QByteArray head = QByteArrayLiteral("HTTP/1.1 200 OK\r\n"
                                                  "Content-Type: application/json\r\n"
                                                  "Content-Length: ")
            + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n");
        switch (m_mode) {
        case Mode::Silent:
            return;
        case Mode::Stall:
            socket->write(head + body.left(body.size() / 2));
            return;
        case Mode::Drip: {
            socket->write(head);
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent = 0]() mutable {
                socket->write(body.mid(sent, 5));
                sent += 5;
                if (sent >= body.size())
                    timer->stop();
            });
            timer->start(40);
            return;
        }
        }
    }

    Mode m_mode;
};

ClientConfig configFor(const QUrl &url)
{
    ClientConfig c = fastConfig();
    c.baseUrl = url;
    c.maxRetries = 10; // the budget, not the count, ends the retries below
    return c;
}

} // namespace

class TestHubSpotTimeouts final : public QObject
{
    Q_OBJECT

private slots:
    void silentServerIsGivenUpWithinTheRetryBudget()
    {
        LoopbackServer server(LoopbackServer::Mode::Silent);
        ClientConfig config = configFor(server.url());
        config.firstByteTimeoutMs = 200;
        config.timeoutMs = 3000;
        config.retryBudgetMs = 1000;
        QNetworkAccessManager nam;
        HubSpotClient client(&nam, config);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.done(), 8000);
        const ApiError e = c.error();
        QCOMPARE(e.kind, ErrorKind::Retryable);
        QCOMPARE(e.network, NetworkFailure::Timeout);
        QCOMPARE(e.timeoutPhase, TimeoutPhase::FirstByte);
        QCOMPARE(e.timeoutLimitMs, qint64(config.firstByteTimeoutMs));
        // Each try waits at least 200 ms and none starts unless its 200 ms fit in the
        // budget: at most (1000 - 200) / 200 + 1 = 5 tries; a busy machine may fit fewer.
        QVERIFY2(e.attempts >= 2 && e.attempts <= 5, qPrintable(QString::number(e.attempts)));
        QCOMPARE(server.requests, e.attempts);
        QVERIFY2(e.elapsedMs >= qint64(e.attempts) * config.firstByteTimeoutMs,
                 qPrintable(QString::number(e.elapsedMs)));
        // The last try started within the budget less its 200 ms; slack for a late timer.
        QVERIFY2(e.elapsedMs <= config.retryBudgetMs + 2000,
                 qPrintable(QString::number(e.elapsedMs)));
        const QString text = e.describe();
        qInfo().noquote() << text;
        QVERIFY2(text.contains(QLatin1String("accepted the connection but did not answer within"))
                     && text.contains(QStringLiteral("(%1 tr").arg(e.attempts)),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("tries again")), qPrintable(text));
    }

    void stalledAnswerIsTimedOutAsIdle()
    {
        LoopbackServer server(LoopbackServer::Mode::Stall);
        ClientConfig config = configFor(server.url());
        config.maxRetries = 1;
        config.firstByteTimeoutMs = 5000;
        config.timeoutMs = 300;
        QNetworkAccessManager nam;
        HubSpotClient client(&nam, config);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.done(), 8000);
        const ApiError e = c.error();
        QCOMPARE(e.network, NetworkFailure::Timeout);
        QCOMPARE(e.timeoutPhase, TimeoutPhase::Idle);
        QCOMPARE(e.timeoutLimitMs, qint64(config.timeoutMs));
        QCOMPARE(e.attempts, 2);
        QCOMPARE(server.requests, 2);
        QVERIFY2(e.describe().contains(QLatin1String("answer stopped arriving")),
                 qPrintable(e.describe()));
    }

    void slowAnswerThatKeepsArrivingIsNotCut()
    {
        // About 1.7 s of answer, five bytes every 40 ms: longer than the first-byte timeout,
        // the idle timeout and the retry budget together, and never idle.
        LoopbackServer server(LoopbackServer::Mode::Drip);
        ClientConfig config = configFor(server.url());
        config.firstByteTimeoutMs = 300;
        config.timeoutMs = 1500;
        config.retryBudgetMs = 400;
        QNetworkAccessManager nam;
        HubSpotClient client(&nam, config);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.done(), 15000);
        QVERIFY2(c.ok(), qPrintable(c.error().summary()));
        QCOMPARE(c.value().portalId, 1);
        QCOMPARE(server.requests, 1);
    }

    void connectionThatNeverComesUpIsTimedOutAsConnect()
    {
        FakeNetworkAccessManager nam;
        CannedReply connecting;
        connecting.hang = true;
        connecting.startsConnecting = true;
        nam.setHandler([connecting](const RecordedRequest &) { return connecting; });
        ClientConfig config = fastConfig(20000);
        config.connectTimeoutMs = 100;
        config.maxRetries = 1;
        HubSpotClient client(&nam, config);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.done(), 5000);
        const ApiError e = c.error();
        QCOMPARE(e.network, NetworkFailure::Timeout);
        QCOMPARE(e.timeoutPhase, TimeoutPhase::Connect);
        QCOMPARE(e.timeoutLimitMs, qint64(100));
        QCOMPARE(e.attempts, 2);
        QCOMPARE(nam.requests.size(), 2);
        QVERIFY2(e.describe().contains(QLatin1String("could not connect to HubSpot within")),
                 qPrintable(e.describe()));
    }

    void retryBudgetAlsoEndsServerErrors()
    {
        // 503 after 503: each retry needs room for a whole first-byte wait in the budget.
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) { return CannedReply::json(503, "{}"); });
        ClientConfig config = fastConfig();
        config.maxRetries = 10;
        config.firstByteTimeoutMs = 1000;
        config.retryBudgetMs = 500; // not even one retry fits
        HubSpotClient client(&nam, config);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().httpStatus, 503);
        QCOMPARE(c.error().attempts, 1);
        QCOMPARE(nam.requests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHubSpotTimeouts)
#include "tst_hubspottimeouts.moc"
