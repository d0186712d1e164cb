// HubSpot's membership writes over real loopback HTTP, in every path family: add / remove /
// add-and-remove (MembershipsUpdateResponse), the refusals (DYNAMIC lists, unknown lists,
// strict bodies) and that the reads and /_sandbox/control see the same lists.
#include "ListWriteFixture.h"

#include "sandbox/JsonViews.h"

#include <QTest>

using namespace SeqDesk::Sandbox;
using namespace SandboxPaths;
using namespace ListWrites;

class TestSandboxListMembers final : public ListWriteFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void membersAreAddedAndRemovedInEveryFamily();
    void snapshotListsTakeHandChangesAndCompanyListsTakeAnyId();
    void dynamicListsRefuseHandChanges();
    void unknownListsAre404AfterTheBodyIsChecked();
    void membershipBodiesAreStrict_data();
    void membershipBodiesAreStrict();
    void controlAndTheApiChangeListsAlike();
};

void TestSandboxListMembers::init()
{
    const QString error = startServer();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSandboxListMembers::membersAreAddedAndRemovedInEveryFamily()
{
    int n = 0;
    for (const QString &family : listFamilies) {
        const QString id
            = createList(family, createBody(QStringLiteral("Hand-picked %1").arg(++n)));
        const qint64 a = contactId(10 + n);
        const qint64 b = contactId(20 + n);
        const qint64 c = contactId(30 + n);
        m_clock.advanceMs(60000);
        const QDateTime addedAt = m_clock.nowUtc();
        ProbeResult r = m_probe->putJson(members(family, id) + QStringLiteral("/add"),
                                         QJsonDocument(ids({b, a, 5, b})));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.json.keys(),
            (QStringList {QStringLiteral("recordIdsMissing"), QStringLiteral("recordIdsRemoved"),
                          QStringLiteral("recordsIdsAdded")})); // sic
        QCOMPARE(strings(r.json.value(QStringLiteral("recordsIdsAdded"))), strings(ids({a, b})));
        QCOMPARE(strings(r.json.value(QStringLiteral("recordIdsMissing"))),
                 QStringList {QStringLiteral("5")});
        QVERIFY(r.json.value(QStringLiteral("recordIdsRemoved")).toArray().isEmpty());
        r = m_probe->putJson(members(family, id) + QStringLiteral("/add"), QJsonDocument(ids({a})));
        QVERIFY(r.json.value(QStringLiteral("recordsIdsAdded")).toArray().isEmpty()); // already in
        const ProbeResult page = m_probe->get(members(family, id));
        QCOMPARE(memberIds(page), strings(ids({a, b})));
        QCOMPARE(page.json.value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("membershipTimestamp"))
                     .toString(),
                 JsonViews::isoTime(addedAt));
        QJsonObject list = oneList(id);
        QCOMPARE(list.value(QStringLiteral("size")).toInt(), 2);
        QCOMPARE(list.value(QStringLiteral("updatedAt")).toString(), JsonViews::isoTime(addedAt));
        QCOMPARE(list.value(QStringLiteral("additionalProperties"))
                     .toObject()
                     .value(QStringLiteral("hs_last_record_added_at"))
                     .toString(),
                 QString::number(addedAt.toMSecsSinceEpoch()));
        m_clock.advanceMs(60000);
        r = m_probe->putJson(members(family, id) + QStringLiteral("/remove"),
                             QJsonDocument(ids({a, c, 7})));
        QCOMPARE(strings(r.json.value(QStringLiteral("recordIdsRemoved"))), strings(ids({a})));
        QCOMPARE(strings(r.json.value(QStringLiteral("recordIdsMissing"))),
                 QStringList {QStringLiteral("7")});
        QVERIFY(r.json.value(QStringLiteral("recordsIdsAdded")).toArray().isEmpty());
        list = oneList(id);
        QCOMPARE(list.value(QStringLiteral("additionalProperties"))
                     .toObject()
                     .value(QStringLiteral("hs_last_record_removed_at"))
                     .toString(),
                 QString::number(m_clock.nowUtc().toMSecsSinceEpoch()));
        r = m_probe->putJson(
            members(family, id) + QStringLiteral("/add-and-remove"),
            QJsonDocument(QJsonObject {{QStringLiteral("recordIdsToAdd"), ids({c})},
                                       {QStringLiteral("recordIdsToRemove"), ids({b, 9})}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(strings(r.json.value(QStringLiteral("recordsIdsAdded"))), strings(ids({c})));
        QCOMPARE(strings(r.json.value(QStringLiteral("recordIdsRemoved"))), strings(ids({b})));
        QCOMPARE(strings(r.json.value(QStringLiteral("recordIdsMissing"))),
                 QStringList {QStringLiteral("9")});
        QCOMPARE(readMembers(id), strings(ids({c})));
        QCOMPARE(oneList(id).value(QStringLiteral("size")).toInt(), 1);
        // An empty change is fine and changes nothing.
        const QDateTime lastChange = m_clock.nowUtc();
        m_clock.advanceMs(1000);
        r = m_probe->putJson(members(family, id) + QStringLiteral("/add"),
                             QJsonDocument(QJsonArray {}));
        QCOMPARE(r.status, 200);
        QCOMPARE(oneList(id).value(QStringLiteral("updatedAt")).toString(),
                 JsonViews::isoTime(lastChange));
    }
    const QMap<QString, int> counted = m_server->stats().requests;
    QCOMPARE(counted.value(QStringLiteral("lists.membershipsAdd")), 9);
    QCOMPARE(counted.value(QStringLiteral("lists.membershipsRemove")), 3);
    QCOMPARE(counted.value(QStringLiteral("lists.membershipsAddAndRemove")), 3);
}

void TestSandboxListMembers::snapshotListsTakeHandChangesAndCompanyListsTakeAnyId()
{
    const QString snapshot = demoListId(3);
    QCOMPARE(state().data().lists.at(3).processingType, QStringLiteral("SNAPSHOT"));
    const qint64 outsider = contactId(1999);
    const int before = int(state().data().lists.at(3).members.size());
    const bool wasMember = state().data().lists.at(3).members.contains(outsider);
    ProbeResult r = m_probe->putJson(members(QStringLiteral("/crm/v3/lists"), snapshot)
                                         + QStringLiteral("/add"),
                                     QJsonDocument(ids({outsider})));
    QCOMPARE(r.status, 200);
    QCOMPARE(oneList(snapshot).value(QStringLiteral("size")).toInt(), before + (wasMember ? 0 : 1));
    // The sandbox has no company records: on a company list every id counts as existing.
    QJsonObject body = createBody(QStringLiteral("Target accounts, hand-picked"));
    body.insert(QStringLiteral("objectTypeId"), QStringLiteral("0-2"));
    const QString companies = createList(QStringLiteral("/crm/lists/2026-09"), body);
    r = m_probe->putJson(members(QStringLiteral("/crm/lists/2026-09"), companies)
                             + QStringLiteral("/add"),
                         QJsonDocument(ids({42, 9100000001LL})));
    QCOMPARE(strings(r.json.value(QStringLiteral("recordsIdsAdded"))),
             strings(ids({42, 9100000001LL})));
    QVERIFY(r.json.value(QStringLiteral("recordIdsMissing")).toArray().isEmpty());
}

void TestSandboxListMembers::dynamicListsRefuseHandChanges()
{
    const QString created
        = createList(QStringLiteral("/crm/v3/lists"),
                     createBody(QStringLiteral("Active leads"), QStringLiteral("DYNAMIC")));
    const QVector<qint64> before = state().data().lists.at(1).members;
    for (const QString &id : {demoListId(1), demoListId(5), created}) {
        for (const QString &family : listFamilies) {
            const QString base = members(family, id);
            const QList<ProbeResult> answers {
                m_probe->putJson(base + QStringLiteral("/add"), QJsonDocument(ids({contactId(0)}))),
                m_probe->putJson(base + QStringLiteral("/remove"),
                                 QJsonDocument(ids({before.constFirst()}))),
                m_probe->putJson(base + QStringLiteral("/add-and-remove"),
                                 QJsonDocument(QJsonObject {
                                     {QStringLiteral("recordIdsToAdd"), QJsonArray {}},
                                     {QStringLiteral("recordIdsToRemove"), QJsonArray {}}}))};
            for (const ProbeResult &r : answers) {
                QCOMPARE(r.status, 400);
                QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
                         QStringLiteral("VALIDATION_ERROR"));
                QCOMPARE(r.json.value(QStringLiteral("subCategory")).toString(),
                         QStringLiteral("ListError.DYNAMIC_LIST_MEMBERSHIPS_NOT_EDITABLE"));
                QVERIFY(r.json.value(QStringLiteral("message"))
                            .toString()
                            .contains(QStringLiteral("DYNAMIC")));
            }
        }
    }
    QCOMPARE(state().data().lists.at(1).members, before);
}

void TestSandboxListMembers::unknownListsAre404AfterTheBodyIsChecked()
{
    for (const QString &family : listFamilies) {
        for (const QString &id : {QStringLiteral("999999"), QStringLiteral("abc")}) {
            for (const char *op : {"/add", "/remove"}) {
                const ProbeResult r = m_probe->putJson(members(family, id) + QLatin1String(op),
                                                       QJsonDocument(ids({contactId(0)})));
                QCOMPARE(r.status, 404);
                QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
                         QStringLiteral("OBJECT_NOT_FOUND"));
            }
            QCOMPARE(m_probe->put(members(family, id) + QStringLiteral("/add"), "{}").status, 400);
        }
    }
    // Wrong methods on the write paths.
    QCOMPARE(
        m_probe->get(members(listFamilies.at(1), demoListId(0)) + QStringLiteral("/add")).status,
        405);
    QCOMPARE(
        m_probe->post(members(listFamilies.at(2), demoListId(0)) + QStringLiteral("/remove"), "[]")
            .status,
        405);
}

