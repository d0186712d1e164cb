// HubSpot's protocol over real loopback HTTP: auth, scopes, userId, both path families,
// response shapes, paging, batch read, search, lists, owners, account. Enrollment rules are
// in tst_sandboxenroll.
#include "SandboxHttpFixture.h"

#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace SeqDesk::Sandbox;
using namespace DemoLookup;
using namespace SandboxPaths;

class TestSandboxHttp final : public SandboxHttpFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingOrWrongTokenGets401();
    void missingScopeGets403NamingTheScopes();
    void userIdIsRequiredOnListGetAndEnroll();
    void bothPathFamiliesAndTrailingSlashAnswerAlike_data();
    void bothPathFamiliesAndTrailingSlashAnswerAlike();
    void unknownPathsAndIdsGive404();
    void listSequencesHasHubSpotShape();
    void getSequenceHasStepsSettingsAndDependencies();
    void pagingWalksEverySequenceWithOpaqueCursors();
    void badPagingParametersGive400();
    void limitIsCappedAtTheMaximum();
    void batchReadReturns207ForMissesAndCapsInputs();
    void batchReadByEmailAndPropertyNulls();
    void searchFiltersPagesAndCarriesNoRateHeaders();
    void searchTakesTheSdkFirstPageAfterZero();
    void searchWithEmptyAfterIsTheFirstPage();
    void searchRefusesGarbageCursors();
    void searchPagesFromZeroToTheEndOnceEach();
    void getListsTakeEmptyOrZeroAfterAsTheFirstPage();
    void listsSearchAndMemberships();
    void accountDetailsAndUsageHaveRequiredFields();
    void ownersHaveHubSpotShapeAndResolveByUserId();
    void sandboxRoutesAnswerOnlyLoopbackHosts_data();
    void sandboxRoutesAnswerOnlyLoopbackHosts();
    void hubSpotRoutesAnswerAnyHost();
};

void TestSandboxHttp::initTestCase()
{
    const QString error = startServer();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->port() != 0);
}

