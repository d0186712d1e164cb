// The main window offscreen against the sandbox (GuiHarness): portals, syncs, filters.
#include "GuiHarness.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace SeqDesk;
using GuiHarness::App;
using Model = Ui::SequenceTableModel;
using Store::SequenceStatus;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void startsOnTheWelcomeScreen();
    void connectButtonOpensTheConnectDialog();
    void demoPortalSyncsAndFiltersByStatusAndSearch();
    void clickDuringASyncStartsNoSecond();
    void demoThatCannotStartSaysWhy();
    void forgetPortalAfterConfirmationShowsTheWelcomeScreen();
    void missingTokenAsksForIt();
    void actionsAndSyncStatusFollowTheCurrentPortal();
    void welcomeScreenListsTheScopesAndCopiesThem();
    void copyDiagnosticsPutsTheReportOnTheClipboard();
    void copyDiagnosticsNamesWhyTheMirrorDidNotOpen();
};

void TestMainWindow::startsOnTheWelcomeScreen()
{
    App app;
    QVERIFY(app.start());
    QVERIFY(app.child<QPushButton>("tryDemoButton")->isVisible());
    QVERIFY(app.child<QPushButton>("connectHubSpotButton")->isVisible());
    QVERIFY(!app.child<QPushButton>("syncDataButton")->isEnabled());
    QVERIFY(!app.child<QAction>("forgetAction")->isEnabled());
    app.shot(QStringLiteral("test-welcome.png"));
}

