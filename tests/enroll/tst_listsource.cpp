// A HubSpot list as the source of an enrollment (app/enroll): the picker's order
// (listMatch, listBefore), ListSearch's offset paging against the sandbox, and
// ListMembersReader: each member once while the list changes, its refusals, and cancel().
#include "enroll/ListMembersReader.h"
#include "enroll/ListSearch.h"
#include "hubspot/ApiError.h"
#include "hubspot/HubSpotClient.h"
#include "sandbox/SandboxServer.h"

#include <QCollator>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace SeqDesk;
using namespace SeqDesk::Enroll;
using HubSpot::ListSummary;
namespace SB = SeqDesk::Sandbox;

namespace {

struct Portal
{
    std::unique_ptr<SB::SandboxServer> server;
    QNetworkAccessManager nam;
    std::unique_ptr<HubSpot::HubSpotClient> client;

    const SB::ContactList &list(int index) const { return server->state().data().lists.at(index); }
};

std::unique_ptr<Portal> startPortal()
{
    auto p = std::make_unique<Portal>();
    SB::SandboxConfig sc;
    sc.contactCount = 1000;
    sc.settings.rateLimit = 100000;
    p->server = std::make_unique<SB::SandboxServer>(sc);
    QString error;
    if (!p->server->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    HubSpot::ClientConfig config;
    config.baseUrl = p->server->baseUrl();
    config.timeoutMs = 5000;
    p->client = std::make_unique<HubSpot::HubSpotClient>(&p->nam, config);
    p->client->setAccessToken(sc.token);
    return p;
}

ListSummary named(const QString &name, const QString &id)
{
    ListSummary l;
    l.name = name;
    l.id = id;
    return l;
}

QJsonObject listChange(const char *key, qint64 listId, const QList<qint64> &ids)
{
    QJsonArray records;
    for (qint64 id : ids)
        records.append(QString::number(id));
    return {{QLatin1String(key),
             QJsonObject {{QStringLiteral("listId"), QString::number(listId)},
                          {QStringLiteral("recordIds"), records}}}};
}

} // namespace

class TestListSource final : public QObject
{
    Q_OBJECT

private slots:
    void matchRanksTheWholeNameItsStartAWordAndInside()
    {
        QCOMPARE(listMatch(QStringLiteral("Trial signups"), QStringLiteral("trial SIGNUPS")),
                 ListMatch::Whole);
        QCOMPARE(listMatch(QStringLiteral("Trial signups"), QStringLiteral(" tri ")),
                 ListMatch::Start);
        QCOMPARE(listMatch(QStringLiteral("Webinar no-shows"), QStringLiteral("shows")),
                 ListMatch::WordStart);
        QCOMPARE(listMatch(QStringLiteral("Conference re-run"), QStringLiteral("re")),
                 ListMatch::WordStart); // "re-run", not the "re" inside "Conference"
        QCOMPARE(listMatch(QStringLiteral("Conference booth"), QStringLiteral("re")),
                 ListMatch::Inside);
        QCOMPARE(listMatch(QStringLiteral("Booth scans"), QStringLiteral("xyz")), ListMatch::None);
        QCOMPARE(listMatch(QStringLiteral("Anything"), QString()), ListMatch::Whole);
    }

    void orderIsRelevanceThenNameThenId()
    {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        QList<ListSummary> lists {
            named(QStringLiteral("Conference booth scans"), QStringLiteral("7")),
            named(QStringLiteral("Leads re-engaged"), QStringLiteral("5")),
            named(QStringLiteral("re-engagement"), QStringLiteral("12")),
            named(QStringLiteral("Re-engagement"), QStringLiteral("9")),
            named(QStringLiteral("Re"), QStringLiteral("40"))};
        std::sort(lists.begin(), lists.end(), [&](const ListSummary &a, const ListSummary &b) {
            return listBefore(a, b, QStringLiteral("re"), collator);
        });
        QStringList ids;
        for (const ListSummary &l : lists)
            ids << l.id;
        // Whole, two starts (same name but case: by id, 9 before 12), a word start, inside.
        QCOMPARE(ids.join(QLatin1Char(',')), QStringLiteral("40,9,12,5,7"));
        // No query: by name.
        std::sort(lists.begin(), lists.end(), [&](const ListSummary &a, const ListSummary &b) {
            return listBefore(a, b, QString(), collator);
        });
        QCOMPARE(lists.first().name, QStringLiteral("Conference booth scans"));
        QCOMPARE(lists.last().id, QStringLiteral("12")); // "re-engagement", after id 9
    }

    void searchPagesByOffsetAndOffersContactListsOnly()
    {
        auto p = startPortal();
        ListSearch search(p->client.get(), 2);
        QSignalSpy found(&search, &ListSearch::found);
        QStringList ids;
        search.start(QString());
        for (int page = 0; page < 10; ++page) {
            QVERIFY(found.wait(5000));
            const auto lists = found.last().at(0).value<QList<ListSummary>>();
            QCOMPARE(found.last().at(1).toBool(), page == 0); // first
            for (const ListSummary &l : lists) {
                QVERIFY(l.isContactList());
                ids << l.id;
            }
            if (!search.canFetchMore())
                break;
            search.fetchMore();
            QVERIFY(!search.canFetchMore()); // one page at a time
        }
        QStringList expected;
        for (const SB::ContactList &l : p->server->state().data().lists) {
            if (l.objectTypeId == QLatin1String("0-1"))
                expected << QString::number(l.listId);
        }
        QCOMPARE(ids, expected);
        QCOMPARE(p->server->stats().requests.value(QStringLiteral("lists.search")),
                 int(expected.size() + 1) / 2);

        // A new query drops what the older one still had coming.
        search.start(QStringLiteral("zzz-no-such-list"));
        search.start(QStringLiteral("trial"));
        found.clear();
        QVERIFY(found.wait(5000));
        QVERIFY(!found.wait(200) || found.size() == 1);
        const auto lists = found.first().at(0).value<QList<ListSummary>>();
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.first().name, QStringLiteral("Trial signups this week"));
    }