void TestSandboxHttp::missingOrWrongTokenGets401()
{
    HttpProbe anonymous(m_server->baseUrl(), {});
    for (const QByteArray &token : {QByteArray(), QByteArray("pat-na1-wrong")}) {
        anonymous.setToken(token);
        const ProbeResult r = anonymous.get(QStringLiteral("/crm/v3/owners"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
                 QStringLiteral("INVALID_AUTHENTICATION"));
        QVERIFY(!r.hasHeader("X-HubSpot-RateLimit-Remaining"));
    }
    QCOMPARE(m_probe->get(QStringLiteral("/crm/v3/owners")).status, 200);
}

void TestSandboxHttp::missingScopeGets403NamingTheScopes()
{
    QStringList scopes = SandboxConfig::allScopes();
    scopes.removeAll(QStringLiteral("automation.sequences.enrollments.write"));
    scopes.removeAll(QStringLiteral("crm.lists.read"));
    m_server->setGrantedScopes(scopes);
    const ProbeResult r = enroll(userId(state(), Primary), 1, 1, QStringLiteral("x@y.z"));
    m_server->setGrantedScopes(SandboxConfig::allScopes());
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json.value(QStringLiteral("category")).toString(), QStringLiteral("MISSING_SCOPES"));
    const QJsonArray required = r.json.value(QStringLiteral("errors"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("context"))
                                    .toObject()
                                    .value(QStringLiteral("requiredGranularScopes"))
                                    .toArray();
    QCOMPARE(required, QJsonArray {QStringLiteral("automation.sequences.enrollments.write")});
    QCOMPARE(r.json.value(QStringLiteral("context"))
                 .toObject()
                 .value(QStringLiteral("missingScopes"))
                 .toArray(),
             QJsonArray {QStringLiteral("automation.sequences.enrollments.write")});
    // With every scope back, the same call reaches the rules (404: unknown contact).
    QCOMPARE(enroll(userId(state(), Primary), 1, 1, QStringLiteral("x@y.z")).status, 404);
}

void TestSandboxHttp::userIdIsRequiredOnListGetAndEnroll()
{
    const QString seq = QString::number(teamSequenceWithSteps(state())->id);
    const ProbeResult list = m_probe->get(seqDated);
    const ProbeResult one = m_probe->get(seqLegacy + QLatin1Char('/') + seq);
    const ProbeResult post = m_probe->postJson(seqDated + QStringLiteral("/enrollments"), {});
    for (const ProbeResult &r : {list, one, post}) {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
                 QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(r.errorIn(), QStringLiteral("userId"));
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Required query parameter 'userId' was not provided."));
    }
    QCOMPARE(m_probe->get(seqDated + QStringLiteral("?userId=abc")).errorIn(),
             QStringLiteral("userId"));
}

void TestSandboxHttp::bothPathFamiliesAndTrailingSlashAnswerAlike_data()
{
    QTest::addColumn<QString>("dated");
    QTest::addColumn<QString>("legacy");
    const QString user = QString::number(9000694); // placeholder, replaced in the test
    QTest::newRow("account") << QStringLiteral("/account-info/2026-03/details")
                             << QStringLiteral("/account-info/v3/details");
    QTest::newRow("usage") << QStringLiteral("/account-info/2026-03/api-usage/daily/private-apps")
                           << QStringLiteral("/account-info/v3/api-usage/daily/private-apps");
    QTest::newRow("owners") << QStringLiteral("/crm/owners/2026-03")
                            << QStringLiteral("/crm/v3/owners");
    QTest::newRow("sequences") << QStringLiteral("/automation/sequences/2026-03?userId=USER")
                               << QStringLiteral("/automation/v4/sequences?userId=USER");
    QTest::newRow("sequence") << QStringLiteral("/automation/sequences/2026-03/SEQ?userId=USER")
                              << QStringLiteral("/automation/v4/sequences/SEQ?userId=USER");
    QTest::newRow("enrollment")
        << QStringLiteral("/automation/sequences/2026-03/enrollments/contact/ENROLLED")
        << QStringLiteral("/automation/v4/sequences/enrollments/contact/ENROLLED");
    QTest::newRow("memberships") << QStringLiteral("/crm/lists/2026-03/LIST/memberships")
                                 << QStringLiteral("/crm/v3/lists/LIST/memberships");
}

void TestSandboxHttp::bothPathFamiliesAndTrailingSlashAnswerAlike()
{
    QFETCH(QString, dated);
    QFETCH(QString, legacy);
    const auto fill = [&](QString path, bool slash) {
        path.replace(QStringLiteral("USER"), QString::number(userId(state(), Primary)));
        path.replace(QStringLiteral("SEQ"), QString::number(teamSequenceWithSteps(state())->id));
        path.replace(QStringLiteral("ENROLLED"),
                     QString::number(contactOfKind(state(), ContactKind::Enrolled)->id));
        path.replace(QStringLiteral("LIST"), QString::number(state().data().lists.at(0).listId));
        if (slash) {
            const int q = path.indexOf(QLatin1Char('?'));
            path.insert(q < 0 ? path.size() : q, QLatin1Char('/'));
        }
        return path;
    };
    const ProbeResult a = m_probe->get(fill(dated, false));
    QCOMPARE(a.status, 200);
    const QString newest
        = QString(dated).replace(QStringLiteral("2026-03"), QStringLiteral("2026-09"));
    for (bool slash : {false, true}) {
        for (const QString &p : {dated, newest, legacy}) {
            const ProbeResult b = m_probe->get(fill(p, slash));
            QCOMPARE(b.status, 200);
            QJsonObject x = a.json, y = b.json;
            for (QJsonObject *o : {&x, &y}) { // volatile fields
                o->remove(QStringLiteral("paging"));
                o->remove(QStringLiteral("results"));
            }
            QCOMPARE(y, x);
            QCOMPARE(b.json.value(QStringLiteral("results")).toArray().size(),
                     a.json.value(QStringLiteral("results")).toArray().size());
        }
    }
    // POST routes in both families and with a slash.
    for (const QString &base : {contactsDated, contactsNewest, contactsLegacy}) {
        for (const QString &tail :
             {QStringLiteral("/batch/read"), QStringLiteral("/batch/read/")}) {
            const ProbeResult r
                = m_probe->postJson(base + tail,
                                    {{QStringLiteral("inputs"), QJsonArray {}},
                                     {QStringLiteral("properties"), QJsonArray {}},
                                     {QStringLiteral("propertiesWithHistory"), QJsonArray {}}});
            QCOMPARE(r.status, 200);
        }
    }
}

void TestSandboxHttp::unknownPathsAndIdsGive404()
{
    const QString user = QString::number(userId(state(), Primary));
    const QStringList paths {
        seqDated + QStringLiteral("/1?userId=") + user,
        seqDated + QStringLiteral("/enrollments/contact/1"),
        seqDated + QStringLiteral("/enrollments/contact/")
            + QString::number(contactOfKind(state(), ContactKind::Normal, 5)->id),
        QStringLiteral("/crm/v3/owners/1"),
        QStringLiteral("/crm/v3/lists/1/memberships"),
        QStringLiteral("/crm/v3/nothing-here")};
    for (const QString &p : paths) {
        const ProbeResult r = m_probe->get(p);
        QVERIFY2(r.status == 404, qPrintable(p));
        QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
                 QStringLiteral("OBJECT_NOT_FOUND"));
    }
    const ProbeResult unknownContact
        = enroll(userId(state(), Primary), 1, teamSequenceWithSteps(state())->id,
                 owner(state(), Primary).email);
    QCOMPARE(unknownContact.status, 404);
    QCOMPARE(m_probe->get(seqDated + QStringLiteral("/enrollments?userId=") + user).status, 405);
}

