// Pure logic of the sandbox: demo data, visibility, enrollment rules, rolling caps, rate
// window, cursors. No sockets.
#include "DemoLookup.h"
#include "ManualClock.h"

#include "sandbox/Cursor.h"
#include "sandbox/DemoData.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxState.h"

#include <QElapsedTimer>
#include <QTest>

using namespace SeqDesk::Sandbox;
using namespace DemoLookup;

class TestSandboxState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesSameDataAndDifferentSeedDiffers();
    void demoPortalHasEveryKindOfOwner();
    void demoPortalHasPrivateEmptyAndFolderedSequences();
    void demoPortalHasEveryKindOfContactAndLists();
    void largePortalGeneratesWellUnderASecondOrTwo();
    void privateSequencesAreVisibleOnlyToTheirOwner();
    void enrollRulesRejectInHubSpotOrder();
    void enrollUpdatesTheContactAndCountsOneSend();
    void sendCapIsPerInboxOverARolling24Hours();
    void deletingASequenceEndsItsEnrollments();
    void rateWindowIsRollingAndRejectionsDoNotConsume();
    void dailyApiBudgetRunsOut();
    void cursorsRoundTripAndRejectGarbage();
};

void TestSandboxState::sameSeedGivesSameDataAndDifferentSeedDiffers()
{
    const PortalData a = generateDemoData({7, 8, 40, 500});
    const PortalData b = generateDemoData({7, 8, 40, 500});
    const PortalData c = generateDemoData({8, 8, 40, 500});
    QCOMPARE(a.owners.size(), b.owners.size());
    for (int i = 0; i < a.owners.size(); ++i) {
        QCOMPARE(a.owners[i].id, b.owners[i].id);
        QCOMPARE(a.owners[i].email, b.owners[i].email);
    }
    for (int i = 0; i < a.sequences.size(); ++i) {
        QCOMPARE(a.sequences[i].id, b.sequences[i].id);
        QCOMPARE(a.sequences[i].name, b.sequences[i].name);
        QCOMPARE(a.sequences[i].steps.size(), b.sequences[i].steps.size());
    }
    for (int i = 0; i < a.contacts.size(); ++i) {
        QCOMPARE(a.contacts[i].id, b.contacts[i].id);
        QCOMPARE(a.contacts[i].email, b.contacts[i].email);
        QCOMPARE(a.contacts[i].kind, b.contacts[i].kind);
    }
    int sameContacts = 0;
    for (int i = 0; i < a.contacts.size(); ++i)
        sameContacts += a.contacts[i].email == c.contacts[i].email ? 1 : 0;
    QVERIFY(sameContacts < a.contacts.size() / 2);
    QVERIFY(a.owners[0].id != c.owners[0].id || a.owners[0].email != c.owners[0].email);
    QVERIFY(a.sequences[0].id != c.sequences[0].id);
}

void TestSandboxState::demoPortalHasEveryKindOfOwner()
{
    const PortalData d = generateDemoData({1, 8, 40, 100});
    QCOMPARE(d.owners.size(), 8);
    const Owner &queue = d.owners[Queue];
    QCOMPARE(queue.type, QStringLiteral("QUEUE"));
    QVERIFY(!queue.userId && !queue.userIdIncludingInactive);
    const Owner &gone = d.owners[Deactivated];
    QVERIFY(!gone.userId);
    QVERIFY(gone.userIdIncludingInactive.has_value());
    QVERIFY(!d.owners[NoSeat].salesSeat);
    QVERIFY(d.owners[NoSeat].userId.has_value());
    QVERIFY(!d.owners[InboxDiffers].inboxes.contains(d.owners[InboxDiffers].email));
    QCOMPARE(d.owners[TwoInboxes].inboxes.size(), 2);
    for (int i : {0, 6, 7}) {
        QVERIFY(d.owners[i].isActiveUser());
        QVERIFY(d.owners[i].salesSeat);
        QCOMPARE(d.owners[i].inboxes, QStringList {d.owners[i].email});
    }
    for (int i = 1; i < d.owners.size(); ++i)
        QVERIFY(d.owners[i - 1].id < d.owners[i].id);
}

