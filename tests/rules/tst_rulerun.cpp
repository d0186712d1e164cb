// Enrollment rules against the sandbox over loopback, with a mirror synced from it: runs over
// a list that grows enroll each new eligible member once and nobody twice (checked against
// the sandbox's record), a run without new members reads only the memberships, "again after"
// days, a rotation never past a cap, the contact's owner with a fallback, a rule whose
// sequence is gone stops with the reason, and one run of a rule at a time.
#include "../sandbox/DemoLookup.h"
#include "../sandbox/ManualClock.h"
#include "../sync/SyncHarness.h"
#include "enroll/EnrollmentEngine.h"
#include "rules/RuleRun.h"

#include <QJsonArray>
#include <QSet>

using namespace SeqDesk;
using namespace SeqDesk::Rules;
using namespace SeqDesk::Store;
using SyncTest::kPortalId;

namespace {

struct Fixture
{
    explicit Fixture(const Sandbox::SandboxConfig &config = {})
        : h(config)
    { }

    SyncTest::Harness h;
    ManualClock clock;

    bool setUp()
    {
        if (!h.setUp() || h.sync().status != SyncStatus::Succeeded)
            return false;
        Sandbox::SandboxSettings s = h.server.settings();
        s.rateLimit = 100000;
        return h.server.setSettings(s);
    }
    const Sandbox::SandboxState &state() const { return h.server.state(); }
    const Sandbox::ContactList &list(int index) const { return state().data().lists.at(index); }

    RuleRecord rule(int listIndex, const QString &name = QStringLiteral("Advisory board"))
    {
        const Sandbox::Sequence *sequence = DemoLookup::teamSequenceWithSteps(state());
        RuleRecord r;
        r.portalId = kPortalId;
        r.name = name;
        r.listId = QString::number(list(listIndex).listId);
        r.sequenceId = QString::number(sequence->id);
        r.senders = {DemoLookup::owner(state(), DemoLookup::Primary).email};
        r.createdAt = r.updatedAt = clock.nowUtc();
        return r;
    }

    std::optional<qint64> save(const RuleRecord &r)
    {
        return h.call([r](Stores &s) { return s.rules.create(r); }).value_or(std::nullopt);
    }

    // One run to its end (nullopt: it failed; *error says why).
    std::optional<RuleRunResult> run(qint64 ruleId, bool dryRun = false, QString *error = nullptr)
    {
        RuleRun run(h.client.get(), &h.store, &clock, EnrollmentSource::Cli);
        run.setLockDirectory(h.dir.path());
        QSignalSpy finished(&run, &RuleRun::finished);
        QSignalSpy failed(&run, &RuleRun::failed);
        run.start(ruleId, dryRun);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000))
            return std::nullopt;
        if (!failed.isEmpty()) {
            if (error)
                *error = failed.first().first().toString();
            return std::nullopt;
        }
        return finished.first().first().value<RuleRunResult>();
    }

    // Runs the jobs as seqdesk-cli does, each to its end.
    bool runJobs(const QList<qint64> &jobIds)
    {
        for (qint64 id : jobIds) {
            Enroll::EnrollmentEngine engine(h.client.get(), &h.store, &clock);
            QSignalSpy finished(&engine, &Enroll::EnrollmentEngine::finished);
            if (!engine.start(id) || !finished.wait(30000))
                return false;
        }
        return true;
    }

    // Contacts the sandbox accepted into enrollments over the API, each with its count.
    QHash<qint64, int> accepted() const
    {
        QHash<qint64, int> n;
        for (const Sandbox::Enrollment &e : h.server.acceptedEnrollments())
            ++n[e.contactId];
        return n;
    }

    bool control(const QJsonObject &c)
    {
        QString error;
        return h.server.applyControl(c, nullptr, &error) == 200;
    }

    bool addMembers(qint64 listId, const QList<qint64> &ids)
    {
        QJsonArray records;
        for (qint64 id : ids)
            records.append(QString::number(id));
        return control({{QStringLiteral("addListMembers"),
                         QJsonObject {{QStringLiteral("listId"), QString::number(listId)},
                                      {QStringLiteral("recordIds"), records}}}});
    }

    // `n` contacts that would be enrolled and are in no list yet.
    QList<qint64> freshContacts(int n, int skip = 0) const
    {
        QList<qint64> out;
        for (const Sandbox::Contact &c : state().data().contacts) {
            if (c.kind != Sandbox::ContactKind::Normal || state().activeEnrollment(c.id))
                continue;
            bool listed = false;
            for (const Sandbox::ContactList &l : state().data().lists)
                listed = listed || l.members.contains(c.id);
            if (listed || skip-- > 0)
                continue;
            out << c.id;
            if (out.size() == n)
                break;
        }
        return out;
    }
};

