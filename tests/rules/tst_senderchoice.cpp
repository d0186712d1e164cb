// The rules' pure parts: who sends each contact (chooseSenders: one inbox, a rotation by
// room, the contact's owner with a fallback or a skip, never past a cap or the run's limit)
// and what a rule may be (RuleCheck).
#include "rules/RuleCheck.h"
#include "rules/SenderChoice.h"

#include <QtTest>

using namespace SeqDesk;
using namespace SeqDesk::Rules;
using Enroll::Plan;
using Enroll::PlannedContact;
using Store::RuleSenderMode;

namespace {

QList<PlannedContact> plan(int enroll, int skipped = 0, const QStringList &owners = {})
{
    QList<PlannedContact> out;
    for (int i = 0; i < enroll + skipped; ++i) {
        PlannedContact p;
        p.contactId = QString::number(1000 + i);
        p.plan = i < enroll ? Plan::Enroll : Plan::Unsubscribed;
        p.ownerId = owners.value(i);
        out << p;
    }
    return out;
}

QMap<QString, int> sizes(const SenderChoice &c)
{
    QMap<QString, int> out;
    for (const SenderChoice::Job &j : c.jobs)
        out.insert(j.inbox.email, int(j.contacts.size()));
    return out;
}

Inbox inbox(const char *email, int room)
{
    return {QLatin1String(email), QStringLiteral("1"), room};
}

} // namespace

class TestSenderChoice final : public QObject
{
    Q_OBJECT

private slots:
    void singleInboxTakesUpToItsRoomAndTheLimit()
    {
        const auto c = chooseSenders(RuleSenderMode::Single, plan(10, 2), {inbox("a@x.io", 6)}, {},
                                     std::nullopt, -1);
        QCOMPARE(sizes(c).value(QStringLiteral("a@x.io")), 6);
        QCOMPARE(c.waiting, 4); // no room: a later run
        QCOMPARE(c.skipped.size(), 2);
        const auto limited = chooseSenders(RuleSenderMode::Single, plan(10), {inbox("a@x.io", 60)},
                                           {}, std::nullopt, 3);
        QCOMPARE(sizes(limited).value(QStringLiteral("a@x.io")), 3);
        QCOMPARE(limited.waiting, 7);
    }

    void rotationSpreadsByRoomAndNeverPastACap()
    {
        const auto c = chooseSenders(RuleSenderMode::Rotation, plan(12),
                                     {inbox("a@x.io", 2), inbox("b@x.io", 6), inbox("c@x.io", 6)},
                                     {}, std::nullopt, -1);
        const QMap<QString, int> s = sizes(c);
        QCOMPARE(s.value(QStringLiteral("a@x.io")) + s.value(QStringLiteral("b@x.io"))
                     + s.value(QStringLiteral("c@x.io")),
                 12);
        QVERIFY(s.value(QStringLiteral("a@x.io")) <= 2);
        QVERIFY(s.value(QStringLiteral("b@x.io")) <= 6);
        QVERIFY(s.value(QStringLiteral("c@x.io")) <= 6);
        // The most room first: b and c share the load, a gets what is left at the end.
        QCOMPARE(s.value(QStringLiteral("b@x.io")), 5);
        QCOMPARE(s.value(QStringLiteral("c@x.io")), 5);
        QCOMPARE(c.waiting, 0);
        const auto full
            = chooseSenders(RuleSenderMode::Rotation, plan(12),
                            {inbox("a@x.io", 0), inbox("b@x.io", 4)}, {}, std::nullopt, -1);
        QCOMPARE(sizes(full).value(QStringLiteral("a@x.io")), 0);
        QCOMPARE(sizes(full).value(QStringLiteral("b@x.io")), 4);
        QCOMPARE(full.waiting, 8);
    }

    void ownerSendsElseTheFallbackElseNoSender()
    {
        const QHash<QString, Inbox> owners {{QStringLiteral("7"), inbox("own@x.io", 10)},
                                            {QStringLiteral("8"), inbox("busy@x.io", 0)}};
        const QStringList ownerOf {QStringLiteral("7"), QStringLiteral("9"), QString(),
                                   QStringLiteral("8")};
        const auto withFallback = chooseSenders(RuleSenderMode::ContactOwner, plan(4, 0, ownerOf),
                                                {}, owners, inbox("fb@x.io", 10), -1);
        QCOMPARE(sizes(withFallback).value(QStringLiteral("own@x.io")), 1);
        QCOMPARE(sizes(withFallback).value(QStringLiteral("fb@x.io")), 2); // unknown and none
        QCOMPARE(withFallback.waiting, 1); // its owner has no room: not the fallback
        const auto noFallback = chooseSenders(RuleSenderMode::ContactOwner, plan(4, 0, ownerOf), {},
                                              owners, std::nullopt, -1);
        QCOMPARE(noFallback.skipped.size(), 2);
        for (const PlannedContact &p : noFallback.skipped)
            QCOMPARE(p.plan, Plan::NoSender);
    }

    void ruleCheckNamesEachProblem()
    {
        Store::RuleRecord r;
        r.name = QStringLiteral("No-shows");
        r.listId = QStringLiteral("105");
        r.sequenceId = QStringLiteral("712000001");
        r.senders = {QStringLiteral("ana@acme.example")};
        QVERIFY2(RuleCheck::problems(r).isEmpty(),
                 qPrintable(RuleCheck::problems(r).join(QLatin1Char(' '))));
        r.name.clear();
        r.listId = QStringLiteral("webinar");
        r.senderMode = RuleSenderMode::Rotation;
        r.senders << QStringLiteral("ana@acme.example") << QStringLiteral("not-an-email");
        r.everyMinutes = 0;
        r.perRun = -1;
        r.dailyCap = 0;
        r.fallbackSender = QStringLiteral("bo@acme.example");
        const QString all = RuleCheck::problems(r).join(QLatin1Char('\n'));
        for (const char *expected :
             {"needs a name", "\"webinar\"", "\"not-an-email\"", "names a sender inbox twice",
              "every 1 to", "per run", "send cap", "fallback inbox"})
            QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestSenderChoice)
#include "tst_senderchoice.moc"
