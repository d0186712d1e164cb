#include "cli/CliOptions.h"
#include "cli/TokenArgument.h"

#include <QRegularExpression>
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
    void diagnosticsIsAnActionOfItsOwn();
    void tokenArgumentsAreBlankedInPlace();
    void classicEnrollFlagsAreAccepted();
    void resumeAndJobsNeedNoContacts();
    void apiVersionTakesEverySupportedVersion_data();
    void apiVersionTakesEverySupportedVersion();
    void helpMentionsTheNewestDefault();
    void listListsTakesAQueryAndJson();
    void ruleActionsAndTheirFlags();
    void addRuleTakesEveryFieldOfARule();
    void addRuleNamesEveryProblemAtOnce();
    void helpDocumentsTheRules();
    void mcpTakesTheConnectionAndTheCap();
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
                               << QStringLiteral("--base-url \"::::\"");
    // The value given is named (an invalid URL used to read as '').
    QTest::newRow("words") << L({"--list-sequences", "--base-url", "not a url"})
                           << QStringLiteral("--base-url \"not a url\": it is not an absolute URL");
    QTest::newRow("no scheme") << L({"--list-sequences", "--base-url", "127.0.0.1:8080"})
                               << QStringLiteral("\"127.0.0.1:8080\"");
    QTest::newRow("ftp") << L({"--list-sequences", "--base-url", "ftp://api.hubapi.com"})
                         << QStringLiteral("\"ftp://api.hubapi.com\": it must use https");
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
    // Rules.
    QTest::newRow("rule without run-rules")
        << L({"--list-sequences", "--rule", "3"}) << QStringLiteral("--rule goes with --run-rules");
    QTest::newRow("rule flag with enroll") << L(
        {"--sequence-id", "12", "--sender-email", "a@b.co", "--contact-ids", "1", "--name", "x"})
                                           << QStringLiteral("--name goes with --add-rule");
    QTest::newRow("two rule actions")
        << L({"--run-rules", "--rules"}) << QStringLiteral("only one");
    QTest::newRow("run-rules and enroll")
        << L({"--run-rules", "--sequence-id", "1"}) << QStringLiteral("only one");
    QTest::newRow("add-rule and resume")
        << L({"--add-rule", "--resume", "3"}) << QStringLiteral("only one");
    QTest::newRow("run-rules with sender")
        << L({"--run-rules", "--sender-email", "a@b.co"})
        << QStringLiteral("--sender-email does not go with --run-rules");
    QTest::newRow("rules with dry run")
        << L({"--rules", "--dry-run"}) << QStringLiteral("--dry-run does not go with --rules");
    QTest::newRow("pause with json")
        << L({"--pause-rule", "3", "--json"}) << QStringLiteral("--json does not go with");
    QTest::newRow("rule not a number")
        << L({"--run-rules", "--rule", "abc"}) << QStringLiteral("--rule must be a rule's number");
    QTest::newRow("rule zero") << L({"--run-rules", "--rule", "0"}) << QStringLiteral("\"0\"");
    QTest::newRow("pause not a number")
        << L({"--pause-rule", "x"}) << QStringLiteral("--pause-rule must be a rule's number");
    QTest::newRow("delete without id") << L({"--delete-rule"}) << QStringLiteral("delete-rule");
    QTest::newRow("add-rule with contacts")
        << L({"--add-rule", "--name", "x", "--list-id", "1", "--sequence-id", "2", "--sender-email",
              "a@b.co", "--contact-ids", "1"})
        << QStringLiteral("--contact-ids does not go with --add-rule");
    QTest::newRow("add-rule with dry run")
        << L({"--add-rule", "--name", "x", "--list-id", "1", "--sequence-id", "2", "--sender-email",
              "a@b.co", "--dry-run"})
        << QStringLiteral("--dry-run does not go with --add-rule");
    const auto rule = [&L](std::initializer_list<const char *> extra) {
        return L({"--add-rule", "--name", "Board", "--list-id", "105", "--sequence-id", "712"})
            + L(extra);
    };
    QTest::newRow("add-rule without sender")
        << rule({}) << QStringLiteral("--sender-email, --rotation or --owner-routing");
    QTest::newRow("add-rule two modes")
        << rule({"--sender-email", "a@b.co", "--rotation", "a@b.co,c@d.co"})
        << QStringLiteral("not more");
    QTest::newRow("add-rule owner and rotation")
        << rule({"--owner-routing", "--rotation", "a@b.co,c@d.co"}) << QStringLiteral("not more");
    QTest::newRow("per-run not a number") << rule({"--sender-email", "a@b.co", "--per-run", "abc"})
                                          << QStringLiteral("--per-run must be a whole number");
    QTest::newRow("per-day negative")
        << rule({"--sender-email", "a@b.co", "--per-day", "-1"}) << QStringLiteral("--per-day");
    QTest::newRow("every zero") << rule({"--sender-email", "a@b.co", "--every", "0"})
                                << QStringLiteral("--every must be a whole number from 1");
    QTest::newRow("every beyond a week")
        << rule({"--sender-email", "a@b.co", "--every", "10081"}) << QStringLiteral("--every");
    QTest::newRow("again after too many days")
        << rule({"--sender-email", "a@b.co", "--again-after-days", "99999"})
        << QStringLiteral("--again-after-days");
    QTest::newRow("rule daily cap")
        << rule({"--sender-email", "a@b.co", "--daily-cap", "0"}) << QStringLiteral("--daily-cap");
    QTest::newRow("fallback without owner routing")
        << rule({"--sender-email", "a@b.co", "--fallback-sender", "c@d.co"})
        << QStringLiteral("--fallback-sender goes with --owner-routing");
    QTest::newRow("rotation of one")
        << rule({"--rotation", "a@b.co"}) << QStringLiteral("two or more different sender inboxes");
    QTest::newRow("rotation twice")
        << rule({"--rotation", "a@b.co, A@b.co"}) << QStringLiteral("two or more different");
    QTest::newRow("rule sender not an email")
        << rule({"--sender-email", "bob"}) << QStringLiteral("\"bob\" is not an email");
    QTest::newRow("rule list not an id") << L({"--add-rule", "--name", "x", "--list-id", "webinar",
                                               "--sequence-id", "2", "--sender-email", "a@b.co"})
                                         << QStringLiteral("\"webinar\"");
    QTest::newRow("rule name empty") << L({"--add-rule", "--name", " ", "--list-id", "1",
                                           "--sequence-id", "2", "--sender-email", "a@b.co"})
                                     << QStringLiteral("needs a name");
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

