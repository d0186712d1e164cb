// HubSpot's lists over real loopback HTTP: search paging and strict checks, one list,
// memberships paging (also while members change), control of members, the big list option.
#include "SandboxHttpFixture.h"

#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace SeqDesk::Sandbox;
using namespace SandboxPaths;

namespace {

const QStringList listFamilies {QStringLiteral("/crm/v3/lists"),
                                QStringLiteral("/crm/lists/2026-03"),
                                QStringLiteral("/crm/lists/2026-09")};

QJsonObject searchBody(const QJsonObject &extra = {})
{
    QJsonObject body {{QStringLiteral("offset"), 0},
                      {QStringLiteral("additionalProperties"), QJsonArray {}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QStringList listIdsOf(const ProbeResult &r)
{
    QStringList ids;
    for (const QJsonValue &v : r.json.value(QStringLiteral("lists")).toArray())
        ids.append(v.toObject().value(QStringLiteral("listId")).toString());
    return ids;
}

QString nextAfter(const ProbeResult &r)
{
    return r.json.value(QStringLiteral("paging"))
        .toObject()
        .value(QStringLiteral("next"))
        .toObject()
        .value(QStringLiteral("after"))
        .toString();
}

} // namespace

class TestSandboxLists final : public SandboxHttpFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void searchPagesByOffsetInEveryFamily();
    void searchFiltersByNameObjectTypeKindAndId();
    void searchRefusesWhatHubSpotRefuses_data();
    void searchRefusesWhatHubSpotRefuses();
    void searchIsLenientWhereHubSpotIs();
    void oneListHasItsSizeAndAnUnknownListIs404();
    void demoListsHaveRealisticNamesSizesAndKinds();
    void membershipsWalkToTheEndReturnEveryMemberOnce();
    void membershipsStayConsistentWhileMembersChange();
    void controlAddsAndRemovesMembers();
    void controlRejectsBadListEditsAndChangesNothing();
    void listMembersOptionMakesABigListQuickly();

private:
    // Every member of a list, read with the cursor from the first page to the last.
    QStringList readAll(const QString &family, qint64 listId, int limit, int *pages = nullptr);
    ProbeResult control(const QJsonObject &doc)
    {
        return m_probe->postJson(QStringLiteral("/_sandbox/control"), doc);
    }
    const ContactList &demoList(int index) const { return state().data().lists.at(index); }
};

void TestSandboxLists::init()
{
    // A fresh portal per test: some tests change lists.
    const QString error = startServer();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QStringList TestSandboxLists::readAll(const QString &family, qint64 listId, int limit, int *pages)
{
    QStringList ids;
    QString after = QStringLiteral("0");
    int n = 0;
    do {
        const ProbeResult r
            = m_probe->get(family + QLatin1Char('/') + QString::number(listId)
                           + QStringLiteral("/memberships?limit=") + QString::number(limit)
                           + QStringLiteral("&after=") + after);
        if (r.status != 200)
            return {QStringLiteral("HTTP %1").arg(r.status)};
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray())
            ids.append(v.toObject().value(QStringLiteral("recordId")).toString());
        after = nextAfter(r);
        ++n;
    } while (!after.isEmpty() && n < 100000);
    if (pages)
        *pages = n;
    return ids;
}

void TestSandboxLists::searchPagesByOffsetInEveryFamily()
{
    QStringList expected;
    for (const ContactList &l : state().data().lists)
        expected.append(QString::number(l.listId));
    for (const QString &family : listFamilies) {
        QStringList seen;
        int offset = 0;
        for (bool more = true; more;) {
            const ProbeResult r = m_probe->postJson(
                family + QStringLiteral("/search"),
                searchBody({{QStringLiteral("offset"), offset}, {QStringLiteral("count"), 3}}));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), int(expected.size()));
            QVERIFY(listIdsOf(r).size() <= 3);
            seen += listIdsOf(r);
            more = r.json.value(QStringLiteral("hasMore")).toBool();
            QCOMPARE(r.json.value(QStringLiteral("offset")).toInt(), int(seen.size()));
            offset = r.json.value(QStringLiteral("offset")).toInt();
        }
        QCOMPARE(seen, expected);
    }
    // The default count is 20: every demo list on one page.
    const ProbeResult all
        = m_probe->postJson(QStringLiteral("/crm/v3/lists/search/"), searchBody());
    QCOMPARE(listIdsOf(all), expected);
}

