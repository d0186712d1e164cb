// seqdesk-cli's behaviour, run in-process against the sandbox over loopback.
#include "cli/CliRunner.h"
#include "hubspot/ClientConfig.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace SeqDesk;
using namespace SeqDesk::Cli;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliRunner final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsEveryUsersSequencesOnce();
    void jsonListsTheSameSequencesAsTheSandboxHolds();
    void userIdListsOnlyThatUsersSequences();
    void legacyPathsGiveTheSameList();
    void tokenMayComeFromTheEnvironment();
    void noTokenIsAUsageError();
    void rejectedTokenExitsWithThreeAndIsNeverEchoed();
    void missingScopeExitsWithThreeAndNamesTheScope();
    void unknownUserIsABadInput();
    void unreachableServerExitsWithFour();
    void storedTokenIsReadBackByPortalId();
    void unavailableKeychainFailsWithoutFallback();

private:
    Run run(QStringList args, const QString &envToken = QString());
    QStringList base() const;

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<Secrets::MemorySecretStore> m_secrets;
    QString m_token;
};

void TestCliRunner::init()
{
    Sandbox::SandboxConfig config;
    m_token = config.token;
    m_server = std::make_unique<Sandbox::SandboxServer>(config);
    QVERIFY(m_server->start());
    m_secrets = std::make_unique<Secrets::MemorySecretStore>();
}

void TestCliRunner::cleanup()
{
    m_server.reset();
}

QStringList TestCliRunner::base() const
{
    return {QStringLiteral("--base-url"), m_server->baseUrl().toString()};
}

Run TestCliRunner::run(QStringList args, const QString &envToken)
{
    args.prepend(QStringLiteral("seqdesk-cli"));
    const CliParseResult parsed = parseCliArguments(args);
    Run r;
    if (!parsed.options) {
        r.exitCode = ExitUsage;
        r.err = parsed.error;
        return r;
    }
    QNetworkAccessManager nam;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliRunner runner(&nam, m_secrets.get(), out, err);
    runner.setClientTuning([](HubSpot::ClientConfig &c) {
        c.maxRetries = 1;
        c.backoffBaseMs = 5;
        c.backoffCapMs = 20;
        c.timeoutMs = 3000;
    });
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.run(*parsed.options, parsed.helpText, envToken);
    if (finished.isEmpty() && !finished.wait(20000))
        return r;
    r.exitCode = finished.first().first().toInt();
    return r;
}

void TestCliRunner::listsEveryUsersSequencesOnce()
{
    const Run r
        = run(base() << QStringLiteral("--token") << m_token << QStringLiteral("--list-sequences"));
    QCOMPARE(r.exitCode, int(ExitOk));
    const int total = int(m_server->state().data().sequences.size());
    QVERIFY2(r.out.startsWith(QStringLiteral("Portal ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral(": %1 sequences,").arg(total)), qPrintable(r.out));
    for (const auto &s : m_server->state().data().sequences)
        QCOMPARE(r.out.count(QString::number(s.id)), 1);
}

void TestCliRunner::jsonListsTheSameSequencesAsTheSandboxHolds()
{
    const Run r = run(base() << QStringLiteral("--token") << m_token
                             << QStringLiteral("--list-sequences") << QStringLiteral("--json"));
    QCOMPARE(r.exitCode, int(ExitOk));
    QJsonParseError e;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &e).object();
    QCOMPARE(e.error, QJsonParseError::NoError);
    const QJsonArray seqs = root.value(QStringLiteral("sequences")).toArray();
    QCOMPARE(seqs.size(), m_server->state().data().sequences.size());
    QCOMPARE(root.value(QStringLiteral("count")).toInt(), int(seqs.size()));
    QSet<QString> ids;
    for (const QJsonValue &v : seqs) {
        const QJsonObject o = v.toObject();
        ids.insert(o.value(QStringLiteral("id")).toString());
        QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("visibleToUserIds")).toArray().isEmpty());
    }
    QCOMPARE(ids.size(), seqs.size());
}

void TestCliRunner::userIdListsOnlyThatUsersSequences()
{
    const auto &data = m_server->state().data();
    const qint64 user = *data.owners.at(0).userId;
    int expected = 0;
    for (const auto &s : data.sequences)
        expected += (s.shared || s.userId == user) ? 1 : 0;
    const Run r = run(base() << QStringLiteral("--token") << m_token
                             << QStringLiteral("--list-sequences") << QStringLiteral("--json")
                             << QStringLiteral("--user-id") << QString::number(user));
    QCOMPARE(r.exitCode, int(ExitOk));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("count")).toInt(), expected);
}

