// Rate limiting, fault injection, keep-alive with delayed answers, inspection and control
// endpoints, SandboxThread, determinism of faults.
#include "DemoLookup.h"
#include "HttpProbe.h"
#include "ManualClock.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxThread.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace SeqDesk::Sandbox;
using namespace DemoLookup;

namespace {
const QString owners = QStringLiteral("/crm/v3/owners");

SandboxConfig smallConfig(quint32 seed = 1)
{
    SandboxConfig config;
    config.seed = seed;
    config.contactCount = 300;
    config.settings.rateLimit = 100000;
    return config;
}
} // namespace

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rateLimitAnswers429WithLegacyBodyAndHeaders();
    void retryAfterAndRateHeadersCanBeTurnedOff();
    void burstOfNConsecutive429s();
    void fractionOf429sAnd5xxAreCountedInStats();
    void droppedBeforeProcessingAppliesNothing();
    void droppedAfterEnrollmentAppliesExactlyOnce();
    void malformedAndTruncatedBodies();
    void endlessCursorRepeatsTheSameAfter();
    void latencyDelaysAnswersOnKeepAliveConnections();
    void clientLeavingDuringDelayedAnswerIsHarmless();
    void faultsAreDeterministicFromTheSeed();
    void inspectionEndpointsNeedNoToken();
    void controlEndpointChangesStateAtRuntime();
    void controlEndpointRejectsBadDocuments();
    void tokenCanBeRevokedAndReplaced();
    void sandboxThreadServesFromItsOwnThread();
    void controlAcceptsNullOutParameters();

private:
    void startServer(const SandboxConfig &config);
    ProbeResult control(const QJsonObject &doc)
    {
        return m_probe->postJson(QStringLiteral("/_sandbox/control"), doc);
    }
    ProbeResult enrollFresh(int skip = 0)
    {
        const SandboxState &s = m_server->state();
        return m_probe->postJson(
            QStringLiteral("/automation/sequences/2026-03/enrollments?userId=")
                + QString::number(userId(s, Primary)),
            {{QStringLiteral("contactId"),
              QString::number(contactOfKind(s, ContactKind::Normal, skip)->id)},
             {QStringLiteral("sequenceId"), QString::number(teamSequenceWithSteps(s)->id)},
             {QStringLiteral("senderEmail"), owner(s, Primary).email}});
    }

    ManualClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpProbe> m_probe;
};

void TestSandboxFaults::init()
{
    startServer(smallConfig());
}

void TestSandboxFaults::startServer(const SandboxConfig &config)
{
    m_probe.reset();
    m_server = std::make_unique<SandboxServer>(config, &m_clock);
    QVERIFY(m_server->start());
    m_probe = std::make_unique<HttpProbe>(m_server->baseUrl());
}

void TestSandboxFaults::rateLimitAnswers429WithLegacyBodyAndHeaders()
{
    SandboxConfig config = smallConfig();
    config.settings.rateLimit = 3;
    config.settings.rateWindowMs = 1000;
    startServer(config);
    for (int remaining : {2, 1, 0}) {
        const ProbeResult r = m_probe->get(owners);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-HubSpot-RateLimit-Remaining").toInt(), remaining);
        QCOMPARE(r.header("X-HubSpot-RateLimit-Max").toInt(), 3);
        QCOMPARE(r.header("X-HubSpot-RateLimit-Interval-Milliseconds").toInt(), 1000);
        QVERIFY(r.hasHeader("X-HubSpot-RateLimit-Daily"));
        QVERIFY(r.hasHeader("X-HubSpot-RateLimit-Daily-Remaining"));
    }
    m_clock.advanceMs(300);
    const ProbeResult limited = m_probe->get(owners);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json.value(QStringLiteral("errorType")).toString(),
             QStringLiteral("RATE_LIMIT"));
    QCOMPARE(limited.json.value(QStringLiteral("policyName")).toString(),
             QStringLiteral("TEN_SECONDLY_ROLLING"));
    QCOMPARE(limited.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("You have reached your ten_secondly_rolling limit."));
    QVERIFY(limited.json.contains(QStringLiteral("correlationId")));
    QVERIFY(limited.json.contains(QStringLiteral("requestId")));
    QCOMPARE(limited.header("Retry-After"), QByteArray("1")); // 700 ms, rounded up
    QCOMPARE(limited.header("X-HubSpot-RateLimit-Remaining").toInt(), 0);
    QCOMPARE(m_probe->get(owners).status, 429); // rejected requests do not consume
    m_clock.advanceMs(700); // the window rolled past the first three
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_probe->get(owners).status, 200);
    QCOMPARE(m_probe->get(owners).status, 429);
    QCOMPARE(m_server->stats().status429, 3);
    // Unauthenticated requests neither count nor carry the headers.
    HttpProbe anonymous(m_server->baseUrl(), {});
    QCOMPARE(anonymous.get(owners).status, 401);
}