void TestCliOptions::ruleActionsAndTheirFlags()
{
    const CliParseResult run
        = parse({QStringLiteral("--run-rules"), QStringLiteral("--rule"), QStringLiteral("7"),
                 QStringLiteral("--dry-run"), QStringLiteral("--json"),
                 QStringLiteral("--portal-id"), QStringLiteral("42")});
    QVERIFY2(run.options, qPrintable(run.error));
    QCOMPARE(run.options->action, CliAction::RunRules);
    QCOMPARE(run.options->ruleId, 7);
    QVERIFY(run.options->dryRun);
    QVERIFY(run.options->json);
    QCOMPARE(run.options->portalId, QStringLiteral("42"));
    const CliParseResult due = parse({QStringLiteral("--run-rules")});
    QVERIFY2(due.options, qPrintable(due.error));
    QCOMPARE(due.options->ruleId, 0); // the due ones
    QVERIFY(!due.options->dryRun);
    QCOMPARE(due.options->rateSharePercent, CliOptions::kRulesRateSharePercent);
    const CliParseResult share = parse(
        {QStringLiteral("--run-rules"), QStringLiteral("--rate-share"), QStringLiteral("80")});
    QVERIFY2(share.options, qPrintable(share.error));
    QCOMPARE(share.options->rateSharePercent, 80);
    // The app's Settings > "Rules may use up to" is the default (main() passes it); the flag
    // still wins, and the help names the default in force.
    const QStringList runRules {QStringLiteral("seqdesk-cli"), QStringLiteral("--run-rules")};
    const CliParseResult fromSettings = parseCliArguments(runRules, 30);
    QVERIFY2(fromSettings.options, qPrintable(fromSettings.error));
    QCOMPARE(fromSettings.options->rateSharePercent, 30);
    const CliParseResult flagWins = parseCliArguments(
        runRules + QStringList {QStringLiteral("--rate-share"), QStringLiteral("80")}, 30);
    QVERIFY2(flagWins.options, qPrintable(flagWins.error));
    QCOMPARE(flagWins.options->rateSharePercent, 80);
    QVERIFY(parseCliArguments({QStringLiteral("seqdesk-cli"), QStringLiteral("--help")}, 30)
                .helpText.contains(QRegularExpression(QStringLiteral("default\\s+30\\b"))));
    for (const char *bad : {"0", "101", "half"}) {
        const CliParseResult r = parse(
            {QStringLiteral("--run-rules"), QStringLiteral("--rate-share"), QLatin1String(bad)});
        QVERIFY(!r.options);
        QVERIFY2(r.error.contains(QStringLiteral("--rate-share")), qPrintable(r.error));
    }
    const CliParseResult notHere
        = parse({QStringLiteral("--rules"), QStringLiteral("--rate-share"), QStringLiteral("50")});
    QVERIFY(!notHere.options);
    QCOMPARE(parse({QStringLiteral("--list-lists")}).options->rateSharePercent, 100);
    const CliParseResult list = parse({QStringLiteral("--rules"), QStringLiteral("--json")});
    QVERIFY2(list.options, qPrintable(list.error));
    QCOMPARE(list.options->action, CliAction::ListRules);
    QVERIFY(list.options->json);
    const QList<std::pair<const char *, CliAction>> changes {
        {"--pause-rule", CliAction::PauseRule},
        {"--resume-rule", CliAction::ResumeRule},
        {"--delete-rule", CliAction::DeleteRule}};
    for (const auto &[flag, action] : changes) {
        const CliParseResult r = parse({QLatin1String(flag), QStringLiteral("12")});
        QVERIFY2(r.options, qPrintable(r.error));
        QCOMPARE(r.options->action, action);
        QCOMPARE(r.options->ruleId, 12);
    }
}

