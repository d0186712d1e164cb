// Everyday comfort of the main window: the settings dialog and what it applies, the window's
// and the tables' state kept, shortcuts, Tab through every control, a name for every control,
// desktop notifications only while the window is not active.
#include "GuiHarness.h"
#include "HeaderState.h"
#include "WizardDriver.h"
#include "enroll/EnrollLauncher.h"
#include "enroll/EnrollWizard.h"
#include "rules/RuleRun.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "shell/Notifier.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace SeqDesk;
using GuiHarness::App;

namespace {

class FakeNotifier final : public Ui::Notifier
{
public:
    void notify(const QString &title, const QString &body) override
    {
        shown << title + QStringLiteral(": ") + body;
    }
    QStringList shown;
};

// What a keyboard user must be able to reach and a screen reader must be able to name.
bool isInteractive(QWidget *w, QWidget *top)
{
    if (!w->isVisibleTo(top) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
        return false;
    if (qobject_cast<QScrollBar *>(w) || qobject_cast<QMenu *>(w))
        return false;
    for (QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p))
            return false; // the editor inside: its owner counts
    }
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
        || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QAbstractItemView *>(w);
}

QList<QWidget *> interactive(QWidget *top)
{
    QList<QWidget *> found;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (w->window() == top && isInteractive(w, top))
            found << w;
    }
    return found;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(w->metaObject()->className()),
             w->objectName().isEmpty() && qobject_cast<const QAbstractButton *>(w)
                 ? static_cast<const QAbstractButton *>(w)->text()
                 : w->objectName());
}

// Presses Tab until focus comes back where it started; every widget that had focus (and the
// widgets it is inside of).
QSet<QWidget *> tabAround(QWidget *top)
{
    QSet<QWidget *> reached;
    QWidget *start = QApplication::focusWidget();
    for (int i = 0; i < 400; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        for (QWidget *w = focus; w && w != top; w = w->parentWidget())
            reached.insert(w);
        if (qEnvironmentVariableIsSet("TAB_DEBUG"))
            qDebug() << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
        if (QApplication::focusWidget() == start)
            break;
    }
    return reached;
}

// The visible controls of `top` a screen reader has no name for.
QStringList unnamed(QWidget *top)
{
    QStringList found;
    for (QWidget *w : interactive(top)) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            found << describe(w);
    }
    return found;
}

bool activate(QWidget *w)
{
    w->activateWindow();
    QApplication::setActiveWindow(w);
    return QTest::qWaitForWindowActive(w);
}

} // namespace

class TestComfort final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void settingsAreWrittenAndApplied();
    void restoreDefaultsResetsTheFields();
    void senderPagePreselectsTheDefaultSender();
    void windowComesBackAsItWasLeft();
    void tableColumnsComeBackPerTable();
    void shortcutsGoToEachPageAndFind();
    void tabReachesEveryControlOfEachPage();
    void tabReachesEveryControlOfTheSettings();
    void everyControlHasAName();
    void everyControlOfTheWizardAndTheRuleEditorHasAName();
    void notifiesOnlyWhileNoSeqDeskWindowIsActive();

private:
    std::unique_ptr<QSettings> m_backing;
    QTemporaryDir m_dir;
};

void TestComfort::init()
{
    m_backing = std::make_unique<QSettings>(
        m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + QStringLiteral(".ini")),
        QSettings::IniFormat);
    m_backing->clear();
}