void TestSandboxFaults::retryAfterAndRateHeadersCanBeTurnedOff()
{
    SandboxConfig config = smallConfig();
    config.settings.rateLimit = 1;
    config.settings.retryAfter = false;
    startServer(config);
    QCOMPARE(m_probe->get(owners).status, 200);
    const ProbeResult noRetry = m_probe->get(owners);
    QCOMPARE(noRetry.status, 429);
    QVERIFY(!noRetry.hasHeader("Retry-After"));
    QVERIFY(noRetry.hasHeader("X-HubSpot-RateLimit-Max"));
    QCOMPARE(control({{QStringLiteral("settings"),
                       QJsonObject {{QStringLiteral("rateHeaders"), false},
                                    {QStringLiteral("retryAfter"), true}}}})
                 .status,
             200);
    const ProbeResult bare = m_probe->get(owners);
    QCOMPARE(bare.status, 429);
    QVERIFY(bare.hasHeader("Retry-After"));
    for (const char *h : {"X-HubSpot-RateLimit-Max", "X-HubSpot-RateLimit-Remaining",
                          "X-HubSpot-RateLimit-Interval-Milliseconds", "X-HubSpot-RateLimit-Daily",
                          "X-HubSpot-RateLimit-Daily-Remaining"})
        QVERIFY2(!bare.hasHeader(h), h);
}

void TestSandboxFaults::burstOfNConsecutive429s()
{
    QCOMPARE(
        control({{QStringLiteral("settings"), QJsonObject {{QStringLiteral("burst429Count"), 3}}}})
            .status,
        200);
    // Search does not count against the limit, so the burst skips it.
    QCOMPARE(m_probe->postJson(QStringLiteral("/crm/v3/objects/contacts/search"), {}).status, 200);
    for (int i = 0; i < 3; ++i) {
        const ProbeResult r = m_probe->get(owners);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json.value(QStringLiteral("policyName")).toString(),
                 QStringLiteral("TEN_SECONDLY_ROLLING"));
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    }
    QCOMPARE(m_probe->get(owners).status, 200);
    QCOMPARE(m_server->settings().burst429Count, 0);
}

void TestSandboxFaults::fractionOf429sAnd5xxAreCountedInStats()
{
    QCOMPARE(
        control({{QStringLiteral("settings"), QJsonObject {{QStringLiteral("burst429Rate"), 1}}}})
            .status,
        200);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_probe->get(owners).status, 429);
    QCOMPARE(control({{QStringLiteral("settings"),
                       QJsonObject {{QStringLiteral("burst429Rate"), 0},
                                    {QStringLiteral("failRate"), 1}}}})
                 .status,
             200);
    QSet<int> statuses;
    for (int i = 0; i < 12; ++i) {
        const ProbeResult r = m_probe->get(owners);
        QVERIFY(r.status == 500 || r.status == 502 || r.status == 503);
        if (r.status != 502)
            QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
                     QStringLiteral("INTERNAL_ERROR"));
        else
            QVERIFY(r.body.contains("Bad Gateway"));
        statuses.insert(r.status);
    }
    QVERIFY(statuses.size() >= 2);
    const ProbeResult stats = m_probe->get(QStringLiteral("/_sandbox/stats"));
    QCOMPARE(stats.json.value(QStringLiteral("status429")).toInt(), 4);
    QCOMPARE(stats.json.value(QStringLiteral("status5xx")).toInt(), 12);
    QCOMPARE(stats.json.value(QStringLiteral("requests"))
                 .toObject()
                 .value(QStringLiteral("owners.list"))
                 .toInt(),
             16);
}

