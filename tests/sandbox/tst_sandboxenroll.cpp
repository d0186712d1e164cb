// HubSpot's enrollment rules over real loopback HTTP: visibility, the four-field answer,
// ALREADY_ENROLLED, sender inbox, seat, contact verdicts, error shapes, strict bodies, cap.
#include "SandboxHttpFixture.h"

#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace SeqDesk::Sandbox;
using namespace DemoLookup;
using namespace SandboxPaths;

namespace {
QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}
} // namespace

class TestSandboxEnroll final : public SandboxHttpFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void privateSequencesAreVisibleOnlyToTheirOwner();
    void enrollAnswers200WithExactlyFourFieldsAndUpdatesTheContact();
    void enrollingTwiceGivesAlreadyEnrolled();
    void senderMustBeAConnectedInboxOfTheUser();
    void userWithoutSalesSeatIsRejected();
    void deactivatedUserCannotUseSequences();
    void rejectedContactsCarryTheirCodes_data();
    void rejectedContactsCarryTheirCodes();
    void enrollmentErrorShapeFollowsTheSetting();
    void strictBodiesAreRejectedNamingTheField_data();
    void strictBodiesAreRejectedNamingTheField();
    void sendCapIsPerInboxAndRolling24Hours();
};

void TestSandboxEnroll::initTestCase()
{
    const QString error = startServer();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->port() != 0);
}

void TestSandboxEnroll::privateSequencesAreVisibleOnlyToTheirOwner()
{
    const Sequence *priv = privateSequence(state());
    QVERIFY(priv);
    const qint64 ownerUser = priv->userId;
    const Role otherRole = ownerUser == userId(state(), Primary) ? InboxDiffers : Primary;
    const qint64 other = userId(state(), otherRole);
    const auto ids = [&](qint64 user) {
        QStringList out;
        const ProbeResult r
            = m_probe->get(seqDated + QStringLiteral("?userId=") + QString::number(user));
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray())
            out.append(v.toObject().value(QStringLiteral("id")).toString());
        return out;
    };
    const QString id = QString::number(priv->id);
    QVERIFY(ids(ownerUser).contains(id));
    QVERIFY(!ids(other).contains(id));
    QVERIFY(ids(other).contains(QString::number(teamSequenceWithSteps(state())->id)));
    QCOMPARE(m_probe
                 ->get(seqDated + QLatin1Char('/') + id + QStringLiteral("?userId=")
                       + QString::number(ownerUser))
                 .status,
             200);
    QCOMPARE(m_probe
                 ->get(seqDated + QLatin1Char('/') + id + QStringLiteral("?userId=")
                       + QString::number(other))
                 .status,
             404);
    const ProbeResult r = enroll(other, contactOfKind(state(), ContactKind::Normal)->id, priv->id,
                                 owner(state(), otherRole).inboxes.at(0));
    QCOMPARE(r.status, 404);
}

void TestSandboxEnroll::enrollAnswers200WithExactlyFourFieldsAndUpdatesTheContact()
{
    const Contact *c = contactOfKind(state(), ContactKind::Normal);
    const qint64 contactId = c->id;
    const QString email = c->email;
    const Sequence *seq = teamSequenceWithSteps(state());
    const ProbeResult r
        = enroll(userId(state(), Primary), contactId, seq->id, owner(state(), Primary).email);
    QCOMPARE(r.status, 200);
    QCOMPARE(sortedKeys(r.json),
             (QStringList {QStringLiteral("enrolledAt"), QStringLiteral("id"),
                           QStringLiteral("toEmail"), QStringLiteral("updatedAt")}));
    QVERIFY(r.json.value(QStringLiteral("id")).isString());
    QCOMPARE(r.json.value(QStringLiteral("toEmail")).toString(), email);
    QVERIFY(isIsoMs(r.json.value(QStringLiteral("enrolledAt"))));
    const ProbeResult read = m_probe->postJson(
        contactsDated + QStringLiteral("/batch/read"),
        {{QStringLiteral("inputs"),
          QJsonArray {QJsonObject {{QStringLiteral("id"), QString::number(contactId)}}}},
         {QStringLiteral("properties"),
          QJsonArray {QStringLiteral("hs_sequences_is_enrolled"),
                      QStringLiteral("hs_sequences_actively_enrolled_count"),
                      QStringLiteral("hs_latest_sequence_enrolled")}},
         {QStringLiteral("propertiesWithHistory"), QJsonArray {}}});
    const QJsonObject props = read.json.value(QStringLiteral("results"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("properties"))
                                  .toObject();
    QCOMPARE(props.value(QStringLiteral("hs_sequences_is_enrolled")).toString(),
             QStringLiteral("true"));
    QCOMPARE(props.value(QStringLiteral("hs_sequences_actively_enrolled_count")).toString(),
             QStringLiteral("1"));
    QCOMPARE(props.value(QStringLiteral("hs_latest_sequence_enrolled")).toString(),
             QString::number(seq->id));
    const ProbeResult e = m_probe->get(seqLegacy + QStringLiteral("/enrollments/contact/")
                                       + QString::number(contactId));
    QCOMPARE(e.status, 200);
    QCOMPARE(e.json.value(QStringLiteral("id")), r.json.value(QStringLiteral("id")));
    QCOMPARE(e.json.value(QStringLiteral("sequenceId")).toString(), QString::number(seq->id));
    QCOMPARE(e.json.value(QStringLiteral("sequenceName")).toString(), seq->name);
    QCOMPARE(e.json.value(QStringLiteral("enrolledBy")).toString(),
             QString::number(userId(state(), Primary)));
    QCOMPARE(e.json.value(QStringLiteral("enrolledByEmail")).toString(),
             owner(state(), Primary).email);
}

void TestSandboxEnroll::enrollingTwiceGivesAlreadyEnrolled()
{
    const qint64 contactId = contactOfKind(state(), ContactKind::Normal)->id;
    const qint64 user = userId(state(), Primary);
    const QString inbox = owner(state(), Primary).email;
    QCOMPARE(enroll(user, contactId, teamSequenceWithSteps(state())->id, inbox).status, 200);
    const ProbeResult again = enroll(user, contactId, teamSequenceWithSteps(state(), 1)->id, inbox);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value(QStringLiteral("subCategory")).toString(),
             QStringLiteral("SequenceError.ALREADY_ENROLLED"));
    int accepted = 0;
    for (const Enrollment &e : m_server->acceptedEnrollments())
        accepted += e.contactId == contactId ? 1 : 0;
    QCOMPARE(accepted, 1);
}

