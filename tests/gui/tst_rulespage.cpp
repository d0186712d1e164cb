// The Rules page offscreen against the demo sandbox, wired as main() wires it: the empty
// page explains rules; the rule dialog names each problem, then saves a valid rule that the
// table shows; Preview shows the dry run (who, as which inbox, why not) and records nothing;
// Run now runs the rule's jobs through the JobRunner and the table and history show the
// run's counts, the sandbox accepting each member once; a run's jobs open from the history;
// Pause, Resume and Delete (history kept); a rule whose sequence is paused stops with its
// reason; long names at 1024 px.
#include "../sandbox/DemoLookup.h"
#include "../sandbox/HttpProbe.h"
#include "GuiHarness.h"
#include "core/Translations.h"
#include "enroll/PlanTableModel.h"
#include "jobs/JobRunner.h"
#include "jobs/RuleScheduler.h"
#include "rules/RuleEditorDialog.h"
#include "rules/RulePreviewDialog.h"
#include "rules/RuleRunsModel.h"
#include "rules/RuleTableModel.h"
#include "rules/RulesPage.h"
#include "rules/RulesPresenter.h"
#include "rules/RunJobsDialog.h"
#include "settings/AppSettings.h"

#include "hubspot/HubSpotClient.h"
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>

using namespace SeqDesk;
using namespace SeqDesk::Store;
using GuiHarness::App;
using Ui::RuleRunsModel;
using Ui::RuleTableModel;

namespace {

// The visible widget `name` under `root`, once it is there.
template<typename T> T *shown(QWidget *root, const char *name)
{
    T *w = nullptr;
    const bool found = QTest::qWaitFor(
        [&] {
            w = root->findChild<T *>(QLatin1String(name));
            return w && w->isVisible();
        },
        5000);
    return found ? w : nullptr;
}

void shot(QWidget *widget, const char *name)
{
    // Labels that just got their text and resized views are laid out first.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    if (const QString dir = qEnvironmentVariable("SEQDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
}

// Clicks the row whose `column` starts with `text`.
bool clickRow(QTableView *table, int column, const QString &text, bool twice = false)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        if (!index.data().toString().startsWith(text))
            continue;
        table->scrollTo(index);
        const QPoint at = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        if (table->currentIndex().row() != row)
            return false;
        if (twice)
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        return true;
    }
    return false;
}

struct Fixture
{
    App app;
    QStringList activities; // of the last runNow()

    bool start(const QSize &size = {1280, 800})
    {
        if (!app.start() || !app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")))
            return false;
        app.window->resize(size);
        QSignalSpy refreshed(app.window.get(), &Ui::MainWindow::rulesRefreshed);
        QTest::mouseClick(app.child<QToolButton>("navRules"), Qt::LeftButton);
        return refreshed.wait(10000) && page()->isVisible();
    }

    Ui::RulesPage *page() const { return app.child<Ui::RulesPage>("rulesPage"); }
    QTableView *table() const { return app.child<QTableView>("ruleTable"); }
    QTableView *history() const { return app.child<QTableView>("ruleHistory"); }
    RuleTableModel *model() const { return page()->model(); }
    const Sandbox::SandboxState &state() const { return app.server.state(); }

    const Sandbox::ContactList *list(const QString &prefix) const
    {
        for (const Sandbox::ContactList &l : state().data().lists) {
            if (l.name.startsWith(prefix))
                return &l;
        }
        return nullptr;
    }
    const Sandbox::Sequence *sequence() const { return DemoLookup::teamSequenceWithSteps(state()); }
    QString email(DemoLookup::Role role) const { return DemoLookup::owner(state(), role).email; }

    // A job on the store thread, waited for.
    template<typename F> auto call(F job)
    {
        using R = std::invoke_result_t<F &, Stores &>;
        auto out = std::make_shared<std::optional<R>>();
        app.store.run(job, &app.context, [out](R r) { *out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out->has_value(); }, 10000))
            qWarning("the store did not answer");
        return *out;
    }

    // A rule over the demo list `listPrefix`, as seqdesk-cli would save it.
    RuleRecord rule(const QString &name, const QString &listPrefix) const
    {
        RuleRecord r;
        r.portalId = app.window->currentPortalId();
        r.name = name;
        r.listId = QString::number(list(listPrefix)->listId);
        r.listName = list(listPrefix)->name;
        r.sequenceId = QString::number(sequence()->id);
        r.senders = {email(DemoLookup::Primary)};
        r.createdAt = r.updatedAt = r.nextRunAt = QDateTime::currentDateTimeUtc();
        return r;
    }