void TestSandboxFaults::droppedBeforeProcessingAppliesNothing()
{
    m_server->setSettings([&] {
        SandboxSettings s = m_server->settings();
        s.dropRate = 1;
        return s;
    }());
    const ProbeResult r = enrollFresh();
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(m_server->acceptedEnrollments().isEmpty());
    // QNetworkAccessManager silently resends once (even a POST) when the connection closes
    // before any byte of the answer, so the server may see the request twice.
    const SandboxStats stats = m_server->stats();
    QVERIFY(stats.dropped >= 1);
    QCOMPARE(stats.requests.value(QStringLiteral("enroll")), stats.dropped);
}

void TestSandboxFaults::droppedAfterEnrollmentAppliesExactlyOnce()
{
    m_server->setSettings([&] {
        SandboxSettings s = m_server->settings();
        s.dropAfterRate = 1;
        return s;
    }());
    const qint64 contactId = contactOfKind(m_server->state(), ContactKind::Normal)->id;
    const ProbeResult lost = enrollFresh();
    QCOMPARE(lost.status, 0);
    QVERIFY(lost.error != QNetworkReply::NoError);
    m_server->setSettings([&] {
        SandboxSettings s = m_server->settings();
        s.dropAfterRate = 0;
        return s;
    }());
    // The enrollment happened although the client never saw the answer.
    const ProbeResult listed = m_probe->get(QStringLiteral("/_sandbox/enrollments"));
    const QJsonArray all = listed.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("contactId")).toString(),
             QString::number(contactId));
    for (const char *key : {"id", "sequenceId", "userId", "senderEmail", "enrolledAt"})
        QVERIFY2(all.at(0).toObject().contains(QLatin1String(key)), key);
    // A careful client checks before retrying; a careless retry is refused.
    const ProbeResult check
        = m_probe->get(QStringLiteral("/automation/sequences/2026-03/enrollments/contact/")
                       + QString::number(contactId));
    QCOMPARE(check.status, 200);
    QCOMPARE(check.json.value(QStringLiteral("id")),
             all.at(0).toObject().value(QStringLiteral("id")));
    const SandboxState &s = m_server->state();
    const ProbeResult retry = m_probe->postJson(
        QStringLiteral("/automation/v4/sequences/enrollments?userId=")
            + QString::number(userId(s, Primary)),
        {{QStringLiteral("contactId"), QString::number(contactId)},
         {QStringLiteral("sequenceId"), QString::number(teamSequenceWithSteps(s)->id)},
         {QStringLiteral("senderEmail"), owner(s, Primary).email}});
    QCOMPARE(retry.json.value(QStringLiteral("subCategory")).toString(),
             QStringLiteral("SequenceError.ALREADY_ENROLLED"));
    QCOMPARE(m_server->acceptedEnrollments().size(), 1);
}

void TestSandboxFaults::malformedAndTruncatedBodies()
{
    QCOMPARE(
        control({{QStringLiteral("settings"), QJsonObject {{QStringLiteral("malformedRate"), 1}}}})
            .status,
        200);
    const ProbeResult bad = m_probe->get(owners);
    QCOMPARE(bad.status, 200);
    QVERIFY(!bad.body.isEmpty());
    QVERIFY(!bad.validJson);
    QCOMPARE(m_probe->get(QStringLiteral("/crm/v3/owners/1")).status, 404); // errors stay intact
    QCOMPARE(control({{QStringLiteral("settings"),
                       QJsonObject {{QStringLiteral("malformedRate"), 0},
                                    {QStringLiteral("truncateRate"), 1}}}})
                 .status,
             200);
    const ProbeResult cut = m_probe->get(owners);
    QVERIFY(cut.error != QNetworkReply::NoError);
    QVERIFY(!cut.validJson);
    const SandboxStats stats = m_server->stats();
    QCOMPARE(stats.malformed, 1);
    QCOMPARE(stats.truncated, 1);
}