void TestMainWindow::connectButtonOpensTheConnectDialog()
{
    App app;
    QVERIFY(app.start());
    QTest::mouseClick(app.child<QPushButton>("connectHubSpotButton"), Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = app.window->findChild<QDialog *>(QStringLiteral("connectDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    if (const QString dir = qEnvironmentVariable("SEQDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/connect-dialog.png")));
}

void TestMainWindow::demoPortalSyncsAndFiltersByStatusAndSearch()
{
    App app;
    QVERIFY(app.start());
    const auto data = app.server.state().data();
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    QVERIFY(app.child<QTableView>("sequenceTable")->isVisible());
    QCOMPARE(app.rows()->rowCount(), data.sequences.size());
    QCOMPARE(app.window->currentPortalId(), QStringLiteral("4242424"));

    // Changes in HubSpot, then Sync Data.
    const auto renamed = data.sequences.at(2);
    const auto deleted = data.sequences.at(5);
    const auto it = std::find_if(data.sequences.cbegin() + 6, data.sequences.cend(),
                                 [](const auto &s) { return !s.steps.isEmpty(); });
    QVERIFY(it != data.sequences.cend());
    const auto emptied = *it;
    QVERIFY(app.server.renameSequence(renamed.id, QStringLiteral("Renamed in HubSpot")));
    QVERIFY(app.server.deleteSequence(deleted.id));
    QVERIFY(app.server.clearSequenceSteps(emptied.id));
    auto *syncButton = app.child<QPushButton>("syncDataButton");
    QVERIFY(syncButton->isEnabled());
    QVERIFY(app.clickAndWaitLoaded(syncButton));
    QTRY_VERIFY(app.child<QLabel>("syncStatusText")->text().contains(QStringLiteral("just now")));
    QVERIFY(syncButton->isEnabled());
    QCOMPARE(app.rows()->rowCount(), data.sequences.size()); // the deleted one is kept

    // Pause one in SeqDesk (saved through the store).
    auto *table = app.child<QTableView>("sequenceTable");
    const int pausedRow = app.shownNames().indexOf(data.sequences.at(0).name);
    QVERIFY(pausedRow >= 0);
    table->selectRow(pausedRow);
    app.child<QAction>("pauseAction")->trigger();
    QTRY_COMPARE(app.child<QToolButton>("statusChipPaused")->text(), QStringLiteral("Paused (1)"));
    const auto showcase
        = std::find_if(data.sequences.cbegin() + 6, data.sequences.cend(),
                       [&](const auto &s) { return s.steps.size() >= 4 && s.id != emptied.id; });
    if (showcase != data.sequences.cend())
        table->selectRow(app.shownNames().indexOf(showcase->name));
    app.shot(QStringLiteral("test-sequences-page.png"));

    // Each status chip alone shows exactly the rows of its status, as many as it says.
    int draftsInHubSpot = 0;
    for (const auto &s : data.sequences)
        draftsInHubSpot += (s.steps.isEmpty() && s.id != deleted.id) ? 1 : 0;
    struct Expect
    {
        const char *chip;
        SequenceStatus status;
        int rows;
    };
    const int total = int(data.sequences.size());
    const QList<Expect> expected {
        {"statusChipPaused", SequenceStatus::Paused, 1},
        {"statusChipArchived", SequenceStatus::Archived, 1},
        {"statusChipDraft", SequenceStatus::Draft, draftsInHubSpot + 1},
        {"statusChipActive", SequenceStatus::Active, total - 1 - 1 - (draftsInHubSpot + 1)},
    };
    for (const Expect &e : expected) {
        auto *chip = app.child<QToolButton>(e.chip);
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY2(chip->isChecked(), e.chip);
        const QList<SequenceStatus> shown = app.shownStatuses();
        QCOMPARE(shown.size(), e.rows);
        QCOMPARE(shown.count(e.status), e.rows);
        QVERIFY2(chip->text().endsWith(QStringLiteral("(%1)").arg(e.rows)),
                 qPrintable(chip->text()));
        if (e.status == SequenceStatus::Archived)
            QCOMPARE(app.shownNames(), QStringList {deleted.name});
        if (e.status == SequenceStatus::Draft)
            QVERIFY(app.shownNames().contains(emptied.name));
        QTest::mouseClick(chip, Qt::LeftButton); // off again
    }
    QCOMPARE(app.rows()->rowCount(), total);

    // Search: the renamed sequence by part of its new name, case-insensitive.
    auto *search = app.child<QLineEdit>("sequenceSearch");
    QTest::keyClicks(search, QStringLiteral("renamed in hub"));
    QCOMPARE(app.shownNames(), QStringList {QStringLiteral("Renamed in HubSpot")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("no sequence is called this"));
    QCOMPARE(app.rows()->rowCount(), 0);
    search->clear();
    QCOMPARE(app.rows()->rowCount(), total);
}

void TestMainWindow::clickDuringASyncStartsNoSecond()
{
    App app;
    QVERIFY(app.start());
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    QSignalSpy started(app.portals.get(), &Sync::PortalManager::syncStarted);
    QSignalSpy finished(app.portals.get(), &Sync::PortalManager::syncFinished);
    auto *syncButton = app.child<QPushButton>("syncDataButton");
    QTest::mouseClick(syncButton, Qt::LeftButton);
    QVERIFY(!syncButton->isEnabled()); // while it runs
    QVERIFY(app.child<QProgressBar>("syncProgress")->isVisible());
    QVERIFY(app.child<QToolButton>("cancelSyncButton")->isVisible());
    app.shot(QStringLiteral("syncing.png"));
    app.child<QAction>("syncAction")->trigger(); // the F5 path: refused
    QVERIFY(finished.wait(30000));
    QCOMPARE(started.size(), 1);
    QVERIFY(!finished.wait(300));
    QVERIFY(syncButton->isEnabled());
}

void TestMainWindow::demoThatCannotStartSaysWhy()
{
    App app;
    QVERIFY(app.start());
    app.demoError = QStringLiteral("port in use");
    QTest::mouseClick(app.child<QPushButton>("tryDemoButton"), Qt::LeftButton);
    auto *message = app.child<QLabel>("welcomeMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("port in use")));
}

void TestMainWindow::forgetPortalAfterConfirmationShowsTheWelcomeScreen()
{
    App app;
    QVERIFY(app.start());
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));

    // Cancel first: nothing happens.
    app.child<QAction>("forgetAction")->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = app.window->findChild<QMessageBox *>(QStringLiteral("forgetPortalBox"))));
    QVERIFY(box->text().contains(QStringLiteral("Acme Software")));
    QTRY_VERIFY(box->isVisible());
    if (const QString dir = qEnvironmentVariable("SEQDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(box->grab().save(dir + QStringLiteral("/forget-portal.png")));
    QSignalSpy forgotten(app.portals.get(), &Sync::PortalManager::forgotten);
    box->button(QMessageBox::Cancel)->click();
    // A forget would have reached the store before this round trip ends (jobs run in order).
    std::optional<int> stored;
    app.store.run([](Store::Stores &s) { return int(s.portals.portals().size()); }, &app.context,
                  [&](int n) { stored = n; });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(*stored, 1);
    QCOMPARE(forgotten.size(), 0);
    QCOMPARE(app.portals->portals().size(), 1);

    app.child<QAction>("forgetAction")->trigger();
    QTRY_VERIFY((box = app.window->findChild<QMessageBox *>(QStringLiteral("forgetPortalBox"))));
    QTRY_VERIFY(box->isVisible());
    app.child<QPushButton>("confirmForgetButton")->click();
    QVERIFY(forgotten.wait(10000));
    QTRY_VERIFY(app.child<QPushButton>("tryDemoButton")->isVisible());
    QVERIFY(app.window->currentPortalId().isEmpty());
    QVERIFY(!app.child<QPushButton>("syncDataButton")->isEnabled());
}

void TestMainWindow::missingTokenAsksForIt()
{
    App app;
    QVERIFY(app.start());
    // A portal connected in an earlier session whose token is no longer in the keychain.
    Store::PortalRecord p;
    p.portalId = QStringLiteral("777");
    p.name = QStringLiteral("Lost token portal");
    p.baseUrl = app.server.baseUrl().toString();
    std::optional<bool> saved;
    app.store.run([p](Store::Stores &s) { return s.portals.upsert(p); }, &app.context,
                  [&](bool ok) { saved = ok; });
    QTRY_VERIFY(saved.has_value() && *saved);
    // Reconnecting the demo re-reads nothing; a fresh manager over the same mirror does.
    app.window.reset();
    app.portals.reset();
    Sync::SyncScheduler scheduler(nullptr);
    Sync::PortalManager portals(&app.nam, &app.secrets, &app.store, &scheduler, {}, &app.policy);
    Ui::MainWindow window(&portals, &app.connector, &app.store);
    window.show();
    QSignalSpy loaded(&portals, &Sync::PortalManager::loaded);
    portals.load(); // never synced: the startup sync reads the keychain, finds nothing
    QVERIFY(loaded.wait(10000));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("tokenProblemBox"))));
    QVERIFY(box->text().contains(QStringLiteral("Lost token portal")));
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("syncStatusText"))
                    ->text()
                    .contains(QStringLiteral("failed")));
}