    // Saved in the store, then shown (the page reads the mirror again).
    qint64 add(const RuleRecord &r)
    {
        const auto id = call([r](Stores &s) { return s.rules.create(r); });
        if (!id || !*id)
            return 0;
        QSignalSpy refreshed(app.window.get(), &Ui::MainWindow::rulesRefreshed);
        app.window->reloadPortal();
        return refreshed.wait(10000) ? **id : 0;
    }

    QString cell(qint64 ruleId, int column) const
    {
        const int row = model()->rowOfRule(ruleId);
        return row < 0 ? QString() : model()->index(row, column).data().toString();
    }

    // Run now on the rule, then its jobs to their end; the page showing the result.
    std::optional<Rules::RuleRunResult> runNow(qint64 ruleId)
    {
        if (!page()->selectRule(ruleId))
            return std::nullopt;
        QSignalSpy finished(app.rules.get(), &Jobs::RuleScheduler::runFinished);
        QSignalSpy jobs(app.runner.get(), &Jobs::JobRunner::jobFinished);
        // The page reads the mirror (and the history) again after the run and each job: the
        // read after the last of them counts.
        QSignalSpy history(app.window->findChild<Ui::RulesPresenter *>(),
                           &Ui::RulesPresenter::historyLoaded);
        qsizetype mark = 0;
        QObject guard;
        const auto markNow = [&] {
            mark = history.size();
        };
        QObject::connect(app.rules.get(), &Jobs::RuleScheduler::runFinished, &guard, markNow);
        QObject::connect(app.runner.get(), &Jobs::JobRunner::jobFinished, &guard, markNow);
        // What the row said while the rule ran.
        activities.clear();
        QObject::connect(model(), &QAbstractItemModel::dataChanged, &guard, [this, ruleId] {
            const QString now = model()->activity(ruleId);
            if (!now.isEmpty() && !activities.contains(now))
                activities << now;
        });
        QTest::mouseClick(app.child<QPushButton>("runRuleButton"), Qt::LeftButton);
        if (!finished.wait(30000))
            return std::nullopt;
        const auto result = finished.first().first().value<Rules::RuleRunResult>();
        if (!QTest::qWaitFor([&] { return jobs.size() >= result.jobIds.size(); }, 60000))
            return std::nullopt;
        if (!QTest::qWaitFor(
                [&] { return history.size() > mark && model()->activity(ruleId).isEmpty(); },
                10000))
            return std::nullopt;
        return result;
    }

    bool addMembers(qint64 listId, const QList<qint64> &contacts)
    {
        QJsonArray records;
        for (qint64 c : contacts)
            records.append(QString::number(c));
        QString error;
        return app.server.applyControl(
                   {{QStringLiteral("addListMembers"),
                     QJsonObject {{QStringLiteral("listId"), QString::number(listId)},
                                  {QStringLiteral("recordIds"), records}}}},
                   nullptr, &error)
            == 200;
    }

    // Contacts the sandbox accepted into enrollments, each with its count.
    QHash<qint64, int> accepted() const
    {
        QHash<qint64, int> n;
        for (const Sandbox::Enrollment &e : app.server.acceptedEnrollments())
            ++n[e.contactId];
        return n;
    }

    Ui::RuleEditorDialog *openEditor(const char *button)
    {
        QTest::mouseClick(app.child<QPushButton>(button), Qt::LeftButton);
        auto *dialog = shown<Ui::RuleEditorDialog>(app.window.get(), "ruleEditor");
        const auto *sequences = dialog
            ? dialog->findChild<QListWidget *>(QStringLiteral("ruleSequenceList"))
            : nullptr;
        // Once the mirror's sequences and users are in.
        return sequences && QTest::qWaitFor([&] { return sequences->count() > 0; }, 5000) ? dialog
                                                                                          : nullptr;
    }
};