void TestSandboxLists::searchFiltersByNameObjectTypeKindAndId()
{
    const QString path = QStringLiteral("/crm/lists/2026-09/search");
    const ProbeResult named = m_probe->postJson(
        path, searchBody({{QStringLiteral("query"), QStringLiteral("WEBINAR")}}));
    QCOMPARE(listIdsOf(named), QStringList {QString::number(demoList(0).listId)});
    const ProbeResult companies = m_probe->postJson(
        path, searchBody({{QStringLiteral("objectTypeId"), QStringLiteral("0-2")}}));
    QCOMPARE(companies.json.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject company
        = companies.json.value(QStringLiteral("lists")).toArray().at(0).toObject();
    QCOMPARE(company.value(QStringLiteral("objectTypeId")).toString(), QStringLiteral("0-2"));
    const ProbeResult contacts = m_probe->postJson(
        path, searchBody({{QStringLiteral("objectTypeId"), QStringLiteral("0-1")}}));
    QCOMPARE(contacts.json.value(QStringLiteral("total")).toInt(),
             int(state().data().lists.size()) - 1);
    const ProbeResult snapshots = m_probe->postJson(
        path,
        searchBody({{QStringLiteral("processingTypes"), QJsonArray {QStringLiteral("SNAPSHOT")}}}));
    QCOMPARE(listIdsOf(snapshots), QStringList {QString::number(demoList(3).listId)});
    const QString id = QString::number(demoList(2).listId);
    const ProbeResult byId
        = m_probe->postJson(path, searchBody({{QStringLiteral("listIds"), QJsonArray {id}}}));
    QCOMPARE(listIdsOf(byId), QStringList {id});
    const QJsonObject props = byId.json.value(QStringLiteral("lists"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("additionalProperties"))
                                  .toObject();
    QCOMPARE(props.value(QStringLiteral("hs_list_size")).toString(), QStringLiteral("30"));
    QVERIFY(props.value(QStringLiteral("hs_last_record_added_at")).toString().toLongLong() > 0);
}

void TestSandboxLists::searchRefusesWhatHubSpotRefuses_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("in");
    const QJsonObject noOffset {{QStringLiteral("additionalProperties"), QJsonArray {}}};
    QTest::newRow("offset missing") << noOffset << QStringLiteral("offset");
    QTest::newRow("offset negative")
        << searchBody({{QStringLiteral("offset"), -1}}) << QStringLiteral("offset");
    QTest::newRow("offset fraction")
        << searchBody({{QStringLiteral("offset"), 1.5}}) << QStringLiteral("offset");
    QTest::newRow("offset string") << searchBody({{QStringLiteral("offset"), QStringLiteral("0")}})
                                   << QStringLiteral("offset");
    QTest::newRow("count zero") << searchBody({{QStringLiteral("count"), 0}})
                                << QStringLiteral("count");
    QTest::newRow("count string") << searchBody({{QStringLiteral("count"), QStringLiteral("20")}})
                                  << QStringLiteral("count");
    QTest::newRow("unknown processing type")
        << searchBody({{QStringLiteral("processingTypes"), QJsonArray {QStringLiteral("STATIC")}}})
        << QStringLiteral("processingTypes");
    QTest::newRow("unknown field")
        << searchBody({{QStringLiteral("limit"), 10}}) << QStringLiteral("limit");
    QTest::newRow("additionalProperties missing")
        << QJsonObject {{QStringLiteral("offset"), 0}} << QStringLiteral("additionalProperties");
}

void TestSandboxLists::searchRefusesWhatHubSpotRefuses()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, in);
    for (const QString &family : listFamilies) {
        const ProbeResult r = m_probe->postJson(family + QStringLiteral("/search"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
                 QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(r.errorIn(), in);
    }
}

void TestSandboxLists::searchIsLenientWhereHubSpotIs()
{
    const QString path = QStringLiteral("/crm/v3/lists/search");
    const ProbeResult big = m_probe->postJson(path, searchBody({{QStringLiteral("count"), 5000}}));
    QCOMPARE(big.status, 200);
    QCOMPARE(listIdsOf(big).size(), state().data().lists.size());
    const ProbeResult past = m_probe->postJson(path, searchBody({{QStringLiteral("offset"), 100}}));
    QCOMPARE(past.status, 200);
    QVERIFY(listIdsOf(past).isEmpty());
    QCOMPARE(past.json.value(QStringLiteral("hasMore")).toBool(), false);
    const ProbeResult sorted
        = m_probe->postJson(path,
                            searchBody({{QStringLiteral("sort"), QStringLiteral("name")},
                                        {QStringLiteral("additionalProperties"),
                                         QJsonArray {QStringLiteral("hs_custom_thing")}}}));
    QCOMPARE(sorted.status, 200);
    QVERIFY(sorted.json.value(QStringLiteral("lists"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("additionalProperties"))
                .toObject()
                .value(QStringLiteral("hs_custom_thing"))
                .isNull());
}

void TestSandboxLists::oneListHasItsSizeAndAnUnknownListIs404()
{
    const ContactList &l = demoList(1);
    for (const QString &family : listFamilies) {
        const ProbeResult r = m_probe->get(family + QLatin1Char('/') + QString::number(l.listId)
                                           + QStringLiteral("?includeFilters=false"));
        QCOMPARE(r.status, 200);
        const QJsonObject list = r.json.value(QStringLiteral("list")).toObject();
        QCOMPARE(list.value(QStringLiteral("size")).toInt(), int(l.members.size()));
        QCOMPARE(list.value(QStringLiteral("listId")).toString(), QString::number(l.listId));
        QCOMPARE(list.value(QStringLiteral("objectTypeId")).toString(), QStringLiteral("0-1"));
        QCOMPARE(list.value(QStringLiteral("processingType")).toString(),
                 QStringLiteral("DYNAMIC"));
        QVERIFY(isIsoMs(list.value(QStringLiteral("updatedAt"))));
        const QStringList missingPaths {family + QStringLiteral("/999999"),
                                        family + QStringLiteral("/999999/memberships"),
                                        family + QStringLiteral("/not-a-list")};
        for (const QString &path : missingPaths) {
            const ProbeResult missing = m_probe->get(path);
            QVERIFY2(missing.status == 404, qPrintable(path));
            QCOMPARE(missing.json.value(QStringLiteral("category")).toString(),
                     QStringLiteral("OBJECT_NOT_FOUND"));
        }
    }
    const ProbeResult bad
        = m_probe->get(QStringLiteral("/crm/v3/lists/") + QString::number(l.listId)
                       + QStringLiteral("?includeFilters=maybe"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorIn(), QStringLiteral("includeFilters"));
}

void TestSandboxLists::demoListsHaveRealisticNamesSizesAndKinds()
{
    const QVector<ContactList> &lists = state().data().lists;
    QCOMPARE(lists.size(), 7);
    QCOMPARE(lists.at(0).name, QStringLiteral("Webinar no-shows \u2014 Nov"));
    QCOMPARE(lists.at(1).name, QStringLiteral("Trial signups this week"));
    int companyLists = 0;
    int emptyLists = 0;
    for (const ContactList &l : lists) {
        QVERIFY(l.members.size() <= 500);
        QCOMPARE(l.joinedAtMs.size(), l.members.size());
        QVERIFY(std::is_sorted(l.members.cbegin(), l.members.cend()));
        companyLists += l.isContactList() ? 0 : 1;
        emptyLists += l.members.isEmpty() ? 1 : 0;
        if (l.isContactList()) {
            for (const qint64 id : l.members)
                QVERIFY(state().contact(id));
        }
    }
    QCOMPARE(companyLists, 1);
    QCOMPARE(emptyLists, 1);
    QCOMPARE(lists.at(1).members.size(), 320); // pages at the memberships maximum
    QCOMPARE(lists.at(4).members.size(), 12);
    QCOMPARE(lists.at(2).members.size(), 30);
}

void TestSandboxLists::membershipsWalkToTheEndReturnEveryMemberOnce()
{
    const ContactList &l = demoList(1);
    QStringList expected;
    for (const qint64 id : l.members)
        expected.append(QString::number(id));
    for (const QString &family : listFamilies) {
        int pages = 0;
        QCOMPARE(readAll(family, l.listId, 250, &pages), expected);
        QCOMPARE(pages, 2);
        QCOMPARE(readAll(family, l.listId, 7, &pages), expected);
        QCOMPARE(pages, (int(expected.size()) + 6) / 7);
    }
    const ProbeResult first
        = m_probe->get(QStringLiteral("/crm/v3/lists/") + QString::number(l.listId)
                       + QStringLiteral("/memberships"));
    QCOMPARE(first.json.value(QStringLiteral("results")).toArray().size(), 100); // default
    QCOMPARE(first.json.value(QStringLiteral("total")).toInt(), int(l.members.size()));
    const ProbeResult empty
        = m_probe->get(QStringLiteral("/crm/v3/lists/") + QString::number(demoList(6).listId)
                       + QStringLiteral("/memberships?limit=250"));
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.json.value(QStringLiteral("results")).toArray().isEmpty());
    QVERIFY(!empty.json.contains(QStringLiteral("paging")));
    QCOMPARE(empty.json.value(QStringLiteral("total")).toInt(), 0);
}

void TestSandboxLists::membershipsStayConsistentWhileMembersChange()
{
    const ContactList &l = demoList(1);
    const QVector<qint64> before = l.members;
    const QString base = QStringLiteral("/crm/lists/2026-09/") + QString::number(l.listId)
        + QStringLiteral("/memberships?limit=100");
    const ProbeResult page1 = m_probe->get(base);
    QStringList read;
    for (const QJsonValue &v : page1.json.value(QStringLiteral("results")).toArray())
        read.append(v.toObject().value(QStringLiteral("recordId")).toString());
    const qint64 cursorId = read.constLast().toLongLong();
    // Remove three members already read and five not yet read; add contacts on both sides.
    QJsonArray removed;
    QSet<qint64> removedAhead;
    for (int i : {3, 10, 50})
        removed.append(QString::number(before.at(i)));
    for (int i : {100, 101, 150, 200, 319}) {
        removed.append(QString::number(before.at(i)));
        removedAhead.insert(before.at(i));
    }
    QJsonArray added;
    QSet<qint64> addedAhead;
    QSet<qint64> addedBehind;
    for (const Contact &c : state().data().contacts) {
        if (before.contains(c.id))
            continue;
        QSet<qint64> &side = c.id < cursorId ? addedBehind : addedAhead;
        if (side.size() < 5) {
            side.insert(c.id);
            added.append(QString::number(c.id));
        }
    }
    QCOMPARE(addedAhead.size(), 5);
    QCOMPARE(addedBehind.size(), 5);
    const QString listId = QString::number(l.listId);
    const ProbeResult changed = control(
        {{QStringLiteral("addListMembers"),
          QJsonObject {{QStringLiteral("listId"), listId}, {QStringLiteral("recordIds"), added}}},
         {QStringLiteral("removeListMembers"),
          QJsonObject {{QStringLiteral("listId"), listId},
                       {QStringLiteral("recordIds"), removed}}}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json.value(QStringLiteral("listSizes")).toObject().value(listId).toInt(),
             320 - 8 + 10);
    for (QString after = nextAfter(page1); !after.isEmpty();) {
        const ProbeResult r = m_probe->get(base + QStringLiteral("&after=") + after);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray())
            read.append(v.toObject().value(QStringLiteral("recordId")).toString());
        after = nextAfter(r);
    }
    QSet<qint64> seen;
    for (const QString &id : std::as_const(read)) {
        const qint64 n = id.toLongLong();
        QVERIFY2(!seen.contains(n), qPrintable(id)); // at most once
        seen.insert(n);
        QVERIFY2(before.contains(n) || addedAhead.contains(n) || addedBehind.contains(n),
                 qPrintable(id)); // none invented
        QVERIFY(!removedAhead.contains(n));
        QVERIFY(!addedBehind.contains(n)); // behind the cursor: not seen in this read
    }
    for (const qint64 id : before) {
        if (!removedAhead.contains(id))
            QVERIFY(seen.contains(id)); // every member that stayed, and those read before leaving
    }
    for (const qint64 id : std::as_const(addedAhead))
        QVERIFY(seen.contains(id));
}

void TestSandboxLists::controlAddsAndRemovesMembers()
{
    const ContactList &l = demoList(6); // the empty one
    const QString listId = QString::number(l.listId);
    const Contact &a = state().data().contacts.at(7);
    const Contact &b = state().data().contacts.at(3);
    m_clock.advanceMs(60000);
    QCOMPARE(control({{QStringLiteral("addListMembers"),
                       QJsonObject {{QStringLiteral("listId"), listId},
                                    {QStringLiteral("recordIds"),
                                     QJsonArray {QString::number(a.id), double(b.id),
                                                 QString::number(a.id)}}}}})
                 .status,
             200);
    QCOMPARE(l.members, (QVector<qint64> {b.id, a.id}));
    ProbeResult one = m_probe->get(QStringLiteral("/crm/v3/lists/") + listId);
    QJsonObject list = one.json.value(QStringLiteral("list")).toObject();
    QCOMPARE(list.value(QStringLiteral("size")).toInt(), 2);
    const QString addedAt = list.value(QStringLiteral("additionalProperties"))
                                .toObject()
                                .value(QStringLiteral("hs_last_record_added_at"))
                                .toString();
    QCOMPARE(addedAt.toLongLong(), m_clock.nowUtc().toMSecsSinceEpoch());
    QCOMPARE(readAll(QStringLiteral("/crm/v3/lists"), l.listId, 250),
             (QStringList {QString::number(b.id), QString::number(a.id)}));
    QCOMPARE(control({{QStringLiteral("removeListMembers"),
                       QJsonObject {{QStringLiteral("listId"), listId},
                                    {QStringLiteral("recordIds"),
                                     QJsonArray {QString::number(a.id), QStringLiteral("5")}}}}})
                 .json.value(QStringLiteral("listSizes"))
                 .toObject()
                 .value(listId)
                 .toInt(),
             1);
    one = m_probe->get(QStringLiteral("/crm/v3/lists/") + listId);
    list = one.json.value(QStringLiteral("list")).toObject();
    QCOMPARE(list.value(QStringLiteral("size")).toInt(), 1);
    QVERIFY(list.value(QStringLiteral("additionalProperties"))
                .toObject()
                .value(QStringLiteral("hs_last_record_removed_at"))
                .isString());
    // A company list takes company record ids (the sandbox has no companies to check).
    QCOMPARE(
        control({{QStringLiteral("addListMembers"),
                  QJsonObject {{QStringLiteral("listId"), QString::number(demoList(5).listId)},
                               {QStringLiteral("recordIds"), QJsonArray {QStringLiteral("42")}}}}})
            .status,
        200);
}

void TestSandboxLists::controlRejectsBadListEditsAndChangesNothing()
{
    const ContactList &l = demoList(0);
    const QVector<qint64> before = l.members;
    const QString listId = QString::number(l.listId);
    const QString contact = QString::number(state().data().contacts.at(0).id);
    const ProbeResult unknownList
        = control({{QStringLiteral("addListMembers"),
                    QJsonObject {{QStringLiteral("listId"), QStringLiteral("999999")},
                                 {QStringLiteral("recordIds"), QJsonArray {contact}}}}});
    QCOMPARE(unknownList.status, 404);
    const ProbeResult unknownContact = control(
        {{QStringLiteral("settings"), QJsonObject {{QStringLiteral("latencyMs"), 5}}},
         {QStringLiteral("addListMembers"),
          QJsonObject {{QStringLiteral("listId"), listId},
                       {QStringLiteral("recordIds"), QJsonArray {contact, QStringLiteral("7")}}}}});
    QCOMPARE(unknownContact.status, 400);
    QCOMPARE(m_server->settings().latencyMs, 0); // nothing applied
    for (const QJsonValue &bad : {QJsonValue(QStringLiteral("101")),
                                  QJsonValue(QJsonObject {{QStringLiteral("listId"), listId}}),
                                  QJsonValue(QJsonObject {{QStringLiteral("listId"), listId},
                                                          {QStringLiteral("recordIds"),
                                                           QJsonArray {QStringLiteral("x")}}})}) {
        QCOMPARE(control({{QStringLiteral("removeListMembers"), bad}}).status, 400);
    }
    QCOMPARE(l.members, before);
}

void TestSandboxLists::listMembersOptionMakesABigListQuickly()
{
    QString error;
    const auto config
        = SandboxConfig::fromArguments({QStringLiteral("seqdesk-sandbox"),
                                        QStringLiteral("--list-members"), QStringLiteral("50000")},
                                       &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->listMembers, 50000);
    QVERIFY(!SandboxConfig::fromArguments(
        {QStringLiteral("seqdesk-sandbox"), QStringLiteral("--list-members"), QStringLiteral("-1")},
        &error));
    SandboxConfig big = *config;
    big.settings.rateLimit = 100000;
    QElapsedTimer timer;
    timer.start();
    SandboxServer server(big, &m_clock);
    QVERIFY(server.start());
    const qint64 startMs = timer.elapsed();
    qInfo("a portal with a 50,000-member list started in %lld ms", startMs);
    QVERIFY2(startMs < 30000, qPrintable(QString::number(startMs)));
    const ContactList &list = server.state().data().lists.constLast();
    QCOMPARE(list.members.size(), 50000);
    QVERIFY(server.state().data().contacts.size() >= 50000);
    QCOMPARE(list.name, QStringLiteral("Newsletter subscribers (all regions)"));
    HttpProbe probe(server.baseUrl());
    timer.restart();
    QSet<QString> seen;
    QString after;
    int pages = 0;
    do {
        const ProbeResult r
            = probe.get(QStringLiteral("/crm/lists/2026-09/") + QString::number(list.listId)
                        + QStringLiteral("/memberships?limit=250")
                        + (after.isEmpty() ? QString() : QStringLiteral("&after=") + after));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 50000);
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray())
            seen.insert(v.toObject().value(QStringLiteral("recordId")).toString());
        after = nextAfter(r);
        ++pages;
    } while (!after.isEmpty());
    qInfo("read 50,000 members in %d pages in %lld ms", pages, timer.elapsed());
    QCOMPARE(pages, 200);
    QCOMPARE(seen.size(), 50000);
}

QTEST_GUILESS_MAIN(TestSandboxLists)
#include "tst_sandboxlists.moc"