void TestCliOptions::addRuleTakesEveryFieldOfARule()
{
    const CliParseResult r = parse(
        {QStringLiteral("--add-rule"), QStringLiteral("--name"), QStringLiteral(" Board "),
         QStringLiteral("--list-id"), QStringLiteral("105"), QStringLiteral("--sequence-id"),
         QStringLiteral("712011983"), QStringLiteral("--rotation"),
         QStringLiteral("Ana@Acme.com, bo@acme.com,"), QStringLiteral("--per-run"),
         QStringLiteral("50"), QStringLiteral("--per-day=200"), QStringLiteral("--every"),
         QStringLiteral("30"), QStringLiteral("--again-after-days"), QStringLiteral("90"),
         QStringLiteral("--daily-cap"), QStringLiteral("400")});
    QVERIFY2(r.options, qPrintable(r.error));
    QCOMPARE(r.options->action, CliAction::AddRule);
    const SeqDesk::Store::RuleRecord &rule = r.options->newRule;
    QCOMPARE(rule.name, QStringLiteral("Board"));
    QCOMPARE(rule.listId, QStringLiteral("105"));
    QCOMPARE(rule.sequenceId, QStringLiteral("712011983"));
    QCOMPARE(rule.senderMode, SeqDesk::Store::RuleSenderMode::Rotation);
    QCOMPARE(rule.senders,
             QStringList({QStringLiteral("ana@acme.com"), QStringLiteral("bo@acme.com")}));
    QVERIFY(rule.fallbackSender.isEmpty());
    QCOMPARE(rule.perRun, 50);
    QCOMPARE(rule.perDay, 200);
    QCOMPARE(rule.everyMinutes, 30);
    QCOMPARE(rule.againAfterDays, 90);
    QCOMPARE(rule.dailyCap, 400);

    const CliParseResult owner = parse(
        {QStringLiteral("--add-rule"), QStringLiteral("--name"), QStringLiteral("Owners"),
         QStringLiteral("--list-id"), QStringLiteral("105"), QStringLiteral("--sequence-id"),
         QStringLiteral("712"), QStringLiteral("--owner-routing"),
         QStringLiteral("--fallback-sender"), QStringLiteral("Desk@Acme.com")});
    QVERIFY2(owner.options, qPrintable(owner.error));
    QCOMPARE(owner.options->newRule.senderMode, SeqDesk::Store::RuleSenderMode::ContactOwner);
    QVERIFY(owner.options->newRule.senders.isEmpty());
    QCOMPARE(owner.options->newRule.fallbackSender, QStringLiteral("desk@acme.com"));
    // The defaults: no limits, every 15 minutes, never again, HubSpot's default cap.
    QCOMPARE(owner.options->newRule.perRun, 0);
    QCOMPARE(owner.options->newRule.perDay, 0);
    QCOMPARE(owner.options->newRule.everyMinutes, 15);
    QCOMPARE(owner.options->newRule.againAfterDays, 0);
    QCOMPARE(owner.options->newRule.dailyCap, 1000);

    const CliParseResult single = parse(
        {QStringLiteral("--add-rule"), QStringLiteral("--name"), QStringLiteral("One"),
         QStringLiteral("--list-id"), QStringLiteral("105"), QStringLiteral("--sequence-id"),
         QStringLiteral("712"), QStringLiteral("--sender-email"), QStringLiteral("Rep@Acme.com")});
    QVERIFY2(single.options, qPrintable(single.error));
    QCOMPARE(single.options->newRule.senderMode, SeqDesk::Store::RuleSenderMode::Single);
    QCOMPARE(single.options->newRule.senders, QStringList {QStringLiteral("rep@acme.com")});
}

