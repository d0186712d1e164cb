#include "hubspot/Parsers.h"

#include <QtTest>

using namespace SeqDesk::HubSpot;

namespace {

QByteArray sequenceJson()
{
    return QByteArrayLiteral(R"({
      "id":"712515259","name":"Intro","userId":"95142122","folderId":"7",
      "createdAt":"2024-06-26T18:37:01.146Z","updatedAt":"2024-06-27T10:00:00Z",
      "brandNewTopLevelField":{"x":1},
      "steps":[
        {"id":"1","stepOrder":0,"actionType":"EMAIL","delayMillis":0,
         "createdAt":"2024-06-26T18:37:01.146Z","updatedAt":"2024-06-26T18:37:01.146Z",
         "emailPattern":{"id":"11","templateId":"555","threadEmailToStepOrder":0,
           "createdAt":"2024-06-26T18:37:01.146Z","updatedAt":"2024-06-26T18:37:01.146Z"}},
        {"id":"2","stepOrder":1,"actionType":"TASK","delayMillis":86400000,
         "createdAt":"2024-06-26T18:37:01.146Z","updatedAt":"2024-06-26T18:37:01.146Z",
         "taskPattern":{"id":"12","taskType":"CALL","taskPriority":"HIGH","subject":"Call",
           "queueId":3,"templateId":99,
           "createdAt":"2024-06-26T18:37:01.146Z","updatedAt":"2024-06-26T18:37:01.146Z"}},
        {"id":"3","stepOrder":2,"actionType":"QUANTUM_TELEPORT","delayMillis":5,
         "createdAt":"2024-06-26T18:37:01.146Z","updatedAt":"2024-06-26T18:37:01.146Z"}
      ],
      "settings":{"id":"9","eligibleFollowUpDays":"BUSINESS_DAYS",
        "individualTaskRemindersEnabled":true,"sellingStrategy":"LEAD_BASED",
        "sendWindowStartMinute":480,"sendWindowEndMinute":1020,"taskReminderMinute":540,
        "createdAt":"2024-06-26T18:37:01.146Z","updatedAt":"2024-06-26T18:37:01.146Z"},
      "dependencies":[{"id":"4","dependencyType":"TASK_COMPLETION",
        "reliesOnSequenceStepId":"2","reliesOnStepOrder":1,
        "requiredBySequenceStepId":"3","requiredByStepOrder":2,
        "createdAt":"2024-06-26T18:37:01.146Z","updatedAt":"2024-06-26T18:37:01.146Z"}]
    })");
}

} // namespace

class TestHubSpotParsers final : public QObject
{
    Q_OBJECT

private slots:
    void accountDetailsReadsEveryField()
    {
        const auto r = parseAccountDetails(QByteArrayLiteral(
            R"({"portalId":62515,"accountType":"STANDARD","timeZone":"US/Eastern",
                "companyCurrency":"USD","additionalCurrencies":["EUR"],"utcOffset":"-04:00",
                "utcOffsetMilliseconds":-14400000,"uiDomain":"app.hubspot.com",
                "dataHostingLocation":"na1","portalName":"Demo","createdAt":1700000000000})"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().portalId, 62515);
        QCOMPARE(r.value().timeZone, QStringLiteral("US/Eastern"));
        QCOMPARE(r.value().utcOffsetMilliseconds, -14400000);
        QCOMPARE(r.value().additionalCurrencies, QStringList {QStringLiteral("EUR")});
        QCOMPARE(r.value().portalName, QStringLiteral("Demo"));
    }

    void accountDetailsMissingTimeZoneIsParseErrorNamingIt()
    {
        const auto r = parseAccountDetails(QByteArrayLiteral(
            R"({"portalId":1,"accountType":"STANDARD","companyCurrency":"USD","utcOffset":"Z",
                "utcOffsetMilliseconds":0,"uiDomain":"a","dataHostingLocation":"na1"})"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Parse);
        QCOMPARE(r.error().endpoint, Endpoint::AccountDetails);
        QVERIFY2(r.error().message.contains(QLatin1String("'timeZone'")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("account details")));
    }