void TestMainWindow::actionsAndSyncStatusFollowTheCurrentPortal()
{
    App app;
    // A real portal synced an hour ago (no startup sync), its token in the keychain.
    QVERIFY(app.start());
    Store::PortalRecord real;
    real.portalId = QStringLiteral("777");
    real.name = QStringLiteral("Zeta Corp");
    real.baseUrl = app.server.baseUrl().toString();
    real.lastSyncAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    std::optional<bool> saved;
    app.store.run([real](Store::Stores &s) { return s.portals.upsert(real); }, &app.context,
                  [&](bool ok) { saved = ok; });
    QTRY_VERIFY(saved.has_value() && *saved);
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    QCOMPARE(app.window->currentPortalId(), QStringLiteral("4242424")); // the demo is shown
    QVERIFY(!app.child<QAction>("tokenAction")->isEnabled()); // the demo has no token

    // A manager that knows both (as after a restart), the demo shown first.
    app.window.reset();
    app.portals.reset();
    Sync::SyncScheduler scheduler(nullptr);
    Sync::PortalManager portals(&app.nam, &app.secrets, &app.store, &scheduler, {}, &app.policy);
    Ui::MainWindow window(&portals, &app.connector, &app.store);
    window.show();
    QSignalSpy loaded(&portals, &Sync::PortalManager::loaded);
    portals.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(portals.portals().size(), 2);
    window.selectPortal(QStringLiteral("4242424"));
    auto *token = window.findChild<QAction *>(QStringLiteral("tokenAction"));
    QVERIFY(!token->isEnabled());
    window.selectPortal(QStringLiteral("777"));
    QVERIFY(token->isEnabled());

    // Zeta syncs (its keychain read is under way) while the demo is shown; switching back
    // shows its run, with cancel, at once.
    app.secrets.write(Secrets::SecretStore::portalTokenKey(QStringLiteral("777")),
                      QStringLiteral("pat-na1-zeta"), nullptr,
                      [](const Secrets::SecretResult &) {});
    window.selectPortal(QStringLiteral("4242424"));
    QVERIFY(portals.sync(QStringLiteral("777"), Store::SyncTrigger::Manual));
    auto *syncButton = window.findChild<QPushButton *>(QStringLiteral("syncDataButton"));
    QVERIFY(syncButton->isEnabled()); // the demo is idle
    window.selectPortal(QStringLiteral("777"));
    QVERIFY(!syncButton->isEnabled());
    QVERIFY(window.findChild<QToolButton *>(QStringLiteral("cancelSyncButton"))->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("syncStatusText"))
                ->text()
                .contains(QStringLiteral("keychain")));
    portals.cancelSync(QStringLiteral("777"));
    QVERIFY(syncButton->isEnabled());
}