void TestSandboxState::demoPortalHasPrivateEmptyAndFolderedSequences()
{
    const PortalData d = generateDemoData({1, 8, 40, 100});
    QCOMPARE(d.sequences.size(), 40);
    int privateOnes = 0, empty = 0, foldered = 0;
    QSet<QString> names;
    for (const Sequence &s : d.sequences) {
        privateOnes += s.shared ? 0 : 1;
        empty += s.steps.isEmpty() ? 1 : 0;
        foldered += s.folderId ? 1 : 0;
        names.insert(s.name);
        for (int k = 0; k < s.steps.size(); ++k)
            QCOMPARE(s.steps[k].stepOrder, k);
    }
    QVERIFY(privateOnes >= 1);
    QVERIFY(empty >= 1);
    QVERIFY(foldered >= 1 && foldered < 40);
    QCOMPARE(names.size(), 40); // realistic, distinct names
    QVERIFY(names.contains(QStringLiteral("Q4 Enterprise Outreach")));
}

void TestSandboxState::demoPortalHasEveryKindOfContactAndLists()
{
    const PortalData d = generateDemoData({1, 8, 40, 5000});
    QCOMPARE(d.contacts.size(), 5000);
    QHash<int, int> kinds;
    QSet<QString> emails;
    for (const Contact &c : d.contacts) {
        ++kinds[int(c.kind)];
        if (!c.email.isEmpty()) {
            QVERIFY2(!emails.contains(c.email), qPrintable(c.email));
            emails.insert(c.email);
        }
    }
    for (ContactKind k : {ContactKind::Normal, ContactKind::Unsubscribed, ContactKind::Bounced,
                          ContactKind::Blocked, ContactKind::NoEmail, ContactKind::Enrolled})
        QVERIFY(kinds.value(int(k)) > 10);
    QCOMPARE(d.seededEnrollments.size(), kinds.value(int(ContactKind::Enrolled)));
    QVERIFY(d.lists.size() >= 4);
    QVERIFY(d.lists[1].members.size() > 250); // pages at the memberships maximum
    // Small portals still have one contact of each kind.
    const PortalData small = generateDemoData({3, 6, 4, 10});
    QSet<int> smallKinds;
    for (const Contact &c : small.contacts)
        smallKinds.insert(int(c.kind));
    QCOMPARE(smallKinds.size(), 6);
}