int routeRequests(const Fixture &f, const char *route)
{
    return f.h.server.stats().requests.value(QLatin1String(route));
}

} // namespace

class TestRuleRun final : public QObject
{
    Q_OBJECT

private slots:
    void runsOverAGrowingListEnrollEachNewMemberOnce();
    void againAfterDaysHandlesAMemberAgainOnlyAfterThem();
    void rotationNeverPushesAnInboxPastItsCap();
    void ownerRoutingSendsAsTheOwnerOrTheFallback();
    void ruleWhoseSequenceIsGoneStopsWithTheReason();
    void oneRunOfARuleAtATime();
    void dryRunRecordsNothing();
    void aBigListWithFewNewMembersCostsItsPagesAndOneBatchRead();
};

void TestRuleRun::runsOverAGrowingListEnrollEachNewMemberOnce()
{
    Fixture f;
    QVERIFY(f.setUp());
    const Sandbox::ContactList &board = f.list(4); // 12 members, MANUAL
    const auto ruleId = f.save(f.rule(4));
    QVERIFY(ruleId);
    const QHash<qint64, int> before = f.accepted();

    // Run 1: every member is new.
    auto first = f.run(*ruleId);
    QVERIFY(first);
    QCOMPARE(first->run.members, int(board.members.size()));
    QCOMPARE(first->run.newMembers, int(board.members.size()));
    QVERIFY(first->run.planned > 0);
    QVERIFY(f.runJobs(first->jobIds));
    // Run 2 after the list grew by 5: only those are read from HubSpot and enrolled.
    const QList<qint64> joined = f.freshContacts(5);
    QCOMPARE(joined.size(), 5);
    QVERIFY(f.addMembers(board.listId, joined));
    const int batchReads = routeRequests(f, "contacts.batchRead");
    auto second = f.run(*ruleId);
    QVERIFY(second);
    QCOMPARE(second->run.newMembers, 5);
    QCOMPARE(second->run.planned, 5);
    QCOMPARE(routeRequests(f, "contacts.batchRead") - batchReads, 1);
    QVERIFY(f.runJobs(second->jobIds));
    // Run 3 with nothing new: the list and its memberships, nothing else.
    const int total = f.h.server.stats().total;
    auto third = f.run(*ruleId);
    QVERIFY(third);
    QCOMPARE(third->run.newMembers, 0);
    QVERIFY(third->jobIds.isEmpty());
    QCOMPARE(f.h.server.stats().total - total, 2); // one list, one page of memberships
    QCOMPARE(third->run.requests, 2);

    // The sandbox's own record: each member it accepted once, only members, all eligible ones.
    const QHash<qint64, int> after = f.accepted();
    QSet<qint64> members(board.members.cbegin(), board.members.cend());
    int enrolled = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const int now = it.value() - before.value(it.key());
        if (now == 0)
            continue;
        QCOMPARE(now, 1);
        QVERIFY(members.contains(it.key()));
        ++enrolled;
    }
    QCOMPARE(enrolled, first->run.planned + second->run.planned);
    for (qint64 id : joined)
        QCOMPARE(after.value(id) - before.value(id), 1);
    const auto runs = f.h.call([id = *ruleId](Stores &s) { return s.rules.runs(id, 10); })
                          .value_or(QList<RuleRunRecord>());
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.at(1).enrolled, 5); // the second run, from its job's items
    const auto rule = f.h.call([id = *ruleId](Stores &s) { return s.rules.rule(id); });
    QVERIFY(rule && *rule);
    QCOMPARE((*rule)->lastRunAt, f.clock.nowUtc());
    QCOMPARE((*rule)->nextRunAt, f.clock.nowUtc().addSecs(15 * 60));
}

void TestRuleRun::againAfterDaysHandlesAMemberAgainOnlyAfterThem()
{
    Fixture f;
    QVERIFY(f.setUp());
    RuleRecord r = f.rule(4);
    r.againAfterDays = 7;
    const auto ruleId = f.save(r);
    QVERIFY(ruleId);
    auto first = f.run(*ruleId, false);
    QVERIFY(first && first->run.newMembers == int(f.list(4).members.size()));
    f.clock.advanceMs(qint64(3) * 24 * 3600 * 1000);
    auto within = f.run(*ruleId);
    QVERIFY(within);
    QCOMPARE(within->run.newMembers, 0); // members who stayed, or left and came back
    f.clock.advanceMs(qint64(5) * 24 * 3600 * 1000);
    auto after = f.run(*ruleId);
    QVERIFY(after);
    QCOMPARE(after->run.newMembers, int(f.list(4).members.size()));
}