    void invalidJsonIsParseErrorNotCrash()
    {
        for (const QByteArray &body : {QByteArrayLiteral("{\"id\": "), QByteArrayLiteral("<html>"),
                                       QByteArray(), QByteArrayLiteral("[1,2]")}) {
            const auto r = parseSequenceDetail(body);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, ErrorKind::Parse);
            QVERIFY(r.error().message.startsWith(QLatin1String("sequence: ")));
        }
    }

    void wrongTypeIsParseErrorNamingFieldAndTypes()
    {
        const auto r = parseEnrollmentResult(QByteArrayLiteral(
            R"({"id":"5","toEmail":42,"enrolledAt":"2024-06-26T18:37:01Z","updatedAt":"2024-06-26T18:37:01Z"})"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("'toEmail'"))
                     && r.error().message.contains(QLatin1String("expected string, got number")),
                 qPrintable(r.error().message));
    }

    void badTimestampIsParseError()
    {
        const auto r = parseEnrollmentResult(QByteArrayLiteral(
            R"({"id":"5","toEmail":"a@b.c","enrolledAt":"yesterday","updatedAt":"2024-06-26T18:37:01Z"})"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("'enrolledAt'")));
    }

    void enrollmentResultReadsTheFourFields()
    {
        const auto r = parseEnrollmentResult(QByteArrayLiteral(
            R"({"id":"888","toEmail":"a@b.c","enrolledAt":"2024-06-26T18:37:01.146Z","updatedAt":"2024-06-26T18:37:01.146Z","extra":true})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().id, QStringLiteral("888"));
        QCOMPARE(r.value().enrolledAt,
                 QDateTime(QDate(2024, 6, 26), QTime(18, 37, 1, 146), Qt::UTC));
        QVERIFY(!r.value().recovered);
    }

    void sequenceDetailToleratesUnknownFieldsAndEnums()
    {
        const auto r = parseSequenceDetail(sequenceJson());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const SequenceDetail &d = r.value();
        QCOMPARE(d.id, QStringLiteral("712515259"));
        QCOMPARE(d.steps.size(), 3);
        QCOMPARE(d.steps[0].actionType, SequenceStep::ActionType::Email);
        QCOMPARE(d.steps[0].emailPattern->templateId, QStringLiteral("555"));
        QCOMPARE(d.steps[1].taskPattern->taskType, QStringLiteral("CALL"));
        QCOMPARE(d.steps[1].taskPattern->templateId, QStringLiteral("99")); // int64 in v4
        QCOMPARE(d.steps[1].delayMillis, 86400000);
        QCOMPARE(d.steps[2].actionType, SequenceStep::ActionType::Unknown);
        QCOMPARE(d.steps[2].actionTypeRaw, QStringLiteral("QUANTUM_TELEPORT"));
        QVERIFY(d.settings.has_value());
        QCOMPARE(d.settings->sendWindowStartMinute, 480);
        QCOMPARE(d.dependencies.size(), 1);
        QCOMPARE(d.dependencies[0].requiredByStepOrder, 2);
    }

    void sequenceDetailFromANewerVersionKeepsUnknownTypesRaw()
    {
        // A 2026-09-shaped answer with values this build does not know: a step type with a
        // pattern object of its own, a task type, a dependency type; templateId as a string.
        const auto r = parseSequenceDetail(QByteArrayLiteral(R"({
          "id":"712515260","name":"Next","userId":"95142122",
          "createdAt":"2026-09-10T08:00:00.000Z","updatedAt":"2026-09-10T08:00:00.000Z",
          "steps":[
            {"id":"1","stepOrder":0,"actionType":"WHATSAPP_MESSAGE","delayMillis":0,
             "createdAt":"2026-09-10T08:00:00.000Z","updatedAt":"2026-09-10T08:00:00.000Z",
             "whatsappPattern":{"id":"21","templateId":"77"}},
            {"id":"2","stepOrder":1,"actionType":"TASK","delayMillis":3600000,
             "createdAt":"2026-09-10T08:00:00.000Z","updatedAt":"2026-09-10T08:00:00.000Z",
             "taskPattern":{"id":"22","taskType":"VIDEO_CALL","taskPriority":"URGENT",
               "templateId":"9007199254740993",
               "createdAt":"2026-09-10T08:00:00.000Z","updatedAt":"2026-09-10T08:00:00.000Z"}},
            {"id":"3","stepOrder":2,"actionType":"FINISH_ENROLLMENT","delayMillis":0,
             "createdAt":"2026-09-10T08:00:00.000Z","updatedAt":"2026-09-10T08:00:00.000Z"}
          ],
          "dependencies":[{"id":"4","dependencyType":"REPLY_RECEIVED",
            "reliesOnSequenceStepId":"1","reliesOnStepOrder":0,
            "requiredBySequenceStepId":"2","requiredByStepOrder":1,
            "createdAt":"2026-09-10T08:00:00.000Z","updatedAt":"2026-09-10T08:00:00.000Z"}]
        })"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const SequenceDetail &d = r.value();
        QCOMPARE(d.steps.size(), 3);
        QCOMPARE(d.steps[0].actionType, SequenceStep::ActionType::Unknown);
        QCOMPARE(d.steps[0].actionTypeRaw, QStringLiteral("WHATSAPP_MESSAGE"));
        QVERIFY(!d.steps[0].emailPattern && !d.steps[0].taskPattern);
        QCOMPARE(d.steps[1].actionType, SequenceStep::ActionType::Task);
        QCOMPARE(d.steps[1].taskPattern->taskType, QStringLiteral("VIDEO_CALL"));
        QCOMPARE(d.steps[1].taskPattern->taskPriority, QStringLiteral("URGENT"));
        QCOMPARE(d.steps[1].taskPattern->templateId, QStringLiteral("9007199254740993"));
        QCOMPARE(d.steps[2].actionType, SequenceStep::ActionType::FinishEnrollment);
        QVERIFY(!d.settings);
        QCOMPARE(d.dependencies.at(0).dependencyType, QStringLiteral("REPLY_RECEIVED"));
    }

    void sequenceDetailMissingStepFieldNamesItsPath()
    {
        QByteArray json = sequenceJson();
        json.replace("\"stepOrder\":1,", "");
        const auto r = parseSequenceDetail(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("'steps[1].stepOrder'")),
                 qPrintable(r.error().message));
    }

    void ownersPageReadsOptionalUserIdAndCursor()
    {
        const auto r = parseOwnersPage(QByteArrayLiteral(R"({"results":[
            {"id":"1","type":"PERSON","archived":false,"email":"a@x.com","userId":101,
             "createdAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-01T00:00:00Z",
             "teams":[{"id":"7","name":"Sales","primary":true}]},
            {"id":"2","type":"QUEUE","archived":false,
             "createdAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-01T00:00:00Z"},
            {"id":"3","type":"ROBOT","archived":false,"userIdIncludingInactive":5,
             "createdAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-01T00:00:00Z"}],
            "paging":{"next":{"after":"abc","link":"x"}}})"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().items.size(), 3);
        QVERIFY(r.value().items[0].isActiveUser());
        QCOMPARE(*r.value().items[0].userId, 101);
        QCOMPARE(r.value().items[0].teams[0].name, QStringLiteral("Sales"));
        QVERIFY(!r.value().items[1].isActiveUser());
        QCOMPARE(r.value().items[2].type, Owner::Type::Unknown);
        QVERIFY(!r.value().items[2].isActiveUser());
        QCOMPARE(r.value().nextAfter, QStringLiteral("abc"));
    }

    void pagingNextWithoutAfterIsParseError()
    {
        const auto r = parseSequencesPage(
            QByteArrayLiteral(R"({"results":[],"total":0,"paging":{"next":{"link":"x"}}})"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("'paging.next.after'")),
                 qPrintable(r.error().message));
    }

    void sequencesPageWithoutNextIsLastPage()
    {
        const auto r = parseSequencesPage(QByteArrayLiteral(R"({"results":[
            {"id":"5","name":"A","userId":"9","createdAt":"2024-01-01T00:00:00Z",
             "updatedAt":"2024-01-01T00:00:00Z"}],"total":1})"));
        QVERIFY(r.ok());
        QVERIFY(r.value().nextAfter.isEmpty());
        QCOMPARE(*r.value().total, 1);
        QCOMPARE(r.value().items[0].userId, QStringLiteral("9"));
    }

    void resultsThatAreNotAnArrayIsParseError()
    {
        const auto r = parseOwnersPage(QByteArrayLiteral(R"({"results":{}})"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("expected array")));
    }

    void contactEnrollmentReadsAllFields()
    {
        const auto r = parseContactEnrollment(QByteArrayLiteral(
            R"({"id":"1","sequenceId":"2","sequenceName":"S","enrolledAt":"2024-01-01T00:00:00Z",
                "enrolledBy":"9","enrolledByEmail":"r@x.com","toEmail":"c@y.com",
                "updatedAt":"2024-01-01T00:00:00Z"})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().sequenceId, QStringLiteral("2"));
        QCOMPARE(r.value().enrolledByEmail, QStringLiteral("r@x.com"));
    }

    void batchRead207KeepsFoundAndNotFound()
    {
        const auto r = parseBatchRead(QByteArrayLiteral(R"({"status":"COMPLETE",
            "results":[{"id":"101","properties":{"email":"a@x.com","firstname":null},
              "createdAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-01T00:00:00Z","archived":false}],
            "numErrors":1,
            "errors":[{"status":"error","category":"OBJECT_NOT_FOUND","message":"not found",
                       "context":{"ids":["999","998"]}},
                      {"status":"error","category":"VALIDATION_ERROR","message":"odd"}],
            "startedAt":"2024-01-01T00:00:00Z","completedAt":"2024-01-01T00:00:00Z"})"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().found.size(), 1);
        QCOMPARE(r.value().found[0].properties.value(QStringLiteral("email")),
                 QStringLiteral("a@x.com"));
        QVERIFY(r.value().found[0].properties.contains(QStringLiteral("firstname")));
        QVERIFY(r.value().found[0].properties.value(QStringLiteral("firstname")).isNull());
        QCOMPARE(r.value().notFound, (QStringList {QStringLiteral("999"), QStringLiteral("998")}));
        QCOMPARE(r.value().errors.size(), 1);
    }

    // A fuzz regression (tests/fuzz, UBSan): a number out of qint64's range in a 207's
    // errors[].context was converted to qint64 (undefined; INT64_MIN on x86).
    void batchRead207KeepsOnlyWholeNumberIdsOfNotFound()
    {
        const auto r = parseBatchRead(QByteArrayLiteral(R"({"results":[],
            "errors":[{"category":"OBJECT_NOT_FOUND",
                       "context":{"ids":[1e300,999,-9.3e18,1.5,"1000"]}}]})"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().notFound, (QStringList {QStringLiteral("999"), QStringLiteral("1000")}));
    }

    void contactWithObjectPropertyIsParseError()
    {
        const auto r = parseBatchRead(
            QByteArrayLiteral(R"({"results":[{"id":"1","properties":{"email":{"nested":1}}}]})"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("results[0].properties.email")),
                 qPrintable(r.error().message));
    }

    void searchPageReadsTotalResultsAndCursor()
    {
        const auto r = parseSearchPage(QByteArrayLiteral(R"({"total":412,
            "results":[{"id":"5","properties":{"email":"q@x.com"}}],
            "paging":{"next":{"after":"100"}}})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().total, 412);
        QCOMPARE(r.value().nextAfter, QStringLiteral("100"));
        QCOMPARE(r.value().results[0].id, QStringLiteral("5"));
    }

    void searchPageMissingTotalIsParseError()
    {
        const auto r = parseSearchPage(QByteArrayLiteral(R"({"results":[]})"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("'total'")));
        QCOMPARE(r.error().endpoint, Endpoint::ContactsSearch);
    }

    void membershipsAcceptNumericRecordIds()
    {
        const auto r = parseMembershipsPage(QByteArrayLiteral(R"({"results":[
            {"recordId":"11","membershipTimestamp":"2024-01-01T00:00:00Z"},{"recordId":12}],
            "total":2})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().items[1].recordId, QStringLiteral("12"));
    }

    void idOfWrongTypeIsParseError()
    {
        const auto r
            = parseMembershipsPage(QByteArrayLiteral(R"({"results":[{"recordId":true}]})"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("'results[0].recordId'")));
    }
};

QTEST_GUILESS_MAIN(TestHubSpotParsers)
#include "tst_hubspotparsers.moc"
