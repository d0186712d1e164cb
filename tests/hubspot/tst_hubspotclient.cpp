// HubSpotClient at the QNetworkAccessManager seam: paths, headers, bodies, paging,
// batching and the base URL rule.
#include "hubspot/HubSpotClient.h"

#include "FakeNetwork.h"
#include "ResultCatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace SeqDesk::HubSpot;

namespace {

const QString token = QStringLiteral("pat-na1-11111111-2222-3333-4444-555555555555");

ClientConfig fastConfig(ApiVersion version = ApiVersion::D2026_03)
{
    ClientConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    c.apiVersion = version;
    c.backoffBaseMs = 1;
    c.backoffCapMs = 5;
    c.timeoutMs = 2000;
    c.fallbackRatePerSecond = 1000; // pacing is tested in tst_ratepacer / tst_hubspotscheduler
    return c;
}

QByteArray page(const QString &resultsJson, const QString &after)
{
    QString body = QStringLiteral("{\"results\":[") + resultsJson + QStringLiteral("]");
    if (!after.isEmpty())
        body += QStringLiteral(",\"paging\":{\"next\":{\"after\":\"") + after
            + QStringLiteral("\"}}");
    return (body + QStringLiteral(",\"total\":0}")).toUtf8();
}

QString sequenceItem(int id)
{
    return QStringLiteral(
               "{\"id\":\"%1\",\"name\":\"S%1\",\"userId\":\"7\","
               "\"createdAt\":\"2024-01-01T00:00:00Z\",\"updatedAt\":\"2024-01-01T00:00:00Z\"}")
        .arg(id);
}

QJsonObject bodyOf(const RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestHubSpotClient final : public QObject
{
    Q_OBJECT

private slots:
    void baseUrlMustBeHttpsExceptLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("hubspot") << QStringLiteral("https://api.hubapi.com") << true;
        QTest::newRow("https any") << QStringLiteral("https://proxy.example.com/hs/") << true;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http 127/8") << QStringLiteral("http://127.9.8.7:1") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:1") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.5:8080") << false;
        QTest::newRow("http public") << QStringLiteral("http://api.hubapi.com") << false;
        QTest::newRow("http localhost lookalike")
            << QStringLiteral("http://localhost.evil.com") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("relative") << QStringLiteral("/crm") << false;
        QTest::newRow("credentials") << QStringLiteral("https://u:p@api.hubapi.com") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void baseUrlMustBeHttpsExceptLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(HubSpotClient::validateBaseUrl(QUrl(url), &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void invalidBaseUrlFailsEveryCallWithClearError()
    {
        FakeNetworkAccessManager nam;
        ClientConfig config = fastConfig();
        config.baseUrl = QUrl(QStringLiteral("http://10.0.0.2"));
        HubSpotClient client(&nam, config);
        QVERIFY(!client.isValid());
        QVERIFY(client.configError().contains(QLatin1String("https")));
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QVERIFY(!c.done()); // never inside the call
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().fatalReason, FatalReason::InvalidConfiguration);
        QVERIFY(nam.requests.isEmpty());
    }

    void pathsOfBothVersions_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("2026-03")
            << ApiVersion::D2026_03
            << QStringList {QStringLiteral("/account-info/2026-03/details"),
                            QStringLiteral("/crm/owners/2026-03"),
                            QStringLiteral("/automation/sequences/2026-03"),
                            QStringLiteral("/automation/sequences/2026-03/42"),
                            QStringLiteral("/automation/sequences/2026-03/enrollments"),
                            QStringLiteral("/automation/sequences/2026-03/enrollments/contact/101"),
                            QStringLiteral("/crm/objects/2026-03/contacts/batch/read"),
                            QStringLiteral("/crm/objects/2026-03/contacts/search"),
                            QStringLiteral("/crm/lists/2026-03/9/memberships")};
        QTest::newRow("2026-09")
            << ApiVersion::D2026_09
            << QStringList {QStringLiteral("/account-info/2026-09/details"),
                            QStringLiteral("/crm/owners/2026-09"),
                            QStringLiteral("/automation/sequences/2026-09"),
                            QStringLiteral("/automation/sequences/2026-09/42"),
                            QStringLiteral("/automation/sequences/2026-09/enrollments"),
                            QStringLiteral("/automation/sequences/2026-09/enrollments/contact/101"),
                            QStringLiteral("/crm/objects/2026-09/contacts/batch/read"),
                            QStringLiteral("/crm/objects/2026-09/contacts/search"),
                            QStringLiteral("/crm/lists/2026-09/9/memberships")};
        QTest::newRow("legacy")
            << ApiVersion::V4
            << QStringList {QStringLiteral("/account-info/v3/details"),
                            QStringLiteral("/crm/v3/owners"),
                            QStringLiteral("/automation/v4/sequences"),
                            QStringLiteral("/automation/v4/sequences/42"),
                            QStringLiteral("/automation/v4/sequences/enrollments"),
                            QStringLiteral("/automation/v4/sequences/enrollments/contact/101"),
                            QStringLiteral("/crm/v3/objects/contacts/batch/read"),
                            QStringLiteral("/crm/v3/objects/contacts/search"),
                            QStringLiteral("/crm/v3/lists/9/memberships")};
    }

    void pathsOfBothVersions()
    {
        QFETCH(ApiVersion, version);
        QFETCH(QStringList, paths);
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) { return CannedReply::json(400, "{}"); });
        HubSpotClient client(&nam, fastConfig(version));
        int answered = 0;
        auto count = [&answered](auto) {
            ++answered;
        };
        client.accountDetails(this, count);
        client.owners(this, count);
        client.sequencesForUser(QStringLiteral("7"), this, count);
        client.sequence(QStringLiteral("42"), QStringLiteral("7"), this, count);
        client.enroll({QStringLiteral("7"), QStringLiteral("101"), QStringLiteral("42"),
                       QStringLiteral("rep@x.com"), QString()},
                      this, count);
        client.contactEnrollment(QStringLiteral("101"), this, count);
        client.batchReadContacts({QStringLiteral("1")}, IdProperty::Id, {}, this, count);
        client.searchContacts(SearchRequest(), this, count);
        client.listMemberships(QStringLiteral("9"), this, count);
        QTRY_COMPARE(answered, 9);
        QStringList seen;
        for (const RecordedRequest &r : nam.requests)
            seen.append(r.url.path());
        QCOMPARE(seen, paths);
    }