void TestSandboxFaults::endlessCursorRepeatsTheSameAfter()
{
    QCOMPARE(control({{QStringLiteral("settings"),
                       QJsonObject {{QStringLiteral("endlessCursor"), true}}}})
                 .status,
             200);
    const QString path = QStringLiteral("/automation/sequences/2026-03?limit=5&userId=")
        + QString::number(userId(m_server->state(), Primary));
    const auto nextAfter = [](const ProbeResult &r) {
        return r.json.value(QStringLiteral("paging"))
            .toObject()
            .value(QStringLiteral("next"))
            .toObject()
            .value(QStringLiteral("after"))
            .toString();
    };
    const ProbeResult first = m_probe->get(path);
    const QString after = nextAfter(first);
    QVERIFY(!after.isEmpty());
    for (int i = 0; i < 3; ++i) {
        const ProbeResult again = m_probe->get(path + QStringLiteral("&after=") + after);
        QCOMPARE(again.status, 200);
        QCOMPARE(nextAfter(again), after);
    }
    const ProbeResult all = m_probe->get(
        QString(path).replace(QStringLiteral("limit=5"), QStringLiteral("limit=100")));
    QVERIFY(!nextAfter(all).isEmpty()); // even when everything fit on one page
}

void TestSandboxFaults::latencyDelaysAnswersOnKeepAliveConnections()
{
    QCOMPARE(control({{QStringLiteral("settings"),
                       QJsonObject {{QStringLiteral("latencyMs"), 120},
                                    {QStringLiteral("latencyJitterMs"), 30}}}})
                 .status,
             200);
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 18; ++i) // three rounds over QNAM's six connections per host
        replies.append(m_probe->startGet(owners));
    for (QNetworkReply *reply : std::as_const(replies)) {
        const ProbeResult r = HttpProbe::finish(reply);
        QCOMPARE(r.status, 200);
        QVERIFY(r.validJson);
    }
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 3 * 120, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    // Sequential requests reuse the connections and keep working.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_probe->get(owners).status, 200);
}

void TestSandboxFaults::clientLeavingDuringDelayedAnswerIsHarmless()
{
    QCOMPARE(
        control({{QStringLiteral("settings"), QJsonObject {{QStringLiteral("latencyMs"), 150}}}})
            .status,
        200);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    QNetworkReply *reply = m_probe->startGet(owners);
    QTRY_COMPARE(handled.size(), 1); // arrived and processed; the answer waits for its timer
    reply->abort();
    reply->deleteLater();
    QNetworkReply *enrollment = nullptr;
    {
        const SandboxState &s = m_server->state();
        QNetworkRequest req(QUrl(m_server->baseUrl().toString()
                                 + QStringLiteral("/automation/v4/sequences/enrollments?userId=")
                                 + QString::number(userId(s, Primary))));
        req.setRawHeader("Authorization", "Bearer " + HttpProbe::demoToken());
        req.setRawHeader("Content-Type", "application/json");
        const QJsonObject body {
            {QStringLiteral("contactId"),
             QString::number(contactOfKind(s, ContactKind::Normal)->id)},
            {QStringLiteral("sequenceId"), QString::number(teamSequenceWithSteps(s)->id)},
            {QStringLiteral("senderEmail"), owner(s, Primary).email}};
        enrollment = m_probe->manager().post(req, QJsonDocument(body).toJson());
    }
    QTRY_COMPARE(handled.size(), 2);
    enrollment->abort(); // gave up while the answer was pending: the enrollment still counts
    enrollment->deleteLater();
    QCOMPARE(m_server->acceptedEnrollments().size(), 1);
    QTest::qWait(250); // let the pending timers fire on the closed sockets
    QCOMPARE(m_probe->get(owners).status, 200);
}

