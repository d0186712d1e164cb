// The dry run: HubSpot answers to a per-contact plan (pure), and the planner against the
// sandbox over loopback, which must never see an enroll request.
#include "enroll/DryRunPlanner.h"
#include "hubspot/HubSpotClient.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace SeqDesk;
using Enroll::ContactKey;
using Enroll::ContactKeyKind;
using Enroll::Plan;
using Enroll::PlannedContact;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());

ContactKey idKey(const QString &id, int line)
{
    return ContactKey {ContactKeyKind::Id, id, line};
}

ContactKey emailKey(const QString &email, int line)
{
    return ContactKey {ContactKeyKind::Email, email, line};
}

HubSpot::Contact hubspotContact(const QString &id, const QString &email)
{
    HubSpot::Contact c;
    c.id = id;
    c.properties.insert(QStringLiteral("email"), email);
    return c;
}

const PlannedContact *rowAtLine(const QList<PlannedContact> &rows, int line)
{
    for (const PlannedContact &r : rows) {
        if (r.line == line)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestDryRunPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void idAndEmailOfOneContactEnrollOnce();
    void unknownIdsAndEmailsAreNotFound();
    void inputDuplicatesAreListedInLineOrder();
    void contactsBeyondTheCapAreDeferredWithTheirTime();
    void sandboxContactsOfEveryKindArePredicted();
    void plannerFailureSaysWhyAndStops();
    void emailsAreReadInBatchesOfAHundred();
};

void TestDryRunPlanner::idAndEmailOfOneContactEnrollOnce()
{
    Enroll::PlanRequest request;
    request.contacts = {idKey(QStringLiteral("101"), 1), emailKey(QStringLiteral("ana@x.com"), 2)};
    const QHash<QString, HubSpot::Contact> byId {
        {QStringLiteral("101"),
         hubspotContact(QStringLiteral("101"), QStringLiteral("Ana@x.com"))}};
    const QHash<QString, HubSpot::Contact> byEmail {
        {QStringLiteral("ana@x.com"),
         hubspotContact(QStringLiteral("101"), QStringLiteral("Ana@x.com"))}};
    const auto rows = Enroll::DryRunPlanner::plan(request, byId, byEmail, kNow);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).plan, Plan::Enroll);
    QCOMPARE(rows.at(0).contactId, QStringLiteral("101"));
    QCOMPARE(rows.at(1).plan, Plan::Duplicate);
    QVERIFY(rows.at(1).detail.contains(QStringLiteral("line 1")));
}

void TestDryRunPlanner::unknownIdsAndEmailsAreNotFound()
{
    Enroll::PlanRequest request;
    request.contacts = {idKey(QStringLiteral("999"), 1), emailKey(QStringLiteral("no@x.com"), 2)};
    const auto rows = Enroll::DryRunPlanner::plan(request, {}, {}, kNow);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).plan, Plan::NotFound);
    QCOMPARE(rows.at(0).contactId, QStringLiteral("999"));
    QCOMPARE(rows.at(1).plan, Plan::NotFound);
    QCOMPARE(rows.at(1).email, QStringLiteral("no@x.com"));
}

void TestDryRunPlanner::inputDuplicatesAreListedInLineOrder()
{
    Enroll::PlanRequest request;
    request.contacts = {idKey(QStringLiteral("101"), 1), idKey(QStringLiteral("102"), 3)};
    request.duplicates = {Enroll::DuplicateKey {idKey(QStringLiteral("101"), 2), 1}};
    const QHash<QString, HubSpot::Contact> byId {
        {QStringLiteral("101"), hubspotContact(QStringLiteral("101"), QStringLiteral("a@x.com"))},
        {QStringLiteral("102"), hubspotContact(QStringLiteral("102"), QStringLiteral("b@x.com"))}};
    const auto rows = Enroll::DryRunPlanner::plan(request, byId, {}, kNow);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).line, 2);
    QCOMPARE(rows.at(1).plan, Plan::Duplicate);
    QCOMPARE(rows.at(2).plan, Plan::Enroll);
}

void TestDryRunPlanner::contactsBeyondTheCapAreDeferredWithTheirTime()
{
    Enroll::PlanRequest request;
    request.dailyCap = 3;
    request.recentSends = {kNow.addSecs(-20 * 3600), kNow.addSecs(-3600)}; // 1 slot left
    QHash<QString, HubSpot::Contact> byId;
    for (int i = 1; i <= 3; ++i) {
        const QString id = QString::number(100 + i);
        request.contacts.append(idKey(id, i));
        byId.insert(id, hubspotContact(id, QStringLiteral("c%1@x.com").arg(i)));
    }
    const auto rows = Enroll::DryRunPlanner::plan(request, byId, {}, kNow);
    QCOMPARE(rows.at(0).plan, Plan::Enroll);
    QCOMPARE(rows.at(1).plan, Plan::Deferred);
    QCOMPARE(rows.at(1).eligibleAt, kNow.addSecs(4 * 3600)); // the 20 h-old send ages out
    QCOMPARE(rows.at(2).plan, Plan::Deferred);
    QCOMPARE(rows.at(2).eligibleAt, kNow.addSecs(23 * 3600));
}