    void pathSegmentsAreEncoded()
    {
        QCOMPARE(endpointPath(ApiVersion::D2026_03, Endpoint::Sequence, QStringLiteral("1/../x?y")),
                 QStringLiteral("/automation/sequences/2026-03/1%2F..%2Fx%3Fy"));
    }

    void parseApiVersionKnowsEveryVersion()
    {
        QCOMPARE(parseApiVersion(QStringLiteral("2026-09")), std::optional(ApiVersion::D2026_09));
        QCOMPARE(parseApiVersion(QStringLiteral(" 2026-03 ")), std::optional(ApiVersion::D2026_03));
        QCOMPARE(parseApiVersion(QStringLiteral("dated")), std::optional(ApiVersion::D2026_03));
        QCOMPARE(parseApiVersion(QStringLiteral("v4")), std::optional(ApiVersion::V4));
        QCOMPARE(parseApiVersion(QStringLiteral("V3")), std::optional(ApiVersion::V4));
        QCOMPARE(parseApiVersion(QStringLiteral("legacy")), std::optional(ApiVersion::V4));
        QVERIFY(!parseApiVersion(QStringLiteral("2030-01")));
        QVERIFY(!parseApiVersion(QStringLiteral("2026-09-beta")));
        QVERIFY(!parseApiVersion(QString()));
        for (const ApiVersion v : supportedApiVersions())
            QCOMPARE(parseApiVersion(apiVersionName(v)), std::optional(v));
        QCOMPARE(supportedApiVersions().constFirst(), defaultApiVersion);
        QCOMPARE(defaultApiVersion, ApiVersion::D2026_09);
        QCOMPARE(ClientConfig().apiVersion, ApiVersion::D2026_09);
    }