void TestComfort::settingsAreWrittenAndApplied()
{
    App app;
    QVERIFY(app.start());
    QVERIFY(!app.child<QAction>("settingsAction")->isEnabled()); // no settings given
    Settings::AppSettings settings(m_backing.get());
    app.window->useSettings(&settings, &app.scheduler);
    QVERIFY(app.child<QAction>("settingsAction")->isEnabled());
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    const QString portal = app.window->currentPortalId();

    Ui::SettingsDialog *dialog = app.window->openSettings();
    QVERIFY(dialog);
    QSignalSpy owners(dialog, &Ui::SettingsDialog::ownersLoaded);
    QVERIFY(owners.wait(10000));
    auto *sender = dialog->findChild<QComboBox *>(QStringLiteral("defaultSenderCombo"));
    QVERIFY(sender->count() > 1); // "None" and the portal's users
    sender->setCurrentIndex(1);
    const QString email = sender->currentData().toString();
    QVERIFY(email.contains(QLatin1Char('@')));
    dialog->findChild<QSpinBox *>(QStringLiteral("sendCapSpin"))->setValue(250);
    dialog->findChild<QSpinBox *>(QStringLiteral("syncIntervalSpin"))->setValue(6);
    dialog->findChild<QSpinBox *>(QStringLiteral("rateShareSpin"))->setValue(30);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    auto *api = dialog->findChild<QComboBox *>(QStringLiteral("apiVersionCombo"));
    api->setCurrentIndex(api->findData(QStringLiteral("2026-03")));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(settings.defaultSender(portal), email);
    QCOMPARE(settings.sendCap(portal), 250);
    QCOMPARE(settings.syncIntervalHours(), 6);
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(settings.defaultApiVersion(), HubSpot::ApiVersion::D2026_03);
    // Applied at once: the scheduler's interval, the rules' share (and the Rules page shows it).
    QCOMPARE(app.scheduler.interval(), qint64(6) * 3600 * 1000);
    QCOMPARE(app.portals->backgroundShare(), 0.3);
    QCOMPARE(app.child<QSpinBox>("rulesRateShare")->value(), 30);
    QCOMPARE(settings.rulesRateSharePercent(), 30);

    // The Enroll wizard starts with the portal's sender and cap.
    app.window->openEnrollWizard(QString());
    Ui::EnrollWizard *wizard = app.window->enrollLauncher()->wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->draft().dailyCap, 250);
    QCOMPARE(wizard->draft().defaultSender, email);
    wizard->reject();

    // So does a new rule.
    app.window->showRules();
    app.child<QPushButton>("newRuleButton")->click();
    auto *editor = app.window->findChild<QDialog *>(QStringLiteral("ruleEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->findChild<QSpinBox *>(QStringLiteral("ruleDailyCap"))->value(), 250);
    editor->reject();
}

void TestComfort::senderPagePreselectsTheDefaultSender()
{
    App app;
    QVERIFY(app.start());
    Settings::AppSettings settings(m_backing.get());
    app.window->useSettings(&settings, nullptr);
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    const Sandbox::Sequence *sequence = DemoLookup::teamSequenceWithSteps(app.server.state(), 1);
    QVERIFY(sequence);
    const QString email = DemoLookup::owner(app.server.state(), DemoLookup::InboxDiffers).email;
    const auto senderShown = [&](bool withDefault) -> QListWidgetItem * {
        settings.setDefaultSender(app.window->currentPortalId(), withDefault ? email : QString());
        Ui::EnrollWizard *wizard = WizardDriver::openWizardOn(app, QString::number(sequence->id));
        if (!wizard)
            return nullptr;
        auto *list = WizardDriver::in<QListWidget>(wizard, "sequenceList");
        if (!QTest::qWaitFor([&] { return list->currentItem() != nullptr; }, 5000)
            || !WizardDriver::clickNext(wizard))
            return nullptr;
        return WizardDriver::in<QListWidget>(wizard, "senderList")->currentItem();
    };
    QListWidgetItem *none = senderShown(false);
    QVERIFY(!none || !none->text().contains(email)); // not chosen by itself
    app.window->enrollLauncher()->wizard()->reject();
    QTRY_VERIFY(!app.window->enrollLauncher()->wizard());
    QListWidgetItem *chosen = senderShown(true);
    QVERIFY(chosen);
    QVERIFY2(chosen->text().contains(email), qPrintable(chosen->text()));
    app.window->enrollLauncher()->wizard()->reject();
}

void TestComfort::restoreDefaultsResetsTheFields()
{
    App app;
    QVERIFY(app.start());
    Settings::AppSettings settings(m_backing.get());
    settings.setSyncIntervalHours(3);
    settings.setRulesRateSharePercent(80);
    settings.setLanguage(QStringLiteral("es"));
    app.window->useSettings(&settings, &app.scheduler);
    QVERIFY(activate(app.window.get()));
    QTest::keyClick(app.window.get(), Qt::Key_Comma, Qt::ControlModifier); // Ctrl+,
    auto *dialog = app.window->findChild<Ui::SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *hours = dialog->findChild<QSpinBox *>(QStringLiteral("syncIntervalSpin"));
    QCOMPARE(hours->value(), 3);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(hours->value(), 24);
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("rateShareSpin"))->value(), 50);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData(),
             QVariant(QString()));
    QCOMPARE(settings.syncIntervalHours(), 3); // nothing written before OK
    dialog->reject();
    QCOMPARE(settings.syncIntervalHours(), 3); // nor by Cancel
}

