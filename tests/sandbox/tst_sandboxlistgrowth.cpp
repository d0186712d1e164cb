// DYNAMIC lists that grow on the sandbox's clock (--list-growth, settings.listGrowth): the
// option's shapes, growth on a manual clock (keyed to requests, never to wall time), who
// joins, when growth stops, and setting it through /_sandbox/control.
#include "SandboxHttpFixture.h"

#include "sandbox/JsonViews.h"
#include "sandbox/ListGrowth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace SeqDesk::Sandbox;

namespace {

constexpr qint64 minuteMs = 60 * 1000;

struct Member
{
    qint64 id = 0;
    QString joined;
};

} // namespace

class TestSandboxListGrowth final : public SandboxHttpFixture
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_server.reset(); }
    void textAndJsonShapes();
    void flagIsRepeatableAndFillsTheSettings();
    void theFirstDynamicListGrowsOnTheManualClock();
    void growthWaitsForTheNextRequest();
    void growthStopsWhenNoEligibleContactIsLeft();
    void controlSetsChecksAndKeepsTheSchedule();
    void serverRefusesToStartWithGrowthOfNoDynamicList();

private:
    QString start(const QVector<ListGrowthRule> &rules, int contacts = 2000)
    {
        SandboxConfig config;
        config.contactCount = contacts;
        config.settings.rateLimit = 100000;
        config.settings.listGrowth = rules;
        m_server = std::make_unique<SandboxServer>(config, &m_clock);
        QString error;
        if (!m_server->start(&error))
            return error;
        m_probe = std::make_unique<HttpProbe>(m_server->baseUrl());
        return {};
    }
    // Every member, page by page.
    QVector<Member> members(qint64 listId)
    {
        QVector<Member> out;
        QString after;
        do {
            const ProbeResult r
                = m_probe->get(QStringLiteral("/crm/lists/2026-09/") + QString::number(listId)
                               + QStringLiteral("/memberships?limit=250&after=") + after);
            for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
                const QJsonObject o = v.toObject();
                out.append({o.value(QStringLiteral("recordId")).toString().toLongLong(),
                            o.value(QStringLiteral("membershipTimestamp")).toString()});
            }
            after = r.json.value(QStringLiteral("paging"))
                        .toObject()
                        .value(QStringLiteral("next"))
                        .toObject()
                        .value(QStringLiteral("after"))
                        .toString();
        } while (!after.isEmpty());
        return out;
    }
    int size(qint64 listId)
    {
        return m_probe->get(QStringLiteral("/crm/v3/lists/") + QString::number(listId))
            .json.value(QStringLiteral("list"))
            .toObject()
            .value(QStringLiteral("size"))
            .toInt(-1);
    }
    ProbeResult control(const QJsonObject &doc)
    {
        return m_probe->postJson(QStringLiteral("/_sandbox/control"), doc);
    }
};

