// Contact owners on the demo contacts: who owns them (users with and without a seat, the
// deactivated user, nobody), and hubspot_owner_id / owneremail / ownername in batch read and
// search as HubSpot returns them.
#include "SandboxHttpFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace SeqDesk::Sandbox;
using namespace SandboxPaths;
using namespace DemoLookup;

namespace {

QJsonObject propertiesOf(const ProbeResult &r, const QString &contactId)
{
    for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == contactId)
            return v.toObject().value(QStringLiteral("properties")).toObject();
    }
    return {};
}

QJsonObject ownerFilter(const QString &op, const QString &value = {})
{
    QJsonObject filter {{QStringLiteral("propertyName"), QStringLiteral("hubspot_owner_id")},
                        {QStringLiteral("operator"), op}};
    if (!value.isEmpty())
        filter.insert(QStringLiteral("value"), value);
    return {{QStringLiteral("filterGroups"),
             QJsonArray {QJsonObject {{QStringLiteral("filters"), QJsonArray {filter}}}}},
            {QStringLiteral("properties"), QJsonArray {QStringLiteral("hubspot_owner_id")}},
            {QStringLiteral("limit"), 200}};
}

} // namespace

class TestSandboxContactOwners final : public SandboxHttpFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoContactsHaveRealisticOwners();
    void batchReadReturnsTheOwnerWhenAsked();
    void searchFindsContactsByOwner();
    void ownerIdsResolveThroughTheOwnersApi();

private:
    // The first contact owned by this demo owner (nullptr: none).
    const Contact *ownedBy(Role role) const
    {
        for (const Contact &c : state().data().contacts) {
            if (c.ownerId == owner(state(), role).id)
                return &c;
        }
        return nullptr;
    }
    const Contact *unowned() const
    {
        for (const Contact &c : state().data().contacts) {
            if (!c.ownerId)
                return &c;
        }
        return nullptr;
    }
};