    void membersComeOnceAndNoneInventedWhileTheListChanges()
    {
        auto p = startPortal();
        const SB::ContactList &l = p->list(1); // 320 members: two pages of 250
        const QList<qint64> before(l.members.cbegin(), l.members.cend());
        QCOMPARE(before.size(), 320);
        qint64 outsider = 0; // a contact not in the list, past the first page's cursor
        for (const SB::Contact &c : p->server->state().data().contacts) {
            if (c.id > before.at(249) && !before.contains(c.id))
                outsider = c.id;
        }
        QVERIFY(outsider > 0);
        ListMembersReader reader(p->client.get());
        QSignalSpy finished(&reader, &ListMembersReader::finished);
        // After the first page: one member read leaves, one not read yet leaves, one joins.
        connect(&reader, &ListMembersReader::progress, this, [&](qint64 read, qint64 total) {
            if (read != 250)
                return;
            QCOMPARE(total, 320);
            QJsonObject change
                = listChange("removeListMembers", l.listId, {before.at(0), before.at(300)});
            change.insert(QStringLiteral("addListMembers"),
                          listChange("addListMembers", l.listId, {outsider})
                              .value(QStringLiteral("addListMembers")));
            QString error;
            QCOMPARE(p->server->applyControl(change, nullptr, &error), 200);
        });
        reader.start(QString::number(l.listId));
        QVERIFY(finished.wait(5000));
        const auto members = finished.first().at(0).value<ListMembers>();
        QCOMPARE(members.name, l.name);
        QSet<QString> ids;
        for (const ContactKey &k : members.contacts) {
            QCOMPARE(k.kind, ContactKeyKind::Id);
            ids.insert(k.value);
        }
        QCOMPARE(ids.size(), members.contacts.size()); // each once
        QVERIFY(ids.contains(QString::number(before.at(0)))); // read before it left
        QVERIFY(!ids.contains(QString::number(before.at(300)))); // left before it was read
        QVERIFY(ids.contains(QString::number(outsider))); // joined ahead of the cursor
        QCOMPARE(ids.size(), 320);
        for (const QString &id : std::as_const(ids))
            QVERIFY(before.contains(id.toLongLong()) || id.toLongLong() == outsider);
        const ContactList asContacts = members.contactList();
        QCOMPARE(asContacts.contacts.size(), 320);
        QVERIFY(asContacts.source.contains(l.name));
    }

    void aMissingCompanyOrEmptyListIsRefusedWithItsName_data()
    {
        QTest::addColumn<QString>("listId");
        QTest::addColumn<ListMembersReader::Refusal>("why");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("999999")
                                 << ListMembersReader::Refusal::NoSuchList
                                 << QStringLiteral("There is no list 999999");
        QTest::newRow("companies")
            << QStringLiteral("company") << ListMembersReader::Refusal::NotContacts
            << QStringLiteral("only contact lists");
        QTest::newRow("empty") << QStringLiteral("empty") << ListMembersReader::Refusal::Empty
                               << QStringLiteral("has no members");
    }

    void aMissingCompanyOrEmptyListIsRefusedWithItsName()
    {
        QFETCH(QString, listId);
        QFETCH(ListMembersReader::Refusal, why);
        QFETCH(QString, message);
        auto p = startPortal();
        if (listId == QLatin1String("company"))
            listId = QString::number(p->list(5).listId);
        else if (listId == QLatin1String("empty"))
            listId = QString::number(p->list(6).listId);
        ListMembersReader reader(p->client.get());
        QSignalSpy refused(&reader, &ListMembersReader::refused);
        QSignalSpy finished(&reader, &ListMembersReader::finished);
        reader.start(listId);
        QVERIFY(refused.wait(5000));
        QVERIFY2(refused.first().at(0).toString().contains(message),
                 qPrintable(refused.first().at(0).toString()));
        QCOMPARE(refused.first().at(1).value<ListMembersReader::Refusal>(), why);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(p->server->stats().requests.value(QStringLiteral("lists.memberships")), 0);
    }

    void cancelAsksForNoFurtherPage()
    {
        auto p = startPortal();
        const SB::ContactList &l = p->list(1);
        ListMembersReader reader(p->client.get());
        QSignalSpy finished(&reader, &ListMembersReader::finished);
        QSignalSpy progress(&reader, &ListMembersReader::progress);
        connect(&reader, &ListMembersReader::progress, &reader, &ListMembersReader::cancel);
        reader.start(QString::number(l.listId));
        QVERIFY(progress.wait(5000));
        // A request after the cancel would reach the sandbox before this later one.
        bool probed = false;
        p->client->list(QString::number(l.listId), this,
                        [&](HubSpot::Result<ListSummary>) { probed = true; });
        QTRY_VERIFY(probed);
        QCOMPARE(p->server->stats().requests.value(QStringLiteral("lists.memberships")), 1);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestListSource)
#include "tst_listsource.moc"