void TestSandboxListGrowth::textAndJsonShapes()
{
    const auto plain = ListGrowthRule::fromText(QStringLiteral("5/10"));
    QVERIFY(plain);
    QCOMPARE(plain->listId, qint64(0));
    QCOMPARE(plain->count, 5);
    QCOMPARE(plain->everyMinutes, 10);
    const auto named = ListGrowthRule::fromText(QStringLiteral(" 111:3/60 "));
    QVERIFY(named);
    QCOMPARE(named->listId, qint64(111));
    QCOMPARE(named->toText(), QStringLiteral("111:3/60"));
    for (const char *bad : {"", "5", "5/", "/10", "0/10", "5/0", "5/10081", "100001/1", "x:1/1",
                            "-1:5/10", "0:5/10", "1:2:3/4", "5/10/"})
        QVERIFY2(!ListGrowthRule::fromText(QLatin1String(bad)), bad);
    QCOMPARE(ListGrowthRule::fromJson(named->toJson()), named);
    QCOMPARE(ListGrowthRule::fromJson(plain->toJson()), plain);
    QVERIFY(!plain->toJson().contains(QStringLiteral("listId"))); // the default list
    QCOMPARE(ListGrowthRule::fromJson(QStringLiteral("111:3/60")), named);
    QCOMPARE(ListGrowthRule::fromJson(QJsonObject {{QStringLiteral("listId"), 111},
                                                   {QStringLiteral("count"), 3},
                                                   {QStringLiteral("everyMinutes"), 60}}),
             named);
    for (const QJsonValue &bad :
         {QJsonValue(5), QJsonValue(QJsonObject {{QStringLiteral("count"), 3}}),
          QJsonValue(
              QJsonObject {{QStringLiteral("count"), 1.5}, {QStringLiteral("everyMinutes"), 1}}),
          QJsonValue(QJsonObject {{QStringLiteral("count"), 1},
                                  {QStringLiteral("everyMinutes"), 1},
                                  {QStringLiteral("listId"), QStringLiteral("abc")}}),
          QJsonValue(QJsonObject {{QStringLiteral("count"), 1},
                                  {QStringLiteral("everyMinutes"), 1},
                                  {QStringLiteral("every"), 1}})})
        QVERIFY2(!ListGrowthRule::fromJson(bad),
                 QJsonDocument(QJsonArray {bad}).toJson(QJsonDocument::Compact).constData());
}

void TestSandboxListGrowth::flagIsRepeatableAndFillsTheSettings()
{
    QString error;
    const auto config = SandboxConfig::fromArguments(
        {QStringLiteral("seqdesk-sandbox"), QStringLiteral("--list-growth"), QStringLiteral("5/10"),
         QStringLiteral("--list-growth"), QStringLiteral("123:2/60")},
        &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->settings.listGrowth.size(), 2);
    QCOMPARE(config->settings.listGrowth.at(1).listId, qint64(123));
    const QJsonArray json = config->settings.toJson().value(QStringLiteral("listGrowth")).toArray();
    QCOMPARE(json.size(), 2);
    SandboxSettings copy;
    QVERIFY(copy.applyJson({{QStringLiteral("listGrowth"), json}}, &error));
    QCOMPARE(copy.listGrowth, config->settings.listGrowth);
    QVERIFY(!copy.applyJson({{QStringLiteral("listGrowth"), QStringLiteral("5/10")}}, &error));
    QVERIFY2(error.contains(QStringLiteral("listGrowth")), qPrintable(error));
    QCOMPARE(copy.listGrowth.size(), 2); // a bad document changes nothing
}