bool chooseSequence(QDialog *dialog, const QString &name)
{
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("ruleSequenceList"));
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(name)) {
            list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void tickRotation(QDialog *dialog, const QStringList &emails)
{
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("rotationSenders"));
    for (int row = 0; row < list->count(); ++row) {
        bool on = false;
        for (const QString &email : emails)
            on = on || list->item(row)->text().contains(email);
        list->item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

QString problemsOf(QDialog *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("ruleProblems"))->text();
}

} // namespace

class TestRulesPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(qApp); } // English plural forms
    void emptyPageExplainsRulesAndOffersNewRule();
    void dialogNamesEachProblemThenSavesTheRule();
    void previewShowsWhoWouldBeEnrolledAndWhy();
    void runNowEnrollsEachNewMemberOnceAndTheHistoryShowsIt();
    void pauseResumeAndDeleteKeepTheHistory();
    void ruleWhoseSequenceIsPausedStopsWithItsReason();
    void longNamesFitAt1024Pixels();
    void theRulesShareOfTheRateLimitIsTheUsers();
};

void TestRulesPage::emptyPageExplainsRulesAndOffersNewRule()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.app.child<QWidget>("rulesEmptyState")->isVisible());
    QVERIFY(!f.table()->isVisible());
    QVERIFY(
        f.app.child<QLabel>("rulesEmptyMessage")->text().contains(QStringLiteral("HubSpot list")));
    auto *create = f.app.child<QPushButton>("emptyNewRuleButton");
    QVERIFY(create->isEnabled());
    QVERIFY(!f.app.child<QPushButton>("runRuleButton")->isEnabled());
    shot(f.app.window.get(), "rules-empty.png");
    QTest::mouseClick(create, Qt::LeftButton);
    auto *dialog = shown<Ui::RuleEditorDialog>(f.app.window.get(), "ruleEditor");
    QVERIFY(dialog);
    dialog->reject();
}

void TestRulesPage::theRulesShareOfTheRateLimitIsTheUsers()
{
    Settings::AppSettings().setRulesRateSharePercent(50);
    Fixture f;
    QVERIFY(f.start());
    auto *share = f.app.child<QSpinBox>("rulesRateShare");
    QCOMPARE(share->value(), 50); // the default: a half
    std::shared_ptr<HubSpot::HubSpotClient> background;
    QObject context;
    f.app.portals->withClient(
        f.app.window->currentPortalId(), &context,
        [&](std::shared_ptr<HubSpot::HubSpotClient> c, const QString &) { background = c; },
        Sync::PortalSession::ClientUse::Background);
    QTRY_VERIFY(background);
    QCOMPARE(background->config().rateShare, 0.5);
    share->setValue(30);
    QCOMPARE(f.app.portals->backgroundShare(), 0.3);
    QCOMPARE(background->config().rateShare, 0.3); // the client rules already hold, too
    QCOMPARE(Settings::AppSettings().rulesRateSharePercent(), 30);
    Settings::AppSettings().setRulesRateSharePercent(50);
}

