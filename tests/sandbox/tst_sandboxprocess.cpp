// The seqdesk-sandbox executable: first stdout line is the base URL, it serves, it quits on
// SIGTERM, and bad flags exit 2 naming the flag.
#include "HttpProbe.h"

#include <QProcess>
#include <QTest>

class TestSandboxProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsItsUrlFirstAndServesUntilTerminated();
    void badFlagsExitWithTwoNamingTheFlag_data();
    void badFlagsExitWithTwoNamingTheFlag();
    void helpExitsWithZero();
};

static const QString executable = QStringLiteral(SEQDESK_SANDBOX_EXECUTABLE);

void TestSandboxProcess::printsItsUrlFirstAndServesUntilTerminated()
{
    QProcess process;
    process.start(executable,
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                   QStringLiteral("5"), QStringLiteral("--contacts"), QStringLiteral("200")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QUrl url(QString::fromUtf8(process.readLine()).trimmed());
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    HttpProbe probe(url);
    const ProbeResult r = probe.get(QStringLiteral("/account-info/2026-03/details"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.contains(QStringLiteral("portalId")));
    QCOMPARE(
        probe.get(QStringLiteral("/_sandbox/summary")).json.value(QStringLiteral("seed")).toInt(),
        5);
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxProcess::badFlagsExitWithTwoNamingTheFlag_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("flag");
    QTest::newRow("fail rate") << QStringList {QStringLiteral("--fail-rate"), QStringLiteral("2")}
                               << QStringLiteral("--fail-rate");
    QTest::newRow("port") << QStringList {QStringLiteral("--port"), QStringLiteral("abc")}
                          << QStringLiteral("--port");
    QTest::newRow("unknown") << QStringList {QStringLiteral("--nope")} << QStringLiteral("nope");
    QTest::newRow("list growth shape")
        << QStringList {QStringLiteral("--list-growth"), QStringLiteral("5")}
        << QStringLiteral("--list-growth");
    QTest::newRow("list growth of no dynamic list") // known only once the portal exists
        << QStringList {QStringLiteral("--list-growth"), QStringLiteral("999999:5/10")}
        << QStringLiteral("--list-growth");
}

void TestSandboxProcess::badFlagsExitWithTwoNamingTheFlag()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, flag);
    QProcess process;
    process.start(executable, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(flag), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestSandboxProcess::helpExitsWithZero()
{
    QProcess process;
    process.start(executable, {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY(out.contains("--rate-window-ms"));
    QVERIFY(out.contains("--list-growth"));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
