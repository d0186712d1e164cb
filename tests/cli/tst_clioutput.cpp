// seqdesk-cli's outputs of jobs, from records (no store, no server).
#include "cli/CliOutput.h"

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
};

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

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
