// The Rules page's models and words, without a window: the rules table (last run with its
// counts, what a rule does now, next run, the state's reason), the history's columns and
// waiting contacts, the senders of each mode, and the preview's rows (who as which inbox,
// who waits and why, the skips) — under QAbstractItemModelTester.
#include "core/Translations.h"
#include "enroll/PlanTableModel.h"
#include "rules/RulePreviewDialog.h"
#include "rules/RuleRun.h"
#include "rules/RuleRunsModel.h"
#include "rules/RuleTableModel.h"
#include "rules/RuleText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace SeqDesk;
using namespace SeqDesk::Store;
using Enroll::Plan;
using Enroll::PlannedContact;
using Ui::RuleRunsModel;
using Ui::RuleTableModel;
using Ui::RuleText;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

RuleRecord rule(qint64 id, const QString &name, RuleState state = RuleState::Enabled)
{
    RuleRecord r;
    r.id = id;
    r.portalId = QStringLiteral("4242424");
    r.name = name;
    r.listId = QStringLiteral("105");
    r.listName = QStringLiteral("Webinar no-shows");
    r.sequenceId = QStringLiteral("712011983");
    r.senders = {QStringLiteral("ana@acme.example")};
    r.state = state;
    r.nextRunAt = kNow.addSecs(12 * 60);
    return r;
}

RuleRunRecord run(int newMembers, int enrolled, int skipped, int minutesAgo = 5)
{
    RuleRunRecord r;
    r.id = 7;
    r.state = RuleRunState::Done;
    r.startedAt = kNow.addSecs(-60 * minutesAgo);
    r.finishedAt = r.startedAt.addSecs(3);
    r.members = 120;
    r.newMembers = newMembers;
    r.planned = enrolled;
    r.enrolled = enrolled;
    r.skipped = skipped;
    r.message = QStringLiteral("done");
    return r;
}

PlannedContact contact(const QString &id, Plan plan, const QString &detail = QString())
{
    PlannedContact c;
    c.input = c.contactId = id;
    c.email = id + QStringLiteral("@example.com");
    c.plan = plan;
    c.detail = detail;
    return c;
}

} // namespace

class TestRuleModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(qApp); }
    void lastRunSaysWhenAndWhatItDid();
    void waitingCountsWhatIsStillToSendAndWhatWasLeftForLater();
    void senderOfEachMode();
    void tableShowsRulesTheirActivityAndWhyTheyStopped();
    void historyShowsEachRunsCounts();
    void previewRowsPutTheEnrolledFirstThenWhoWaitsThenTheSkips();
};

void TestRuleModels::lastRunSaysWhenAndWhatItDid()
{
    QCOMPARE(RuleText::lastRun(run(4, 3, 1), kNow),
             QStringLiteral("5 min ago: 4 new, 3 enrolled, 1 skipped"));
    QCOMPARE(RuleText::lastRun(run(0, 0, 0, 0), kNow), QStringLiteral("just now: no new members"));
    QCOMPARE(RuleText::lastRun(run(2, 2, 0, 180), kNow),
             QStringLiteral("3 h ago: 2 new, 2 enrolled"));
    RuleRunRecord failed = run(0, 0, 0, 20);
    failed.state = RuleRunState::Failed;
    QCOMPARE(RuleText::lastRun(failed, kNow), QStringLiteral("20 min ago: failed"));
    QCOMPARE(RuleText::until(kNow.addSecs(-5), kNow), QStringLiteral("due now"));
    QCOMPARE(RuleText::until(kNow.addSecs(11 * 60 + 30), kNow), QStringLiteral("in 12 min"));
    QCOMPARE(RuleText::until(kNow.addSecs(5 * 3600), kNow), QStringLiteral("in 5 h"));
}

void TestRuleModels::waitingCountsWhatIsStillToSendAndWhatWasLeftForLater()
{
    RuleRunRecord r = run(10, 3, 1);
    r.pending = 1;
    r.deferred = 2;
    // 1 still to send, 2 deferred by the cap, 3 left for a later run (10 new, 7 recorded).
    QCOMPARE(RuleText::waiting(r), 6);
    QCOMPARE(RuleText::counts(r), QStringLiteral("10 new, 3 enrolled, 1 skipped, 6 waiting"));
    QVERIFY(RuleText::waitingDetail(r).contains(QStringLiteral("Left for a later run (no room "
                                                               "in an inbox, or the rule's "
                                                               "limit): 3")));
    r.state = RuleRunState::Failed; // a failed run left nobody for later: it recorded nothing
    QCOMPARE(RuleText::waiting(r), 3);
}

