// The lists calls against the real sandbox over loopback, in every version: search paging,
// one list, streaming a 50,000-member list page by page, members changing during the read,
// and a token without crm.lists.read.
#include "hubspot/HubSpotClient.h"

#include "sandbox/SandboxServer.h"

#include "ResultCatcher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QtTest>

using namespace SeqDesk::HubSpot;
namespace SB = SeqDesk::Sandbox;

Q_DECLARE_METATYPE(SeqDesk::HubSpot::ApiVersion)

namespace {

struct Portal
{
    std::unique_ptr<SB::SandboxServer> server;
    QNetworkAccessManager nam;
    std::unique_ptr<HubSpotClient> client;

    const SB::SandboxState &state() const { return server->state(); }
};

std::unique_ptr<Portal> startPortal(ApiVersion version, int listMembers = 0)
{
    auto p = std::make_unique<Portal>();
    SB::SandboxConfig sc;
    sc.contactCount = 1000;
    sc.listMembers = listMembers;
    sc.settings.rateLimit = 100000;
    p->server = std::make_unique<SB::SandboxServer>(sc);
    QString error;
    if (!p->server->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    ClientConfig config;
    config.baseUrl = p->server->baseUrl();
    config.apiVersion = version;
    config.backoffBaseMs = 2;
    config.backoffCapMs = 20;
    config.timeoutMs = 5000;
    p->client = std::make_unique<HubSpotClient>(&p->nam, config);
    p->client->setAccessToken(sc.token);
    return p;
}

void addVersions()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::newRow("2026-09") << ApiVersion::D2026_09;
    QTest::newRow("2026-03") << ApiVersion::D2026_03;
    QTest::newRow("legacy") << ApiVersion::V4;
}

template<typename T> void await(const ResultCatcher<T> &c, int timeoutMs = 15000)
{
    QElapsedTimer t;
    t.start();
    while (!c.done() && t.elapsed() < timeoutMs)
        QTest::qWait(2);
    if (!c.done())
        qFatal("no answer within %d ms", timeoutMs);
}

} // namespace

class TestHubSpotListSandbox final : public QObject
{
    Q_OBJECT

private slots:

