#include "cli/CliOptions.h"

#include <QTest>

using namespace SeqDesk::Cli;

class TestCliOptions final : public QObject
{
    Q_OBJECT

private slots:
    void listSequencesWithDefaults();
    void acceptsEveryDocumentedFlag();
    void rejectsBadInputNamingTheProblem_data();
    void rejectsBadInputNamingTheProblem();
    void helpDocumentsExitCodes();
};

static CliParseResult parse(QStringList args)
{
    args.prepend(QStringLiteral("seqdesk-cli"));
    return parseCliArguments(args);
}

void TestCliOptions::listSequencesWithDefaults()
{
    const CliParseResult r = parse({QStringLiteral("--list-sequences")});
    QVERIFY2(r.options, qPrintable(r.error));
    QCOMPARE(r.options->action, CliAction::ListSequences);
    QCOMPARE(r.options->baseUrl, QUrl(QStringLiteral("https://api.hubapi.com")));
    QCOMPARE(r.options->apiVersion, QStringLiteral("2026-03"));
    QVERIFY(r.options->token.isEmpty());
    QVERIFY(!r.options->json);
}

void TestCliOptions::acceptsEveryDocumentedFlag()
{
    const CliParseResult r
        = parse({QStringLiteral("--list-sequences"), QStringLiteral("--base-url"),
                 QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("--token"),
                 QStringLiteral("pat-x"), QStringLiteral("--user-id"), QStringLiteral("123"),
                 QStringLiteral("--json"), QStringLiteral("--api-version"), QStringLiteral("v4"),
                 QStringLiteral("--portal-id"), QStringLiteral("42")});
    QVERIFY2(r.options, qPrintable(r.error));
    QCOMPARE(r.options->userId, QStringLiteral("123"));
    QCOMPARE(r.options->token, QStringLiteral("pat-x"));
    QCOMPARE(r.options->apiVersion, QStringLiteral("v4"));
    QCOMPARE(r.options->portalId, QStringLiteral("42"));
    QVERIFY(r.options->json);
}

void TestCliOptions::rejectsBadInputNamingTheProblem_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const auto L = [](std::initializer_list<const char *> l) {
        QStringList out;
        for (const char *s : l)
            out << QString::fromLatin1(s);
        return out;
    };
    QTest::newRow("no action") << L({"--json"}) << QStringLiteral("--list-sequences");
    QTest::newRow("two actions") << L({"--list-sequences", "--store-token"})
                                 << QStringLiteral("only one");
    QTest::newRow("unknown flag") << L({"--list-sequences", "--frobnicate"})
                                  << QStringLiteral("frobnicate");
    QTest::newRow("positional") << L({"--list-sequences", "extra"}) << QStringLiteral("extra");
    QTest::newRow("plain http") << L({"--list-sequences", "--base-url", "http://api.hubapi.com"})
                                << QStringLiteral("--base-url");
    QTest::newRow("not a url") << L({"--list-sequences", "--base-url", "::::"})
                               << QStringLiteral("--base-url");
    QTest::newRow("api version") << L({"--list-sequences", "--api-version", "v9"})
                                 << QStringLiteral("v9");
    QTest::newRow("user id") << L({"--list-sequences", "--user-id", "bob"})
                             << QStringLiteral("--user-id");
    QTest::newRow("portal id") << L({"--list-sequences", "--portal-id", "1 2"})
                               << QStringLiteral("--portal-id");
    QTest::newRow("empty token") << L({"--list-sequences", "--token", " "})
                                 << QStringLiteral("--token");
    QTest::newRow("missing value")
        << L({"--list-sequences", "--user-id"}) << QStringLiteral("user-id");
}

void TestCliOptions::rejectsBadInputNamingTheProblem()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliParseResult r = parse(args);
    QVERIFY(!r.options);
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
}

void TestCliOptions::helpDocumentsExitCodes()
{
    const CliParseResult r = parse({QStringLiteral("--help")});
    QVERIFY(r.options);
    QCOMPARE(r.options->action, CliAction::Help);
    for (const char *needle :
         {"--list-sequences", "--user-id", "--json", "--api-version", "HUBSPOT_ACCESS_TOKEN",
          "0  success", "2  bad usage", "3  authentication", "4  network"})
        QVERIFY2(r.helpText.contains(QLatin1String(needle)), needle);
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
