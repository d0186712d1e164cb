// Option parsing (seqdesk-sandbox flags) and runtime settings documents.
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"

#include <QJsonObject>
#include <QTest>

using namespace SeqDesk::Sandbox;

class TestSandboxConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheDemoPortal();
    void flagsFillTheConfig();
    void badValuesNameTheFlag_data();
    void badValuesNameTheFlag();
    void settingsDocumentChangesOnlyGivenKeys();
    void badSettingsDocumentChangesNothing();
    void serverRefusesToStartWithSettingsOutOfRange();
};

static QStringList args(std::initializer_list<const char *> list)
{
    QStringList out {QStringLiteral("seqdesk-sandbox")};
    for (const char *a : list)
        out.append(QString::fromLatin1(a));
    return out;
}

void TestSandboxConfig::defaultsAreTheDemoPortal()
{
    QString error;
    const auto config = SandboxConfig::fromArguments(args({}), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->port, quint16(0));
    QCOMPARE(config->token, QStringLiteral("pat-na1-00000000-demo-0000-0000-000000000000"));
    QCOMPARE(config->seed, 1u);
    QCOMPARE(config->settings.rateLimit, 100);
    QCOMPARE(config->settings.rateWindowMs, 10000);
    QCOMPARE(config->settings.dailyCap, 1000);
    QVERIFY(config->settings.retryAfter);
    QVERIFY(config->settings.rateHeaders);
    QCOMPARE(config->grantedScopes.size(), 6);
    QVERIFY(
        config->grantedScopes.contains(QStringLiteral("automation.sequences.enrollments.write")));
    QVERIFY(config->grantedScopes.contains(QStringLiteral("crm.lists.write")));
    QVERIFY(config->settings.listGrowth.isEmpty());
}

void TestSandboxConfig::flagsFillTheConfig()
{
    QString error;
    const auto config = SandboxConfig::fromArguments(args({"--port",
                                                           "8080",
                                                           "--token",
                                                           "t1",
                                                           "--seed",
                                                           "9",
                                                           "--latency-ms",
                                                           "20",
                                                           "--rate-limit",
                                                           "5",
                                                           "--rate-window-ms",
                                                           "1000",
                                                           "--daily-cap",
                                                           "3",
                                                           "--fail-rate",
                                                           "0.25",
                                                           "--drop-rate",
                                                           "0.1",
                                                           "--malformed-rate",
                                                           "0",
                                                           "--truncate-rate",
                                                           "1",
                                                           "--burst-429-rate",
                                                           "0.5",
                                                           "--no-retry-after",
                                                           "--no-rate-headers",
                                                           "--endless-cursor",
                                                           "--error-shape",
                                                           "mixed",
                                                           "--owners",
                                                           "20",
                                                           "--sequences",
                                                           "10000",
                                                           "--contacts",
                                                           "12000",
                                                           "--scopes",
                                                           "crm.lists.read, oauth"}),
                                                     &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->port, quint16(8080));
    QCOMPARE(config->token, QStringLiteral("t1"));
    QCOMPARE(config->seed, 9u);
    const SandboxSettings &s = config->settings;
    QCOMPARE(s.latencyMs, 20);
    QCOMPARE(s.rateLimit, 5);
    QCOMPARE(s.rateWindowMs, 1000);
    QCOMPARE(s.dailyCap, 3);
    QCOMPARE(s.failRate, 0.25);
    QCOMPARE(s.dropRate, 0.1);
    QCOMPARE(s.truncateRate, 1.0);
    QCOMPARE(s.burst429Rate, 0.5);
    QVERIFY(!s.retryAfter);
    QVERIFY(!s.rateHeaders);
    QVERIFY(s.endlessCursor);
    QCOMPARE(s.errorShape, ErrorShape::Mixed);
    QCOMPARE(config->ownerCount, 20);
    QCOMPARE(config->sequenceCount, 10000);
    QCOMPARE(config->contactCount, 12000);
    QCOMPARE(config->grantedScopes,
             (QStringList {QStringLiteral("crm.lists.read"), QStringLiteral("oauth")}));
}

