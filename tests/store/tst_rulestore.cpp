// rules and rule_runs (RuleStore): a rule round-trips, names are unique per portal among
// rules not deleted, due rules, states, soft delete, and the contacts a rule handled read
// from its jobs' items.
#include "StoreTestSupport.h"

#include <QTest>

using namespace StoreTest;

class TestRuleStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ruleRoundTripsAndNamesAreUniquePerPortal();
    void dueRulesAreEnabledOnesWhoseTimeCame();
    void deletedRuleIsGoneButItsRunsStay();
    void handledContactsAreTheItemsOfTheRulesJobs();
    void runsCountTheirJobsItems();

private:
    RuleRecord rule(const QString &name) const;
    qint64 createJob(qint64 ruleId, qint64 runId, qint64 createdMs,
                     const QList<std::pair<QString, ItemState>> &items);

    std::unique_ptr<TempStore> m_store;
    const QString m_portal = QStringLiteral("42");
};

void TestRuleStore::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->open());
    QVERIFY(m_store->stores->portals.upsert(portal(m_portal)));
}

void TestRuleStore::cleanup()
{
    m_store.reset();
}

RuleRecord TestRuleStore::rule(const QString &name) const
{
    RuleRecord r;
    r.portalId = m_portal;
    r.name = name;
    r.listId = QStringLiteral("105");
    r.listName = QStringLiteral("Webinar no-shows");
    r.sequenceId = QStringLiteral("seq-1");
    r.senderMode = RuleSenderMode::Rotation;
    r.senders = {QStringLiteral("ana@acme.example"), QStringLiteral("bo@acme.example")};
    r.perRun = 50;
    r.perDay = 200;
    r.everyMinutes = 30;
    r.againAfterDays = 90;
    r.dailyCap = 400;
    r.createdAt = r.updatedAt = at(1000);
    r.nextRunAt = at(5000);
    return r;
}

qint64 TestRuleStore::createJob(qint64 ruleId, qint64 runId, qint64 createdMs,
                                const QList<std::pair<QString, ItemState>> &items)
{
    EnrollmentJobRecord job;
    job.portalId = m_portal;
    job.sequenceId = QStringLiteral("seq-1");
    job.senderEmail = QStringLiteral("ana@acme.example");
    job.userId = QStringLiteral("9001");
    job.source = EnrollmentSource::Cli; // seqdesk-cli --run-rules
    job.createdAt = at(createdMs);
    job.ruleId = ruleId;
    job.ruleRunId = runId;
    QList<EnrollmentItemRecord> rows;
    for (const auto &[contact, state] : items) {
        EnrollmentItemRecord i;
        i.contactId = contact;
        i.state = state;
        rows << i;
    }
    const std::optional<qint64> id = m_store->stores->enrollments.createJob(job, rows);
    if (!id)
        qWarning("%s", qPrintable(m_store->stores->enrollments.lastError()));
    return id.value_or(0);
}

void TestRuleStore::ruleRoundTripsAndNamesAreUniquePerPortal()
{
    RuleStore &rules = m_store->stores->rules;
    const std::optional<qint64> id = rules.create(rule(QStringLiteral("No-shows to nurture")));
    QVERIFY2(id, qPrintable(rules.lastError()));
    const std::optional<RuleRecord> read = rules.rule(*id);
    QVERIFY(read);
    QCOMPARE(read->name, QStringLiteral("No-shows to nurture"));
    QCOMPARE(read->senderMode, RuleSenderMode::Rotation);
    QCOMPARE(read->senders, rule(QString()).senders);
    QCOMPARE(read->perRun, 50);
    QCOMPARE(read->perDay, 200);
    QCOMPARE(read->everyMinutes, 30);
    QCOMPARE(read->againAfterDays, 90);
    QCOMPARE(read->dailyCap, 400);
    QCOMPARE(read->state, RuleState::Enabled);
    QCOMPARE(read->nextRunAt, at(5000));
    QVERIFY(!read->lastRunAt.isValid());

    QVERIFY(!rules.create(rule(QStringLiteral("No-shows to nurture")))); // the name is taken
    RuleRecord changed = *read;
    changed.senderMode = RuleSenderMode::ContactOwner;
    changed.senders.clear();
    changed.fallbackSender = QStringLiteral("ana@acme.example");
    changed.updatedAt = at(2000);
    QVERIFY(rules.update(changed));
    QCOMPARE(rules.rule(*id)->senderMode, RuleSenderMode::ContactOwner);
    QVERIFY(rules.rule(*id)->senders.isEmpty());
    QCOMPARE(rules.rule(*id)->fallbackSender, QStringLiteral("ana@acme.example"));
    QVERIFY(rules.setState(*id, RuleState::Stopped, QStringLiteral("The sequence is paused."),
                           at(3000)));
    QCOMPARE(rules.rule(*id)->state, RuleState::Stopped);
    QCOMPARE(rules.rule(*id)->stopReason, QStringLiteral("The sequence is paused."));
    QVERIFY(!rules.rule(*id + 100));
    QVERIFY(!rules.setState(*id + 100, RuleState::Paused, QString(), at(3000)));
}

void TestRuleStore::dueRulesAreEnabledOnesWhoseTimeCame()
{
    RuleStore &rules = m_store->stores->rules;
    RuleRecord later = rule(QStringLiteral("later"));
    later.nextRunAt = at(9000);
    RuleRecord paused = rule(QStringLiteral("paused"));
    paused.state = RuleState::Paused;
    RuleRecord fresh = rule(QStringLiteral("never ran"));
    fresh.nextRunAt = QDateTime();
    const auto a = rules.create(rule(QStringLiteral("due")));
    QVERIFY(a && rules.create(later) && rules.create(paused));
    const auto f = rules.create(fresh);
    QVERIFY(f);
    const QList<RuleRecord> due = rules.dueRules(at(6000));
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).id, *f); // no time yet: due at once
    QCOMPARE(due.at(1).id, *a);
    QCOMPARE(rules.dueRules(at(9000)).size(), 3);
}