void TestSandboxEnroll::senderMustBeAConnectedInboxOfTheUser()
{
    const Owner &differs = owner(state(), InboxDiffers);
    const qint64 seq = teamSequenceWithSteps(state())->id;
    const ProbeResult login = enroll(
        *differs.userId, contactOfKind(state(), ContactKind::Normal)->id, seq, differs.email);
    QCOMPARE(login.status, 400);
    QCOMPARE(login.json.value(QStringLiteral("category")).toString(),
             QStringLiteral("PUBLIC_ENROLL_NO_CONNECTED_EMAILS"));
    const ProbeResult someoneElses
        = enroll(*differs.userId, contactOfKind(state(), ContactKind::Normal)->id, seq,
                 owner(state(), Primary).email);
    QCOMPARE(someoneElses.json.value(QStringLiteral("category")).toString(),
             QStringLiteral("PUBLIC_ENROLL_NO_CONNECTED_EMAILS"));
    QCOMPARE(enroll(*differs.userId, contactOfKind(state(), ContactKind::Normal)->id, seq,
                    differs.inboxes.at(0))
                 .status,
             200);
    const Owner &two = owner(state(), TwoInboxes);
    QCOMPARE(
        enroll(*two.userId, contactOfKind(state(), ContactKind::Normal)->id, seq, two.inboxes.at(1))
            .status,
        200);
}

void TestSandboxEnroll::userWithoutSalesSeatIsRejected()
{
    const Owner &noSeat = owner(state(), NoSeat);
    const ProbeResult r = enroll(*noSeat.userId, contactOfKind(state(), ContactKind::Normal)->id,
                                 teamSequenceWithSteps(state())->id, noSeat.email);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("errorType")).toString(),
             QStringLiteral("SequenceError.OTHER_SEND_REJECTED"));
    QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("Sales Subscription Status is not OK"));
}

void TestSandboxEnroll::deactivatedUserCannotUseSequences()
{
    const QString gone = QString::number(*owner(state(), Deactivated).userIdIncludingInactive);
    QCOMPARE(m_probe->get(seqDated + QStringLiteral("?userId=") + gone).status, 404);
    QCOMPARE(enroll(gone.toLongLong(), contactOfKind(state(), ContactKind::Normal)->id,
                    teamSequenceWithSteps(state())->id, owner(state(), Deactivated).email)
                 .status,
             404);
}

void TestSandboxEnroll::rejectedContactsCarryTheirCodes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("unsubscribed") << int(ContactKind::Unsubscribed)
                                  << QStringLiteral("SequenceError.UNSUBSCRIBED");
    QTest::newRow("bounced") << int(ContactKind::Bounced)
                             << QStringLiteral(
                                    "SequenceError.RECIPIENT_PREVIOUSLY_BOUNCED_ON_PORTAL");
    QTest::newRow("blocked") << int(ContactKind::Blocked)
                             << QStringLiteral("SequenceError.BLOCKED_ADDRESS");
    QTest::newRow("no email") << int(ContactKind::NoEmail)
                              << QStringLiteral("SequenceError.CONTACT_MISSING_EMAIL");
    QTest::newRow("already enrolled")
        << int(ContactKind::Enrolled) << QStringLiteral("SequenceError.ALREADY_ENROLLED");
}

void TestSandboxEnroll::rejectedContactsCarryTheirCodes()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    const ProbeResult r
        = enroll(userId(state(), Primary), contactOfKind(state(), ContactKind(kind))->id,
                 teamSequenceWithSteps(state())->id, owner(state(), Primary).email);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("subCategory")).toString(), code);
    QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
             QStringLiteral("VALIDATION_ERROR"));
}