void TestSandboxHttp::listSequencesHasHubSpotShape()
{
    const ProbeResult r = m_probe->get(seqDated + QStringLiteral("?limit=100&userId=")
                                       + QString::number(userId(state(), Primary)));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QStringLiteral("total")).isDouble());
    const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), r.json.value(QStringLiteral("total")).toInt());
    bool sawFolder = false, sawNoFolder = false;
    for (const QJsonValue &v : results) {
        const QJsonObject s = v.toObject();
        for (const char *key : {"id", "name", "userId"})
            QVERIFY2(s.value(QLatin1String(key)).isString(), key);
        QVERIFY(isIsoMs(s.value(QStringLiteral("createdAt"))));
        QVERIFY(isIsoMs(s.value(QStringLiteral("updatedAt"))));
        if (s.contains(QStringLiteral("folderId"))) {
            QVERIFY(s.value(QStringLiteral("folderId")).isString());
            sawFolder = true;
        } else {
            sawNoFolder = true;
        }
        QVERIFY(!s.contains(QStringLiteral("steps")) && !s.contains(QStringLiteral("status")));
    }
    QVERIFY(sawFolder && sawNoFolder);
    QVERIFY(!r.json.contains(QStringLiteral("paging")));
}

void TestSandboxHttp::getSequenceHasStepsSettingsAndDependencies()
{
    const Sequence *withDeps = nullptr;
    const Sequence *empty = nullptr;
    for (const Sequence &s : state().data().sequences) {
        if (s.shared && !s.dependencies.isEmpty() && s.settings && !withDeps)
            withDeps = &s;
        if (s.shared && s.steps.isEmpty() && !empty)
            empty = &s;
    }
    QVERIFY(withDeps && empty);
    const QString user = QString::number(userId(state(), Primary));
    const ProbeResult r = m_probe->get(seqDated + QLatin1Char('/') + QString::number(withDeps->id)
                                       + QStringLiteral("?userId=") + user);
    QCOMPARE(r.status, 200);
    const QJsonArray steps = r.json.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), withDeps->steps.size());
    for (int k = 0; k < steps.size(); ++k) {
        const QJsonObject st = steps.at(k).toObject();
        QCOMPARE(st.value(QStringLiteral("stepOrder")).toInt(), k);
        QVERIFY(st.value(QStringLiteral("id")).isString());
        QVERIFY(st.value(QStringLiteral("delayMillis")).isDouble());
        const QString type = st.value(QStringLiteral("actionType")).toString();
        if (type == QLatin1String("EMAIL"))
            QVERIFY(st.value(QStringLiteral("emailPattern"))
                        .toObject()
                        .value(QStringLiteral("templateId"))
                        .isString());
        if (type == QLatin1String("TASK")) {
            const QJsonObject t = st.value(QStringLiteral("taskPattern")).toObject();
            QVERIFY(!t.value(QStringLiteral("taskType")).toString().isEmpty());
            QVERIFY(!t.value(QStringLiteral("taskPriority")).toString().isEmpty());
        }
    }
    const QJsonObject settings = r.json.value(QStringLiteral("settings")).toObject();
    for (const char *key : {"id", "eligibleFollowUpDays", "individualTaskRemindersEnabled",
                            "sellingStrategy", "sendWindowStartMinute", "sendWindowEndMinute",
                            "taskReminderMinute", "createdAt", "updatedAt"})
        QVERIFY2(settings.contains(QLatin1String(key)), key);
    const QJsonObject dep = r.json.value(QStringLiteral("dependencies")).toArray().at(0).toObject();
    QCOMPARE(dep.value(QStringLiteral("dependencyType")).toString(),
             QStringLiteral("TASK_COMPLETION"));
    QVERIFY(dep.value(QStringLiteral("reliesOnSequenceStepId")).isString());
    const ProbeResult e = m_probe->get(seqLegacy + QLatin1Char('/') + QString::number(empty->id)
                                       + QStringLiteral("?userId=") + user);
    QCOMPARE(e.status, 200);
    QVERIFY(e.json.value(QStringLiteral("steps")).isArray());
    QVERIFY(e.json.value(QStringLiteral("steps")).toArray().isEmpty());
}

void TestSandboxHttp::pagingWalksEverySequenceWithOpaqueCursors()
{
    const QString user = QString::number(userId(state(), Primary));
    QStringList seen;
    QString after;
    int pages = 0;
    int total = -1;
    do {
        QString path = seqDated + QStringLiteral("?limit=7&userId=") + user;
        if (!after.isEmpty())
            path += QStringLiteral("&after=") + after;
        const ProbeResult r = m_probe->get(path);
        QCOMPARE(r.status, 200);
        total = r.json.value(QStringLiteral("total")).toInt();
        const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
        QVERIFY(results.size() <= 7);
        for (const QJsonValue &v : results)
            seen.append(v.toObject().value(QStringLiteral("id")).toString());
        after = r.json.value(QStringLiteral("paging"))
                    .toObject()
                    .value(QStringLiteral("next"))
                    .toObject()
                    .value(QStringLiteral("after"))
                    .toString();
        QVERIFY(after.isEmpty() || !seen.contains(after)); // opaque, not a raw id
        ++pages;
    } while (!after.isEmpty() && pages < 50);
    QCOMPARE(seen.size(), total);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), total);
    QCOMPARE(pages, (total + 6) / 7);
    QCOMPARE(total, int(state().visibleSequences(user.toLongLong()).size()));
    // name filter
    const ProbeResult named
        = m_probe->get(seqDated + QStringLiteral("?name=follow-up&userId=") + user);
    for (const QJsonValue &v : named.json.value(QStringLiteral("results")).toArray())
        QVERIFY(v.toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .contains(QStringLiteral("Follow-up"), Qt::CaseInsensitive));
}