void TestSandboxState::largePortalGeneratesWellUnderASecondOrTwo()
{
    QElapsedTimer timer;
    timer.start();
    const PortalData d = generateDemoData({42, 20, 10000, 12000});
    const qint64 ms = timer.elapsed();
    QCOMPARE(d.sequences.size(), 10000);
    QCOMPARE(d.contacts.size(), 12000);
    QCOMPARE(d.owners.size(), 20);
    QVERIFY2(ms < 1500, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
}

void TestSandboxState::privateSequencesAreVisibleOnlyToTheirOwner()
{
    ManualClock clock;
    SandboxState state(generateDemoData({1, 8, 40, 100}), clock);
    const Sequence *priv = privateSequence(state);
    QVERIFY(priv);
    const qint64 other
        = userId(state, priv->userId == userId(state, Primary) ? InboxDiffers : Primary);
    QVERIFY(state.isVisible(*priv, priv->userId));
    QVERIFY(!state.isVisible(*priv, other));
    QVERIFY(state.visibleSequences(priv->userId).contains(priv));
    QVERIFY(!state.visibleSequences(other).contains(priv));
    const Sequence *team = teamSequenceWithSteps(state);
    QVERIFY(state.isVisible(*team, userId(state, NoSeat))); // seat only matters for enrolling
    QVERIFY(state.visibleSequences(*owner(state, Deactivated).userIdIncludingInactive).isEmpty());
}

void TestSandboxState::enrollRulesRejectInHubSpotOrder()
{
    ManualClock clock;
    SandboxState state(generateDemoData({1, 8, 40, 400}), clock);
    const qint64 user = userId(state, Primary);
    const QString inbox = owner(state, Primary).email;
    const qint64 seq = teamSequenceWithSteps(state)->id;
    const qint64 fresh = contactOfKind(state, ContactKind::Normal)->id;
    const auto code = [&](qint64 u, qint64 c, qint64 s, const QString &from) {
        return state.enroll(u, c, s, from).error;
    };
    QCOMPARE(code(123, fresh, seq, inbox), EnrollError::UnknownUser);
    QCOMPARE(code(userId(state, NoSeat), fresh, seq, owner(state, NoSeat).email),
             EnrollError::NoSeat);
    QCOMPARE(code(user, fresh, 1, inbox), EnrollError::UnknownSequence);
    QCOMPARE(code(user, 1, seq, inbox), EnrollError::UnknownContact);
    QCOMPARE(code(user, fresh, seq, QStringLiteral("someone@else.example")),
             EnrollError::NoConnectedInbox);
    QCOMPARE(code(user, contactOfKind(state, ContactKind::NoEmail)->id, seq, inbox),
             EnrollError::MissingEmail);
    QCOMPARE(code(user, contactOfKind(state, ContactKind::Enrolled)->id, seq, inbox),
             EnrollError::AlreadyEnrolled);
    QCOMPARE(code(user, contactOfKind(state, ContactKind::Unsubscribed)->id, seq, inbox),
             EnrollError::Unsubscribed);
    QCOMPARE(code(user, contactOfKind(state, ContactKind::Bounced)->id, seq, inbox),
             EnrollError::Bounced);
    QCOMPARE(code(user, contactOfKind(state, ContactKind::Blocked)->id, seq, inbox),
             EnrollError::Blocked);
    QVERIFY(state.acceptedEnrollments().isEmpty());
    QCOMPARE(code(user, fresh, seq, inbox.toUpper()),
             EnrollError::None); // inbox match ignores case
    QCOMPARE(code(user, fresh, seq, inbox), EnrollError::AlreadyEnrolled);
}

void TestSandboxState::enrollUpdatesTheContactAndCountsOneSend()
{
    ManualClock clock;
    SandboxState state(generateDemoData({1, 8, 40, 400}), clock);
    const Owner &two = owner(state, TwoInboxes);
    const Contact *c = contactOfKind(state, ContactKind::Normal);
    const int before = c->enrolledCount;
    const EnrollResult r
        = state.enroll(*two.userId, c->id, teamSequenceWithSteps(state)->id, two.inboxes.at(1));
    QCOMPARE(r.error, EnrollError::None);
    QCOMPARE(r.enrollment.toEmail, c->email);
    QCOMPARE(r.enrollment.enrolledAt, clock.nowUtc());
    QVERIFY(c->enrolled);
    QCOMPARE(c->enrolledCount, before + 1);
    QCOMPARE(*c->latestSequenceId, teamSequenceWithSteps(state)->id);
    QCOMPARE(state.sendsInWindow(two.inboxes.at(1)), 1);
    QCOMPARE(state.sendsInWindow(two.inboxes.at(0)), 0);
    QCOMPARE(state.activeEnrollment(c->id)->id, r.enrollment.id);
}

void TestSandboxState::sendCapIsPerInboxOverARolling24Hours()
{
    ManualClock clock;
    SandboxState state(generateDemoData({1, 8, 40, 400}), clock);
    state.setDailyCap(3);
    const qint64 user = userId(state, Primary);
    const QString inbox = owner(state, Primary).email;
    const qint64 seq = teamSequenceWithSteps(state)->id;
    const auto enrollNext = [&] {
        return state.enroll(user, contactOfKind(state, ContactKind::Normal, 0)->id, seq, inbox)
            .error;
    };
    QCOMPARE(enrollNext(), EnrollError::None); // t = 0
    QCOMPARE(enrollNext(), EnrollError::None);
    clock.advanceMs(12LL * 3600 * 1000); // t = 12 h
    QCOMPARE(enrollNext(), EnrollError::None);
    QCOMPARE(enrollNext(), EnrollError::SendLimitReached);
    // Another user's inbox has its own budget.
    const Owner &other = state.data().owners.at(6);
    QCOMPARE(state
                 .enroll(*other.userId, contactOfKind(state, ContactKind::Normal)->id, seq,
                         other.inboxes.at(0))
                 .error,
             EnrollError::None);
    clock.advanceMs(12LL * 3600 * 1000 - 1); // just before the first two leave the window
    QCOMPARE(enrollNext(), EnrollError::SendLimitReached);
    clock.advanceMs(1); // t = 24 h: the two sends of t = 0 left; the one of t = 12 h stays
    QCOMPARE(enrollNext(), EnrollError::None);
    QCOMPARE(enrollNext(), EnrollError::None);
    QCOMPARE(enrollNext(), EnrollError::SendLimitReached);
    QCOMPARE(state.sendsInWindow(inbox), 3);
}

void TestSandboxState::deletingASequenceEndsItsEnrollments()
{
    ManualClock clock;
    SandboxState state(generateDemoData({1, 8, 40, 400}), clock);
    const Enrollment seeded = state.data().seededEnrollments.constFirst();
    QVERIFY(state.activeEnrollment(seeded.contactId));
    QVERIFY(state.deleteSequence(seeded.sequenceId));
    QVERIFY(!state.sequence(seeded.sequenceId));
    QVERIFY(!state.activeEnrollment(seeded.contactId));
    QVERIFY(!state.contact(seeded.contactId)->enrolled);
    QVERIFY(!state.deleteSequence(seeded.sequenceId));
}

void TestSandboxState::rateWindowIsRollingAndRejectionsDoNotConsume()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.configure(3, 1000, 1000);
    QCOMPARE(limiter.acquire().remaining, 2); // t = 0
    clock.advanceMs(400);
    QCOMPARE(limiter.acquire().remaining, 1); // t = 400
    QCOMPARE(limiter.acquire().remaining, 0);
    const auto rejected = limiter.acquire();
    QCOMPARE(rejected.verdict, RateLimiter::Verdict::WindowExceeded);
    QCOMPARE(rejected.retryAfterMs, 600); // the t = 0 request leaves at t = 1000
    for (int i = 0; i < 5; ++i)
        QCOMPARE(limiter.acquire().verdict, RateLimiter::Verdict::WindowExceeded);
    clock.advanceMs(600); // t = 1000: one slot, not more (rejections did not count)
    QCOMPARE(limiter.acquire().verdict, RateLimiter::Verdict::Allowed);
    QCOMPARE(limiter.acquire().verdict, RateLimiter::Verdict::WindowExceeded);
    clock.advanceMs(400); // t = 1400: both t = 400 requests left
    QCOMPARE(limiter.acquire().remaining, 1);
    QCOMPARE(limiter.dailyUsed(), 5);
}

void TestSandboxState::dailyApiBudgetRunsOut()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.configure(100, 1000, 2);
    QCOMPARE(limiter.acquire().dailyRemaining, 1);
    QCOMPARE(limiter.acquire().dailyRemaining, 0);
    const auto r = limiter.acquire();
    QCOMPARE(r.verdict, RateLimiter::Verdict::DailyExceeded);
    QVERIFY(r.retryAfterMs > 0);
    clock.advanceMs(24LL * 3600 * 1000);
    QCOMPARE(limiter.acquire().verdict, RateLimiter::Verdict::Allowed);
}

void TestSandboxState::cursorsRoundTripAndRejectGarbage()
{
    const QString c = Cursor::encode(712000078);
    QVERIFY(!c.contains(QStringLiteral("712000078"))); // opaque
    QCOMPARE(Cursor::decode(c).value_or(-1), 712000078);
    QVERIFY(!Cursor::decode(QStringLiteral("712000078")));
    QVERIFY(!Cursor::decode(QStringLiteral("!!!")));
    QVERIFY(!Cursor::decode(QString()));
}

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandboxstate.moc"