void TestRuleRun::rotationNeverPushesAnInboxPastItsCap()
{
    Fixture f;
    QVERIFY(f.setUp());
    RuleRecord r = f.rule(1, QStringLiteral("Trial signups")); // 320 members
    const QString a = DemoLookup::owner(f.state(), DemoLookup::Primary).email;
    const QString b = DemoLookup::owner(f.state(), DemoLookup::TwoInboxes).email;
    r.senderMode = RuleSenderMode::Rotation;
    r.senders = {a, b};
    r.dailyCap = 20;
    const auto ruleId = f.save(r);
    QVERIFY(ruleId);
    auto run = f.run(*ruleId);
    QVERIFY(run);
    int eligible = 0;
    for (const Enroll::PlannedContact &p : run->plan)
        eligible += p.plan == Enroll::Plan::Enroll ? 1 : 0;
    QVERIFY(eligible > 40);
    QCOMPARE(run->choice.jobs.size(), 2);
    for (const SenderChoice::Job &j : run->choice.jobs)
        QCOMPARE(j.contacts.size(), 20); // both full, none past its cap
    QCOMPARE(run->choice.waiting, eligible - 40);
    QCOMPARE(run->jobIds.size(), 2);
    // The next run finds no room (queued items count) and records nobody new to enroll.
    auto next = f.run(*ruleId);
    QVERIFY(next);
    QCOMPARE(next->run.planned, 0);
    QCOMPARE(next->choice.waiting, eligible - 40);
}

void TestRuleRun::ownerRoutingSendsAsTheOwnerOrTheFallback()
{
    Fixture f;
    QVERIFY(f.setUp());
    RuleRecord r = f.rule(0, QStringLiteral("No-shows")); // 125 members
    const QString fallback = DemoLookup::owner(f.state(), DemoLookup::Primary).email;
    r.senderMode = RuleSenderMode::ContactOwner;
    r.senders.clear();
    r.fallbackSender = fallback;
    const auto ruleId = f.save(r);
    QVERIFY(ruleId);
    auto run = f.run(*ruleId, true);
    QVERIFY(run);
    // Who can send: the mirror's active users who see the sequence.
    const auto owners = f.h.call([](Stores &s) { return s.owners.activeOwners(kPortalId); })
                            .value_or(QList<OwnerRecord>());
    const auto sequence
        = f.h.call([id = r.sequenceId](Stores &s) { return s.sequences.sequence(kPortalId, id); })
              .value_or(std::nullopt);
    QVERIFY(sequence);
    QHash<QString, QString> usable; // owner id -> email
    for (const OwnerRecord &o : owners) {
        if (o.userId
            && (sequence->visibleToUserIds.isEmpty()
                || sequence->visibleToUserIds.contains(QString::number(*o.userId))))
            usable.insert(o.ownerId, o.email.toLower());
    }
    int byOwner = 0;
    int byFallback = 0;
    for (const SenderChoice::Job &j : run->choice.jobs) {
        for (const Enroll::PlannedContact &p : j.contacts) {
            const Sandbox::Contact *c = f.state().contact(p.contactId.toLongLong());
            const QString owner = c->ownerId ? QString::number(*c->ownerId) : QString();
            if (usable.contains(owner)) {
                QCOMPARE(j.inbox.email, usable.value(owner));
                ++byOwner;
            } else {
                QCOMPARE(j.inbox.email, fallback.toLower());
                ++byFallback;
            }
        }
    }
    QVERIFY2(byOwner > 0 && byFallback > 0,
             qPrintable(QStringLiteral("%1 %2").arg(byOwner).arg(byFallback)));
    // Without a fallback, the contacts whose owner cannot send are skipped with the reason.
    r.fallbackSender.clear();
    r.name = QStringLiteral("No-shows, owners only");
    const auto strict = f.save(r);
    QVERIFY(strict);
    auto ownersOnly = f.run(*strict, true);
    QVERIFY(ownersOnly);
    int noSender = 0;
    for (const Enroll::PlannedContact &p : ownersOnly->choice.skipped)
        noSender += p.plan == Enroll::Plan::NoSender ? 1 : 0;
    QCOMPARE(noSender, byFallback);
}

void TestRuleRun::ruleWhoseSequenceIsGoneStopsWithTheReason()
{
    Fixture f;
    QVERIFY(f.setUp());
    const RuleRecord r = f.rule(4);
    const auto ruleId = f.save(r);
    QVERIFY(ruleId);
    QVERIFY(f.h.server.deleteSequence(r.sequenceId.toLongLong()));
    QCOMPARE(f.h.sync().status, SyncStatus::Succeeded); // archived in the mirror
    const int total = f.h.server.stats().total;
    auto run = f.run(*ruleId);
    QVERIFY(run);
    QVERIFY(run->stopped);
    QVERIFY2(run->run.message.contains(QStringLiteral("archived")), qPrintable(run->run.message));
    QVERIFY(run->jobIds.isEmpty());
    QCOMPARE(f.h.server.stats().total, total); // nothing asked of HubSpot
    const auto rule = f.h.call([id = *ruleId](Stores &s) { return s.rules.rule(id); });
    QCOMPARE((*rule)->state, RuleState::Stopped);
    QCOMPARE((*rule)->stopReason, run->run.message);
}