void TestSandboxHttp::badPagingParametersGive400()
{
    const QString user = QString::number(userId(state(), Primary));
    const QStringList bad {seqDated + QStringLiteral("?after=garbage&userId=") + user,
                           seqDated + QStringLiteral("?after=712000078&userId=") + user,
                           seqDated + QStringLiteral("?limit=0&userId=") + user,
                           seqDated + QStringLiteral("?limit=ten&userId=") + user,
                           QStringLiteral("/crm/v3/owners?after=xyz"),
                           QStringLiteral("/crm/v3/lists/")
                               + QString::number(state().data().lists.at(0).listId)
                               + QStringLiteral("/memberships?after=%%%")};
    for (const QString &p : bad) {
        const ProbeResult r = m_probe->get(p);
        QVERIFY2(r.status == 400, qPrintable(p));
        QVERIFY2(r.errorIn() == QLatin1String("after") || r.errorIn() == QLatin1String("limit"),
                 qPrintable(r.errorIn()));
    }
}

void TestSandboxHttp::limitIsCappedAtTheMaximum()
{
    const ContactList &big = state().data().lists.at(1);
    QVERIFY(big.members.size() > 250);
    const ProbeResult r
        = m_probe->get(QStringLiteral("/crm/lists/2026-03/") + QString::number(big.listId)
                       + QStringLiteral("/memberships?limit=1000"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("results")).toArray().size(), 250);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), int(big.members.size()));
    QVERIFY(r.json.contains(QStringLiteral("paging")));
    const ProbeResult seqs = m_probe->get(seqDated + QStringLiteral("?limit=5000&userId=")
                                          + QString::number(userId(state(), Primary)));
    QCOMPARE(seqs.status, 200);
}

void TestSandboxHttp::batchReadReturns207ForMissesAndCapsInputs()
{
    const QString path = contactsLegacy + QStringLiteral("/batch/read");
    const auto body = [](const QJsonArray &inputs, const QJsonArray &history = {}) {
        return QJsonObject {{QStringLiteral("inputs"), inputs},
                            {QStringLiteral("properties"), QJsonArray {QStringLiteral("email")}},
                            {QStringLiteral("propertiesWithHistory"), history}};
    };
    const auto ids = [&](int n, int skip = 0) {
        QJsonArray out;
        for (int i = 0; i < n; ++i)
            out.append(QJsonObject {
                {QStringLiteral("id"), QString::number(state().data().contacts.at(skip + i).id)}});
        return out;
    };
    QJsonArray mixed = ids(3);
    mixed.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("1")}});
    mixed.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("2")}});
    const ProbeResult partial = m_probe->postJson(path, body(mixed));
    QCOMPARE(partial.status, 207);
    QCOMPARE(partial.json.value(QStringLiteral("results")).toArray().size(), 3);
    QCOMPARE(partial.json.value(QStringLiteral("numErrors")).toInt(), 1);
    const QJsonObject error
        = partial.json.value(QStringLiteral("errors")).toArray().at(0).toObject();
    QCOMPARE(error.value(QStringLiteral("category")).toString(),
             QStringLiteral("OBJECT_NOT_FOUND"));
    QCOMPARE(
        error.value(QStringLiteral("context")).toObject().value(QStringLiteral("ids")).toArray(),
        (QJsonArray {QStringLiteral("1"), QStringLiteral("2")}));
    const ProbeResult full = m_probe->postJson(path, body(ids(100)));
    QCOMPARE(full.status, 200);
    QCOMPARE(full.json.value(QStringLiteral("results")).toArray().size(), 100);
    QCOMPARE(full.json.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETE"));
    QVERIFY(!full.json.contains(QStringLiteral("numErrors")));
    const ProbeResult tooMany = m_probe->postJson(path, body(ids(101)));
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.errorIn(), QStringLiteral("inputs"));
    const ProbeResult historyCap
        = m_probe->postJson(path, body(ids(51), QJsonArray {QStringLiteral("email")}));
    QCOMPARE(historyCap.status, 400);
    QCOMPARE(m_probe->postJson(path, body(ids(50), QJsonArray {QStringLiteral("email")})).status,
             200);
    const ProbeResult missingProps = m_probe->postJson(path, {{QStringLiteral("inputs"), ids(1)}});
    QCOMPARE(missingProps.status, 400);
    QCOMPARE(missingProps.errorIn(), QStringLiteral("properties"));
    const ProbeResult badInput
        = m_probe->postJson(path, body(QJsonArray {QJsonObject {{QStringLiteral("id"), 5}}}));
    QCOMPARE(badInput.errorIn(), QStringLiteral("inputs[0].id"));
}