void TestComfort::windowComesBackAsItWasLeft()
{
    App app;
    QVERIFY(app.start());
    Settings::AppSettings settings(m_backing.get());
    app.window->useSettings(&settings, nullptr);
    app.window->resize(900, 650);
    QVERIFY(app.window->close());
    QVERIFY(!settings.windowGeometry().isEmpty());

    Ui::MainWindow again(app.portals.get(), &app.connector, &app.store);
    again.useSettings(&settings, nullptr);
    QCOMPARE(again.size(), QSize(900, 650));
}

void TestComfort::tableColumnsComeBackPerTable()
{
    QStandardItemModel model(2, 4);
    {
        QTableView table;
        table.setObjectName(QStringLiteral("comfortTable"));
        table.setModel(&model);
        Ui::HeaderState::track(table.horizontalHeader(), table.objectName());
        table.horizontalHeader()->resizeSection(1, 222);
        table.horizontalHeader()->moveSection(3, 0);
    }
    {
        QTableView other; // another table keeps its own
        other.setModel(&model);
        Ui::HeaderState::track(other.horizontalHeader(), QStringLiteral("otherTable"));
        QVERIFY(other.horizontalHeader()->sectionSize(1) != 222);
    }
    QTableView later; // its model comes after it is tracked
    Ui::HeaderState::track(later.horizontalHeader(), QStringLiteral("comfortTable"));
    later.setModel(&model);
    QCOMPARE(later.horizontalHeader()->sectionSize(1), 222);
    QCOMPARE(later.horizontalHeader()->logicalIndex(0), 3);
}

void TestComfort::shortcutsGoToEachPageAndFind()
{
    App app;
    QVERIFY(app.start());
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    QVERIFY(activate(app.window.get()));
    auto *stack = app.window->findChild<QStackedWidget *>();
    QTest::keyClick(app.window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("analyticsPage"));
    QTest::keyClick(app.window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("rulesPage"));
    QTest::keyClick(app.window.get(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("sequencesPage"));
    app.child<QTableView>("sequenceTable")->setFocus();
    QTest::keyClick(app.window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), app.child<QLineEdit>("sequenceSearch"));
    // The shortcuts are shown where the pages are.
    QVERIFY(app.child<QAction>("showRulesAction")
                ->shortcut()
                .matches(QKeySequence(Qt::CTRL | Qt::Key_3))
            == QKeySequence::ExactMatch);
    QVERIFY(app.child<QWidget>("navRules")->toolTip().contains(QStringLiteral("Ctrl+3")));
}

void TestComfort::tabReachesEveryControlOfEachPage()
{
    App app;
    QVERIFY(app.start());
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    QVERIFY(activate(app.window.get()));
    for (const char *page : {"showSequencesAction", "showAnalyticsAction", "showRulesAction"}) {
        app.child<QAction>(page)->trigger();
        QApplication::processEvents();
        app.child<QWidget>("portalSwitcher")->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(QApplication::focusWidget());
        // The page may still be loading (its store reads on another thread): the controls it
        // offers both before and after the walk are the ones Tab must reach.
        const QList<QWidget *> before = interactive(app.window.get());
        const QSet<QWidget *> reached = tabAround(app.window.get());
        QStringList missed;
        for (QWidget *w : interactive(app.window.get())) {
            if (before.contains(w) && !reached.contains(w))
                missed << describe(w);
        }
        QVERIFY2(missed.isEmpty(),
                 qPrintable(QLatin1String(page) + QStringLiteral(": ")
                            + missed.join(QStringLiteral(", "))));
    }
}

void TestComfort::tabReachesEveryControlOfTheSettings()
{
    App app;
    QVERIFY(app.start());
    Settings::AppSettings settings(m_backing.get());
    app.window->useSettings(&settings, nullptr);
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    Ui::SettingsDialog *dialog = app.window->openSettings();
    QVERIFY(activate(dialog));
    dialog->findChild<QWidget *>(QStringLiteral("syncIntervalSpin"))->setFocus(Qt::TabFocusReason);
    const QSet<QWidget *> reached = tabAround(dialog);
    QStringList missed;
    for (QWidget *w : interactive(dialog)) {
        if (!reached.contains(w))
            missed << describe(w);
    }
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));
    QVERIFY(reached.size() >= 10);
    dialog->reject();
}