void TestSandboxFaults::faultsAreDeterministicFromTheSeed()
{
    const auto run = [&](quint32 seed) {
        SandboxConfig config = smallConfig(seed);
        config.settings.failRate = 0.5;
        config.settings.latencyJitterMs = 0;
        startServer(config);
        QList<int> statuses;
        for (int i = 0; i < 24; ++i)
            statuses.append(m_probe->get(owners).status);
        return statuses;
    };
    const QList<int> a = run(11);
    const QList<int> b = run(11);
    const QList<int> c = run(12);
    QCOMPARE(a, b);
    QVERIFY(a != c);
    QVERIFY(a.contains(200));
    QVERIFY(a.count(200) < a.size());
}

void TestSandboxFaults::inspectionEndpointsNeedNoToken()
{
    HttpProbe anonymous(m_server->baseUrl(), {});
    QCOMPARE(anonymous.get(QStringLiteral("/_sandbox/stats")).status, 200);
    QCOMPARE(anonymous.get(QStringLiteral("/_sandbox/enrollments")).status, 200);
    const ProbeResult summary = anonymous.get(QStringLiteral("/_sandbox/summary"));
    QCOMPARE(summary.status, 200);
    QCOMPARE(summary.json.value(QStringLiteral("users")).toArray().size(), 8);
    QVERIFY(summary.json.value(QStringLiteral("contacts"))
                .toObject()
                .value(QStringLiteral("examples"))
                .toObject()
                .contains(QStringLiteral("unsubscribed")));
    QCOMPARE(
        anonymous
            .postJson(QStringLiteral("/_sandbox/control"), {{QStringLiteral("resetStats"), true}})
            .status,
        200);
    // Sandbox paths are not counted as HubSpot traffic.
    QCOMPARE(m_server->stats().total, 0);
}

void TestSandboxFaults::controlEndpointChangesStateAtRuntime()
{
    const SandboxState &s = m_server->state();
    const QString user = QString::number(userId(s, Primary));
    const qint64 seqId = teamSequenceWithSteps(s)->id;
    const QString seqPath = QStringLiteral("/automation/sequences/2026-03/")
        + QString::number(seqId) + QStringLiteral("?userId=") + user;
    const QString before = m_probe->get(seqPath).json.value(QStringLiteral("updatedAt")).toString();
    m_clock.advanceMs(60000);
    QCOMPARE(control({{QStringLiteral("renameSequence"),
                       QJsonObject {{QStringLiteral("id"), QString::number(seqId)},
                                    {QStringLiteral("name"), QStringLiteral("Renamed Outreach")}}}})
                 .status,
             200);
    const ProbeResult renamed = m_probe->get(seqPath);
    QCOMPARE(renamed.json.value(QStringLiteral("name")).toString(),
             QStringLiteral("Renamed Outreach"));
    QVERIFY(renamed.json.value(QStringLiteral("updatedAt")).toString() != before);
    QCOMPARE(control({{QStringLiteral("clearSequenceSteps"), QString::number(seqId)}}).status, 200);
    QVERIFY(m_probe->get(seqPath).json.value(QStringLiteral("steps")).toArray().isEmpty());
    QCOMPARE(control({{QStringLiteral("deleteSequence"), QString::number(seqId)}}).status, 200);
    QCOMPARE(m_probe->get(seqPath).status, 404);
    const ProbeResult added
        = control({{QStringLiteral("addSequence"),
                    QJsonObject {{QStringLiteral("name"), QStringLiteral("Fresh Sequence")},
                                 {QStringLiteral("userId"), user},
                                 {QStringLiteral("shared"), false},
                                 {QStringLiteral("steps"), 2}}}});
    QCOMPARE(added.status, 200);
    const QString newId = added.json.value(QStringLiteral("sequenceId")).toString();
    const ProbeResult fresh = m_probe->get(QStringLiteral("/automation/v4/sequences/") + newId
                                           + QStringLiteral("?userId=") + user);
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.json.value(QStringLiteral("steps")).toArray().size(), 2);
    QCOMPARE(m_probe
                 ->get(QStringLiteral("/automation/v4/sequences/") + newId
                       + QStringLiteral("?userId=") + QString::number(userId(s, InboxDiffers)))
                 .status,
             404); // private
    QCOMPARE(
        control({{QStringLiteral("grantedScopes"), QJsonArray {QStringLiteral("crm.lists.read")}}})
            .status,
        200);
    QCOMPARE(m_probe->get(owners).status, 403);
    QCOMPARE(control({{QStringLiteral("grantedScopes"),
                       QJsonArray::fromStringList(SandboxConfig::allScopes())},
                      {QStringLiteral("resetStats"), true}})
                 .status,
             200);
    QCOMPARE(m_probe->get(owners).status, 200);
    const SandboxStats stats = m_server->stats();
    QCOMPARE(stats.total, 1);
    QCOMPARE(stats.requests.value(QStringLiteral("owners.list")), 1);
}