void TestSandboxHttp::batchReadByEmailAndPropertyNulls()
{
    const Contact *bounced = contactOfKind(state(), ContactKind::Bounced);
    const Contact *normal = contactOfKind(state(), ContactKind::Normal, 20);
    const ProbeResult r = m_probe->postJson(
        contactsDated + QStringLiteral("/batch/read"),
        {{QStringLiteral("idProperty"), QStringLiteral("email")},
         {QStringLiteral("inputs"),
          QJsonArray {
              QJsonObject {{QStringLiteral("id"), bounced->email.toUpper()}},
              QJsonObject {{QStringLiteral("id"), normal->email}},
              QJsonObject {{QStringLiteral("id"), QStringLiteral("nobody@nowhere.example")}}}},
         {QStringLiteral("properties"),
          QJsonArray {QStringLiteral("email"), QStringLiteral("hs_email_hard_bounce_reason_enum"),
                      QStringLiteral("hs_email_optout"), QStringLiteral("no_such_property")}},
         {QStringLiteral("propertiesWithHistory"), QJsonArray {}}});
    QCOMPARE(r.status, 207);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray())
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(),
                    v.toObject().value(QStringLiteral("properties")).toObject());
    QCOMPARE(byId.size(), 2);
    const QJsonObject b = byId.value(QString::number(bounced->id));
    QCOMPARE(b.value(QStringLiteral("hs_email_hard_bounce_reason_enum")).toString(),
             bounced->hardBounceReason);
    const QJsonObject n = byId.value(QString::number(normal->id));
    QVERIFY(n.value(QStringLiteral("hs_email_hard_bounce_reason_enum")).isNull());
    QCOMPARE(n.value(QStringLiteral("hs_email_optout")).toString(), QStringLiteral("false"));
    QVERIFY(!n.contains(QStringLiteral("no_such_property")));
    QCOMPARE(n.value(QStringLiteral("hs_object_id")).toString(), QString::number(normal->id));
    QCOMPARE(r.json.value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("context"))
                 .toObject()
                 .value(QStringLiteral("ids"))
                 .toArray(),
             QJsonArray {QStringLiteral("nobody@nowhere.example")});
}

void TestSandboxHttp::searchFiltersPagesAndCarriesNoRateHeaders()
{
    int unsubscribed = 0;
    for (const Contact &c : state().data().contacts)
        unsubscribed += c.optedOut ? 1 : 0;
    const QJsonObject filter {{QStringLiteral("propertyName"), QStringLiteral("hs_email_optout")},
                              {QStringLiteral("operator"), QStringLiteral("EQ")},
                              {QStringLiteral("value"), QStringLiteral("true")}};
    QStringList ids;
    QString after;
    do {
        QJsonObject body {
            {QStringLiteral("filterGroups"),
             QJsonArray {QJsonObject {{QStringLiteral("filters"), QJsonArray {filter}}}}},
            {QStringLiteral("properties"),
             QJsonArray {QStringLiteral("email"), QStringLiteral("hs_email_optout")}},
            {QStringLiteral("limit"), 20}};
        if (!after.isEmpty())
            body.insert(QStringLiteral("after"), after);
        const ProbeResult r = m_probe->postJson(contactsDated + QStringLiteral("/search"), body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), unsubscribed);
        QVERIFY(!r.hasHeader("X-HubSpot-RateLimit-Max"));
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
            QCOMPARE(v.toObject()
                         .value(QStringLiteral("properties"))
                         .toObject()
                         .value(QStringLiteral("hs_email_optout"))
                         .toString(),
                     QStringLiteral("true"));
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        }
        after = r.json.value(QStringLiteral("paging"))
                    .toObject()
                    .value(QStringLiteral("next"))
                    .toObject()
                    .value(QStringLiteral("after"))
                    .toString();
    } while (!after.isEmpty());
    QCOMPARE(ids.size(), unsubscribed);
    const Contact *target = contactOfKind(state(), ContactKind::Normal, 3);
    const ProbeResult byEmail = m_probe->postJson(
        contactsLegacy + QStringLiteral("/search"),
        {{QStringLiteral("filterGroups"),
          QJsonArray {
              QJsonObject {{QStringLiteral("filters"),
                            QJsonArray {QJsonObject {
                                {QStringLiteral("propertyName"), QStringLiteral("email")},
                                {QStringLiteral("operator"), QStringLiteral("IN")},
                                {QStringLiteral("values"), QJsonArray {target->email}}}}}}}}});
    QCOMPARE(byEmail.json.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(byEmail.json.value(QStringLiteral("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QString::number(target->id));
    const ProbeResult badOp
        = m_probe->postJson(contactsDated + QStringLiteral("/search"),
                            {{QStringLiteral("filterGroups"),
                              QJsonArray {QJsonObject {
                                  {QStringLiteral("filters"),
                                   QJsonArray {QJsonObject {
                                       {QStringLiteral("propertyName"), QStringLiteral("email")},
                                       {QStringLiteral("operator"), QStringLiteral("LIKE")}}}}}}}});
    QCOMPARE(badOp.status, 400);
    QCOMPARE(badOp.errorIn(), QStringLiteral("filterGroups[0].filters[0].operator"));
}

namespace {
// What @hubspot/api-client 14 sends for
// crm.contacts.searchApi.doSearch({filterGroups: [], properties: ['email'], limit: 100,
// after: '0', sorts: []}), byte for byte.
const QByteArray sdkSearchBody
    = R"({"filterGroups":[],"properties":["email"],"limit":100,"after":"0","sorts":[]})";

QString nextAfter(const ProbeResult &r)
{
    return r.json.value(QStringLiteral("paging"))
        .toObject()
        .value(QStringLiteral("next"))
        .toObject()
        .value(QStringLiteral("after"))
        .toString();
}

QStringList resultIds(const ProbeResult &r)
{
    QStringList ids;
    for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray())
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    return ids;
}
} // namespace

void TestSandboxHttp::searchTakesTheSdkFirstPageAfterZero()
{
    const int contacts = int(state().data().contacts.size());
    for (const QString &base : {contactsDated, contactsNewest, contactsLegacy}) {
        const ProbeResult r = m_probe->post(base + QStringLiteral("/search"), sdkSearchBody);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), contacts);
        const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 100);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QString::number(state().data().contacts.constFirst().id));
        QVERIFY(results.at(0)
                    .toObject()
                    .value(QStringLiteral("properties"))
                    .toObject()
                    .contains(QStringLiteral("email")));
        QVERIFY(!nextAfter(r).isEmpty());
    }
    // Lists search: the SDK's first page is offset 0 (the schema requires offset).
    for (const char *path :
         {"/crm/v3/lists/search", "/crm/lists/2026-03/search", "/crm/lists/2026-09/search"}) {
        const ProbeResult lists = m_probe->post(
            QLatin1String(path), R"({"query":"","offset":0,"count":20,"additionalProperties":[]})");
        QCOMPARE(lists.status, 200);
        QCOMPARE(lists.json.value(QStringLiteral("lists")).toArray().size(),
                 int(state().data().lists.size()));
        QCOMPARE(lists.json.value(QStringLiteral("hasMore")).toBool(), false);
    }
}