void TestSandboxListMembers::membershipBodiesAreStrict_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("in");
    QTest::newRow("object for add")
        << QStringLiteral("/add") << QByteArray("{\"ids\":[\"1\"]}") << QStringLiteral("body");
    QTest::newRow("number id") << QStringLiteral("/add") << QByteArray("[\"101\", 102]")
                               << QStringLiteral("body[1]");
    QTest::newRow("text id") << QStringLiteral("/remove") << QByteArray("[\"abc\"]")
                             << QStringLiteral("body[0]");
    QTest::newRow("not JSON") << QStringLiteral("/remove") << QByteArray("[\"1\"")
                              << QStringLiteral("body");
    QTest::newRow("array for add-and-remove")
        << QStringLiteral("/add-and-remove") << QByteArray("[]") << QStringLiteral("body");
    QTest::newRow("recordIdsToRemove missing")
        << QStringLiteral("/add-and-remove") << QByteArray("{\"recordIdsToAdd\":[]}")
        << QStringLiteral("recordIdsToRemove");
    QTest::newRow("recordIdsToAdd a string")
        << QStringLiteral("/add-and-remove")
        << QByteArray("{\"recordIdsToAdd\":\"1\",\"recordIdsToRemove\":[]}")
        << QStringLiteral("recordIdsToAdd");
    QTest::newRow("number in recordIdsToAdd")
        << QStringLiteral("/add-and-remove")
        << QByteArray("{\"recordIdsToAdd\":[1],\"recordIdsToRemove\":[]}")
        << QStringLiteral("recordIdsToAdd[0]");
    QTest::newRow("unknown field") << QStringLiteral("/add-and-remove")
                                   << QByteArray("{\"recordIdsToAdd\":[],\"recordIdsToRemove\":[],"
                                                 "\"listId\":\"1\"}")
                                   << QStringLiteral("listId");
}