void TestRuleRun::oneRunOfARuleAtATime()
{
    Fixture f;
    QVERIFY(f.setUp());
    const auto ruleId = f.save(f.rule(4));
    QVERIFY(ruleId);
    RuleRun first(f.h.client.get(), &f.h.store, &f.clock, EnrollmentSource::Wizard);
    first.setLockDirectory(f.h.dir.path());
    RuleRun second(f.h.client.get(), &f.h.store, &f.clock, EnrollmentSource::Cli);
    second.setLockDirectory(f.h.dir.path());
    QSignalSpy firstDone(&first, &RuleRun::finished);
    QSignalSpy refused(&second, &RuleRun::failed);
    first.start(*ruleId, false);
    second.start(*ruleId, false);
    QCOMPARE(refused.size(), 1); // at once: the lock is held
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("running in another")));
    QVERIFY(firstDone.wait(30000));
    // Once the first ended, the rule runs again.
    QSignalSpy secondDone(&second, &RuleRun::finished);
    second.start(*ruleId, false);
    QVERIFY(secondDone.wait(30000));
    QCOMPARE(secondDone.first().first().value<RuleRunResult>().run.newMembers, 0);
}

void TestRuleRun::dryRunRecordsNothing()
{
    Fixture f;
    QVERIFY(f.setUp());
    const auto ruleId = f.save(f.rule(4));
    QVERIFY(ruleId);
    auto preview = f.run(*ruleId, true);
    QVERIFY(preview);
    QCOMPARE(preview->run.id, 0);
    QVERIFY(preview->jobIds.isEmpty());
    QCOMPARE(preview->plan.size(), f.list(4).members.size());
    auto real = f.run(*ruleId);
    QVERIFY(real);
    QCOMPARE(real->run.newMembers, int(f.list(4).members.size())); // the preview took nobody
    QCOMPARE(real->run.planned, preview->run.planned);
}

void TestRuleRun::aBigListWithFewNewMembersCostsItsPagesAndOneBatchRead()
{
    Sandbox::SandboxConfig config;
    config.contactCount = 10100;
    config.listMembers = 10000; // "Newsletter subscribers (all regions)", the last list
    Fixture f(config);
    QVERIFY(f.setUp());
    const int big = int(f.state().data().lists.size()) - 1;
    const Sandbox::ContactList &list = f.list(big);
    QCOMPARE(list.members.size(), 10000);
    const auto ruleId = f.save(f.rule(big, QStringLiteral("Newsletter")));
    QVERIFY(ruleId);
    // Every member handled by an earlier run (recorded as the rule's jobs record them).
    EnrollmentJobRecord job;
    job.portalId = kPortalId;
    job.sequenceId = f.rule(big).sequenceId;
    job.senderEmail = f.rule(big).senders.first().toLower();
    job.source = EnrollmentSource::Cli;
    job.createdAt = f.clock.nowUtc();
    job.state = JobState::Completed;
    job.ruleId = *ruleId;
    QList<EnrollmentItemRecord> items;
    for (qint64 id : list.members) {
        EnrollmentItemRecord i;
        i.contactId = QString::number(id);
        i.state = ItemState::Skipped;
        items << i;
    }
    QVERIFY(f.h.call([job, items](Stores &s) { return s.enrollments.createJob(job, items); })
                .value_or(std::nullopt));
    // 20 join (a list of newsletter subscribers is DYNAMIC: HubSpot adds them; here the
    // sandbox's control does).
    const QList<qint64> joined = f.freshContacts(20);
    QCOMPARE(joined.size(), 20);
    QVERIFY(f.addMembers(list.listId, joined));
    f.h.server.resetStats();
    auto run = f.run(*ruleId);
    QVERIFY(run);
    QCOMPARE(run->run.members, 10020);
    QCOMPARE(run->run.newMembers, 20);
    const auto requests = f.h.server.stats().requests;
    QCOMPARE(requests.value(QStringLiteral("lists.get")), 1);
    QCOMPARE(requests.value(QStringLiteral("lists.memberships")), 41); // 10,020 / 250
    QCOMPARE(requests.value(QStringLiteral("contacts.batchRead")), 1); // the 20 new only
    QCOMPARE(f.h.server.stats().total, 43);
    QCOMPARE(run->run.requests, 43);
    QVERIFY(f.runJobs(run->jobIds));
    QCOMPARE(f.h.server.stats().requests.value(QStringLiteral("enroll")), run->run.planned);
}

QTEST_GUILESS_MAIN(TestRuleRun)
#include "tst_rulerun.moc"