void TestRulesPage::dialogNamesEachProblemThenSavesTheRule()
{
    Fixture f;
    QVERIFY(f.start());
    const Sandbox::ContactList *board = f.list(QStringLiteral("Customer advisory board"));
    QVERIFY(board && f.sequence());
    Ui::RuleEditorDialog *dialog = f.openEditor("emptyNewRuleButton");
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveRuleButton"));

    // Nothing filled in: each problem is named, and Save waits.
    QVERIFY(!save->isEnabled());
    QString problems = problemsOf(dialog);
    QVERIFY2(problems.contains(QStringLiteral("The rule needs a name.")), qPrintable(problems));
    QVERIFY(problems.contains(QStringLiteral("Choose the list")));
    QVERIFY(problems.contains(QStringLiteral("Choose the sequence")));
    QVERIFY(problems.contains(QStringLiteral("exactly one sender inbox")));
    QCOMPARE(dialog->problems().size(), 4);
    shot(dialog, "rules-editor-problems.png");

    // The list: searched as the user types, picked from the table.
    dialog->findChild<QLineEdit *>(QStringLiteral("ruleName"))
        ->setText(QStringLiteral("Advisory board to Q4 outreach"));
    auto *lists = dialog->findChild<QTableView *>(QStringLiteral("ruleListTable"));
    QTRY_VERIFY(lists->model()->rowCount() > 1);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("ruleListSearch")),
                     QStringLiteral("advisory"));
    QTRY_COMPARE(lists->model()->rowCount(), 1);
    QVERIFY(clickRow(lists, 0, board->name));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("ruleChosenList"))
                ->text()
                .contains(QString::number(board->listId)));
    QVERIFY(chooseSequence(dialog, f.sequence()->name));
    // A rotation of one inbox is not one.
    dialog->findChild<QRadioButton *>(QStringLiteral("senderRotation"))->click();
    tickRotation(dialog, {f.email(DemoLookup::Primary)});
    QVERIFY(problemsOf(dialog).contains(QStringLiteral("two or more different sender inboxes")));
    QVERIFY(!save->isEnabled());
    dialog->findChild<QRadioButton *>(QStringLiteral("senderSingle"))->click();
    auto *single = dialog->findChild<QComboBox *>(QStringLiteral("singleSender"));
    single->setCurrentIndex(single->findText(f.email(DemoLookup::Primary), Qt::MatchContains));
    dialog->findChild<QSpinBox *>(QStringLiteral("rulePerRun"))->setValue(50);
    // Every list again: the chosen one stays chosen.
    dialog->findChild<QLineEdit *>(QStringLiteral("ruleListSearch"))->clear();
    QTRY_VERIFY(lists->model()->rowCount() > 1);
    QCOMPARE(lists->currentIndex().data().toString(), board->name);
    QTRY_VERIFY2(save->isEnabled(), qPrintable(dialog->problems().join(QLatin1Char('|'))));
    QVERIFY(dialog->problems().isEmpty());
    QVERIFY(problemsOf(dialog).contains(QStringLiteral("Ready to save")));
    shot(dialog, "rules-editor.png");

    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!f.app.window->findChild<Ui::RuleEditorDialog *>(QStringLiteral("ruleEditor")));
    QTRY_COMPARE(f.model()->rowCount(), 1);
    const RuleRecord saved = f.model()->rowAt(0).rule;
    QCOMPARE(saved.name, QStringLiteral("Advisory board to Q4 outreach"));
    QCOMPARE(saved.listId, QString::number(board->listId));
    QCOMPARE(saved.listName, board->name);
    QCOMPARE(saved.senderMode, RuleSenderMode::Single);
    QCOMPARE(saved.senders, QStringList {f.email(DemoLookup::Primary)});
    QCOMPARE(saved.perRun, 50);
    QCOMPARE(saved.everyMinutes, 15);
    QCOMPARE(saved.dailyCap, 1000);
    QCOMPARE(saved.state, RuleState::Enabled); // and due at once
    QVERIFY(saved.nextRunAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(f.cell(saved.id, RuleTableModel::StateColumn), QStringLiteral("Enabled"));
    QCOMPARE(f.cell(saved.id, RuleTableModel::NextRunColumn), QStringLiteral("due now"));
    QCOMPARE(f.cell(saved.id, RuleTableModel::SequenceColumn), f.sequence()->name);
    QCOMPARE(f.cell(saved.id, RuleTableModel::LastRunColumn), QStringLiteral("not yet"));
    QCOMPARE(f.page()->selectedRuleId(), saved.id);

    // Edited: the form shows the rule; a rotation over two inboxes is saved.
    dialog = f.openEditor("editRuleButton");
    QVERIFY(dialog);
    QCOMPARE(dialog->formRule().name, saved.name);
    QCOMPARE(dialog->formRule().listId, saved.listId);
    QTRY_COMPARE(dialog->formRule().sequenceId, saved.sequenceId);
    QCOMPARE(dialog->formRule().senders, saved.senders);
    dialog->findChild<QRadioButton *>(QStringLiteral("senderRotation"))->click();
    tickRotation(dialog, {f.email(DemoLookup::Primary), f.email(DemoLookup::TwoInboxes)});
    save = dialog->findChild<QPushButton *>(QStringLiteral("saveRuleButton"));
    QTRY_VERIFY(save->isEnabled());
    shot(dialog, "rules-editor-rotation.png");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(f.model()->rowAt(0).rule.senderMode, RuleSenderMode::Rotation);
    QCOMPARE(f.cell(saved.id, RuleTableModel::SenderColumn),
             QStringLiteral("Rotation of 2 inboxes"));
    const QString inboxes
        = f.model()->index(0, RuleTableModel::SenderColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(inboxes.contains(f.email(DemoLookup::Primary)));
    QVERIFY(inboxes.contains(f.email(DemoLookup::TwoInboxes)));

    // Its name is taken for the next rule.
    dialog = f.openEditor("newRuleButton");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("ruleName"))->setText(saved.name);
    QVERIFY(problemsOf(dialog).contains(QStringLiteral("Another rule of this portal is called")));
    dialog->reject();
}

