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
    void classicEnrollFlagsAreAccepted();
    void resumeAndJobsNeedNoContacts();
    void apiVersionTakesEverySupportedVersion_data();
    void apiVersionTakesEverySupportedVersion();
    void helpMentionsTheNewestDefault();
    void listListsTakesAQueryAndJson();
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
    QCOMPARE(r.options->apiVersion, QStringLiteral("2026-09")); // the newest GA version
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
    QTest::newRow("beta api version") << L({"--list-sequences", "--api-version", "2026-09-beta"})
                                      << QStringLiteral("2026-09, 2026-03 or v4");
    QTest::newRow("user id") << L({"--list-sequences", "--user-id", "bob"})
                             << QStringLiteral("--user-id");
    QTest::newRow("portal id") << L({"--list-sequences", "--portal-id", "1 2"})
                               << QStringLiteral("--portal-id");
    QTest::newRow("empty token") << L({"--list-sequences", "--token", " "})
                                 << QStringLiteral("--token");
    QTest::newRow("enroll without sender")
        << L({"--sequence-id", "12", "--contact-ids", "1"}) << QStringLiteral("--sender-email");
    QTest::newRow("enroll without contacts")
        << L({"--sequence-id", "12", "--sender-email", "a@b.co"})
        << QStringLiteral("--contact-ids");
    QTest::newRow("both contact sources")
        << L({"--sequence-id", "12", "--sender-email", "a@b.co", "--contact-ids", "1",
              "--contact-ids-file", "f.txt"})
        << QStringLiteral("not more");
    QTest::newRow("list and contact ids") << L({"--sequence-id", "12", "--sender-email", "a@b.co",
                                                "--contact-ids", "1", "--list-id", "105"})
                                          << QStringLiteral("--list-id, not more");
    QTest::newRow("list id not a number")
        << L({"--sequence-id", "12", "--sender-email", "a@b.co", "--list-id", "webinar"})
        << QStringLiteral("\"webinar\"");
    QTest::newRow("list id without sequence")
        << L({"--list-sequences", "--list-id", "105"}) << QStringLiteral("--list-id goes with");
    QTest::newRow("list id with resume") << L({"--resume", "3", "--list-id", "105"})
                                         << QStringLiteral("--list-id does not go with --resume");
    QTest::newRow("sequence id") << L(
        {"--sequence-id", "abc", "--sender-email", "a@b.co", "--contact-ids", "1"})
                                 << QStringLiteral("--sequence-id");
    QTest::newRow("sender email") << L(
        {"--sequence-id", "12", "--sender-email", "not-an-email", "--contact-ids", "1"})
                                  << QStringLiteral("not-an-email");
    QTest::newRow("empty contact ids")
        << L({"--sequence-id", "12", "--sender-email", "a@b.co", "--contact-ids", " "})
        << QStringLiteral("--contact-ids is empty");
    QTest::newRow("output folder missing")
        << L({"--sequence-id", "12", "--sender-email", "a@b.co", "--contact-ids", "1",
              "--output-json", "/no/such/folder/out.json"})
        << QStringLiteral("does not exist");
    QTest::newRow("daily cap") << L({"--sequence-id", "12", "--sender-email", "a@b.co",
                                     "--contact-ids", "1", "--daily-cap", "0"})
                               << QStringLiteral("--daily-cap");
    QTest::newRow("resume with contacts")
        << L({"--resume", "3", "--contact-ids", "1"}) << QStringLiteral("--contact-ids");
    QTest::newRow("resume not a job") << L({"--resume", "x"}) << QStringLiteral("--resume");
    QTest::newRow("dry run alone")
        << L({"--list-sequences", "--dry-run"}) << QStringLiteral("--dry-run");
    QTest::newRow("enroll and list")
        << L({"--list-sequences", "--sequence-id", "1"}) << QStringLiteral("only one");
    QTest::newRow("missing value")
        << L({"--list-sequences", "--user-id"}) << QStringLiteral("user-id");
    QTest::newRow("lists and sequences")
        << L({"--list-lists", "--list-sequences"}) << QStringLiteral("only one");
    QTest::newRow("query without list-lists")
        << L({"--list-sequences", "--query", "x"}) << QStringLiteral("--query goes with");
    QTest::newRow("empty query") << L({"--list-lists", "--query", "  "})
                                 << QStringLiteral("--query is empty");
    QTest::newRow("query without value")
        << L({"--list-lists", "--query"}) << QStringLiteral("query");
    QTest::newRow("lists with user id")
        << L({"--list-lists", "--user-id", "7"}) << QStringLiteral("--list-lists");
    QTest::newRow("lists with contacts")
        << L({"--list-lists", "--contact-ids", "1"}) << QStringLiteral("--contact-ids");
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
          "0  success", "1  some contacts failed", "2  bad usage", "3  authentication",
          "4  network", "--sequence-id", "--sender-email", "--contact-ids-file", "--dry-run",
          "--output-json", "--resume", "--jobs"})
        QVERIFY2(r.helpText.contains(QLatin1String(needle)), needle);
}