void TestSandboxHttp::searchWithEmptyAfterIsTheFirstPage()
{
    QByteArray emptyAfter = sdkSearchBody;
    emptyAfter.replace(R"("after":"0")", R"("after":"")");
    const ProbeResult zero
        = m_probe->post(contactsDated + QStringLiteral("/search"), sdkSearchBody);
    for (const QString &base : {contactsDated, contactsNewest, contactsLegacy}) {
        const ProbeResult r = m_probe->post(base + QStringLiteral("/search"), emptyAfter);
        QCOMPARE(r.status, 200);
        QCOMPARE(resultIds(r), resultIds(zero));
        QCOMPARE(nextAfter(r), nextAfter(zero));
    }
    // No after at all is the first page as well.
    QByteArray noAfter = sdkSearchBody;
    noAfter.replace(R"("after":"0",)", "");
    QCOMPARE(resultIds(m_probe->post(contactsDated + QStringLiteral("/search"), noAfter)),
             resultIds(zero));
}

void TestSandboxHttp::searchRefusesGarbageCursors()
{
    for (const char *garbage : {"not-a-cursor", "%%%", "0x", " 0", "-1"}) {
        QByteArray body = sdkSearchBody;
        body.replace(R"("after":"0")", QByteArray(QByteArray(R"("after":")") + garbage + '"'));
        for (const QString &base : {contactsDated, contactsNewest, contactsLegacy}) {
            const ProbeResult r = m_probe->post(base + QStringLiteral("/search"), body);
            QVERIFY2(r.status == 400, garbage);
            QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
                     QStringLiteral("VALIDATION_ERROR"));
            QCOMPARE(r.errorIn(), QStringLiteral("after"));
        }
    }
    QByteArray number = sdkSearchBody;
    number.replace(R"("after":"0")", R"("after":0)");
    QCOMPARE(m_probe->post(contactsDated + QStringLiteral("/search"), number).errorIn(),
             QStringLiteral("after"));
}

void TestSandboxHttp::searchPagesFromZeroToTheEndOnceEach()
{
    QStringList ids;
    QString after = QStringLiteral("0");
    int pages = 0;
    while (!after.isEmpty() && pages < 100) {
        QByteArray body = sdkSearchBody;
        body.replace(R"("after":"0")",
                     QByteArray(QByteArray(R"("after":")") + after.toLatin1() + '"'));
        const ProbeResult r = m_probe->post(contactsDated + QStringLiteral("/search"), body);
        QCOMPARE(r.status, 200);
        ids += resultIds(r);
        after = nextAfter(r);
        ++pages;
    }
    const int contacts = int(state().data().contacts.size());
    QCOMPARE(pages, (contacts + 99) / 100);
    QCOMPARE(ids.size(), contacts);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), contacts);
}

void TestSandboxHttp::getListsTakeEmptyOrZeroAfterAsTheFirstPage()
{
    const QString user = QString::number(userId(state(), Primary));
    const QStringList paths {seqDated + QStringLiteral("?limit=5&userId=") + user,
                             seqLegacy + QStringLiteral("/?limit=5&userId=") + user,
                             seqNewest + QStringLiteral("?limit=5&userId=") + user,
                             QStringLiteral("/crm/v3/owners/?limit=3"),
                             QStringLiteral("/crm/owners/2026-03?limit=3"),
                             QStringLiteral("/crm/v3/lists/")
                                 + QString::number(state().data().lists.at(1).listId)
                                 + QStringLiteral("/memberships?limit=10")};
    for (const QString &path : paths) {
        const ProbeResult plain = m_probe->get(path);
        QCOMPARE(plain.status, 200);
        QVERIFY(!plain.json.value(QStringLiteral("results")).toArray().isEmpty());
        QVERIFY(!nextAfter(plain).isEmpty());
        for (const QString &first : {QStringLiteral("&after="), QStringLiteral("&after=0")}) {
            const ProbeResult r = m_probe->get(path + first);
            QVERIFY2(r.status == 200, qPrintable(path + first));
            QCOMPARE(r.json.value(QStringLiteral("results")),
                     plain.json.value(QStringLiteral("results")));
            QCOMPARE(nextAfter(r), nextAfter(plain));
        }
    }
}

void TestSandboxHttp::listsSearchAndMemberships()
{
    const ProbeResult all = m_probe->postJson(
        QStringLiteral("/crm/lists/2026-03/search"),
        {{QStringLiteral("offset"), 0}, {QStringLiteral("additionalProperties"), QJsonArray {}}});
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(QStringLiteral("total")).toInt(), int(state().data().lists.size()));
    QCOMPARE(all.json.value(QStringLiteral("hasMore")).toBool(), false);
    const QJsonObject first = all.json.value(QStringLiteral("lists")).toArray().at(0).toObject();
    for (const char *key :
         {"listId", "name", "objectTypeId", "processingType", "processingStatus", "listVersion"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QVERIFY(first.value(QStringLiteral("listId")).isString());
    QVERIFY(first.value(QStringLiteral("additionalProperties"))
                .toObject()
                .contains(QStringLiteral("hs_list_size")));
    const ProbeResult named
        = m_probe->postJson(QStringLiteral("/crm/v3/lists/search"),
                            {{QStringLiteral("query"), QStringLiteral("webinar")},
                             {QStringLiteral("offset"), 0},
                             {QStringLiteral("count"), 1},
                             {QStringLiteral("additionalProperties"), QJsonArray {}}});
    QCOMPARE(named.json.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(
        m_probe->postJson(QStringLiteral("/crm/v3/lists/search"), {{QStringLiteral("offset"), 0}})
            .errorIn(),
        QStringLiteral("additionalProperties"));
    // Walk a list's members.
    const ContactList &list = state().data().lists.at(0);
    QStringList members;
    QString after;
    do {
        const ProbeResult r
            = m_probe->get(QStringLiteral("/crm/v3/lists/") + QString::number(list.listId)
                           + QStringLiteral("/memberships?limit=100")
                           + (after.isEmpty() ? QString() : QStringLiteral("&after=") + after));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
            QVERIFY(isIsoMs(v.toObject().value(QStringLiteral("membershipTimestamp"))));
            members.append(v.toObject().value(QStringLiteral("recordId")).toString());
        }
        after = r.json.value(QStringLiteral("paging"))
                    .toObject()
                    .value(QStringLiteral("next"))
                    .toObject()
                    .value(QStringLiteral("after"))
                    .toString();
    } while (!after.isEmpty());
    QCOMPARE(members.size(), int(list.members.size()));
    QCOMPARE(members.constFirst(), QString::number(list.members.constFirst()));
    const ProbeResult one
        = m_probe->get(QStringLiteral("/crm/v3/lists/") + QString::number(list.listId));
    QCOMPARE(
        one.json.value(QStringLiteral("list")).toObject().value(QStringLiteral("size")).toInt(),
        int(list.members.size()));
}

void TestSandboxHttp::accountDetailsAndUsageHaveRequiredFields()
{
    const ProbeResult r = m_probe->get(QStringLiteral("/account-info/2026-03/details"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QStringLiteral("portalId")).isDouble());
    for (const char *key : {"accountType", "timeZone", "companyCurrency", "utcOffset", "uiDomain",
                            "dataHostingLocation", "portalName"})
        QVERIFY2(r.json.value(QLatin1String(key)).isString(), key);
    QVERIFY(r.json.value(QStringLiteral("additionalCurrencies")).isArray());
    QVERIFY(r.json.value(QStringLiteral("utcOffsetMilliseconds")).isDouble());
    const ProbeResult u
        = m_probe->get(QStringLiteral("/account-info/v3/api-usage/daily/private-apps"));
    const QJsonObject usage = u.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(usage.value(QStringLiteral("name")).toString(),
             QStringLiteral("private-apps-api-calls-daily"));
    QVERIFY(usage.value(QStringLiteral("currentUsage")).toInt() > 0);
    QCOMPARE(usage.value(QStringLiteral("fetchStatus")).toString(), QStringLiteral("SUCCESS"));
}

void TestSandboxHttp::ownersHaveHubSpotShapeAndResolveByUserId()
{
    const ProbeResult r = m_probe->get(QStringLiteral("/crm/owners/2026-03?limit=500"));
    QCOMPARE(r.status, 200);
    const QJsonArray owners = r.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(owners.size(), 8);
    for (const QJsonValue &v : owners) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("id")).isString());
        QVERIFY(o.value(QStringLiteral("archived")).isBool());
        QVERIFY(o.value(QStringLiteral("teams")).isArray());
        if (o.contains(QStringLiteral("userId")))
            QVERIFY(o.value(QStringLiteral("userId")).isDouble()); // an integer, not a string
    }
    const QJsonObject queue = owners.at(Queue).toObject();
    QCOMPARE(queue.value(QStringLiteral("type")).toString(), QStringLiteral("QUEUE"));
    QVERIFY(!queue.contains(QStringLiteral("userId")));
    const QJsonObject gone = owners.at(Deactivated).toObject();
    QVERIFY(!gone.contains(QStringLiteral("userId")));
    QVERIFY(gone.value(QStringLiteral("userIdIncludingInactive")).isDouble());
    const ProbeResult page = m_probe->get(QStringLiteral("/crm/v3/owners?limit=3"));
    QCOMPARE(page.json.value(QStringLiteral("results")).toArray().size(), 3);
    QVERIFY(!page.json.value(QStringLiteral("paging"))
                 .toObject()
                 .value(QStringLiteral("next"))
                 .toObject()
                 .value(QStringLiteral("after"))
                 .toString()
                 .isEmpty());
    const Owner &primary = owner(state(), Primary);
    const ProbeResult byUser
        = m_probe->get(QStringLiteral("/crm/v3/owners/") + QString::number(*primary.userId)
                       + QStringLiteral("?idProperty=userId"));
    QCOMPARE(byUser.json.value(QStringLiteral("id")).toString(), QString::number(primary.id));
    const ProbeResult byEmail
        = m_probe->get(QStringLiteral("/crm/v3/owners?email=") + primary.email);
    QCOMPARE(byEmail.json.value(QStringLiteral("results")).toArray().size(), 1);
}