void TestRulesPage::previewShowsWhoWouldBeEnrolledAndWhy()
{
    Fixture f;
    QVERIFY(f.start());
    const Sandbox::ContactList *mix = f.list(QStringLiteral("Dry-run mix"));
    QVERIFY(mix);
    RuleRecord r = f.rule(QStringLiteral("Every kind of contact, by rotation"), mix->name);
    r.senderMode = RuleSenderMode::Rotation;
    r.senders = {f.email(DemoLookup::Primary), f.email(DemoLookup::TwoInboxes)};
    r.perRun = 3;
    const qint64 id = f.add(r);
    QVERIFY(id);
    QVERIFY(f.page()->selectRule(id));
    const QHash<qint64, int> before = f.accepted();

    QTest::mouseClick(f.app.child<QPushButton>("previewRuleButton"), Qt::LeftButton);
    auto *preview = shown<Ui::RulePreviewDialog>(f.app.window.get(), "rulePreview");
    QVERIFY(preview);
    auto *rows = preview->findChild<QTableView *>(QStringLiteral("previewTable"))->model();
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), int(mix->members.size()), 20000);
    QMap<QString, int> outcomes;
    QSet<QString> inboxes;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString outcome
            = rows->index(row, Ui::PlanTableModel::OutcomeColumn).data().toString();
        const QString detail = rows->index(row, Ui::PlanTableModel::DetailColumn).data().toString();
        ++outcomes[outcome];
        if (outcome == QStringLiteral("Will enroll")) {
            QVERIFY2(detail.startsWith(QStringLiteral("As ")), qPrintable(detail));
            inboxes << detail.mid(3);
        }
        if (outcome == QStringLiteral("Waits for a later run"))
            QVERIFY2(detail.contains(QStringLiteral("at most 3 per run")), qPrintable(detail));
    }
    QCOMPARE(outcomes.value(QStringLiteral("Will enroll")), 3); // the rule's limit per run
    QVERIFY(outcomes.value(QStringLiteral("Waits for a later run")) > 0); // the others wait
    QVERIFY(outcomes.value(QStringLiteral("Unsubscribed")) > 0);
    QVERIFY(outcomes.value(QStringLiteral("Bounced")) > 0);
    QCOMPARE(inboxes.size(), 2); // the rotation
    const QString summary = preview->findChild<QLabel *>(QStringLiteral("previewSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("3 would be enrolled")), qPrintable(summary));
    preview->resize(1000, 600);
    shot(preview, "rules-preview.png");
    // A dry run: nothing enrolled, no run recorded.
    QCOMPARE(f.accepted(), before);
    QVERIFY(f.call([id](Stores &s) { return s.rules.runs(id, 10); })->isEmpty());
    preview->reject();
}

void TestRulesPage::runNowEnrollsEachNewMemberOnceAndTheHistoryShowsIt()
{
    Fixture f;
    QVERIFY(f.start());
    const Sandbox::ContactList *board = f.list(QStringLiteral("Customer advisory board"));
    const qint64 id = f.add(f.rule(QStringLiteral("Advisory board to Q4 outreach"), board->name));
    QVERIFY(id);
    const int size = int(board->members.size()); // before it grows
    QSet<qint64> members(board->members.cbegin(), board->members.cend());
    const QHash<qint64, int> before = f.accepted();

    // Run 1: every member is new; its jobs run in the JobRunner.
    const auto first = f.runNow(id);
    QVERIFY(first);
    QVERIFY(!first->jobIds.isEmpty());
    QCOMPARE(first->run.newMembers, size);
    const int planned = first->run.planned;
    QVERIFY(planned > 0);
    // While it ran, its row said so: the run's steps, then its job's progress.
    const QString said = f.activities.join(QLatin1Char('|'));
    QVERIFY2(said.contains(QStringLiteral("Running: Reading the list")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Enrolling (job %1): ").arg(first->jobIds.first())),
             qPrintable(said));
    const QString last = f.cell(id, RuleTableModel::LastRunColumn);
    QVERIFY2(
        last.startsWith(QStringLiteral("just now: %1 new, %2 enrolled").arg(size).arg(planned)),
        qPrintable(last));
    QCOMPARE(f.cell(id, RuleTableModel::EnrolledColumn), QString::number(planned));
    const QAbstractItemModel *runs = f.history()->model();
    QTRY_COMPARE(runs->index(0, RuleRunsModel::EnrolledColumn).data().toInt(), planned);
    QCOMPARE(runs->rowCount(), 1);
    QCOMPARE(runs->index(0, RuleRunsModel::StateColumn).data().toString(), QStringLiteral("Done"));
    QCOMPARE(runs->index(0, RuleRunsModel::NewColumn).data().toInt(), size);
    QCOMPARE(runs->index(0, RuleRunsModel::EnrolledColumn).data().toInt(), planned);
    QCOMPARE(runs->index(0, RuleRunsModel::SkippedColumn).data().toInt(), size - planned);

    // Run 2 with nothing new enrolls nobody.
    const auto second = f.runNow(id);
    QVERIFY(second);
    QCOMPARE(second->run.newMembers, 0);
    QVERIFY(f.cell(id, RuleTableModel::LastRunColumn).endsWith(QStringLiteral("no new members")));

    // Run 3 after five contacts joined the list: only they are enrolled.
    QList<qint64> joined;
    for (const Sandbox::Contact &c : f.state().data().contacts) {
        if (c.kind == Sandbox::ContactKind::Normal && !f.state().activeEnrollment(c.id)
            && !members.contains(c.id) && joined.size() < 5)
            joined << c.id;
    }
    QVERIFY(f.addMembers(board->listId, joined));
    const auto third = f.runNow(id);
    QVERIFY(third);
    QCOMPARE(third->run.newMembers, 5);
    QCOMPARE(third->run.planned, 5);
    QCOMPARE(f.cell(id, RuleTableModel::EnrolledColumn), QString::number(planned + 5));
    QTRY_COMPARE(runs->rowCount(), 3);
    QTRY_COMPARE(runs->index(0, RuleRunsModel::EnrolledColumn).data().toInt(), 5);

    // The sandbox accepted each enrolled member once, and only members.
    members.unite(QSet<qint64>(joined.cbegin(), joined.cend()));
    const QHash<qint64, int> after = f.accepted();
    int enrolled = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const int now = it.value() - before.value(it.key());
        if (now == 0)
            continue;
        QCOMPARE(now, 1);
        QVERIFY(members.contains(it.key()));
        ++enrolled;
    }
    QCOMPARE(enrolled, planned + 5);
    shot(f.app.window.get(), "rules-history.png");

    // The first run's jobs and contacts, from the history.
    QVERIFY(clickRow(f.history(), RuleRunsModel::NewColumn, QString::number(size), true));
    auto *jobs = shown<Ui::RunJobsDialog>(f.app.window.get(), "runJobsDialog");
    QVERIFY(jobs);
    QTRY_COMPARE(jobs->jobIds(), first->jobIds);
    auto *list = jobs->findChild<QListWidget *>(QStringLiteral("runJobsList"));
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Job %1").arg(first->jobIds.first())));
    int items = 0;
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        items
            += jobs->findChild<QTableView *>(QStringLiteral("runItemsTable"))->model()->rowCount();
    }
    QCOMPARE(items, size);
    shot(jobs, "rules-run-jobs.png");
    jobs->reject();
}