void TestRuleStore::deletedRuleIsGoneButItsRunsStay()
{
    RuleStore &rules = m_store->stores->rules;
    const auto id = rules.create(rule(QStringLiteral("Trial signups")));
    QVERIFY(id);
    const auto run = rules.startRun(*id, at(6000));
    QVERIFY(run);
    QVERIFY(rules.remove(*id, at(7000)));
    QVERIFY(!rules.rule(*id));
    QVERIFY(rules.rules(m_portal).isEmpty());
    QVERIFY(rules.dueRules(at(99999)).isEmpty());
    QCOMPARE(rules.runs(*id, 10).size(), 1);
    QVERIFY(rules.create(rule(QStringLiteral("Trial signups")))); // the name is free again
    QVERIFY(!rules.remove(*id, at(8000)));
}

void TestRuleStore::handledContactsAreTheItemsOfTheRulesJobs()
{
    RuleStore &rules = m_store->stores->rules;
    const auto id = rules.create(rule(QStringLiteral("A")));
    const auto other = rules.create(rule(QStringLiteral("B")));
    QVERIFY(id && other);
    QVERIFY(createJob(*id, 1, 10000,
                      {{QStringLiteral("101"), ItemState::Enrolled},
                       {QStringLiteral("102"), ItemState::Skipped},
                       {QStringLiteral("103"), ItemState::Deferred}}));
    QVERIFY(createJob(*id, 2, 20000, {{QStringLiteral("101"), ItemState::Pending}}));
    QVERIFY(createJob(*other, 3, 30000, {{QStringLiteral("104"), ItemState::Enrolled}}));
    QVERIFY(createJob(0, 0, 40000, {{QStringLiteral("105"), ItemState::Enrolled}})); // wizard
    const auto handled = rules.handledContacts(*id);
    QVERIFY(handled);
    QCOMPARE(handled->size(), 3);
    QCOMPARE(handled->value(QStringLiteral("101")), at(20000)); // the newest job
    QCOMPARE(handled->value(QStringLiteral("102")), at(10000));
    QVERIFY(!handled->contains(QStringLiteral("104")));
    // Put to enroll (not skipped) since a time: 101, 103, then 101 again.
    QCOMPARE(rules.plannedSince(*id, at(0)).value_or(-1), 3);
    QCOMPARE(rules.plannedSince(*id, at(15000)).value_or(-1), 1);
}

void TestRuleStore::runsCountTheirJobsItems()
{
    RuleStore &rules = m_store->stores->rules;
    const auto id = rules.create(rule(QStringLiteral("A")));
    QVERIFY(id);
    const auto run = rules.startRun(*id, at(6000));
    QVERIFY(run);
    QVERIFY(createJob(*id, *run, 6100,
                      {{QStringLiteral("101"), ItemState::Enrolled},
                       {QStringLiteral("102"), ItemState::Skipped},
                       {QStringLiteral("103"), ItemState::Failed}}));
    QVERIFY(createJob(*id, *run, 6200, {{QStringLiteral("104"), ItemState::Deferred}}));
    RuleRunRecord r;
    r.id = *run;
    r.ruleId = *id;
    r.startedAt = at(6000);
    r.finishedAt = at(6500);
    r.state = RuleRunState::Done;
    r.members = 120;
    r.newMembers = 4;
    r.planned = 4;
    r.requests = 3;
    r.message = QStringLiteral("4 new members");
    QVERIFY(rules.finishRun(r, at(6000 + 15 * 60000), QStringLiteral("Webinar no-shows (Nov)")));
    const QList<RuleRunRecord> runs = rules.runs(*id, 10);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().state, RuleRunState::Done);
    QCOMPARE(runs.first().members, 120);
    QCOMPARE(runs.first().newMembers, 4);
    QCOMPARE(runs.first().enrolled, 1);
    QCOMPARE(runs.first().skipped, 1);
    QCOMPARE(runs.first().failed, 1);
    QCOMPARE(runs.first().deferred, 1);
    QCOMPARE(runs.first().pending, 0);
    const QList<EnrollmentJobRecord> jobs = m_store->stores->enrollments.ruleRunJobs(*id, *run);
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.first().counts.total(), 3);
    QVERIFY(m_store->stores->enrollments.ruleRunJobs(*id, *run + 1).isEmpty());
    const auto after = rules.rule(*id);
    QCOMPARE(after->lastRunAt, at(6000));
    QCOMPARE(after->nextRunAt, at(6000 + 15 * 60000));
    QCOMPARE(after->listName, QStringLiteral("Webinar no-shows (Nov)"));
    // A run a killed process left running.
    const auto killed = rules.startRun(*id, at(7000));
    QVERIFY(killed);
    QCOMPARE(rules.failInterrupted(*id + 1, QStringLiteral("interrupted"), at(8000)).value_or(-1),
             0); // another rule's
    QCOMPARE(rules.failInterrupted(*id, QStringLiteral("interrupted"), at(8000)).value_or(-1), 1);
    QCOMPARE(rules.runs(*id, 1).first().state, RuleRunState::Failed);
}

QTEST_GUILESS_MAIN(TestRuleStore)
#include "tst_rulestore.moc"