namespace {

// A request as a browser (or a DNS-rebinding page) would send it, Host as given; none when
// `host` is null.
QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &host,
                      const QByteArray &body = {})
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\n";
    if (!host.isNull())
        request += "Host: " + host + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    return request + "Connection: close\r\n\r\n" + body;
}

} // namespace

void TestSandboxHttp::sandboxRoutesAnswerOnlyLoopbackHosts_data()
{
    const QByteArray port = QByteArray::number(m_server->port());
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("127.0.0.1:port") << "127.0.0.1:" + port << true;
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1") << true;
    QTest::newRow("localhost:port") << "localhost:" + port << true;
    QTest::newRow("LocalHost") << QByteArray("LocalHost") << true;
    QTest::newRow("[::1]:port") << "[::1]:" + port << true;
    QTest::newRow("[::1]") << QByteArray("[::1]") << true;
    QTest::newRow("evil.example") << QByteArray("evil.example") << false;
    QTest::newRow("evil.example:port") << "evil.example:" + port << false;
    QTest::newRow("localhost.evil.example") << "localhost.evil.example:" + port << false;
    QTest::newRow("127.0.0.1.nip.io") << "127.0.0.1.nip.io:" + port << false;
    QTest::newRow("127.0.0.2") << "127.0.0.2:" + port << false;
    QTest::newRow("port not a number") << QByteArray("localhost:http") << false;
    QTest::newRow("::1 without brackets") << QByteArray("::1") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("missing") << QByteArray() << false;
}