void TestSandboxListMembers::membershipBodiesAreStrict()
{
    QFETCH(QString, op);
    QFETCH(QByteArray, body);
    QFETCH(QString, in);
    const QVector<qint64> before = state().data().lists.at(0).members;
    for (const QString &family : listFamilies) {
        const ProbeResult r = m_probe->put(members(family, demoListId(0)) + op, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
                 QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(r.errorIn(), in);
    }
    QCOMPARE(
        m_probe->put(members(listFamilies.constFirst(), demoListId(0)) + op, "[]", "text/plain")
            .errorIn(),
        QStringLiteral("Content-Type"));
    QCOMPARE(state().data().lists.at(0).members, before);
}

void TestSandboxListMembers::controlAndTheApiChangeListsAlike()
{
    const QString id
        = createList(QStringLiteral("/crm/v3/lists"), createBody(QStringLiteral("Shared state")));
    const qint64 a = contactId(3);
    const qint64 b = contactId(4);
    m_clock.advanceMs(5000);
    const ProbeResult c
        = m_probe->postJson(QStringLiteral("/_sandbox/control"),
                            {{QStringLiteral("addListMembers"),
                              QJsonObject {{QStringLiteral("listId"), id},
                                           {QStringLiteral("recordIds"), ids({a, b})}}}});
    QCOMPARE(c.status, 200);
    QCOMPARE(c.json.value(QStringLiteral("listSizes")).toObject().value(id).toInt(), 2);
    const QDateTime controlAt = m_clock.nowUtc();
    m_clock.advanceMs(5000);
    const ProbeResult r = m_probe->putJson(
        QStringLiteral("/crm/v3/lists/") + id + QStringLiteral("/memberships/add-and-remove"),
        QJsonDocument(QJsonObject {{QStringLiteral("recordIdsToAdd"), ids({a})},
                                   {QStringLiteral("recordIdsToRemove"), ids({b})}}));
    QVERIFY(r.json.value(QStringLiteral("recordsIdsAdded")).toArray().isEmpty()); // a is in
    QCOMPARE(strings(r.json.value(QStringLiteral("recordIdsRemoved"))), strings(ids({b})));
    const ProbeResult page
        = m_probe->get(QStringLiteral("/crm/v3/lists/") + id + QStringLiteral("/memberships"));
    QCOMPARE(memberIds(page), strings(ids({a})));
    QCOMPARE(page.json.value(QStringLiteral("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("membershipTimestamp"))
                 .toString(),
             JsonViews::isoTime(controlAt)); // joined when control added it
    // Control stays the sandbox's hand for HubSpot's own processing: it may change DYNAMIC lists.
    QCOMPARE(m_probe
                 ->postJson(QStringLiteral("/_sandbox/control"),
                            {{QStringLiteral("removeListMembers"),
                              QJsonObject {{QStringLiteral("listId"), demoListId(1)},
                                           {QStringLiteral("recordIds"),
                                            ids({state().data().lists.at(1).members.at(0)})}}}})
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestSandboxListMembers)
#include "tst_sandboxlistmembers.moc"