    void storedVersionTextMapsBack()
    {
        QCOMPARE(storedApiVersion(QStringLiteral("2026-03")), ApiVersion::D2026_03);
        QCOMPARE(storedApiVersion(QStringLiteral("2026-09")), ApiVersion::D2026_09);
        QCOMPARE(storedApiVersion(QStringLiteral("v4")), ApiVersion::V4);
        // Older seqdesk-cli runs stored --api-version as typed.
        QCOMPARE(storedApiVersion(QStringLiteral("V3")), ApiVersion::V4);
        QCOMPARE(storedApiVersion(QStringLiteral("dated")), ApiVersion::D2026_03);
        // A row from before the version was stored: 2026-03 was the only dated version.
        QCOMPARE(storedApiVersion(QString()), ApiVersion::D2026_03);
        // Written by a newer SeqDesk: the newest this build knows.
        QCOMPARE(storedApiVersion(QStringLiteral("2027-03")), ApiVersion::D2026_09);
    }

    void authorizationHeaderAndTimeoutAreSent()
    {
        FakeNetworkAccessManager nam;
        ClientConfig config = fastConfig();
        config.timeoutMs = 1234;
        HubSpotClient client(&nam, config);
        client.setAccessToken(token);
        ResultCatcher<AccountDetails> c;
        client.accountDetails(this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(nam.requests.size(), 1);
        QCOMPARE(nam.requests[0].headers.value("authorization"),
                 QByteArray(QByteArrayLiteral("Bearer ") + token.toUtf8()));
        QCOMPARE(nam.requests[0].transferTimeout, 1234);
    }

    void enrollBodyHasExactlyTheAllowedFields()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(CannedReply::json(
            200,
            R"({"id":"9","toEmail":"c@x.com","enrolledAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-01T00:00:00Z"})"));
        nam.enqueue(CannedReply::json(
            200,
            R"({"id":"10","toEmail":"d@x.com","enrolledAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-01T00:00:00Z"})"));
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<EnrollmentResult> plain, alias;
        client.enroll({QStringLiteral("95142122"), QStringLiteral("101"),
                       QStringLiteral("712515259"), QStringLiteral("rep@acme.com"), QString()},
                      this, plain.callback());
        client.enroll({QStringLiteral("95142122"), QStringLiteral("102"),
                       QStringLiteral("712515259"), QStringLiteral("rep@acme.com"),
                       QStringLiteral("alias@acme.com")},
                      this, alias.callback());
        QTRY_VERIFY(plain.done() && alias.done());
        QVERIFY(plain.ok());
        QCOMPARE(plain.value().id, QStringLiteral("9"));
        QCOMPARE(nam.requests[0].verb, QByteArray("POST"));
        QCOMPARE(QUrlQuery(nam.requests[0].url).queryItemValue(QStringLiteral("userId")),
                 QStringLiteral("95142122"));
        QStringList keys = bodyOf(nam.requests[0]).keys();
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("contactId"), QStringLiteral("senderEmail"),
                               QStringLiteral("sequenceId")}));
        QCOMPARE(bodyOf(nam.requests[0]).value(QStringLiteral("sequenceId")).toString(),
                 QStringLiteral("712515259"));
        keys = bodyOf(nam.requests[1]).keys();
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("contactId"), QStringLiteral("senderAliasAddress"),
                               QStringLiteral("senderEmail"), QStringLiteral("sequenceId")}));
        QVERIFY(!nam.requests[0].body.contains("startingStepOrder"));
    }

    void enrollWithoutUserIdIsRejectedLocally()
    {
        FakeNetworkAccessManager nam;
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<EnrollmentResult> c;
        client.enroll({QString(), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("a@b.c"),
                       QString()},
                      this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::BadRequest);
        QVERIFY(c.error().message.contains(QLatin1String("userId")));
        QVERIFY(nam.requests.isEmpty());
    }

    void sequencesForUserWalksAllPagesWithProgress()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &r) {
            const QString after = QUrlQuery(r.url).queryItemValue(QStringLiteral("after"));
            if (after.isEmpty())
                return CannedReply::json(200,
                                         page(sequenceItem(1) + QLatin1Char(',') + sequenceItem(2),
                                              QStringLiteral("p2")));
            if (after == QLatin1String("p2"))
                return CannedReply::json(200, page(sequenceItem(3), QStringLiteral("p3")));
            return CannedReply::json(200, page(sequenceItem(4), QString()));
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<QList<SequenceSummary>> c;
        QList<int> progress;
        client.sequencesForUser(QStringLiteral("7"), this, c.callback(),
                                [&progress](int, int items) { progress.append(items); });
        QTRY_VERIFY(c.done());
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(c.value().size(), 4);
        QCOMPARE(c.value().last().id, QStringLiteral("4"));
        QCOMPARE(progress, (QList<int> {2, 3, 4}));
        QCOMPARE(nam.requests.size(), 3);
        for (const RecordedRequest &r : nam.requests)
            QCOMPARE(QUrlQuery(r.url).queryItemValue(QStringLiteral("userId")),
                     QStringLiteral("7"));
    }

    void sequencesForUserNeedsUserId()
    {
        FakeNetworkAccessManager nam;
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<QList<SequenceSummary>> c;
        client.sequencesForUser(QString(), this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::BadRequest);
        QVERIFY(nam.requests.isEmpty());
    }

    void endlessCursorEndsWithClearError()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) {
            return CannedReply::json(200, page(sequenceItem(1), QStringLiteral("forever")));
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<QList<SequenceSummary>> c;
        client.sequencesForUser(QStringLiteral("7"), this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::Fatal);
        QCOMPARE(c.error().fatalReason, FatalReason::EndlessPagination);
        QCOMPARE(nam.requests.size(), 2);
    }

    void everChangingCursorStopsAtMaxPages()
    {
        FakeNetworkAccessManager nam;
        int n = 0;
        nam.setHandler([&n](const RecordedRequest &) {
            const int current = n++;
            return CannedReply::json(200, page(sequenceItem(current), QString::number(n)));
        });
        ClientConfig config = fastConfig();
        config.maxPages = 5;
        HubSpotClient client(&nam, config);
        ResultCatcher<QList<SequenceSummary>> c;
        client.owners(this, [](auto) {});
        client.sequencesForUser(QStringLiteral("7"), this, c.callback());
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().fatalReason, FatalReason::EndlessPagination);
        QVERIFY(c.error().describe().contains(QLatin1String("pages")));
    }

    void ownersRequestsPagesOfConfiguredLimit()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(CannedReply::json(
            200,
            R"({"results":[{"id":"1","type":"PERSON","archived":false,"userId":5,"createdAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-01T00:00:00Z"}]})"));
        ClientConfig config = fastConfig();
        config.pageLimit = 50;
        HubSpotClient client(&nam, config);
        ResultCatcher<QList<Owner>> c;
        client.owners(this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(c.ok());
        QCOMPARE(*c.value()[0].userId, 5);
        QCOMPARE(QUrlQuery(nam.requests[0].url).queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("50"));
    }

    void batchReadSplitsIntoChunksOfHundredAndReportsMissing()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &r) {
            const QJsonArray inputs = bodyOf(r).value(QStringLiteral("inputs")).toArray();
            QJsonArray results, missing;
            for (const QJsonValue v : inputs) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                if (id.toInt() % 10 == 0)
                    missing.append(id);
                else
                    results.append(QJsonObject {{QStringLiteral("id"), id},
                                                {QStringLiteral("properties"),
                                                 QJsonObject {{QStringLiteral("firstname"), id}}}});
            }
            QJsonObject body {{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                              {QStringLiteral("results"), results}};
            if (!missing.isEmpty())
                body.insert(QStringLiteral("errors"),
                            QJsonArray {QJsonObject {
                                {QStringLiteral("category"), QStringLiteral("OBJECT_NOT_FOUND")},
                                {QStringLiteral("context"),
                                 QJsonObject {{QStringLiteral("ids"), missing}}}}});
            return CannedReply::json(missing.isEmpty() ? 200 : 207, QJsonDocument(body).toJson());
        });
        HubSpotClient client(&nam, fastConfig());
        QStringList ids;
        for (int i = 1; i <= 250; ++i)
            ids.append(QString::number(i));
        ids.append(QStringLiteral("5")); // duplicate: read once
        ResultCatcher<BatchReadResult> c;
        client.batchReadContacts(ids, IdProperty::Id, {QStringLiteral("firstname")}, this,
                                 c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(nam.requests.size(), 3);
        QCOMPARE(bodyOf(nam.requests[0]).value(QStringLiteral("inputs")).toArray().size(), 100);
        QCOMPARE(bodyOf(nam.requests[2]).value(QStringLiteral("inputs")).toArray().size(), 50);
        QCOMPARE(bodyOf(nam.requests[0]).value(QStringLiteral("properties")).toArray(),
                 QJsonArray {QStringLiteral("firstname")});
        QVERIFY(bodyOf(nam.requests[0]).contains(QStringLiteral("propertiesWithHistory")));
        QVERIFY(!bodyOf(nam.requests[0]).contains(QStringLiteral("idProperty")));
        QCOMPARE(c.value().found.size(), 225);
        QCOMPARE(c.value().found.first().id, QStringLiteral("1"));
        QCOMPARE(c.value().notFound.size(), 25);
        QVERIFY(c.value().notFound.contains(QStringLiteral("250")));
    }

    void batchReadByEmailMatchesCaseInsensitively()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(CannedReply::json(207, R"({"status":"COMPLETE","results":[
            {"id":"77","properties":{"email":"ann@x.com"}}],
            "errors":[{"category":"OBJECT_NOT_FOUND","context":{"ids":["nobody@x.com"]}}]})"));
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<BatchReadResult> c;
        client.batchReadContacts({QStringLiteral("Ann@X.com"), QStringLiteral("nobody@x.com")},
                                 IdProperty::Email, {QStringLiteral("firstname")}, this,
                                 c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(c.ok());
        QCOMPARE(bodyOf(nam.requests[0]).value(QStringLiteral("idProperty")).toString(),
                 QStringLiteral("email"));
        QVERIFY(bodyOf(nam.requests[0])
                    .value(QStringLiteral("properties"))
                    .toArray()
                    .contains(QStringLiteral("email")));
        QCOMPARE(c.value().found.size(), 1);
        QCOMPARE(c.value().notFound, QStringList {QStringLiteral("nobody@x.com")});
    }

    void searchSendsSortsAsObjectsAndValidatesLimit()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(
            CannedReply::json(200, R"({"total":1,"results":[{"id":"5","properties":{}}]})"));
        HubSpotClient client(&nam, fastConfig());
        SearchRequest search;
        search.filterGroups = {SearchFilterGroup {{SearchFilter {QStringLiteral("email"),
                                                                 QStringLiteral("IN"),
                                                                 QString(),
                                                                 {QStringLiteral("a@x.com")},
                                                                 QString()}}}};
        search.properties = {QStringLiteral("email")};
        search.sorts = {SearchSort {QStringLiteral("createdate"), true}};
        search.limit = 200;
        search.after = QStringLiteral("200");
        ResultCatcher<SearchPage> c;
        client.searchContacts(search, this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(c.ok());
        const QJsonObject body = bodyOf(nam.requests[0]);
        QCOMPARE(body.value(QStringLiteral("sorts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("direction"))
                     .toString(),
                 QStringLiteral("DESCENDING"));
        QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 200);
        QCOMPARE(body.value(QStringLiteral("after")).toString(), QStringLiteral("200"));
        const QJsonObject filter = body.value(QStringLiteral("filterGroups"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("filters"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(filter.value(QStringLiteral("operator")).toString(), QStringLiteral("IN"));
        QVERIFY(!filter.contains(QStringLiteral("value")));

        search.limit = 201;
        ResultCatcher<SearchPage> tooMany;
        client.searchContacts(search, this, tooMany.callback());
        QTRY_VERIFY(tooMany.done());
        QCOMPARE(tooMany.error().kind, ErrorKind::BadRequest);
        QCOMPARE(nam.requests.size(), 1);
    }

    void listMembershipsUsesLimit250AndWalksPages()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(CannedReply::json(
            200,
            R"({"results":[{"recordId":"1"},{"recordId":"2"}],"paging":{"next":{"after":"2"}}})"));
        nam.enqueue(CannedReply::json(200, R"({"results":[{"recordId":"3"}]})"));
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<QList<ListMembership>> c;
        client.listMemberships(QStringLiteral("9"), this, c.callback());
        QTRY_VERIFY(c.done());
        QVERIFY(c.ok());
        QCOMPARE(c.value().size(), 3);
        QCOMPARE(QUrlQuery(nam.requests[0].url).queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("250"));
        QCOMPARE(QUrlQuery(nam.requests[1].url).queryItemValue(QStringLiteral("after")),
                 QStringLiteral("2"));
    }

    void contactEnrollment404IsNotEnrolled()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(CannedReply::json(
            404, R"({"status":"error","message":"not enrolled","category":"OBJECT_NOT_FOUND"})"));
        nam.enqueue(CannedReply::json(
            200,
            R"({"id":"1","sequenceId":"2","sequenceName":"S","enrolledAt":"2024-01-01T00:00:00Z","enrolledBy":"9","enrolledByEmail":"r@x.com","toEmail":"c@y.com","updatedAt":"2024-01-01T00:00:00Z"})"));
        nam.enqueue(CannedReply::json(
            401, R"({"status":"error","message":"bad","category":"INVALID_AUTHENTICATION"})"));
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<std::optional<ContactEnrollment>> none, some, failed;
        client.contactEnrollment(QStringLiteral("1"), this, none.callback());
        QTRY_VERIFY(none.done());
        client.contactEnrollment(QStringLiteral("2"), this, some.callback());
        QTRY_VERIFY(some.done());
        client.contactEnrollment(QStringLiteral("3"), this, failed.callback());
        QTRY_VERIFY(failed.done());
        QVERIFY(none.ok() && !none.value().has_value());
        QVERIFY(some.ok() && some.value()->sequenceId == QLatin1String("2"));
        QCOMPARE(failed.error().fatalReason, FatalReason::InvalidAuthentication);
    }

    void destroyedContextIsNeverCalled()
    {
        FakeNetworkAccessManager nam;
        CannedReply slow = CannedReply::json(200, R"({"portalId":1})");
        slow.delayMs = 50;
        nam.enqueue(slow);
        HubSpotClient client(&nam, fastConfig());
        auto *receiver = new QObject;
        ResultCatcher<AccountDetails> c;
        client.accountDetails(receiver, c.callback());
        delete receiver;
        ResultCatcher<AccountDetails> witness;
        client.accountDetails(this, witness.callback());
        QTRY_VERIFY(witness.done());
        QTest::qWait(100); // let the first answer arrive too
        QCOMPARE(c.calls(), 0);
    }

    void cancelAllDeliversCancelled()
    {
        FakeNetworkAccessManager nam;
        CannedReply hang;
        hang.hang = true;
        nam.setHandler([hang](const RecordedRequest &) { return hang; });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<AccountDetails> first, queued;
        client.accountDetails(this, first.callback());
        client.accountDetails(this, queued.callback()); // waits: one in flight before headers
        QCOMPARE(nam.requests.size(), 1);
        client.cancelAll();
        QTRY_VERIFY(first.done() && queued.done());
        QCOMPARE(first.error().kind, ErrorKind::Cancelled);
        QCOMPARE(queued.error().kind, ErrorKind::Cancelled);
        QCOMPARE(client.stats().inFlight, 0);
    }
};

QTEST_GUILESS_MAIN(TestHubSpotClient)
#include "tst_hubspotclient.moc"
