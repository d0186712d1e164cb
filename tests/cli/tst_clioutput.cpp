// seqdesk-cli's outputs of jobs, lists and rules, from records (no store, no server).
#include "cli/CliOutput.h"
#include "cli/EnrollOutput.h"
#include "cli/RuleOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SeqDesk;

class TestCliOutput final : public QObject
{
    Q_OBJECT

private slots:
    void jobsJsonGivesTheListOfAJobFromAListAndNullOtherwise();
    void listsTableGuardsNamesAsTheCsvExportDoes();
    void rulesTableGuardsTheRulesTextButNotItsOwnDashes();
    void runTableGuardsNamesAndMessages();
    void previewTableGuardsInputsEmailsAndReasons();
    void enrollTablesGuardEmailsAndHubSpotsMessages();
    void jobsTableGuardsSenderAndLabel();
    void sequencesTableKeepsANameOnItsLine();
};

namespace {

// Names as someone else could have typed them (in HubSpot, a file, the rule dialog).
const QString kFormula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"open\")");
const QString kTabbed = QStringLiteral("Spring\tpush\r\nsecond line");

// The rows of a tab-separated table, each split into its cells.
QList<QStringList> rowsOf(const QString &table)
{
    QList<QStringList> rows;
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        rows << line.split(QLatin1Char('\t'));
    return rows;
}

} // namespace

void TestCliOutput::jobsJsonGivesTheListOfAJobFromAListAndNullOtherwise()
{
    Cli::JobListing fromFile;
    fromFile.job.id = 2;
    fromFile.job.portalId = QStringLiteral("4242424");
    fromFile.job.source = Store::EnrollmentSource::Cli;
    fromFile.job.sourceFileName = QStringLiteral("leads.csv");
    Cli::JobListing fromList;
    fromList.job.id = 3;
    fromList.job.portalId = QStringLiteral("4242424");
    fromList.job.source = Store::EnrollmentSource::Cli;
    fromList.job.sourceListId = QStringLiteral("318");
    fromList.job.sourceListName = QStringLiteral("Webinar no-shows");

    const QJsonArray jobs = QJsonDocument::fromJson(Cli::jobsJson({fromList, fromFile})).array();
    QCOMPARE(jobs.size(), 2);
    const QJsonObject list = jobs.at(0).toObject();
    QCOMPARE(list.value(QStringLiteral("id")).toInteger(), 3);
    QCOMPARE(list.value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
    QCOMPARE(list.value(QStringLiteral("sourceFileName")).toString(), QString());
    QCOMPARE(list.value(QStringLiteral("sourceListId")).toString(), QStringLiteral("318"));
    QCOMPARE(list.value(QStringLiteral("sourceListName")).toString(),
             QStringLiteral("Webinar no-shows"));

    const QJsonObject file = jobs.at(1).toObject();
    QCOMPARE(file.value(QStringLiteral("sourceFileName")).toString(), QStringLiteral("leads.csv"));
    QVERIFY(file.contains(QStringLiteral("sourceListId")));
    QVERIFY(file.value(QStringLiteral("sourceListId")).isNull());
    QVERIFY(file.value(QStringLiteral("sourceListName")).isNull());
    // Every other key is the same for both kinds of job.
    QCOMPARE(list.keys(), file.keys());
}

void TestCliOutput::listsTableGuardsNamesAsTheCsvExportDoes()
{
    const QStringList names {
        kFormula, QStringLiteral("+1"),   QStringLiteral("@x"), QStringLiteral("-2 leads"),
        kTabbed,  QStringLiteral("Plain")};
    QList<HubSpot::ListSummary> lists;
    for (const QString &name : names) {
        HubSpot::ListSummary l;
        l.id = QString::number(100 + lists.size());
        l.name = name;
        l.kind = HubSpot::ListKind::Manual;
        lists << l;
    }
    HubSpot::ListSummary odd; // a processing type SeqDesk does not know: HubSpot's text
    odd.id = QStringLiteral("200");
    odd.name = QStringLiteral("Odd");
    odd.processingType = QStringLiteral("=CMD()");
    odd.size = -1; // HubSpot's number, not text: as it is
    lists << odd;

    const QList<QStringList> rows = rowsOf(Cli::listsTable(lists));
    QCOMPARE(rows.size(), 1 + lists.size()); // one line each: no name broke a row
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 5);
    QCOMPARE(rows.at(1).at(1), QLatin1Char('\'') + kFormula);
    QCOMPARE(rows.at(2).at(1), QStringLiteral("'+1"));
    QCOMPARE(rows.at(3).at(1), QStringLiteral("'@x"));
    QCOMPARE(rows.at(4).at(1), QStringLiteral("'-2 leads"));
    QCOMPARE(rows.at(5).at(1), QStringLiteral("Spring push  second line"));
    QCOMPARE(rows.at(6).at(1), QStringLiteral("Plain"));
    QCOMPARE(rows.at(7).at(2), QStringLiteral("-1"));
    QCOMPARE(rows.at(7).at(3), QStringLiteral("'=CMD()"));
}