void TestComfort::everyControlHasAName()
{
    App app;
    QVERIFY(app.start());
    Settings::AppSettings settings(m_backing.get());
    app.window->useSettings(&settings, nullptr);
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    for (const char *page : {"showSequencesAction", "showAnalyticsAction", "showRulesAction"}) {
        app.child<QAction>(page)->trigger();
        QApplication::processEvents();
        const QStringList found = unnamed(app.window.get());
        QVERIFY2(found.isEmpty(),
                 qPrintable(QLatin1String(page) + QStringLiteral(": ")
                            + found.join(QStringLiteral(", "))));
    }
    Ui::SettingsDialog *dialog = app.window->openSettings();
    const QStringList found = unnamed(dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    dialog->reject();
}

void TestComfort::everyControlOfTheWizardAndTheRuleEditorHasAName()
{
    App app;
    QVERIFY(app.start());
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    app.window->openEnrollWizard(QString());
    Ui::EnrollWizard *wizard = app.window->enrollLauncher()->wizard();
    QVERIFY(wizard);
    QSignalSpy loaded(wizard, &Ui::EnrollWizard::dataLoaded);
    QVERIFY(loaded.wait(10000));
    QStringList found = unnamed(wizard);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    wizard->reject();

    app.window->showRules();
    app.child<QPushButton>("newRuleButton")->click();
    auto *editor = app.window->findChild<QDialog *>(QStringLiteral("ruleEditor"));
    QVERIFY(editor);
    found = unnamed(editor);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    editor->reject();
}

void TestComfort::notifiesOnlyWhileNoSeqDeskWindowIsActive()
{
    App app;
    QVERIFY(app.start());
    FakeNotifier notifier;
    app.window->useNotifier(&notifier);
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    const QString portal = app.window->currentPortalId();

    Store::SyncRunRecord sync;
    sync.status = Store::SyncStatus::Succeeded;
    sync.added = 3;
    Store::EnrollmentJobRecord job;
    job.portalId = QStringLiteral("0"); // not shown: the window does not read it
    job.state = Store::JobState::Completed;
    job.counts.enrolled = 118;
    job.counts.failed = 2;
    Rules::RuleRunResult run;
    run.rule.name = QStringLiteral("Trials");
    run.run.planned = 4;
    const auto emitAll = [&] {
        emit app.portals->syncFinished(portal, sync);
        emit app.runner->jobFinished(job);
        emit app.rules->runFinished(run);
        emit app.rules->runFailed(7, QStringLiteral("HubSpot said no"));
    };

    QVERIFY(activate(app.window.get()));
    emitAll();
    QVERIFY2(notifier.shown.isEmpty(), qPrintable(notifier.shown.join(QLatin1Char('\n'))));

    // A window of SeqDesk's own (the Enroll wizard watching its job, a dialog) is the user
    // being here too.
    QWidget wizard;
    wizard.show();
    QVERIFY(activate(&wizard));
    QVERIFY(!app.window->isActiveWindow());
    emitAll();
    QVERIFY2(notifier.shown.isEmpty(), qPrintable(notifier.shown.join(QLatin1Char('\n'))));

    // The user works in another application: none of SeqDesk's windows is active.
    QApplication::setActiveWindow(nullptr);
    QVERIFY(!QApplication::activeWindow());
    emitAll();
    QCOMPARE(notifier.shown.size(), 4);
    QVERIFY(notifier.shown.at(0).startsWith(QStringLiteral("Sync finished: ")));
    QVERIFY(notifier.shown.at(0).contains(QStringLiteral("3 new")));
    QCOMPARE(notifier.shown.at(1),
             QStringLiteral("Enrollment finished: 118 enrolled, 0 skipped, 2 failed"));
    QVERIFY(notifier.shown.at(2).contains(QStringLiteral("\"Trials\"")));
    QVERIFY(notifier.shown.at(2).contains(QStringLiteral("4 new members")));
    QCOMPARE(notifier.shown.at(3), QStringLiteral("Rule run failed: HubSpot said no"));

    // A sync the user cancelled stays quiet.
    sync.status = Store::SyncStatus::Cancelled;
    emit app.portals->syncFinished(portal, sync);
    QCOMPARE(notifier.shown.size(), 4);
}

int main(int argc, char *argv[])
{
    // The headers' and the window's states go to a settings folder of this run only.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeqDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_comfort"));
    TestComfort test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_comfort.moc"