void TestMainWindow::welcomeScreenListsTheScopesAndCopiesThem()
{
    App app;
    QVERIFY(app.start());
    const QStringList scopes = Sync::PortalConnector::requiredScopes();
    QCOMPARE(app.child<QLabel>("welcomeScopes")->text().split(QLatin1Char('\n')), scopes);
    QVERIFY(scopes.contains(QStringLiteral("automation.sequences.enrollments.write")));
    QApplication::clipboard()->clear();
    QTest::mouseClick(app.child<QPushButton>("copyScopesButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), scopes.join(QLatin1Char('\n')));
    QVERIFY(!app.child<QLabel>("scopesCopied")->text().isEmpty());
}

void TestMainWindow::copyDiagnosticsPutsTheReportOnTheClipboard()
{
    App app;
    QVERIFY(app.start());
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    QApplication::clipboard()->clear();
    app.child<QAction>("copyDiagnosticsAction")->trigger();
    QTRY_VERIFY(
        QApplication::clipboard()->text().startsWith(QStringLiteral("SeqDesk diagnostics")));
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("4242424")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Platform plugin: ") + QGuiApplication::platformName()));
    QVERIFY(!text.contains(app.server.token().mid(8)));
    QVERIFY(!text.contains(QLatin1Char('@')));
    QCOMPARE(app.window->statusBar()->currentMessage(),
             QStringLiteral("Diagnostics copied to the clipboard"));
}

void TestMainWindow::copyDiagnosticsNamesWhyTheMirrorDidNotOpen()
{
    App app;
    QVERIFY(app.start());
    const QString why = QStringLiteral("schema version 99 is newer than this SeqDesk knows");
    app.window->showStartupError(why); // as main() reports a mirror that does not open
    QApplication::clipboard()->clear();
    app.child<QAction>("copyDiagnosticsAction")->trigger();
    QTRY_VERIFY(
        QApplication::clipboard()->text().startsWith(QStringLiteral("SeqDesk diagnostics")));
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(why), qPrintable(text));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