void TestSandboxEnroll::enrollmentErrorShapeFollowsTheSetting()
{
    SandboxSettings s = m_server->settings();
    s.errorShape = ErrorShape::Legacy;
    QVERIFY(m_server->setSettings(s));
    const ProbeResult legacy
        = enroll(userId(state(), Primary), contactOfKind(state(), ContactKind::Unsubscribed)->id,
                 teamSequenceWithSteps(state())->id, owner(state(), Primary).email);
    s.errorShape = ErrorShape::Mixed;
    QVERIFY(m_server->setSettings(s));
    QSet<QString> shapes;
    for (int i = 0; i < 24; ++i) {
        const ProbeResult r
            = enroll(userId(state(), Primary), contactOfKind(state(), ContactKind::Blocked)->id,
                     teamSequenceWithSteps(state())->id, owner(state(), Primary).email);
        shapes.insert(r.json.contains(QStringLiteral("errorType")) ? QStringLiteral("legacy")
                                                                   : QStringLiteral("standard"));
    }
    s.errorShape = ErrorShape::Standard;
    QVERIFY(m_server->setSettings(s));
    QCOMPARE(legacy.status, 400);
    QCOMPARE(legacy.json.value(QStringLiteral("errorType")).toString(),
             QStringLiteral("SequenceError.UNSUBSCRIBED"));
    QVERIFY(!legacy.json.contains(QStringLiteral("category")));
    QVERIFY(legacy.json.contains(QStringLiteral("correlationId")));
    QCOMPARE(shapes.size(), 2);
}

void TestSandboxEnroll::strictBodiesAreRejectedNamingTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("field");
    const QByteArray ok = R"("sequenceId":"SEQ","senderEmail":"INBOX")";
    QTest::newRow("malformed JSON") << QByteArray(R"({"contactId":"1",)")
                                    << QByteArray("application/json") << QStringLiteral("body");
    QTest::newRow("not an object")
        << QByteArray(R"(["x"])") << QByteArray("application/json") << QStringLiteral("body");
    QTest::newRow("missing contactId")
        << "{" + ok + "}" << QByteArray("application/json") << QStringLiteral("contactId");
    QTest::newRow("startingStepOrder")
        << R"({"contactId":"CONTACT",)" + ok + R"(,"startingStepOrder":0})"
        << QByteArray("application/json") << QStringLiteral("startingStepOrder");
    QTest::newRow("contactId as number")
        << R"({"contactId":101,)" + ok + "}" << QByteArray("application/json")
        << QStringLiteral("contactId");
    QTest::newRow("null senderEmail")
        << QByteArray(R"({"contactId":"1","sequenceId":"2","senderEmail":null})")
        << QByteArray("application/json") << QStringLiteral("senderEmail");
    QTest::newRow("wrong content type")
        << R"({"contactId":"CONTACT",)" + ok + "}" << QByteArray("text/plain")
        << QStringLiteral("Content-Type");
    QTest::newRow("charset is fine") << R"({"contactId":"CONTACT",)" + ok + "}"
                                     << QByteArray("application/json; charset=UTF-8") << QString();
}

void TestSandboxEnroll::strictBodiesAreRejectedNamingTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, field);
    body.replace("SEQ", QByteArray::number(teamSequenceWithSteps(state())->id));
    body.replace("INBOX", owner(state(), Primary).email.toUtf8());
    body.replace("CONTACT", QByteArray::number(contactOfKind(state(), ContactKind::Normal)->id));
    const ProbeResult r
        = m_probe->post(enrollPath(userId(state(), Primary), seqLegacy), body, contentType);
    if (field.isEmpty()) {
        QCOMPARE(r.status, 200);
        return;
    }
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("category")).toString(),
             QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(r.errorIn(), field);
}

void TestSandboxEnroll::sendCapIsPerInboxAndRolling24Hours()
{
    SandboxSettings s = m_server->settings();
    s.dailyCap = 3;
    QVERIFY(m_server->setSettings(s));
    const Owner &user = state().data().owners.at(7);
    const qint64 seq = teamSequenceWithSteps(state())->id;
    const auto next = [&] {
        return enroll(*user.userId, contactOfKind(state(), ContactKind::Normal)->id, seq,
                      user.inboxes.at(0));
    };
    QCOMPARE(next().status, 200);
    m_clock.advanceMs(6LL * 3600 * 1000);
    QCOMPARE(next().status, 200);
    QCOMPARE(next().status, 200);
    const ProbeResult capped = next();
    QCOMPARE(capped.status, 400);
    QCOMPARE(capped.json.value(QStringLiteral("subCategory")).toString(),
             QStringLiteral("SequenceError.SEND_LIMIT_REACHED"));
    m_clock.advanceMs(18LL * 3600 * 1000); // the first send is 24 h old: one slot frees
    QCOMPARE(next().status, 200);
    QCOMPARE(next().status, 400);
    s.dailyCap = 1000;
    QVERIFY(m_server->setSettings(s));
}

QTEST_GUILESS_MAIN(TestSandboxEnroll)
#include "tst_sandboxenroll.moc"
