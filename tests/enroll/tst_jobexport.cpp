// What the wizard and seqdesk-cli export: CSV quoting (and formula injection), the plan's
// CSV and the job's JSON with the classic keys.
#include "enroll/JobExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SeqDesk;
using Store::EnrollmentItemRecord;
using Store::ItemState;

class TestJobExport final : public QObject
{
    Q_OBJECT

private slots:
    void csvFieldsAreQuotedOnlyWhenNeeded_data();
    void csvFieldsAreQuotedOnlyWhenNeeded();
    void planCsvHasOneRowPerContactAndInvalidLine();
    void jobJsonListsEachContactUnderItsOutcome();
    void jobJsonNamesTheListOnlyOfAJobFromAList();
    void saveFileNamesThePathWhenItCannotWrite();
};

void TestJobExport::csvFieldsAreQuotedOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("ana@example.com")
                           << QStringLiteral("ana@example.com");
    QTest::newRow("comma") << QStringLiteral("Lima, Ana") << QStringLiteral("\"Lima, Ana\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                             << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("empty") << QString() << QString();
}

void TestJobExport::csvFieldsAreQuotedOnlyWhenNeeded()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(Enroll::csvField(value), field);
}

void TestJobExport::planCsvHasOneRowPerContactAndInvalidLine()
{
    Enroll::PlannedContact enroll;
    enroll.input = QStringLiteral("101");
    enroll.line = 1;
    enroll.contactId = QStringLiteral("101");
    enroll.email = QStringLiteral("ana@example.com");
    Enroll::PlannedContact deferred = enroll;
    deferred.line = 2;
    deferred.plan = Enroll::Plan::Deferred;
    deferred.eligibleAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    Enroll::InputProblem bad {3, QStringLiteral("12O45"), QStringLiteral("not an id, a")};
    const QList<QByteArray> rows = Enroll::planCsv({enroll, deferred}, {bad}).split('\n');
    QCOMPARE(rows.size(), 5); // header, 2 contacts, 1 invalid, the empty rest
    QCOMPARE(rows.at(0), QByteArray("line,input,contact_id,email,outcome,detail,eligible_at\r"));
    QCOMPARE(rows.at(1), QByteArray("1,101,101,ana@example.com,enroll,,\r"));
    QCOMPARE(rows.at(2), QByteArray("2,101,101,ana@example.com,deferred,,2026-11-24T09:30:00Z\r"));
    QCOMPARE(rows.at(3), QByteArray("3,12O45,,,invalid,\"not an id, a\",\r"));
}

void TestJobExport::jobJsonListsEachContactUnderItsOutcome()
{
    Store::EnrollmentJobRecord job;
    job.id = 7;
    job.state = Store::JobState::Paused;
    job.sequenceId = QStringLiteral("55");
    QList<EnrollmentItemRecord> items;
    const QList<ItemState> states {ItemState::Enrolled, ItemState::Enrolled, ItemState::Skipped,
                                   ItemState::Failed,   ItemState::Deferred, ItemState::Pending,
                                   ItemState::InFlight};
    for (int i = 0; i < states.size(); ++i) {
        EnrollmentItemRecord item;
        item.contactId = QString::number(100 + i);
        item.state = states.at(i);
        item.inputLine = i + 1;
        if (item.state == ItemState::Enrolled)
            item.enrollmentId = QStringLiteral("88%1").arg(i);
        items << item;
    }
    const QJsonObject doc = QJsonDocument::fromJson(Enroll::jobJson(job, items, {})).object();
    QCOMPARE(doc.value(QStringLiteral("job")).toInt(), 7);
    QCOMPARE(doc.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    QCOMPARE(doc.value(QStringLiteral("enrolled")).toArray().size(), 2);
    QCOMPARE(doc.value(QStringLiteral("skipped")).toArray().size(), 1);
    QCOMPARE(doc.value(QStringLiteral("failed")).toArray().size(), 1);
    QCOMPARE(doc.value(QStringLiteral("deferred")).toArray().size(), 1);
    QCOMPARE(doc.value(QStringLiteral("pending")).toArray().size(), 2); // in flight counts too
    QCOMPARE(doc.value(QStringLiteral("enrolled"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("enrollmentId")),
             QStringLiteral("881"));
    QCOMPARE(doc.value(QStringLiteral("pending"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("line")),
             7); // input order kept within a list
}

void TestJobExport::jobJsonNamesTheListOnlyOfAJobFromAList()
{
    Store::EnrollmentJobRecord job;
    job.id = 8;
    job.sequenceId = QStringLiteral("55");
    const QJsonObject pasted = QJsonDocument::fromJson(Enroll::jobJson(job, {}, {})).object();
    QVERIFY(!pasted.contains(QStringLiteral("sourceListId")));
    QVERIFY(!pasted.contains(QStringLiteral("sourceListName")));

    job.sourceListId = QStringLiteral("318");
    job.sourceListName = QStringLiteral("Webinar no-shows");
    const QJsonObject fromList = QJsonDocument::fromJson(Enroll::jobJson(job, {}, {})).object();
    QCOMPARE(fromList.value(QStringLiteral("sourceListId")).toString(), QStringLiteral("318"));
    QCOMPARE(fromList.value(QStringLiteral("sourceListName")).toString(),
             QStringLiteral("Webinar no-shows"));
    // The keys of a job from pasted text are all still there, as they were.
    for (const QString &key : pasted.keys())
        QCOMPARE(fromList.value(key), pasted.value(key));
    QCOMPARE(fromList.size(), pasted.size() + 2);
}

void TestJobExport::saveFileNamesThePathWhenItCannotWrite()
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("missing/folder/out.csv"));
    QVERIFY(!Enroll::saveFile(path, "x", &error));
    QVERIFY2(error.contains(QStringLiteral("out.csv")), qPrintable(error));
    QVERIFY(Enroll::saveFile(dir.filePath(QStringLiteral("out.csv")), "x", &error));
}

QTEST_GUILESS_MAIN(TestJobExport)
#include "tst_jobexport.moc"