void TestDryRunPlanner::sandboxContactsOfEveryKindArePredicted()
{
    Sandbox::SandboxServer server {Sandbox::SandboxConfig {}};
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    HubSpot::ClientConfig config;
    config.baseUrl = server.baseUrl();
    HubSpot::HubSpotClient client(&nam, config);
    client.setAccessToken(server.token());

    // One contact of each kind the sandbox generates, by id; the normal one also by email.
    using Kind = Sandbox::ContactKind;
    const QList<std::pair<Kind, Plan>> kinds {
        {Kind::Normal, Plan::Enroll},   {Kind::Unsubscribed, Plan::Unsubscribed},
        {Kind::Bounced, Plan::Bounced}, {Kind::Blocked, Plan::Blocked},
        {Kind::NoEmail, Plan::NoEmail}, {Kind::Enrolled, Plan::AlreadyEnrolled}};
    Enroll::PlanRequest request;
    QHash<int, Plan> expected; // by line
    QString normalEmail;
    int line = 0;
    for (const auto &[kind, plan] : kinds) {
        const auto &all = server.state().data().contacts;
        const auto it = std::find_if(all.cbegin(), all.cend(),
                                     [kind = kind](const auto &c) { return c.kind == kind; });
        QVERIFY2(it != all.cend(), "the sandbox has every kind");
        request.contacts.append(idKey(QString::number(it->id), ++line));
        expected.insert(line, plan);
        if (kind == Kind::Normal)
            normalEmail = it->email.toLower();
    }
    request.contacts.append(emailKey(normalEmail, ++line));
    expected.insert(line, Plan::Duplicate);
    request.contacts.append(idKey(QStringLiteral("999999999"), ++line));
    expected.insert(line, Plan::NotFound);
    request.contacts.append(emailKey(QStringLiteral("nobody@nowhere.example"), ++line));
    expected.insert(line, Plan::NotFound);

    server.resetStats();
    Enroll::DryRunPlanner planner(&client);
    QSignalSpy finished(&planner, &Enroll::DryRunPlanner::finished);
    QSignalSpy progress(&planner, &Enroll::DryRunPlanner::progress);
    planner.start(request);
    QVERIFY(finished.wait(20000));
    const auto rows = finished.first().first().value<QList<PlannedContact>>();
    QCOMPARE(rows.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const PlannedContact *row = rowAtLine(rows, it.key());
        QVERIFY(row);
        QVERIFY2(row->plan == it.value(),
                 qPrintable(QStringLiteral("line %1: %2").arg(it.key()).arg(int(row->plan))));
    }
    QCOMPARE(progress.last().at(0).toInt(), request.contacts.size());
    const auto stats = server.stats().requests;
    QCOMPARE(stats.value(QStringLiteral("enroll")), 0); // a dry run never enrolls
    QCOMPARE(stats.value(QStringLiteral("contacts.batchRead")), 2); // ids, then emails
}

void TestDryRunPlanner::plannerFailureSaysWhyAndStops()
{
    Sandbox::SandboxServer server {Sandbox::SandboxConfig {}};
    QVERIFY(server.start());
    server.revokeToken();
    QNetworkAccessManager nam;
    HubSpot::ClientConfig config;
    config.baseUrl = server.baseUrl();
    HubSpot::HubSpotClient client(&nam, config);
    client.setAccessToken(server.token());
    Enroll::PlanRequest request;
    request.contacts = {idKey(QStringLiteral("1"), 1)};
    Enroll::DryRunPlanner planner(&client);
    QSignalSpy failed(&planner, &Enroll::DryRunPlanner::failed);
    QSignalSpy finished(&planner, &Enroll::DryRunPlanner::finished);
    planner.start(request);
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<HubSpot::ApiError>().fatalReason,
             HubSpot::FatalReason::InvalidAuthentication);
    QVERIFY(!planner.isRunning());
    QCOMPARE(finished.size(), 0);
}

void TestDryRunPlanner::emailsAreReadInBatchesOfAHundred()
{
    Sandbox::SandboxServer server {Sandbox::SandboxConfig {}};
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    HubSpot::ClientConfig config;
    config.baseUrl = server.baseUrl();
    HubSpot::HubSpotClient client(&nam, config);
    client.setAccessToken(server.token());
    Enroll::PlanRequest request;
    for (const auto &c : server.state().data().contacts) {
        if (c.kind == Sandbox::ContactKind::Normal && request.contacts.size() < 250)
            request.contacts << emailKey(c.email.toLower(), int(request.contacts.size()) + 1);
    }
    QCOMPARE(request.contacts.size(), 250);
    server.resetStats();
    Enroll::DryRunPlanner planner(&client);
    QSignalSpy finished(&planner, &Enroll::DryRunPlanner::finished);
    planner.start(request);
    QVERIFY(finished.wait(20000));
    const auto rows = finished.first().first().value<QList<PlannedContact>>();
    QCOMPARE(rows.size(), 250);
    for (const PlannedContact &row : rows) {
        QVERIFY2(!row.contactId.isEmpty(), qPrintable(row.input)); // every email resolved
        QVERIFY(row.plan == Plan::Enroll || row.plan == Plan::AlreadyEnrolled);
    }
    QCOMPARE(server.stats().requests.value(QStringLiteral("contacts.batchRead")), 3); // 100+100+50
}

QTEST_GUILESS_MAIN(TestDryRunPlanner)
#include "tst_dryrunplanner.moc"