void TestCliRunner::legacyPathsGiveTheSameList()
{
    const QStringList args = base()
        << QStringLiteral("--token") << m_token << QStringLiteral("--list-sequences")
        << QStringLiteral("--json");
    const Run dated = run(args);
    const Run legacy
        = run(QStringList(args) << QStringLiteral("--api-version") << QStringLiteral("v4"));
    QCOMPARE(legacy.exitCode, int(ExitOk));
    QCOMPARE(legacy.out, dated.out);
    QVERIFY(m_server->stats().requests.value(QStringLiteral("sequences.list")) > 0);
}

void TestCliRunner::tokenMayComeFromTheEnvironment()
{
    const Run r = run(base() << QStringLiteral("--list-sequences"), m_token);
    QCOMPARE(r.exitCode, int(ExitOk));
}

void TestCliRunner::noTokenIsAUsageError()
{
    const Run r = run(base() << QStringLiteral("--list-sequences"));
    QCOMPARE(r.exitCode, int(ExitUsage));
    QVERIFY(r.err.contains(QStringLiteral("HUBSPOT_ACCESS_TOKEN")));
}

void TestCliRunner::rejectedTokenExitsWithThreeAndIsNeverEchoed()
{
    const QString wrong = QStringLiteral("pat-na1-deadbeef-0000-0000-0000-000000000bad");
    const Run r
        = run(base() << QStringLiteral("--token") << wrong << QStringLiteral("--list-sequences"));
    QCOMPARE(r.exitCode, int(ExitAuth));
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!r.err.contains(wrong));
    QVERIFY(!r.out.contains(wrong));
}

void TestCliRunner::missingScopeExitsWithThreeAndNamesTheScope()
{
    QStringList scopes = Sandbox::SandboxConfig::allScopes();
    scopes.removeAll(QStringLiteral("automation.sequences.read"));
    m_server->setGrantedScopes(scopes);
    const Run r
        = run(base() << QStringLiteral("--token") << m_token << QStringLiteral("--list-sequences"));
    QCOMPARE(r.exitCode, int(ExitAuth));
    QVERIFY2(r.err.contains(QStringLiteral("automation.sequences.read")), qPrintable(r.err));
}

void TestCliRunner::unknownUserIsABadInput()
{
    const Run r
        = run(base() << QStringLiteral("--token") << m_token << QStringLiteral("--list-sequences")
                     << QStringLiteral("--user-id") << QStringLiteral("999"));
    QCOMPARE(r.exitCode, int(ExitUsage));
    QVERIFY(!r.err.isEmpty());
}

void TestCliRunner::unreachableServerExitsWithFour()
{
    const QStringList args = base();
    m_server.reset(); // nothing listens on that port any more
    const Run r = run(QStringList(args) << QStringLiteral("--token") << m_token
                                        << QStringLiteral("--list-sequences"));
    QCOMPARE(r.exitCode, int(ExitNetwork));
    QVERIFY(!r.err.isEmpty());
}

void TestCliRunner::storedTokenIsReadBackByPortalId()
{
    const Run store = run(base() << QStringLiteral("--store-token"), m_token);
    QCOMPARE(store.exitCode, int(ExitOk));
    QVERIFY2(store.out.contains(QStringLiteral("4242424")), qPrintable(store.out));
    QVERIFY(!store.out.contains(m_token));
    QCOMPARE(m_secrets->size(), 1);

    const Run list = run(base() << QStringLiteral("--portal-id") << QStringLiteral("4242424")
                                << QStringLiteral("--list-sequences"));
    QCOMPARE(list.exitCode, int(ExitOk));
    const Run other = run(base() << QStringLiteral("--portal-id") << QStringLiteral("1")
                                 << QStringLiteral("--list-sequences"));
    QCOMPARE(other.exitCode, int(ExitAuth));
    QVERIFY(other.err.contains(QStringLiteral("--store-token")));
}

void TestCliRunner::unavailableKeychainFailsWithoutFallback()
{
    m_secrets->setAvailable(false);
    const Run store
        = run(base() << QStringLiteral("--store-token") << QStringLiteral("--token") << m_token);
    QCOMPARE(store.exitCode, int(ExitNetwork));
    QVERIFY(store.err.contains(QStringLiteral("keychain")));
    QCOMPARE(m_secrets->size(), 0);
}

QTEST_GUILESS_MAIN(TestCliRunner)
#include "tst_clirunner.moc"