void TestRulesPage::pauseResumeAndDeleteKeepTheHistory()
{
    Fixture f;
    QVERIFY(f.start());
    const qint64 id
        = f.add(f.rule(QStringLiteral("Advisory board"), QStringLiteral("Customer advisory")));
    QVERIFY(id);
    QVERIFY(f.page()->selectRule(id));
    auto *pause = f.app.child<QPushButton>("pauseRuleButton");
    auto *resume = f.app.child<QPushButton>("resumeRuleButton");
    QVERIFY(pause->isEnabled());
    QVERIFY(!resume->isEnabled());

    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE(f.cell(id, RuleTableModel::StateColumn), QStringLiteral("Paused"));
    QCOMPARE(f.call([id](Stores &s) { return s.rules.rule(id); })->value().state,
             RuleState::Paused);
    QVERIFY(!pause->isEnabled());
    QVERIFY(resume->isEnabled());
    QCOMPARE(f.cell(id, RuleTableModel::NextRunColumn), QStringLiteral("—"));
    QVERIFY(f.call([](Stores &s) {
                 return s.rules.dueRules(QDateTime::currentDateTimeUtc());
             })->isEmpty());

    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_COMPARE(f.cell(id, RuleTableModel::StateColumn), QStringLiteral("Enabled"));
    QVERIFY(pause->isEnabled());

    // A run, then Delete: asked first; the rule goes, its run stays.
    const auto run = f.runNow(id);
    QVERIFY(run);
    QTest::mouseClick(f.app.child<QPushButton>("deleteRuleButton"), Qt::LeftButton);
    auto *box = shown<QMessageBox>(f.app.window.get(), "deleteRuleBox");
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Advisory board")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteRuleButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(f.model()->rowCount(), 0);
    QVERIFY(f.app.child<QWidget>("rulesEmptyState")->isVisible());
    QVERIFY(!f.call([id](Stores &s) { return s.rules.rule(id); })->has_value());
    QCOMPARE(f.call([id](Stores &s) { return s.rules.runs(id, 10); })->size(), 1);
}