void TestCliOptions::addRuleNamesEveryProblemAtOnce()
{
    const CliParseResult r
        = parse({QStringLiteral("--add-rule"), QStringLiteral("--per-run"), QStringLiteral("-5"),
                 QStringLiteral("--every"), QStringLiteral("x")});
    QVERIFY(!r.options);
    const QStringList problems = r.error.split(QLatin1Char('\n'));
    QCOMPARE(problems.size(), 4);
    QVERIFY2(problems.at(0).contains(QStringLiteral("--name, --list-id, --sequence-id")),
             qPrintable(r.error));
    QVERIFY(problems.at(1).contains(QStringLiteral("--sender-email, --rotation")));
    QVERIFY(problems.at(2).contains(QStringLiteral("--per-run")));
    QVERIFY(problems.at(3).contains(QStringLiteral("--every")));
    // The rule dialog's own checks, each on its line.
    const CliParseResult checked
        = parse({QStringLiteral("--add-rule"), QStringLiteral("--name"), QStringLiteral("x"),
                 QStringLiteral("--list-id"), QStringLiteral("l"), QStringLiteral("--sequence-id"),
                 QStringLiteral("s"), QStringLiteral("--rotation"), QStringLiteral("a@b.co,bob")});
    QVERIFY(!checked.options);
    QCOMPARE(checked.error.count(QLatin1Char('\n')), 2);
    QVERIFY(checked.error.contains(QStringLiteral("\"l\"")));
    QVERIFY(checked.error.contains(QStringLiteral("\"s\"")));
    QVERIFY(checked.error.contains(QStringLiteral("\"bob\"")));
}

void TestCliOptions::helpDocumentsTheRules()
{
    const CliParseResult r = parse({QStringLiteral("--help")});
    for (const char *needle :
         {"--run-rules", "--rule ", "--rules", "--add-rule", "--name", "--rotation",
          "--owner-routing", "--fallback-sender", "--per-run", "--per-day", "--every",
          "--again-after-days", "--pause-rule", "--resume-rule", "--delete-rule"})
        QVERIFY2(r.helpText.contains(QLatin1String(needle)), needle);
}