void TestSandboxContactOwners::initTestCase()
{
    const QString error = startServer();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSandboxContactOwners::demoContactsHaveRealisticOwners()
{
    QMap<int, int> perOwnerIndex;
    int none = 0;
    const QVector<Owner> &owners = state().data().owners;
    for (const Contact &c : state().data().contacts) {
        if (!c.ownerId) {
            ++none;
            continue;
        }
        const auto it = std::find_if(owners.cbegin(), owners.cend(),
                                     [&](const Owner &o) { return o.id == *c.ownerId; });
        QVERIFY2(it != owners.cend(), "every owner id is an owner of the portal");
        ++perOwnerIndex[int(it - owners.cbegin())];
    }
    const int total = int(state().data().contacts.size());
    QVERIFY2(none > total / 50 && none < total / 8, qPrintable(QString::number(none)));
    QCOMPARE(perOwnerIndex.value(Queue), 0); // a queue owns no contacts
    for (const Role role : {Primary, InboxDiffers, TwoInboxes, NoSeat, Deactivated})
        QVERIFY2(perOwnerIndex.value(role) > total / 40, qPrintable(QString::number(role)));
    // Most are owned by users who can enroll into sequences (a seat).
    int seatOwned = 0;
    for (auto it = perOwnerIndex.cbegin(); it != perOwnerIndex.cend(); ++it)
        seatOwned += owners.at(it.key()).salesSeat && owners.at(it.key()).isActiveUser() ? *it : 0;
    QVERIFY(seatOwned > total * 3 / 5);
    // Same seed, same owners.
    SandboxServer again(m_server->config(), &m_clock);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(again.state().data().contacts.at(i).ownerId,
                 state().data().contacts.at(i).ownerId);
}

void TestSandboxContactOwners::batchReadReturnsTheOwnerWhenAsked()
{
    const Contact *seat = ownedBy(Primary);
    const Contact *noSeat = ownedBy(NoSeat);
    const Contact *gone = ownedBy(Deactivated);
    const Contact *nobody = unowned();
    QVERIFY(seat && noSeat && gone && nobody);
    QJsonArray inputs;
    for (const Contact *c : {seat, noSeat, gone, nobody})
        inputs.append(QJsonObject {{QStringLiteral("id"), QString::number(c->id)}});
    for (const QString &base : {contactsLegacy, contactsDated, contactsNewest}) {
        const ProbeResult r = m_probe->postJson(
            base + QStringLiteral("/batch/read"),
            {{QStringLiteral("inputs"), inputs},
             {QStringLiteral("properties"),
              QJsonArray {QStringLiteral("email"), QStringLiteral("hubspot_owner_id"),
                          QStringLiteral("owneremail"), QStringLiteral("ownername")}},
             {QStringLiteral("propertiesWithHistory"), QJsonArray {}}});
        QCOMPARE(r.status, 200);
        for (const auto &[c, role] : {std::pair {seat, Primary}, std::pair {noSeat, NoSeat},
                                      std::pair {gone, Deactivated}}) {
            const QJsonObject p = propertiesOf(r, QString::number(c->id));
            QCOMPARE(p.value(QStringLiteral("hubspot_owner_id")).toString(),
                     QString::number(owner(state(), role).id));
            // HubSpot's legacy owner properties exist but are not filled: resolve the id.
            QVERIFY(p.contains(QStringLiteral("owneremail")));
            QVERIFY(p.value(QStringLiteral("owneremail")).isNull());
            QVERIFY(p.value(QStringLiteral("ownername")).isNull());
        }
        const QJsonObject p = propertiesOf(r, QString::number(nobody->id));
        QVERIFY(p.contains(QStringLiteral("hubspot_owner_id")));
        QVERIFY(p.value(QStringLiteral("hubspot_owner_id")).isNull());
    }
    // Not asked for, not returned (the default properties are firstname, lastname, email).
    const ProbeResult plain
        = m_probe->postJson(contactsLegacy + QStringLiteral("/batch/read"),
                            {{QStringLiteral("inputs"), inputs},
                             {QStringLiteral("properties"), QJsonArray {}},
                             {QStringLiteral("propertiesWithHistory"), QJsonArray {}}});
    QVERIFY(!propertiesOf(plain, QString::number(seat->id))
                 .contains(QStringLiteral("hubspot_owner_id")));
}

void TestSandboxContactOwners::searchFindsContactsByOwner()
{
    for (const Role role : {Primary, NoSeat, Deactivated}) {
        const QString ownerId = QString::number(owner(state(), role).id);
        int expected = 0;
        for (const Contact &c : state().data().contacts)
            expected += c.ownerId == owner(state(), role).id ? 1 : 0;
        const ProbeResult r = m_probe->postJson(contactsNewest + QStringLiteral("/search"),
                                                ownerFilter(QStringLiteral("EQ"), ownerId));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), expected);
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray())
            QCOMPARE(v.toObject()
                         .value(QStringLiteral("properties"))
                         .toObject()
                         .value(QStringLiteral("hubspot_owner_id"))
                         .toString(),
                     ownerId);
    }
    int unownedCount = 0;
    for (const Contact &c : state().data().contacts)
        unownedCount += c.ownerId ? 0 : 1;
    const ProbeResult none = m_probe->postJson(contactsLegacy + QStringLiteral("/search"),
                                               ownerFilter(QStringLiteral("NOT_HAS_PROPERTY")));
    QCOMPARE(none.json.value(QStringLiteral("total")).toInt(), unownedCount);
}

void TestSandboxContactOwners::ownerIdsResolveThroughTheOwnersApi()
{
    QSet<qint64> ownerIds;
    for (const Contact &c : state().data().contacts) {
        if (c.ownerId)
            ownerIds.insert(*c.ownerId);
    }
    for (const qint64 id : std::as_const(ownerIds)) {
        const ProbeResult r
            = m_probe->get(QStringLiteral("/crm/owners/2026-09/") + QString::number(id));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.value(QStringLiteral("email")).toString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSandboxContactOwners)
#include "tst_sandboxcontactowners.moc"