void TestRuleModels::senderOfEachMode()
{
    RuleRecord r = rule(1, QStringLiteral("A"));
    QCOMPARE(RuleText::sender(r), QStringLiteral("ana@acme.example"));
    r.senderMode = RuleSenderMode::Rotation;
    r.senders = {QStringLiteral("ana@acme.example"), QStringLiteral("bo@acme.example"),
                 QStringLiteral("cy@acme.example")};
    QCOMPARE(RuleText::sender(r), QStringLiteral("Rotation of 3 inboxes"));
    QVERIFY(RuleText::senderDetail(r).contains(QStringLiteral("bo@acme.example")));
    r.senderMode = RuleSenderMode::ContactOwner;
    r.senders.clear();
    QCOMPARE(RuleText::sender(r), QStringLiteral("Contact owner (no fallback)"));
    r.fallbackSender = QStringLiteral("ana@acme.example");
    QCOMPARE(RuleText::sender(r), QStringLiteral("Contact owner (fallback ana@acme.example)"));
}

void TestRuleModels::tableShowsRulesTheirActivityAndWhyTheyStopped()
{
    RuleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(kNow);
    Ui::RuleRow enabled {rule(1, QStringLiteral("Trial signups")), QStringLiteral("Onboarding"),
                         run(4, 3, 1), 27};
    Ui::RuleRow paused {rule(2, QStringLiteral("Booth scans"), RuleState::Paused), QString(),
                        std::nullopt, 0};
    RuleRecord stoppedRule = rule(3, QStringLiteral("Old webinar"), RuleState::Stopped);
    stoppedRule.stopReason = QStringLiteral("Its sequence \"Q3\" is archived.");
    Ui::RuleRow stopped {stoppedRule, QStringLiteral("Q3"), std::nullopt, 5};
    model.setRows({enabled, paused, stopped});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfRule(2), 1);
    const auto text = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QCOMPARE(text(0, RuleTableModel::NameColumn), QStringLiteral("Trial signups"));
    QCOMPARE(text(0, RuleTableModel::ListColumn), QStringLiteral("Webinar no-shows"));
    QCOMPARE(text(0, RuleTableModel::SequenceColumn), QStringLiteral("Onboarding"));
    QCOMPARE(text(1, RuleTableModel::SequenceColumn), QStringLiteral("Sequence 712011983"));
    QCOMPARE(text(0, RuleTableModel::LastRunColumn),
             QStringLiteral("5 min ago: 4 new, 3 enrolled, 1 skipped"));
    QCOMPARE(text(1, RuleTableModel::LastRunColumn), QStringLiteral("not yet"));
    QCOMPARE(text(0, RuleTableModel::NextRunColumn), QStringLiteral("in 12 min"));
    QCOMPARE(text(1, RuleTableModel::NextRunColumn), QStringLiteral("—"));
    QCOMPARE(text(0, RuleTableModel::EnrolledColumn), QStringLiteral("27"));
    QCOMPARE(text(2, RuleTableModel::StateColumn), QStringLiteral("Stopped"));
    QCOMPARE(text(2, RuleTableModel::StateColumn, Qt::ToolTipRole),
             QStringLiteral("Stopped by SeqDesk: Its sequence \"Q3\" is archived."));
    QCOMPARE(text(0, RuleTableModel::StateColumn, Qt::ToolTipRole),
             QStringLiteral("Runs every 15 minutes."));
    QCOMPARE(model.index(1, 0).data(RuleTableModel::RuleIdRole).toLongLong(), 2);

    // What a rule does now stands in for its last run, then goes.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setActivity(1, QStringLiteral("Running: reading the list"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(text(0, RuleTableModel::LastRunColumn), QStringLiteral("Running: reading the list"));
    model.setActivity(1, QString());
    QCOMPARE(text(0, RuleTableModel::LastRunColumn),
             QStringLiteral("5 min ago: 4 new, 3 enrolled, 1 skipped"));
    model.setNow(kNow.addSecs(60 * 60)); // time moves on
    QCOMPARE(text(0, RuleTableModel::LastRunColumn),
             QStringLiteral("1 h ago: 4 new, 3 enrolled, 1 skipped"));
    QCOMPARE(text(0, RuleTableModel::NextRunColumn), QStringLiteral("due now"));
}