void TestSandboxFaults::controlEndpointRejectsBadDocuments()
{
    QCOMPARE(control({{QStringLiteral("frobnicate"), true}}).status, 400);
    QCOMPARE(control({{QStringLiteral("settings"), QJsonObject {{QStringLiteral("failRate"), 3}}}})
                 .status,
             400);
    QCOMPARE(control({{QStringLiteral("deleteSequence"), QStringLiteral("1")}}).status, 404);
    QCOMPARE(m_probe->post(QStringLiteral("/_sandbox/control"), "{oops").status, 400);
    // Found by fuzz_sandbox_request (corpus regression-control-*.http): a number no id can be
    // was converted to qint64 (undefined behaviour), and any step count was built.
    QCOMPARE(
        m_probe->post(QStringLiteral("/_sandbox/control"), R"({"deleteSequence":1e300})").status,
        404);
    QCOMPARE(control({{QStringLiteral("deleteSequence"), 1.5}}).status, 404);
    const QJsonObject manySteps {{QStringLiteral("name"), QStringLiteral("x")},
                                 {QStringLiteral("userId"), QStringLiteral("9000694")},
                                 {QStringLiteral("steps"), 30000000}};
    QCOMPARE(control({{QStringLiteral("addSequence"), manySteps}}).status, 400);
    QCOMPARE(m_server->settings().failRate, 0.0);
}

void TestSandboxFaults::tokenCanBeRevokedAndReplaced()
{
    QCOMPARE(control({{QStringLiteral("revokeToken"), true}}).status, 200);
    QCOMPARE(m_probe->get(owners).status, 401);
    QCOMPARE(control({{QStringLiteral("token"), QStringLiteral("pat-na1-rotated")}}).status, 200);
    QCOMPARE(m_probe->get(owners).status, 401);
    m_probe->setToken("pat-na1-rotated");
    QCOMPARE(m_probe->get(owners).status, 200);
    m_server->revokeToken();
    QCOMPARE(m_probe->get(owners).status, 401);
}

void TestSandboxFaults::sandboxThreadServesFromItsOwnThread()
{
    SandboxConfig config = smallConfig();
    config.settings.latencyMs = 20;
    SandboxThread thread(config);
    QString error;
    QVERIFY2(thread.start(&error), qPrintable(error));
    QVERIFY(thread.baseUrl().isValid());
    QVERIFY(thread.baseUrl().port() > 0);
    HttpProbe probe(thread.baseUrl());
    QCOMPARE(probe.get(owners).status, 200);
    QCOMPARE(thread.stats().requests.value(QStringLiteral("owners.list")), 1);
    QJsonObject result;
    QCOMPARE(thread.applyControl({{QStringLiteral("revokeToken"), true}}, &result, &error), 200);
    QCOMPARE(probe.get(owners).status, 401);
    QCOMPARE(thread.applyControl({{QStringLiteral("nope"), 1}}, &result, &error), 400);
    QVERIFY(thread.acceptedEnrollments().isEmpty());
    thread.stop();
    QVERIFY(!thread.isRunning());
    QCOMPARE(probe.get(owners).status, 0); // nothing listens any more
}

void TestSandboxFaults::controlAcceptsNullOutParameters()
{
    QCOMPARE(m_server->applyControl({{QStringLiteral("revokeToken"), true}}, nullptr, nullptr),
             200);
    QCOMPARE(m_probe->get(owners).status, 401);
    QCOMPARE(m_server->applyControl({{QStringLiteral("nope"), 1}}, nullptr, nullptr), 400);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