void TestCliOutput::rulesTableGuardsTheRulesTextButNotItsOwnDashes()
{
    Cli::RuleListing l;
    l.rule.id = 4;
    l.rule.name = kFormula;
    l.rule.listId = QStringLiteral("145");
    l.rule.listName = QStringLiteral("+list");
    l.rule.sequenceId = QStringLiteral("712");
    l.sequenceName = QStringLiteral("@seq");
    l.rule.senders = {QStringLiteral("rep\t@acme.com")};
    l.rule.state = Store::RuleState::Stopped;
    l.rule.stopReason = QStringLiteral("archived\rin HubSpot");

    const QList<QStringList> rows = rowsOf(Cli::rulesTable({l}));
    QCOMPARE(rows.size(), 2);
    const QStringList row = rows.at(1);
    QCOMPARE(row.size(), 14);
    QCOMPARE(row.at(0), QStringLiteral("4"));
    QCOMPARE(row.at(1), QLatin1Char('\'') + kFormula);
    QCOMPARE(row.at(2), QStringLiteral("'+list (145)"));
    QCOMPARE(row.at(3), QStringLiteral("'@seq (712)"));
    QCOMPARE(row.at(4), QStringLiteral("single: rep @acme.com"));
    QCOMPARE(row.at(5), QStringLiteral("stopped: archived in HubSpot"));
    // SeqDesk's own "none" stays as it is: no time, no run yet.
    for (int i = 6; i < row.size(); ++i)
        QCOMPARE(row.at(i), QStringLiteral("-"));
}

void TestCliOutput::runTableGuardsNamesAndMessages()
{
    Cli::RuleOutcome skipped;
    skipped.rule.id = 2;
    skipped.rule.name = QStringLiteral("-x");
    skipped.result = Cli::RuleOutcome::Result::Failed;
    skipped.message = QStringLiteral("HubSpot said:\tno\r\n=1+1");
    Cli::RuleOutcome done;
    done.rule.id = 3;
    done.rule.name = QStringLiteral("@home");
    done.run = Store::RuleRunRecord {};
    done.run->members = 20;

    const QList<QStringList> rows = rowsOf(Cli::runTable({skipped, done}));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1),
             (QStringList {QStringLiteral("2"), QStringLiteral("'-x"), QStringLiteral("-"),
                           QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                           QStringLiteral("-"), QStringLiteral("-"),
                           QStringLiteral("failed: HubSpot said: no  =1+1")}));
    QCOMPARE(rows.at(2).size(), 9);
    QCOMPARE(rows.at(2).at(1), QStringLiteral("'@home"));
    QCOMPARE(rows.at(2).at(2), QStringLiteral("20"));
}