void TestSandboxHttp::sandboxRoutesAnswerOnlyLoopbackHosts()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, accepted);
    const quint16 port = m_server->port();
    // Something is counted, so a resetStats that went through shows.
    QCOMPARE(m_probe->get(QStringLiteral("/crm/v3/owners")).status, 200);
    const int counted = m_server->stats().total;
    QVERIFY(counted > 0);

    const ProbeResult control = HttpProbe::raw(
        port, rawRequest("POST", "/_sandbox/control", host, R"({"resetStats": true})"));
    const ProbeResult summary = HttpProbe::raw(port, rawRequest("GET", "/_sandbox/summary", host));
    if (accepted) {
        QCOMPARE(control.status, 200);
        QCOMPARE(m_server->stats().total, 0);
        QCOMPARE(summary.status, 200);
        return;
    }
    QCOMPARE(control.status, 403);
    QVERIFY(control.validJson);
    QCOMPARE(control.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(control.json.value(QStringLiteral("category")).toString(),
             QStringLiteral("FORBIDDEN"));
    QVERIFY2(control.json.value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("loopback")),
             control.body.constData());
    QCOMPARE(m_server->stats().total, counted); // the control was not applied
    QCOMPARE(summary.status, 403);
    QVERIFY(!summary.json.contains(QStringLiteral("sequences")));
}

void TestSandboxHttp::hubSpotRoutesAnswerAnyHost()
{
    // HubSpot's own routes need the token; whatever name reached the sandbox is fine there.
    const QByteArray request = "GET /crm/v3/owners HTTP/1.1\r\nHost: evil.example\r\n"
                               "Authorization: Bearer "
        + HttpProbe::demoToken() + "\r\nConnection: close\r\n\r\n";
    const ProbeResult r = HttpProbe::raw(m_server->port(), request);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QStringLiteral("results")).isArray());
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandboxhttp.moc"