void TestRuleModels::historyShowsEachRunsCounts()
{
    RuleRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RuleRunRecord first = run(12, 9, 2, 30);
    first.failed = 1;
    RuleRunRecord failed = run(0, 0, 0, 15);
    failed.id = 8;
    failed.state = RuleRunState::Failed;
    failed.message = QStringLiteral("HubSpot did not answer.");
    model.setRuns({failed, first});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(RuleRunsModel::ColumnCount));
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, RuleRunsModel::StateColumn), QStringLiteral("Failed"));
    QCOMPARE(text(0, RuleRunsModel::MessageColumn), QStringLiteral("HubSpot did not answer."));
    QCOMPARE(text(1, RuleRunsModel::MembersColumn), QStringLiteral("120"));
    QCOMPARE(text(1, RuleRunsModel::NewColumn), QStringLiteral("12"));
    QCOMPARE(text(1, RuleRunsModel::EnrolledColumn), QStringLiteral("9"));
    QCOMPARE(text(1, RuleRunsModel::SkippedColumn), QStringLiteral("2"));
    QCOMPARE(text(1, RuleRunsModel::FailedColumn), QStringLiteral("1"));
    QCOMPARE(text(1, RuleRunsModel::WaitingColumn), QStringLiteral("0"));
    QCOMPARE(model.index(1, 0).data(RuleRunsModel::RunIdRole).toLongLong(), 7);
}

void TestRuleModels::previewRowsPutTheEnrolledFirstThenWhoWaitsThenTheSkips()
{
    Rules::RuleRunResult result;
    result.rule = rule(1, QStringLiteral("A"));
    result.rule.perRun = 2;
    result.plan = {contact(QStringLiteral("1"), Plan::Unsubscribed),
                   contact(QStringLiteral("2"), Plan::Enroll),
                   contact(QStringLiteral("3"), Plan::AlreadyEnrolled, QStringLiteral("99")),
                   contact(QStringLiteral("4"), Plan::Enroll),
                   contact(QStringLiteral("5"), Plan::Enroll),
                   contact(QStringLiteral("6"), Plan::Enroll)};
    Rules::Inbox ana {QStringLiteral("ana@acme.example"), QStringLiteral("1"), 10};
    Rules::Inbox bo {QStringLiteral("bo@acme.example"), QStringLiteral("2"), 10};
    result.choice.jobs = {{ana, {result.plan.at(1)}}, {bo, {result.plan.at(3)}}};
    PlannedContact noSender = result.plan.at(5);
    noSender.plan = Plan::NoSender;
    result.choice.skipped = {result.plan.at(0), result.plan.at(2), noSender};
    result.choice.waiting = 1;
    result.run.planned = 2;
    const QList<PlannedContact> rows
        = Ui::RulePreviewDialog::rows(result, {{QStringLiteral("99"), QStringLiteral("Q4 push")}});
    QStringList order;
    for (const PlannedContact &c : rows)
        order << c.contactId;
    QCOMPARE(order,
             QStringList({QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("5"),
                          QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("6")}));
    QCOMPARE(rows.at(0).detail, QStringLiteral("As ana@acme.example"));
    QCOMPARE(rows.at(1).detail, QStringLiteral("As bo@acme.example"));
    QCOMPARE(rows.at(2).plan, Plan::Deferred); // waits: the rule's 2 per run are taken
    QCOMPARE(rows.at(2).detail,
             QStringLiteral("Waits for a later run: the rule enrolls at most 2 per run."));
    QCOMPARE(rows.at(3).plan, Plan::Unsubscribed);
    QCOMPARE(rows.at(4).detail, QStringLiteral("Q4 push")); // the sequence they are in, named
    QCOMPARE(rows.at(5).plan, Plan::NoSender);
    QVERIFY(rows.at(5).detail.contains(QStringLiteral("no fallback inbox")));

    // In a dialog: the outcome of those who wait says so.
    Ui::RulePreviewDialog dialog(QStringLiteral("A"));
    dialog.showResult(result, {});
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("previewTable"));
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 6);
    QCOMPARE(table->model()->index(2, Ui::PlanTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("Waits for a later run"));
    QCOMPARE(table->model()->index(0, Ui::PlanTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("Will enroll"));
}

QTEST_MAIN(TestRuleModels)
#include "tst_rulemodels.moc"