void TestCliOutput::previewTableGuardsInputsEmailsAndReasons()
{
    Enroll::PlannedContact unknown; // not found: the user's input is its key
    unknown.input = QStringLiteral("=1+1");
    unknown.email = QStringLiteral("@evil");
    unknown.plan = Enroll::Plan::NotFound;
    unknown.detail = QStringLiteral("+not\tfound");
    Rules::RuleRunResult preview;
    preview.plan = {unknown};
    preview.choice.skipped = {unknown};
    Cli::RuleOutcome outcome;
    outcome.rule.id = 9;
    outcome.dryRun = true;
    outcome.preview = preview;

    const QList<QStringList> rows = rowsOf(Cli::previewTable({outcome}));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1),
             (QStringList {QStringLiteral("9"), QStringLiteral("'=1+1"), QStringLiteral("'@evil"),
                           Enroll::Prediction::code(Enroll::Plan::NotFound),
                           QStringLiteral("'+not found")}));
}

void TestCliOutput::enrollTablesGuardEmailsAndHubSpotsMessages()
{
    Enroll::PlannedContact p;
    p.line = 3;
    p.contactId = QStringLiteral("101");
    p.email = QStringLiteral("=x@y.com");
    p.plan = Enroll::Plan::AlreadyEnrolled;
    p.detail = QStringLiteral("-in\tanother sequence");
    const QList<QStringList> plan = rowsOf(Cli::planTable({p}));
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.at(0),
             (QStringList {QStringLiteral("3"), QStringLiteral("101"), QStringLiteral("'=x@y.com"),
                           Enroll::Prediction::code(Enroll::Plan::AlreadyEnrolled),
                           QStringLiteral("'-in another sequence")}));

    Store::EnrollmentItemRecord item;
    item.inputLine = 4;
    item.contactId = QStringLiteral("102");
    item.email = QStringLiteral("@ana@example.com");
    item.state = Store::ItemState::Failed;
    item.hubspotMessage = QStringLiteral("+bad\r\nrequest");
    const QList<QStringList> job = rowsOf(Cli::jobTable({item}));
    QCOMPARE(job.size(), 1);
    QCOMPARE(job.at(0),
             (QStringList {QStringLiteral("4"), QStringLiteral("102"),
                           QStringLiteral("'@ana@example.com"),
                           Enroll::itemStateCode(Store::ItemState::Failed),
                           QStringLiteral("'+bad  request")}));
}

void TestCliOutput::jobsTableGuardsSenderAndLabel()
{
    Cli::JobListing listing;
    listing.job.id = 12;
    listing.job.sequenceId = QStringLiteral("712011983");
    listing.job.senderEmail = QStringLiteral("+rep@acme.com");
    listing.job.label = QStringLiteral("=label\tand\nmore");
    listing.job.createdAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);

    const QList<QStringList> rows = rowsOf(Cli::jobsTable({listing}));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).size(), 7);
    QCOMPARE(rows.at(0).at(0), QStringLiteral("12"));
    QCOMPARE(rows.at(0).at(3), QStringLiteral("712011983"));
    QCOMPARE(rows.at(0).at(4), QStringLiteral("'+rep@acme.com"));
    QCOMPARE(rows.at(0).at(6), QStringLiteral("'=label and more"));
}

void TestCliOutput::sequencesTableKeepsANameOnItsLine()
{
    Sync::Catalog catalog;
    catalog.account.portalId = 4242424;
    catalog.account.portalName = QStringLiteral("Acme\nPortal 1: 0 sequences");
    Sync::CatalogSequence s;
    s.summary.id = QStringLiteral("712");
    s.summary.name = QStringLiteral("=Spring\r\npush");
    s.summary.userId = QStringLiteral("9000694");
    catalog.sequences << s;

    const QStringList lines
        = Cli::sequencesTable(catalog).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the portal line, the header, the sequence
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Portal Acme Portal 1")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(2).contains(QStringLiteral(" '=Spring  push ")), qPrintable(lines.at(2)));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