    void searchWalksEveryContactListByOffset_data() { addVersions(); }
    void searchWalksEveryContactListByOffset()
    {
        QFETCH(ApiVersion, version);
        auto p = startPortal(version);
        QStringList expected;
        for (const SB::ContactList &l : p->state().data().lists) {
            if (l.isContactList())
                expected.append(QString::number(l.listId));
        }
        QStringList seen;
        ListSearchRequest search;
        search.count = 2;
        for (bool more = true; more;) {
            ResultCatcher<ListSearchPage> c;
            p->client->searchLists(search, this, c.callback());
            await(c);
            QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().summary()));
            QCOMPARE(c.value().total, int(expected.size()));
            for (const ListSummary &l : c.value().lists) {
                QVERIFY(l.isContactList());
                QVERIFY(l.size.has_value());
                QVERIFY(l.kind != ListKind::Unknown);
                seen.append(l.id);
            }
            more = c.value().hasMore;
            search.offset = c.value().nextOffset;
        }
        QCOMPARE(seen, expected);
        search = ListSearchRequest();
        search.query = QStringLiteral("booth");
        ResultCatcher<ListSearchPage> named;
        p->client->searchLists(search, this, named.callback());
        await(named);
        QCOMPARE(named.value().lists.size(), 1);
        QCOMPARE(named.value().lists.at(0).name, QStringLiteral("Conference booth scans"));
        QCOMPARE(named.value().lists.at(0).kind, ListKind::Snapshot);
        QCOMPARE(p->server->stats().requests.value(QStringLiteral("notFound")), 0);
    }

    void oneListHasSizeAndObjectTypeAndAnUnknownOneIsNotFound_data() { addVersions(); }
    void oneListHasSizeAndObjectTypeAndAnUnknownOneIsNotFound()
    {
        QFETCH(ApiVersion, version);
        auto p = startPortal(version);
        for (const SB::ContactList &l : p->state().data().lists) {
            ResultCatcher<ListSummary> c;
            p->client->list(QString::number(l.listId), this, c.callback());
            await(c);
            QVERIFY(c.ok());
            QCOMPARE(c.value().size, std::optional<qint64>(l.members.size()));
            QCOMPARE(c.value().objectTypeId, l.objectTypeId);
            QCOMPARE(c.value().isContactList(), l.isContactList());
        }
        ResultCatcher<ListSummary> missing;
        p->client->list(QStringLiteral("999999"), this, missing.callback());
        await(missing);
        QCOMPARE(missing.error().kind, ErrorKind::Fatal);
        QCOMPARE(missing.error().fatalReason, FatalReason::NotFound);
    }

    void fiftyThousandMembersStreamPageByPage()
    {
        auto p = startPortal(ApiVersion::D2026_09, 50000);
        const SB::ContactList &big = p->state().data().lists.constLast();
        QCOMPARE(big.members.size(), 50000);
        QElapsedTimer timer;
        timer.start();
        QSet<QString> seen;
        QString after;
        int pages = 0;
        do {
            ResultCatcher<Page<ListMembership>> c;
            p->client->listMembershipsPage(QString::number(big.listId), after, this, c.callback());
            await(c);
            QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().summary()));
            QCOMPARE(c.value().total, std::optional<qint64>(50000)); // "12,500 of 50,000"
            QVERIFY(c.value().items.size() <= 250);
            for (const ListMembership &m : c.value().items)
                seen.insert(m.recordId);
            after = c.value().nextAfter;
            ++pages;
        } while (!after.isEmpty());
        qInfo("50,000 members in %d pages in %lld ms", pages, timer.elapsed());
        QCOMPARE(pages, 200);
        QCOMPARE(seen.size(), 50000);
        QCOMPARE(p->server->stats().requests.value(QStringLiteral("lists.memberships")), 200);
    }

    void membersChangingDuringTheReadComeOnceAndNoneInvented()
    {
        auto p = startPortal(ApiVersion::D2026_03);
        const SB::ContactList &l = p->state().data().lists.at(1);
        const QVector<qint64> before = l.members;
        const QString listId = QString::number(l.listId);
        QStringList read;
        QString after;
        int pages = 0;
        do {
            ResultCatcher<Page<ListMembership>> c;
            p->client->listMembershipsPage(listId, after, this, c.callback(), 50);
            await(c);
            QVERIFY(c.ok());
            for (const ListMembership &m : c.value().items)
                read.append(m.recordId);
            after = c.value().nextAfter;
            if (++pages == 2) { // between pages: one member read leaves, one ahead leaves
                QJsonObject result;
                QString error;
                QCOMPARE(p->server->applyControl(
                             {{QStringLiteral("removeListMembers"),
                               QJsonObject {{QStringLiteral("listId"), listId},
                                            {QStringLiteral("recordIds"),
                                             QJsonArray {QString::number(before.at(0)),
                                                         QString::number(before.at(200))}}}}},
                             &result, &error),
                         200);
            }
        } while (!after.isEmpty());
        QCOMPARE(QSet<QString>(read.cbegin(), read.cend()).size(), read.size()); // once each
        QCOMPARE(read.size(), before.size() - 1); // read before leaving, or never
        QVERIFY(!read.contains(QString::number(before.at(200))));
        for (const QString &id : std::as_const(read))
            QVERIFY(before.contains(id.toLongLong()));
    }

    void tokenWithoutTheListsScopeIsToldWhichScopeAndWhere()
    {
        auto p = startPortal(ApiVersion::D2026_09);
        QStringList scopes = SB::SandboxConfig::allScopes();
        scopes.removeAll(QStringLiteral("crm.lists.read"));
        p->server->setGrantedScopes(scopes);
        ResultCatcher<ListSearchPage> c;
        p->client->searchLists(ListSearchRequest(), this, c.callback());
        await(c);
        QCOMPARE(c.error().fatalReason, FatalReason::MissingScopes);
        QCOMPARE(c.error().missingScopes(), QStringList {QStringLiteral("crm.lists.read")});
        QVERIFY(c.error().describe().contains(QStringLiteral("Private Apps > Scopes")));
        // Everything else still works.
        ResultCatcher<AccountDetails> account;
        p->client->accountDetails(this, account.callback());
        await(account);
        QVERIFY(account.ok());
    }
};

QTEST_GUILESS_MAIN(TestHubSpotListSandbox)
#include "tst_hubspotlistsandbox.moc"