void TestCliOptions::tokenArgumentsAreBlankedInPlace()
{
    char program[] = "seqdesk-cli";
    char flag[] = "--token";
    char value[] = "pat-na1-secret";
    char joined[] = "--token=pat-na1-other";
    char list[] = "--list-sequences";
    char end[] = "--";
    char after[] = "--token=not-an-option";
    char *argv[] = {program, flag, value, joined, list, end, after, nullptr};
    QVERIFY(hideTokenArguments(7, argv));
    QCOMPARE(QByteArray(argv[1]), QByteArray("--token"));
    QCOMPARE(QByteArray(argv[2]), QByteArray("**************")); // its length kept
    QCOMPARE(QByteArray(argv[3]), QByteArray("--token=*************"));
    QCOMPARE(QByteArray(argv[4]), QByteArray("--list-sequences"));
    QCOMPARE(QByteArray(argv[6]), QByteArray("--token=not-an-option"));
    char *none[] = {program, list, nullptr};
    QVERIFY(!hideTokenArguments(2, none));
    char *last[] = {program, flag, nullptr}; // no value: nothing to hide
    QVERIFY(!hideTokenArguments(2, last));
}

void TestCliOptions::mcpTakesTheConnectionAndTheCap()
{
    CliParseResult r
        = parse({QStringLiteral("--mcp"), QStringLiteral("--portal-id"), QStringLiteral("4242424"),
                 QStringLiteral("--api-version"), QStringLiteral("2026-03"),
                 QStringLiteral("--daily-cap"), QStringLiteral("500")});
    QVERIFY2(r.options, qPrintable(r.error));
    QCOMPARE(r.options->action, CliAction::Mcp);
    QCOMPARE(r.options->portalId, QStringLiteral("4242424"));
    QCOMPARE(r.options->apiVersion, QStringLiteral("2026-03"));
    QCOMPARE(r.options->dailyCap, 500);
    QVERIFY(r.helpText.contains(QStringLiteral("--mcp")));
    // What the tools take is not a flag of the server.
    for (const QStringList &bad :
         {QStringList {QStringLiteral("--mcp"), QStringLiteral("--json")},
          QStringList {QStringLiteral("--mcp"), QStringLiteral("--dry-run")},
          QStringList {QStringLiteral("--mcp"), QStringLiteral("--list-lists")},
          QStringList {QStringLiteral("--mcp"), QStringLiteral("--daily-cap"), QStringLiteral("0")},
          QStringList {QStringLiteral("--mcp"), QStringLiteral("--user-id"),
                       QStringLiteral("1")}}) {
        r = parse(bad);
        QVERIFY2(!r.options, qPrintable(bad.join(QLatin1Char(' '))));
        QVERIFY(!r.error.isEmpty());
    }
}

void TestCliOptions::diagnosticsIsAnActionOfItsOwn()
{
    const CliParseResult r = parse({QStringLiteral("--diagnostics")});
    QVERIFY2(r.options, qPrintable(r.error));
    QCOMPARE(r.options->action, CliAction::Diagnostics);
    QVERIFY(r.helpText.contains(QStringLiteral("--diagnostics")));
    // It reads no portal and no token, prints plain text, and goes with no other action.
    for (const QStringList &bad :
         {QStringList {QStringLiteral("--json")},
          QStringList {QStringLiteral("--token"), QStringLiteral("pat-na1-x-y")},
          QStringList {QStringLiteral("--portal-id"), QStringLiteral("1")},
          QStringList {QStringLiteral("--list-sequences")}}) {
        const CliParseResult refused = parse(QStringList {QStringLiteral("--diagnostics")} + bad);
        QVERIFY2(!refused.options, qPrintable(bad.join(QLatin1Char(' '))));
        QVERIFY(!refused.error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
