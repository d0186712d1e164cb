// seqdesk-cli --mcp takes its token from the real system keychain (--portal-id), as every
// other command: the assistant never gives or sees it. Runs in a private D-Bus session with
// an unlocked gnome-keyring (tests/support/with-keychain.sh).
#include "McpHarness.h"

using namespace McpTest;

class TestMcpKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void serverReadsTheTokenFromTheKeychainAndNeverShowsIt();
    void serverWithoutATokenSaysSoOnStderrOnly();
};

void TestMcpKeychain::serverReadsTheTokenFromTheKeychainAndNeverShowsIt()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    Sandbox sandbox;
    QVERIFY(sandbox.start());
    // Once: the token into the keychain, under its portal id.
    QProcess store;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), kToken);
    store.setProcessEnvironment(env);
    store.start(
        binary("seqdesk-cli"),
        {QStringLiteral("--store-token"), QStringLiteral("--base-url"), sandbox.base.toString()});
    QVERIFY(store.waitForFinished(60000));
    QVERIFY2(store.exitCode() == 0, store.readAllStandardError().constData());
    const QString portalId = QStringLiteral("4242424"); // the sandbox's portal

    Server server;
    QVERIFY(
        server.start(home.path(), sandbox.base, {QStringLiteral("--portal-id"), portalId}, false));
    QCOMPARE(server.initialize().value(QStringLiteral("protocolVersion")).toString(),
             QStringLiteral("2025-11-25"));
    const QJsonObject lists = server.call(QStringLiteral("list_contact_lists"));
    QVERIFY2(!isError(lists), qPrintable(text(lists)));
    const QJsonObject preview = server.call(
        QStringLiteral("preview_enrollment"),
        {{QStringLiteral("sequenceId"), sandbox.sequence()},
         {QStringLiteral("senderEmail"), sandbox.sender()},
         {QStringLiteral("emails"), QJsonArray {QStringLiteral("nobody@example.com")}}});
    QVERIFY2(!isError(preview), qPrintable(text(preview)));
    server.process.closeWriteChannel();
    QVERIFY(server.process.waitForFinished(30000));
    server.pump(0);
    QCOMPARE(server.process.exitCode(), 0);
    QVERIFY(server.badLines.isEmpty());
    // Neither what the assistant reads nor the logs hold the token.
    const QByteArray err = server.process.readAllStandardError();
    QVERIFY(!server.everything.isEmpty());
    QVERIFY(!server.everything.contains(kToken.toUtf8()));
    QVERIFY(!err.contains(kToken.toUtf8()));
}

void TestMcpKeychain::serverWithoutATokenSaysSoOnStderrOnly()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    Server server;
    QVERIFY(server.start(home.path(), QUrl(QStringLiteral("http://127.0.0.1:9")),
                         {QStringLiteral("--portal-id"), QStringLiteral("99")}, false));
    QVERIFY(server.process.waitForFinished(30000));
    QCOMPARE(server.process.exitCode(), 3); // authentication: no token for that portal
    QVERIFY(server.process.readAllStandardOutput().isEmpty());
    QVERIFY(server.process.readAllStandardError().contains("--store-token"));
}

QTEST_GUILESS_MAIN(TestMcpKeychain)
#include "tst_mcpkeychain.moc"