void TestSandboxListGrowth::theFirstDynamicListGrowsOnTheManualClock()
{
    const QDateTime t0 = m_clock.nowUtc();
    const QString error = start({{0, 5, 10}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ContactList &demo = state().data().lists.at(1); // "Trial signups this week"
    QCOMPARE(demo.processingType, QStringLiteral("DYNAMIC"));
    const qint64 listId = demo.listId;
    const QVector<qint64> before = demo.members;
    QCOMPARE(size(listId), 320);
    m_clock.advanceMs(9 * minuteMs + 59999);
    QCOMPARE(size(listId), 320); // not yet ten minutes
    m_clock.advanceMs(1);
    QCOMPARE(size(listId), 325);
    m_clock.advanceMs(35 * minuteMs); // ticks at 20, 30 and 40 minutes
    QCOMPARE(size(listId), 340);
    // Who joined and when: eligible contacts, highest id first, at each tick's time.
    QVector<qint64> expected;
    const QVector<Contact> &contacts = state().data().contacts;
    for (qsizetype i = contacts.size() - 1; i >= 0 && expected.size() < 20; --i) {
        const Contact &c = contacts.at(i);
        if (!before.contains(c.id) && c.kind == ContactKind::Normal && !c.enrolled)
            expected.append(c.id);
    }
    QMap<QString, int> perTick;
    for (const Member &m : members(listId)) {
        if (before.contains(m.id))
            continue;
        QVERIFY2(expected.contains(m.id), qPrintable(QString::number(m.id)));
        const int tick = int(expected.indexOf(m.id) / 5) + 1;
        QCOMPARE(m.joined, JsonViews::isoTime(t0.addMSecs(tick * 10 * minuteMs)));
        ++perTick[m.joined];
    }
    QCOMPARE(perTick.size(), 4);
    const QJsonObject list
        = m_probe->get(QStringLiteral("/crm/v3/lists/") + QString::number(listId))
              .json.value(QStringLiteral("list"))
              .toObject();
    const QDateTime lastTick = t0.addMSecs(40 * minuteMs);
    QCOMPARE(list.value(QStringLiteral("updatedAt")).toString(), JsonViews::isoTime(lastTick));
    QCOMPARE(list.value(QStringLiteral("additionalProperties"))
                 .toObject()
                 .value(QStringLiteral("hs_last_record_added_at"))
                 .toString(),
             QString::number(lastTick.toMSecsSinceEpoch()));
    // Other lists do not grow.
    QCOMPARE(size(state().data().lists.at(0).listId), 125);
}

void TestSandboxListGrowth::growthWaitsForTheNextRequest()
{
    QVERIFY(start({{0, 2, 1}}).isEmpty());
    const ContactList &demo = state().data().lists.at(1);
    m_clock.advanceMs(30 * minuteMs);
    QCOMPARE(demo.members.size(), 320); // nobody looked yet: nothing happened
    QCOMPARE(m_probe->get(QStringLiteral("/_sandbox/summary"))
                 .json.value(QStringLiteral("lists"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("size"))
                 .toInt(),
             380); // 30 ticks of 2, applied as the request arrived
    QCOMPARE(state().data().lists.at(1).members.size(), 380);
}

void TestSandboxListGrowth::growthStopsWhenNoEligibleContactIsLeft()
{
    QVERIFY(start({}, 60).isEmpty());
    const ProbeResult created
        = m_probe->postJson(QStringLiteral("/crm/v3/lists"),
                            {{QStringLiteral("name"), QStringLiteral("Everyone eligible")},
                             {QStringLiteral("objectTypeId"), QStringLiteral("0-1")},
                             {QStringLiteral("processingType"), QStringLiteral("DYNAMIC")}});
    const QString listId = created.json.value(QStringLiteral("list"))
                               .toObject()
                               .value(QStringLiteral("listId"))
                               .toString();
    const ProbeResult set = control(
        {{QStringLiteral("settings"),
          QJsonObject {{QStringLiteral("listGrowth"),
                        QJsonArray {QJsonObject {{QStringLiteral("listId"), listId},
                                                 {QStringLiteral("count"), 7},
                                                 {QStringLiteral("everyMinutes"), 1}}}}}}});
    QCOMPARE(set.status, 200);
    int eligible = 0;
    for (const Contact &c : state().data().contacts)
        eligible += c.kind == ContactKind::Normal && !c.enrolled ? 1 : 0;
    QVERIFY(eligible > 7 && eligible < 60);
    m_clock.advanceMs(7 * 24 * 60 * minuteMs); // a week of one-minute ticks
    const QVector<Member> all = members(listId.toLongLong());
    QCOMPARE(all.size(), eligible);
    for (const Member &m : all)
        QCOMPARE(state().contact(m.id)->kind, ContactKind::Normal);
    m_clock.advanceMs(minuteMs);
    QCOMPARE(size(listId.toLongLong()), eligible);
}

void TestSandboxListGrowth::controlSetsChecksAndKeepsTheSchedule()
{
    QVERIFY(start({}).isEmpty());
    const ContactList &manual = state().data().lists.at(0);
    const ContactList &companies = state().data().lists.at(5);
    const qint64 dynamicId = state().data().lists.at(1).listId;
    for (const QJsonValue &bad :
         {QJsonValue(QJsonArray {QStringLiteral("999999:1/1")}),
          QJsonValue(QJsonArray {QString(QString::number(manual.listId) + QStringLiteral(":1/1"))}),
          QJsonValue(
              QJsonArray {QString(QString::number(companies.listId) + QStringLiteral(":1/1"))}),
          QJsonValue(QJsonArray {QStringLiteral("1/0")}), QJsonValue(QStringLiteral("1/1"))}) {
        const ProbeResult r = control({{QStringLiteral("settings"),
                                        QJsonObject {{QStringLiteral("latencyMs"), 7},
                                                     {QStringLiteral("listGrowth"), bad}}}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("listGrowth")),
                 r.body.constData());
        QCOMPARE(m_server->settings().latencyMs, 0); // nothing applied
    }
    const ProbeResult ok = control(
        {{QStringLiteral("settings"),
          QJsonObject {
              {QStringLiteral("listGrowth"),
               QJsonArray {QString(QString::number(dynamicId) + QStringLiteral(":4/5"))}}}}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json.value(QStringLiteral("settings"))
                 .toObject()
                 .value(QStringLiteral("listGrowth"))
                 .toArray()
                 .at(0)
                 .toObject(),
             (QJsonObject {{QStringLiteral("listId"), QString::number(dynamicId)},
                           {QStringLiteral("count"), 4},
                           {QStringLiteral("everyMinutes"), 5}}));
    // Changing another setting keeps the schedule running; changing the growth restarts it.
    m_clock.advanceMs(3 * minuteMs);
    QCOMPARE(control({{QStringLiteral("settings"), QJsonObject {{QStringLiteral("latencyMs"), 0}}}})
                 .status,
             200);
    m_clock.advanceMs(2 * minuteMs);
    QCOMPARE(size(dynamicId), 324);
    QCOMPARE(control({{QStringLiteral("settings"),
                       QJsonObject {
                           {QStringLiteral("listGrowth"), QJsonArray {QStringLiteral("1/5")}}}}})
                 .status,
             200); // the default list, one every five minutes from now
    m_clock.advanceMs(4 * minuteMs);
    QCOMPARE(size(dynamicId), 324);
    m_clock.advanceMs(minuteMs);
    QCOMPARE(size(dynamicId), 325);
    QCOMPARE(control({{QStringLiteral("settings"),
                       QJsonObject {{QStringLiteral("listGrowth"), QJsonArray {}}}}})
                 .status,
             200);
    m_clock.advanceMs(60 * minuteMs);
    QCOMPARE(size(dynamicId), 325); // stopped
}

void TestSandboxListGrowth::serverRefusesToStartWithGrowthOfNoDynamicList()
{
    const QString error = start({{999999, 1, 1}});
    QVERIFY2(error.contains(QStringLiteral("listGrowth")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));
    const QVector<ContactList> &lists = m_server->state().data().lists;
    QVERIFY(!m_server->listGrowthProblem({lists.at(0).listId, 1, 1}).isEmpty()); // MANUAL
    QVERIFY(!m_server->listGrowthProblem({lists.at(3).listId, 1, 1}).isEmpty()); // SNAPSHOT
    QVERIFY(!m_server->listGrowthProblem({lists.at(5).listId, 1, 1}).isEmpty()); // companies
    QVERIFY(m_server->listGrowthProblem({lists.at(1).listId, 1, 1}).isEmpty());
    QVERIFY(m_server->listGrowthProblem({0, 1, 1}).isEmpty());
    // Nor are such settings taken at run time (nothing of them is).
    QVERIFY(start({}).isEmpty());
    SandboxSettings bad = m_server->settings();
    bad.listGrowth = {{999999, 1, 1}};
    bad.latencyMs = 9;
    QString why;
    QVERIFY(!m_server->setSettings(bad, &why));
    QVERIFY2(why.contains(QStringLiteral("listGrowth")), qPrintable(why));
    QCOMPARE(m_server->settings().latencyMs, 0);
}

QTEST_GUILESS_MAIN(TestSandboxListGrowth)
#include "tst_sandboxlistgrowth.moc"
