// The lists calls at the QNetworkAccessManager seam: paths of every version, the search
// body HubSpot's ListSearchRequest asks for, parsing, one page of members at a time, and
// what a token without crm.lists.read is told.
#include "hubspot/HubSpotClient.h"
#include "hubspot/Parsers.h"

#include "FakeNetwork.h"
#include "ResultCatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace SeqDesk::HubSpot;

Q_DECLARE_METATYPE(SeqDesk::HubSpot::ApiVersion)

namespace {

ClientConfig fastConfig(ApiVersion version = ApiVersion::D2026_09)
{
    ClientConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    c.apiVersion = version;
    c.backoffBaseMs = 1;
    c.backoffCapMs = 5;
    c.timeoutMs = 2000;
    c.fallbackRatePerSecond = 1000;
    return c;
}

const QByteArray searchAnswer
    = "{\"lists\":["
      "{\"listId\":\"101\",\"name\":\"Webinar "
      "no-shows\",\"objectTypeId\":\"0-1\",\"processingType\":\"MANUAL\","
      "\"processingStatus\":\"COMPLETE\",\"listVersion\":3,\"createdAt\":\"2026-01-02T03:04:05."
      "000Z\","
      "\"updatedAt\":\"2026-08-01T00:00:00.000Z\","
      "\"additionalProperties\":{\"hs_list_size\":\"125\",\"hs_last_record_added_at\":"
      "\"1754006400000\","
      "\"hs_folder_name\":null}},"
      "{\"listId\":112,\"name\":\"Trial\",\"objectTypeId\":\"0-1\",\"processingType\":\"DYNAMIC\","
      "\"processingStatus\":\"PROCESSING\",\"listVersion\":1,\"additionalProperties\":{}},"
      "{\"listId\":\"123\",\"name\":\"Accounts\",\"objectTypeId\":\"0-2\",\"processingType\":"
      "\"SOMETHING_NEW\","
      "\"processingStatus\":\"COMPLETE\",\"listVersion\":1,"
      "\"additionalProperties\":{\"hs_list_size\":\"40\",\"hs_last_record_added_at\":\"2026-08-"
      "01T10:00:00Z\"}}"
      "],\"hasMore\":true,\"offset\":3,\"total\":9}";

} // namespace