void TestRulesPage::ruleWhoseSequenceIsPausedStopsWithItsReason()
{
    Fixture f;
    QVERIFY(f.start());
    // Several rules, as a portal in use has them.
    const qint64 board = f.add(
        f.rule(QStringLiteral("Advisory board to Q4 outreach"), QStringLiteral("Customer")));
    RuleRecord mix = f.rule(QStringLiteral("Every kind of contact, by rotation"),
                            QStringLiteral("Dry-run mix"));
    mix.senderMode = RuleSenderMode::Rotation;
    mix.senders = {f.email(DemoLookup::Primary), f.email(DemoLookup::TwoInboxes)};
    mix.perRun = 3;
    const qint64 rotation = f.add(mix);
    RuleRecord owner
        = f.rule(QStringLiteral("Webinar no-shows, by owner"), QStringLiteral("Webinar"));
    owner.senderMode = RuleSenderMode::ContactOwner;
    owner.senders.clear();
    owner.fallbackSender = f.email(DemoLookup::Primary);
    owner.everyMinutes = 60;
    const qint64 byOwner = f.add(owner);
    RuleRecord paused = f.rule(QStringLiteral("Booth scans"), QStringLiteral("Conference"));
    paused.state = RuleState::Paused;
    const qint64 booth = f.add(paused);
    QVERIFY(board && rotation && byOwner && booth);
    QVERIFY(f.runNow(board));
    QVERIFY(f.runNow(rotation));
    QCOMPARE(f.cell(byOwner, RuleTableModel::SenderColumn),
             QStringLiteral("Contact owner (fallback %1)").arg(f.email(DemoLookup::Primary)));
    QVERIFY(f.cell(rotation, RuleTableModel::LastRunColumn).contains(QStringLiteral("waiting")));

    // Its sequence paused in SeqDesk: the next run stops the rule, with the reason.
    const RuleRecord stopping = f.rule(QStringLiteral("Trial signups"), QStringLiteral("Trial"));
    RuleRecord other = stopping;
    const Sandbox::Sequence *second = DemoLookup::teamSequenceWithSteps(f.state(), 1);
    QVERIFY(second);
    other.sequenceId = QString::number(second->id);
    const qint64 trial = f.add(other);
    QVERIFY(trial);
    const QString portalId = other.portalId;
    const QString sequenceId = other.sequenceId;
    QVERIFY(*f.call([portalId, sequenceId](Stores &s) {
        return s.sequences.setPaused(portalId, sequenceId, true);
    }));
    const auto stopped = f.runNow(trial);
    QVERIFY(stopped);
    QVERIFY(stopped->stopped);
    QTRY_COMPARE(f.cell(trial, RuleTableModel::StateColumn), QStringLiteral("Stopped"));
    const int row = f.model()->rowOfRule(trial);
    const QString why
        = f.model()->index(row, RuleTableModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(why.contains(QStringLiteral("is paused in SeqDesk")), qPrintable(why));
    QVERIFY(f.app.child<QPushButton>("resumeRuleButton")->isEnabled());
    QVERIFY(f.page()->selectRule(board));
    QTRY_VERIFY(f.history()->model()->rowCount() > 0);
    shot(f.app.window.get(), "rules-page.png");
}

void TestRulesPage::longNamesFitAt1024Pixels()
{
    Fixture f;
    QVERIFY(f.start({1024, 768}));
    // A list made the way HubSpot makes one, with a name as long as reps give them.
    const QString listName = QStringLiteral(
        "[EMEA] Customer advisory board \u2014 DACH and Nordics, renewals due in the next two "
        "quarters (owner: CS team North)");
    HttpProbe probe(f.app.server.baseUrl(), f.app.server.token().toUtf8());
    const auto created
        = probe.postJson(QStringLiteral("/crm/v3/lists"),
                         {{QStringLiteral("name"), listName},
                          {QStringLiteral("objectTypeId"), QStringLiteral("0-1")},
                          {QStringLiteral("processingType"), QStringLiteral("MANUAL")}});
    QVERIFY2(created.status == 200, created.body.constData());
    const qint64 listId = QJsonDocument::fromJson(created.body)
                              .object()
                              .value(QStringLiteral("list"))
                              .toObject()
                              .value(QStringLiteral("listId"))
                              .toString()
                              .toLongLong();
    QVERIFY(listId > 0);
    QVERIFY(f.addMembers(listId, f.list(QStringLiteral("Customer"))->members));
    RuleRecord r = f.rule(QStringLiteral("EMEA trial signups who joined after the November "
                                         "webinar, enrolled into onboarding by their owner"),
                          QStringLiteral("Customer"));
    r.listId = QString::number(listId);
    r.listName.clear(); // the run names it
    r.senderMode = RuleSenderMode::Rotation;
    r.senders = {f.email(DemoLookup::Primary), f.email(DemoLookup::TwoInboxes)};
    const qint64 id = f.add(r);
    QVERIFY(f.add(f.rule(QStringLiteral("Booth scans"), QStringLiteral("Conference"))));
    QVERIFY(id);
    QVERIFY(f.runNow(id));
    QCOMPARE(f.cell(id, RuleTableModel::ListColumn), listName);
    QTableView *table = f.table();
    const QHeaderView *header = table->horizontalHeader();
    // Every column is within the table, the short ones whole.
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY(header->length() <= table->viewport()->width());
    for (int c : {RuleTableModel::StateColumn, RuleTableModel::NextRunColumn,
                  RuleTableModel::EnrolledColumn}) {
        const int row = f.model()->rowOfRule(id);
        const QString text = f.model()->index(row, c).data().toString();
        QVERIFY2(header->sectionSize(c) > table->fontMetrics().horizontalAdvance(text),
                 qPrintable(text));
    }
    // A long name is shortened on screen; its tooltip is whole.
    const int row = f.model()->rowOfRule(id);
    QCOMPARE(f.model()->index(row, RuleTableModel::NameColumn).data(Qt::ToolTipRole).toString(),
             r.name);
    QVERIFY(header->sectionSize(RuleTableModel::NameColumn)
            < table->fontMetrics().horizontalAdvance(r.name));
    QVERIFY(header->sectionSize(RuleTableModel::NameColumn) > 80);
    // The names get the room (each about 14 characters or more); the last run, a sentence cut
    // at its end, still says when and how many were new.
    const QFontMetrics metrics = table->fontMetrics();
    for (int c :
         {RuleTableModel::ListColumn, RuleTableModel::SequenceColumn, RuleTableModel::SenderColumn})
        QVERIFY2(header->sectionSize(c) >= metrics.averageCharWidth() * 14,
                 qPrintable(f.model()->headerData(c, Qt::Horizontal).toString()));
    const QString lastRun = f.cell(id, RuleTableModel::LastRunColumn);
    const QString opening = lastRun.left(lastRun.indexOf(QStringLiteral(" new")) + 4);
    QVERIFY2(header->sectionSize(RuleTableModel::LastRunColumn)
                 > metrics.horizontalAdvance(opening + QStringLiteral("…")),
             qPrintable(lastRun));
    shot(f.app.window.get(), "rules-page-1024.png");
}

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
