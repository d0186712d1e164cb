// After real runs of seqdesk-cli (token saved to and read from the real Secret Service,
// a rejected token, JSON and table output), no file under HOME (app data, config, cache,
// logs, the keyring itself) and no captured output contains the token, in plain text or
// base64. Run by tests/support/with-keychain.sh, which gives this test a private HOME.
#include "sandbox/SandboxThread.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace SeqDesk;

class TestNoTokenLeak final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokenIsStoredInTheKeychainAndUsedFromThere();
    void rejectedTokenIsNotEchoed();
    void tokenOnTheCommandLineIsHiddenFromPsAndWarnedAbout();
    void noFileAndNoOutputContainsTheToken();

private:
    struct Output
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Output cli(const QStringList &args, const QString &envToken = QString());

    std::unique_ptr<Sandbox::SandboxThread> m_sandbox;
    QString m_token;
    QString m_home;
    QList<QByteArray> m_captured;
};

void TestNoTokenLeak::initTestCase()
{
    m_home = QDir::homePath();
    QVERIFY2(m_home.contains(QStringLiteral("seqdesk-keyring")),
             "run me through tests/support/with-keychain.sh (private HOME)");
    m_token = QStringLiteral("pat-na1-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Sandbox::SandboxConfig config;
    config.token = m_token;
    m_sandbox = std::make_unique<Sandbox::SandboxThread>(config);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

TestNoTokenLeak::Output TestNoTokenLeak::cli(const QStringList &args, const QString &envToken)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HUBSPOT_ACCESS_TOKEN"));
    if (!envToken.isEmpty())
        env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), envToken);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SEQDESK_CLI_PATH),
            QStringList {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()} + args);
    Output o;
    if (!p.waitForFinished(30000))
        return o;
    o.exitCode = p.exitCode();
    o.out = p.readAllStandardOutput();
    o.err = p.readAllStandardError();
    m_captured << o.out << o.err;
    return o;
}

void TestNoTokenLeak::tokenIsStoredInTheKeychainAndUsedFromThere()
{
    const Output stored = cli({QStringLiteral("--store-token")}, m_token);
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    // No token in the environment or on the command line: it can only come from the keychain.
    const Output listed = cli({QStringLiteral("--portal-id"), QStringLiteral("4242424"),
                               QStringLiteral("--list-sequences"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY(listed.out.contains("\"sequences\""));
    const Output table = cli({QStringLiteral("--portal-id"), QStringLiteral("4242424"),
                              QStringLiteral("--list-sequences")});
    QCOMPARE(table.exitCode, 0);
}

void TestNoTokenLeak::rejectedTokenIsNotEchoed()
{
    const Output rejected = cli({QStringLiteral("--list-sequences"), QStringLiteral("--token"),
                                 m_token + QStringLiteral("x")});
    QCOMPARE(rejected.exitCode, 3);
    QVERIFY(!rejected.err.isEmpty());
}

void TestNoTokenLeak::tokenOnTheCommandLineIsHiddenFromPsAndWarnedAbout()
{
    // Slow answers keep the process alive after it printed its warning (before any request).
    QCOMPARE(m_sandbox->applyControl(
                 {{QStringLiteral("settings"), QJsonObject {{QStringLiteral("latencyMs"), 1500}}}}),
             200);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HUBSPOT_ACCESS_TOKEN"));
    p.setProcessEnvironment(env);
    p.setReadChannel(QProcess::StandardError);
    p.start(QStringLiteral(SEQDESK_CLI_PATH),
            {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
             QStringLiteral("--token=") + m_token, QStringLiteral("--list-sequences")});
    QVERIFY(p.waitForStarted());
    QByteArray err;
    while (!err.contains('\n') && p.waitForReadyRead(30000))
        err += p.readAllStandardError();
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(p.processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray seen = cmdline.readAll(); // what ps shows while it runs
    QVERIFY2(p.state() == QProcess::Running, "it should still wait for the sandbox");
    QVERIFY2(seen.contains("--token=***"), seen.constData());
    QVERIFY(!seen.contains(m_token.toUtf8().mid(8)));
    QVERIFY2(err.startsWith("Warning: a token given with --token can be read by other users"),
             err.constData());
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    m_captured << err << p.readAllStandardError() << p.readAllStandardOutput();
    QCOMPARE(m_sandbox->applyControl(
                 {{QStringLiteral("settings"), QJsonObject {{QStringLiteral("latencyMs"), 0}}}}),
             200);
}

void TestNoTokenLeak::noFileAndNoOutputContainsTheToken()
{
    const QByteArray plain = m_token.toUtf8();
    const QByteArray b64 = plain.toBase64();
    // The secret part alone, in case something trims the prefix.
    const QByteArray tail = plain.mid(8);

    for (const QByteArray &captured : std::as_const(m_captured)) {
        QVERIFY(!captured.contains(tail));
        QVERIFY(!captured.contains(b64));
    }

    int files = 0;
    bool sawLog = false;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        ++files;
        if (path.endsWith(QLatin1String("seqdesk-cli.log"))) {
            sawLog = true;
            QVERIFY2(content.contains("connecting to"), "the log should record the runs");
        }
        QVERIFY2(!content.contains(tail), qPrintable(QStringLiteral("token found in ") + path));
        QVERIFY2(!content.contains(b64), qPrintable(QStringLiteral("base64 token in ") + path));
    }
    QVERIFY2(sawLog, "seqdesk-cli wrote no log file: the scan would prove nothing");
    QVERIFY(files >= 2); // at least the log and the keyring
}

QTEST_GUILESS_MAIN(TestNoTokenLeak)
#include "tst_notokenleak.moc"