class TestHubSpotLists final : public QObject
{
    Q_OBJECT

private slots:
    void pathsOfEveryVersion_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::addColumn<QString>("root");
        QTest::newRow("2026-09") << ApiVersion::D2026_09 << QStringLiteral("/crm/lists/2026-09");
        QTest::newRow("2026-03") << ApiVersion::D2026_03 << QStringLiteral("/crm/lists/2026-03");
        QTest::newRow("legacy") << ApiVersion::V4 << QStringLiteral("/crm/v3/lists");
    }

    void pathsOfEveryVersion()
    {
        QFETCH(ApiVersion, version);
        QFETCH(QString, root);
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) { return CannedReply::json(400, "{}"); });
        HubSpotClient client(&nam, fastConfig(version));
        int answered = 0;
        auto count = [&answered](auto) {
            ++answered;
        };
        client.searchLists(ListSearchRequest(), this, count);
        client.list(QStringLiteral("9"), this, count);
        client.listMembershipsPage(QStringLiteral("9"), QString(), this, count);
        QTRY_COMPARE(answered, 3);
        QCOMPARE(nam.requests.size(), 3);
        QCOMPARE(nam.requests[0].verb, QByteArray("POST"));
        QCOMPARE(nam.requests[0].url.path(), root + QStringLiteral("/search"));
        QCOMPARE(nam.requests[1].verb, QByteArray("GET"));
        QCOMPARE(nam.requests[1].url.path(), root + QStringLiteral("/9"));
        QCOMPARE(QUrlQuery(nam.requests[1].url).queryItemValue(QStringLiteral("includeFilters")),
                 QStringLiteral("false"));
        QCOMPARE(nam.requests[2].url.path(), root + QStringLiteral("/9/memberships"));
    }

    void searchBodyIsHubSpotsListSearchRequest()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler(
            [](const RecordedRequest &) { return CannedReply::json(200, searchAnswer); });
        HubSpotClient client(&nam, fastConfig());
        ListSearchRequest search;
        search.query = QStringLiteral("  webinar ");
        search.offset = 40;
        search.count = 20;
        search.processingTypes = {QStringLiteral("MANUAL")};
        ResultCatcher<ListSearchPage> c;
        client.searchLists(search, this, c.callback());
        QTRY_VERIFY(c.done());
        const QJsonObject body = QJsonDocument::fromJson(nam.requests[0].body).object();
        QCOMPARE(body.value(QStringLiteral("query")).toString(), QStringLiteral("webinar"));
        QCOMPARE(body.value(QStringLiteral("offset")).toInt(), 40);
        QCOMPARE(body.value(QStringLiteral("count")).toInt(), 20);
        QCOMPARE(body.value(QStringLiteral("objectTypeId")).toString(), QStringLiteral("0-1"));
        QCOMPARE(body.value(QStringLiteral("processingTypes")).toArray(),
                 QJsonArray {QStringLiteral("MANUAL")});
        QVERIFY(body.value(QStringLiteral("additionalProperties")).isArray()); // required
        QVERIFY(!body.contains(QStringLiteral("listIds")));
        QCOMPARE(nam.requests[0].headers.value(QByteArrayLiteral("content-type")),
                 QByteArrayLiteral("application/json"));

        // Every list of the portal: no query, no objectTypeId filter.
        ListSearchRequest all;
        all.objectTypeId.clear();
        ResultCatcher<ListSearchPage> c2;
        client.searchLists(all, this, c2.callback());
        QTRY_VERIFY(c2.done());
        const QJsonObject body2 = QJsonDocument::fromJson(nam.requests[1].body).object();
        QVERIFY(!body2.contains(QStringLiteral("query")));
        QVERIFY(!body2.contains(QStringLiteral("objectTypeId")));
        QCOMPARE(body2.value(QStringLiteral("offset")).toInt(), 0);
    }

    void badSearchRequestsAreRefusedWithoutARequest()
    {
        FakeNetworkAccessManager nam;
        HubSpotClient client(&nam, fastConfig());
        for (const auto &[offset, count] :
             {std::pair {-1, 20}, std::pair {0, 0}, std::pair {0, 501}}) {
            ListSearchRequest search;
            search.offset = offset;
            search.count = count;
            ResultCatcher<ListSearchPage> c;
            client.searchLists(search, this, c.callback());
            QVERIFY(!c.done()); // never inside the call
            QTRY_VERIFY(c.done());
            QCOMPARE(c.error().kind, ErrorKind::BadRequest);
        }
        ResultCatcher<ListSummary> noId;
        client.list(QStringLiteral(" "), this, noId.callback());
        QTRY_VERIFY(noId.done());
        QCOMPARE(noId.error().kind, ErrorKind::BadRequest);
        QVERIFY(nam.requests.isEmpty());
    }

    void searchPageIsParsedIntoTypedLists()
    {
        const auto parsed = parseListSearchPage(searchAnswer);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().summary()));
        const ListSearchPage &page = parsed.value();
        QCOMPARE(page.total, 9);
        QCOMPARE(page.hasMore, true);
        QCOMPARE(page.nextOffset, 3);
        QCOMPARE(page.lists.size(), 3);
        const ListSummary &first = page.lists[0];
        QCOMPARE(first.id, QStringLiteral("101"));
        QCOMPARE(first.name, QStringLiteral("Webinar no-shows"));
        QCOMPARE(first.kind, ListKind::Manual);
        QCOMPARE(first.size, std::optional<qint64>(125));
        QVERIFY(first.isContactList());
        QCOMPARE(first.lastAddedAt, QDateTime(QDate(2025, 8, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(first.updatedAt, QDateTime(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC));
        const ListSummary &second = page.lists[1];
        QCOMPARE(second.id, QStringLiteral("112")); // a number is read as the id too
        QCOMPARE(second.kind, ListKind::Dynamic);
        QVERIFY(!second.size); // HubSpot did not say
        QVERIFY(!second.lastAddedAt.isValid());
        const ListSummary &third = page.lists[2];
        QVERIFY(!third.isContactList());
        QCOMPARE(third.kind, ListKind::Unknown);
        QCOMPARE(third.processingType, QStringLiteral("SOMETHING_NEW"));
        QCOMPARE(third.lastAddedAt, QDateTime(QDate(2026, 8, 1), QTime(10, 0), Qt::UTC));

        const auto broken = parseListSearchPage(R"({"lists":[{"listId":"1"}],"hasMore":false,
                                                    "offset":1,"total":1})");
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().kind, ErrorKind::Parse);
        QVERIFY(broken.error().summary().contains(QStringLiteral("lists[0].name")));
    }

    void oneListReadsItsSize()
    {
        const auto parsed = parseList(R"({"list":{"listId":"7","name":"Big","objectTypeId":"0-1",
            "processingType":"SNAPSHOT","processingStatus":"COMPLETE","listVersion":2,"size":48210,
            "additionalProperties":{"hs_list_size":"48000"}}})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().size, std::optional<qint64>(48210)); // `size` wins
        QCOMPARE(parsed.value().kind, ListKind::Snapshot);
        QVERIFY(!parseList(R"({"lists":[]})").ok());
    }

    // A fuzz regression (tests/fuzz, UBSan): numbers out of qint64's range in
    // additionalProperties were converted to qint64 (undefined; INT64_MAX on ARM, a list
    // of 9,223,372,036,854,775,807 members).
    void listPropertiesOutOfRangeAreUnknown()
    {
        const auto huge = parseList(R"({"list":{"listId":"7","name":"Big","objectTypeId":"0-1",
            "processingType":"MANUAL","additionalProperties":{"hs_list_size":1e19,
            "hs_last_record_added_at":-1e300}}})");
        QVERIFY(huge.ok());
        QVERIFY(!huge.value().size);
        QVERIFY(!huge.value().lastAddedAt.isValid());
        const auto numbers = parseList(R"({"list":{"listId":"7","name":"Big","objectTypeId":"0-1",
            "processingType":"MANUAL","additionalProperties":{"hs_list_size":48000,
            "hs_last_record_added_at":1786290912942}}})");
        QVERIFY(numbers.ok());
        QCOMPARE(numbers.value().size, std::optional<qint64>(48000));
        QCOMPARE(numbers.value().lastAddedAt,
                 QDateTime::fromMSecsSinceEpoch(1786290912942, Qt::UTC));
    }

    void membershipsPageHandsBackOnePageAndItsCursor()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(CannedReply::json(
            200, R"({"results":[{"recordId":"5","membershipTimestamp":"2026-01-01T00:00:00.000Z"},
                               {"recordId":"9","membershipTimestamp":"2026-01-02T00:00:00.000Z"}],
                    "paging":{"next":{"after":"Y3Vyc29y"}},"total":48210})"));
        nam.enqueue(CannedReply::json(200, R"({"results":[],"total":48210})"));
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<Page<ListMembership>> first;
        client.listMembershipsPage(QStringLiteral("7"), QString(), this, first.callback());
        QTRY_VERIFY(first.done());
        QVERIFY(first.ok());
        QCOMPARE(first.value().items.size(), 2);
        QCOMPARE(first.value().items[1].recordId, QStringLiteral("9"));
        QCOMPARE(first.value().nextAfter, QStringLiteral("Y3Vyc29y"));
        QCOMPARE(first.value().total, std::optional<qint64>(48210));
        const QUrlQuery q1(nam.requests[0].url);
        QCOMPARE(q1.queryItemValue(QStringLiteral("limit")), QStringLiteral("250"));
        QVERIFY(!q1.hasQueryItem(QStringLiteral("after")));
        ResultCatcher<Page<ListMembership>> second;
        client.listMembershipsPage(QStringLiteral("7"), first.value().nextAfter, this,
                                   second.callback(), 1000);
        QTRY_VERIFY(second.done());
        QVERIFY(second.value().nextAfter.isEmpty()); // the last page
        const QUrlQuery q2(nam.requests[1].url);
        QCOMPARE(q2.queryItemValue(QStringLiteral("after")), QStringLiteral("Y3Vyc29y"));
        QCOMPARE(q2.queryItemValue(QStringLiteral("limit")), QStringLiteral("250")); // capped
    }

    void missingListsScopeIsNamedWithWhereToAddIt()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(CannedReply::json(
            403,
            R"({"status":"error","message":"This app has not been granted all required scopes to make this call.","correlationId":"x","errors":[{"message":"One or more of the following scopes are required.","context":{"requiredGranularScopes":["crm.lists.read"]}}],"category":"MISSING_SCOPES"})"));
        nam.enqueue(CannedReply::json(403, R"({"status":"error","category":"MISSING_SCOPES"})"));
        HubSpotClient client(&nam, fastConfig());
        for (int i = 0; i < 2; ++i) { // with and without the scope in the body
            ResultCatcher<ListSearchPage> c;
            client.searchLists(ListSearchRequest(), this, c.callback());
            QTRY_VERIFY(c.done());
            QCOMPARE(c.error().fatalReason, FatalReason::MissingScopes);
            const QString text = c.error().describe();
            QVERIFY2(text.contains(QStringLiteral("crm.lists.read")), qPrintable(text));
            QVERIFY2(
                text.contains(QStringLiteral("Settings > Integrations > Private Apps > Scopes")),
                qPrintable(text));
        }
    }

    void unknownListIsNotFoundWithAListMessage()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) {
            return CannedReply::json(404, R"({"status":"error","category":"OBJECT_NOT_FOUND"})");
        });
        HubSpotClient client(&nam, fastConfig());
        ResultCatcher<ListSummary> one;
        client.list(QStringLiteral("404"), this, one.callback());
        ResultCatcher<Page<ListMembership>> members;
        client.listMembershipsPage(QStringLiteral("404"), QString(), this, members.callback());
        QTRY_VERIFY(one.done() && members.done());
        for (const ApiError &e : {one.error(), members.error()}) {
            QCOMPARE(e.fatalReason, FatalReason::NotFound);
            QVERIFY2(e.describe().contains(QStringLiteral("no list")), qPrintable(e.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TestHubSpotLists)
#include "tst_hubspotlists.moc"
