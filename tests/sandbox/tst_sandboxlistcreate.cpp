// HubSpot's "create a list" over real loopback HTTP, in every path family
// (ListCreateRequest -> ListCreateResponse): the answer, filters, what HubSpot refuses
// (duplicate names, bad bodies) and the write scope the list writes need.
#include "ListWriteFixture.h"

#include "sandbox/JsonViews.h"

#include <QTest>

using namespace SeqDesk::Sandbox;
using namespace SandboxPaths;
using namespace ListWrites;

class TestSandboxListCreate final : public ListWriteFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsAManualListInEveryFamily();
    void createsDynamicAndSnapshotListsWithTheirFilters();
    void createRefusesWhatHubSpotRefuses_data();
    void createRefusesWhatHubSpotRefuses();
    void duplicateNamesAreRefusedAsHubSpotDoes();
    void writesNeedTheWriteScope();
};

void TestSandboxListCreate::init()
{
    const QString error = startServer();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSandboxListCreate::createsAManualListInEveryFamily()
{
    const qint64 before = state().data().lists.constLast().listId;
    int n = 0;
    for (const QString &family : listFamilies + QStringList {QStringLiteral("/crm/v3/lists/")}) {
        m_clock.advanceMs(1000);
        const QString name = QStringLiteral("Rule: spring push %1").arg(++n);
        const ProbeResult r = m_probe->postJson(family, createBody(name));
        QCOMPARE(r.status, 200);
        QVERIFY(r.hasHeader("X-HubSpot-RateLimit-Remaining")); // a counted request
        const QJsonObject list = r.json.value(QStringLiteral("list")).toObject();
        QCOMPARE(list.value(QStringLiteral("listId")).toString(), QString::number(before + n));
        QCOMPARE(list.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(list.value(QStringLiteral("objectTypeId")).toString(), QStringLiteral("0-1"));
        QCOMPARE(list.value(QStringLiteral("processingType")).toString(), QStringLiteral("MANUAL"));
        QCOMPARE(list.value(QStringLiteral("processingStatus")).toString(),
                 QStringLiteral("COMPLETE"));
        QCOMPARE(list.value(QStringLiteral("listVersion")).toInt(), 1);
        QCOMPARE(list.value(QStringLiteral("size")).toInt(-1), 0);
        QCOMPARE(list.value(QStringLiteral("createdAt")).toString(),
                 JsonViews::isoTime(m_clock.nowUtc()));
        QVERIFY(isIsoMs(list.value(QStringLiteral("updatedAt"))));
        QVERIFY(!list.contains(QStringLiteral("filterBranch")));
        // The read endpoints know it at once.
        const QString id = list.value(QStringLiteral("listId")).toString();
        QCOMPARE(oneList(id).value(QStringLiteral("name")).toString(), name);
        const ProbeResult found
            = m_probe->postJson(QStringLiteral("/crm/v3/lists/search"),
                                {{QStringLiteral("offset"), 0},
                                 {QStringLiteral("additionalProperties"), QJsonArray {}},
                                 {QStringLiteral("query"), name}});
        QCOMPARE(found.json.value(QStringLiteral("total")).toInt(), 1);
        QVERIFY(readMembers(id).isEmpty());
    }
    QCOMPARE(m_server->stats().requests.value(QStringLiteral("lists.create")), 4);
}

void TestSandboxListCreate::createsDynamicAndSnapshotListsWithTheirFilters()
{
    QJsonObject body = createBody(QStringLiteral("Leads (active)"), QStringLiteral("DYNAMIC"));
    body.insert(QStringLiteral("filterBranch"), orBranch());
    body.insert(QStringLiteral("listFolderId"), 0);
    body.insert(QStringLiteral("customProperties"),
                QJsonObject {{QStringLiteral("team"), QStringLiteral("EMEA")}});
    const ProbeResult r = m_probe->postJson(QStringLiteral("/crm/lists/2026-03"), body);
    QCOMPARE(r.status, 200);
    const QJsonObject list = r.json.value(QStringLiteral("list")).toObject();
    QCOMPARE(list.value(QStringLiteral("processingStatus")).toString(),
             QStringLiteral("PROCESSING")); // as HubSpot's example answer
    const QJsonObject branch = list.value(QStringLiteral("filterBranch")).toObject();
    QCOMPARE(branch.value(QStringLiteral("filterBranchOperator")).toString(), QStringLiteral("OR"));
    QCOMPARE(branch.value(QStringLiteral("filterBranches"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("filterBranchOperator"))
                 .toString(),
             QStringLiteral("AND"));
    QVERIFY(isIsoMs(list.value(QStringLiteral("filtersUpdatedAt"))));
    const QString id = list.value(QStringLiteral("listId")).toString();
    QCOMPARE(oneList(id, QStringLiteral("?includeFilters=true"))
                 .value(QStringLiteral("filterBranch"))
                 .toObject(),
             branch);
    const QJsonObject plain = oneList(id, QStringLiteral("?includeFilters=false"));
    QVERIFY(!plain.contains(QStringLiteral("filterBranch")));
    QCOMPARE(plain.value(QStringLiteral("processingStatus")).toString(),
             QStringLiteral("COMPLETE")); // the sandbox evaluates no filters
    QCOMPARE(plain.value(QStringLiteral("size")).toInt(-1), 0);
    // filterBranch is optional for DYNAMIC and SNAPSHOT lists alike.
    QVERIFY(
        !createList(QStringLiteral("/crm/v3/lists"),
                    createBody(QStringLiteral("Booth scans, day 2"), QStringLiteral("SNAPSHOT")))
             .startsWith(QLatin1String("HTTP")));
}

void TestSandboxListCreate::createRefusesWhatHubSpotRefuses_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("in");
    const QJsonObject ok = createBody(QStringLiteral("Fresh list"));
    for (const char *field : {"name", "objectTypeId", "processingType"})
        QTest::addRow("%s missing", field)
            << with(ok, QLatin1String(field), QJsonValue::Undefined) << QString::fromLatin1(field);
    QTest::newRow("name a number") << with(ok, QStringLiteral("name"), 5) << QStringLiteral("name");
    QTest::newRow("name blank") << with(ok, QStringLiteral("name"), QStringLiteral("  "))
                                << QStringLiteral("name");
    QTest::newRow("processingType STATIC")
        << with(ok, QStringLiteral("processingType"), QStringLiteral("STATIC"))
        << QStringLiteral("processingType");
    QTest::newRow("objectTypeId deals")
        << with(ok, QStringLiteral("objectTypeId"), QStringLiteral("0-3"))
        << QStringLiteral("objectTypeId");
    QTest::newRow("unknown field")
        << with(ok, QStringLiteral("dynamic"), false) << QStringLiteral("dynamic");
    QTest::newRow("MANUAL with filters")
        << with(ok, QStringLiteral("filterBranch"), orBranch()) << QStringLiteral("filterBranch");
    const QJsonObject dynamic
        = with(ok, QStringLiteral("processingType"), QStringLiteral("DYNAMIC"));
    QTest::newRow("filterBranch not an object")
        << with(dynamic, QStringLiteral("filterBranch"), QJsonArray {})
        << QStringLiteral("filterBranch");
    QTest::newRow("root branch AND")
        << with(dynamic, QStringLiteral("filterBranch"),
                with(orBranch(), QStringLiteral("filterBranchType"), QStringLiteral("AND")))
        << QStringLiteral("filterBranch.filterBranchType");
    QJsonObject badChild = orBranch();
    badChild.insert(QStringLiteral("filterBranches"),
                    QJsonArray {QJsonObject {{QStringLiteral("filters"), QJsonArray {}}}});
    QTest::newRow("child branch without type")
        << with(dynamic, QStringLiteral("filterBranch"), badChild)
        << QStringLiteral("filterBranch.filterBranches[0].filterBranchType");
    QTest::newRow("listFolderId text")
        << with(ok, QStringLiteral("listFolderId"), QStringLiteral("7"))
        << QStringLiteral("listFolderId");
    QTest::newRow("listFolderId negative")
        << with(ok, QStringLiteral("listFolderId"), -1) << QStringLiteral("listFolderId");
    QTest::newRow("customProperties value")
        << with(ok, QStringLiteral("customProperties"), QJsonObject {{QStringLiteral("a"), 1}})
        << QStringLiteral("customProperties.a");
    QTest::newRow("listPermissions incomplete")
        << with(ok, QStringLiteral("listPermissions"),
                QJsonObject {{QStringLiteral("teamsWithEditAccess"), QJsonArray {}}})
        << QStringLiteral("listPermissions.usersWithEditAccess");
    QTest::newRow("membershipSettings type")
        << with(ok, QStringLiteral("membershipSettings"),
                QJsonObject {{QStringLiteral("includeUnassigned"), QStringLiteral("yes")}})
        << QStringLiteral("membershipSettings.includeUnassigned");
}

void TestSandboxListCreate::createRefusesWhatHubSpotRefuses()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, in);
    const int before = int(state().data().lists.size());
    for (const QString &family : listFamilies) {
        const ProbeResult r = m_probe->postJson(family, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
                 QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(r.errorIn(), in);
    }
    if (QByteArray(QTest::currentDataTag()) == "objectTypeId deals")
        QCOMPARE(m_probe->postJson(listFamilies.constFirst(), body)
                     .json.value(QStringLiteral("subCategory"))
                     .toString(),
                 QStringLiteral("ListError.INVALID_OBJECT_TYPE_FOR_LIST"));
    QCOMPARE(int(state().data().lists.size()), before);
    // Not JSON, not an object, not JSON at all.
    QCOMPARE(m_probe->post(listFamilies.constFirst(), "{\"name\":").errorIn(),
             QStringLiteral("body"));
    QCOMPARE(m_probe->post(listFamilies.constFirst(), "[]").errorIn(), QStringLiteral("body"));
    QCOMPARE(m_probe->post(listFamilies.constFirst(), "name=x", "text/plain").errorIn(),
             QStringLiteral("Content-Type"));
}

void TestSandboxListCreate::duplicateNamesAreRefusedAsHubSpotDoes()
{
    const QString demoName = state().data().lists.at(0).name;
    QStringList names {demoName, QStringLiteral("  ") + demoName.toUpper()};
    QVERIFY(!createList(QStringLiteral("/crm/v3/lists"), createBody(QStringLiteral("Q3 list")))
                 .startsWith(QLatin1String("HTTP")));
    names.append(QStringLiteral("q3 LIST"));
    for (const QString &family : listFamilies) {
        for (const QString &name : std::as_const(names)) {
            QJsonObject body = createBody(name);
            body.insert(QStringLiteral("objectTypeId"), QStringLiteral("0-2")); // any object
            const ProbeResult r = m_probe->postJson(family, body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
                     QStringLiteral("VALIDATION_ERROR"));
            QCOMPARE(r.json.value(QStringLiteral("subCategory")).toString(),
                     QStringLiteral("ILS.DUPLICATE_LIST_NAMES"));
            QCOMPARE(r.errorIn(), QStringLiteral("name"));
        }
    }
}

void TestSandboxListCreate::writesNeedTheWriteScope()
{
    QStringList readOnly = SandboxConfig::allScopes();
    readOnly.removeAll(QStringLiteral("crm.lists.write"));
    m_server->setGrantedScopes(readOnly);
    const QString add
        = members(QStringLiteral("/crm/lists/2026-09"), demoListId(0)) + QStringLiteral("/add");
    for (const QString &family : listFamilies) {
        const ProbeResult created = m_probe->postJson(family, createBody(QStringLiteral("X")));
        QCOMPARE(created.status, 403);
        QCOMPARE(created.json.value(QStringLiteral("category")).toString(),
                 QStringLiteral("MISSING_SCOPES"));
        QCOMPARE(strings(created.json.value(QStringLiteral("context"))
                             .toObject()
                             .value(QStringLiteral("missingScopes"))),
                 QStringList {QStringLiteral("crm.lists.write")});
        const ProbeResult edited
            = m_probe->putJson(members(family, demoListId(0)) + QStringLiteral("/add"),
                               QJsonDocument(ids({contactId(0)})));
        QCOMPARE(edited.status, 403);
        QCOMPARE(
            strings(edited.json.value(QStringLiteral("errors"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(QStringLiteral("context"))
                        .toObject()
                        .value(QStringLiteral("requiredGranularScopes"))),
            (QStringList {QStringLiteral("crm.lists.read"), QStringLiteral("crm.lists.write")}));
    }
    QCOMPARE(m_probe->get(QStringLiteral("/crm/v3/lists/") + demoListId(0)).status, 200);
    // Writing members needs read too; HubSpot's other scope set (CMS membership lists) works.
    m_server->setGrantedScopes({QStringLiteral("crm.lists.write")});
    QCOMPARE(m_probe->putJson(add, QJsonDocument(QJsonArray {})).status, 403);
    QCOMPARE(m_probe->postJson(listFamilies.at(1), createBody(QStringLiteral("W"))).status, 200);
    m_server->setGrantedScopes(
        {QStringLiteral("cms.membership.access_groups.write"), QStringLiteral("crm.lists.read")});
    QCOMPARE(m_probe->putJson(add, QJsonDocument(QJsonArray {})).status, 200);
    QCOMPARE(m_probe->postJson(listFamilies.at(2), createBody(QStringLiteral("Y"))).status, 200);
    m_server->setGrantedScopes(SandboxConfig::allScopes());
}

QTEST_GUILESS_MAIN(TestSandboxListCreate)
#include "tst_sandboxlistcreate.moc"