void TestCliOptions::classicEnrollFlagsAreAccepted()
{
    // As in the enroll_sequence.py guide, plus SeqDesk's own.
    const CliParseResult r = parse(
        {QStringLiteral("--token"), QStringLiteral("pat-x"), QStringLiteral("--sequence-id"),
         QStringLiteral("12345"), QStringLiteral("--sender-email"),
         QStringLiteral("Sales@Company.com"), QStringLiteral("--contact-ids"),
         QStringLiteral("101,102,103"), QStringLiteral("--dry-run"),
         QStringLiteral("--output-json"), QStringLiteral("results.json"), QStringLiteral("--label"),
         QStringLiteral("Spring"), QStringLiteral("--user-id"), QStringLiteral("42"),
         QStringLiteral("--daily-cap"), QStringLiteral("500")});
    QVERIFY2(r.options, qPrintable(r.error));
    QCOMPARE(r.options->action, CliAction::Enroll);
    QCOMPARE(r.options->sequenceId, QStringLiteral("12345"));
    QCOMPARE(r.options->senderEmail, QStringLiteral("sales@company.com"));
    QCOMPARE(r.options->contactIds, QStringLiteral("101,102,103"));
    QVERIFY(r.options->dryRun);
    QCOMPARE(r.options->outputJson, QStringLiteral("results.json"));
    QCOMPARE(r.options->label, QStringLiteral("Spring"));
    QCOMPARE(r.options->userId, QStringLiteral("42"));
    QCOMPARE(r.options->dailyCap, 500);
    QCOMPARE(r.options->resumeJob, 0);

    const CliParseResult file
        = parse({QStringLiteral("--sequence-id"), QStringLiteral("1"),
                 QStringLiteral("--sender-email"), QStringLiteral("a@b.co"),
                 QStringLiteral("--contact-ids-file"), QStringLiteral("contacts.csv")});
    QVERIFY2(file.options, qPrintable(file.error));
    QCOMPARE(file.options->contactIdsFile, QStringLiteral("contacts.csv"));
    QCOMPARE(file.options->dailyCap, 1000);
}

void TestCliOptions::resumeAndJobsNeedNoContacts()
{
    const CliParseResult resume = parse({QStringLiteral("--resume"), QStringLiteral("7")});
    QVERIFY2(resume.options, qPrintable(resume.error));
    QCOMPARE(resume.options->action, CliAction::Enroll);
    QCOMPARE(resume.options->resumeJob, 7);
    const CliParseResult jobs = parse({QStringLiteral("--jobs")});
    QVERIFY2(jobs.options, qPrintable(jobs.error));
    QCOMPARE(jobs.options->action, CliAction::ListJobs);
}

void TestCliOptions::apiVersionTakesEverySupportedVersion_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("2026-09") << QStringLiteral("2026-09") << QStringLiteral("2026-09");
    QTest::newRow("2026-03") << QStringLiteral("2026-03") << QStringLiteral("2026-03");
    QTest::newRow("v4") << QStringLiteral("v4") << QStringLiteral("v4");
    QTest::newRow("V3") << QStringLiteral("V3") << QStringLiteral("v4");
    QTest::newRow("legacy") << QStringLiteral("legacy") << QStringLiteral("v4");
    QTest::newRow("dated") << QStringLiteral("dated") << QStringLiteral("2026-03");
}

void TestCliOptions::apiVersionTakesEverySupportedVersion()
{
    QFETCH(QString, given);
    QFETCH(QString, canonical);
    for (const QString &action :
         {QStringLiteral("--list-sequences"), QStringLiteral("--store-token")}) {
        const CliParseResult r = parse({action, QStringLiteral("--api-version"), given});
        QVERIFY2(r.options, qPrintable(r.error));
        QCOMPARE(r.options->apiVersion, canonical);
    }
    const CliParseResult enroll = parse({QStringLiteral("--sequence-id"), QStringLiteral("12"),
                                         QStringLiteral("--sender-email"), QStringLiteral("a@b.co"),
                                         QStringLiteral("--contact-ids"), QStringLiteral("1"),
                                         QStringLiteral("--api-version"), given});
    QVERIFY2(enroll.options, qPrintable(enroll.error));
    QCOMPARE(enroll.options->apiVersion, canonical);
}

void TestCliOptions::helpMentionsTheNewestDefault()
{
    const CliParseResult r = parse({QStringLiteral("--help")});
    QVERIFY2(r.helpText.contains(QStringLiteral("2026-09 (default)")), qPrintable(r.helpText));
}

void TestCliOptions::listListsTakesAQueryAndJson()
{
    const CliParseResult plain = parse({QStringLiteral("--list-lists")});
    QVERIFY2(plain.options, qPrintable(plain.error));
    QCOMPARE(plain.options->action, CliAction::ListLists);
    QVERIFY(plain.options->query.isEmpty());
    const CliParseResult r = parse({QStringLiteral("--list-lists"), QStringLiteral("--query"),
                                    QStringLiteral(" webinar "), QStringLiteral("--json"),
                                    QStringLiteral("--portal-id"), QStringLiteral("42")});
    QVERIFY2(r.options, qPrintable(r.error));
    QCOMPARE(r.options->query, QStringLiteral("webinar"));
    QVERIFY(r.options->json);
    QVERIFY(r.helpText.contains(QStringLiteral("--list-lists")));
    QVERIFY(r.helpText.contains(QStringLiteral("--query")));
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