void TestSandboxConfig::badValuesNameTheFlag_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("flag");
    QTest::newRow("fail rate above 1")
        << args({"--fail-rate", "2"}) << QStringLiteral("--fail-rate");
    QTest::newRow("port not a number") << args({"--port", "abc"}) << QStringLiteral("--port");
    QTest::newRow("port too large") << args({"--port", "70000"}) << QStringLiteral("--port");
    QTest::newRow("negative latency")
        << args({"--latency-ms", "-5"}) << QStringLiteral("--latency-ms");
    QTest::newRow("zero rate limit")
        << args({"--rate-limit", "0"}) << QStringLiteral("--rate-limit");
    QTest::newRow("drop rate text")
        << args({"--drop-rate", "often"}) << QStringLiteral("--drop-rate");
    QTest::newRow("error shape") << args({"--error-shape", "weird"})
                                 << QStringLiteral("--error-shape");
    QTest::newRow("too few owners") << args({"--owners", "3"}) << QStringLiteral("--owners");
    QTest::newRow("empty token") << args({"--token", " "}) << QStringLiteral("--token");
    QTest::newRow("unknown option") << args({"--bogus"}) << QStringLiteral("bogus");
    QTest::newRow("missing value") << args({"--seed"}) << QStringLiteral("seed");
    QTest::newRow("list growth without interval")
        << args({"--list-growth", "5"}) << QStringLiteral("--list-growth");
    QTest::newRow("list growth of none")
        << args({"--list-growth", "111:0/10"}) << QStringLiteral("--list-growth");
    QTest::newRow("list growth every 0 minutes")
        << args({"--list-growth", "5/0"}) << QStringLiteral("--list-growth");
    QTest::newRow("list growth text")
        << args({"--list-growth", "abc:5/10"}) << QStringLiteral("--list-growth");
}

void TestSandboxConfig::badValuesNameTheFlag()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, flag);
    QString error;
    QVERIFY(!SandboxConfig::fromArguments(arguments, &error));
    QVERIFY2(error.contains(flag), qPrintable(error));
}

void TestSandboxConfig::settingsDocumentChangesOnlyGivenKeys()
{
    SandboxSettings s;
    QString error;
    QVERIFY2(s.applyJson({{QStringLiteral("failRate"), 0.5},
                          {QStringLiteral("latencyMs"), 30},
                          {QStringLiteral("retryAfter"), false},
                          {QStringLiteral("errorShape"), QStringLiteral("legacy")}},
                         &error),
             qPrintable(error));
    QCOMPARE(s.failRate, 0.5);
    QCOMPARE(s.latencyMs, 30);
    QVERIFY(!s.retryAfter);
    QCOMPARE(s.errorShape, ErrorShape::Legacy);
    QCOMPARE(s.rateLimit, 100);
    SandboxSettings copy;
    QVERIFY(copy.applyJson(s.toJson(), &error));
    QCOMPARE(copy.toJson(), s.toJson());
}

void TestSandboxConfig::badSettingsDocumentChangesNothing()
{
    SandboxSettings s;
    QString error;
    QVERIFY(!s.applyJson({{QStringLiteral("latencyMs"), 10}, {QStringLiteral("failRate"), 1.5}},
                         &error));
    QVERIFY(error.contains(QStringLiteral("failRate")));
    QCOMPARE(s.latencyMs, 0);
    QVERIFY(!s.applyJson({{QStringLiteral("rateLimit"), QStringLiteral("10")}}, &error));
    QVERIFY(error.contains(QStringLiteral("rateLimit")));
    QVERIFY(!s.applyJson({{QStringLiteral("nope"), 1}}, &error));
    QVERIFY(error.contains(QStringLiteral("nope")));
    QVERIFY(!s.applyJson({{QStringLiteral("latencyMs"), 1.5}}, &error));
}

void TestSandboxConfig::serverRefusesToStartWithSettingsOutOfRange()
{
    // Not quietly served with the defaults (a 100-per-10-s limit nobody asked for).
    SandboxConfig config;
    config.settings.rateLimit = 100'000'000;
    SandboxServer server(config);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(QStringLiteral("rateLimit")), qPrintable(error));
    config.settings.rateLimit = 1'000'000;
    SandboxServer fine(config);
    QVERIFY2(fine.start(&error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSandboxConfig)
#include "tst_sandboxconfig.moc"
