#include "MainWindow.h"

#include "ConnectDialog.h"
#include "DiagnosticsCopier.h"
#include "WelcomePage.h"
#include "analytics/AnalyticsPage.h"
#include "analytics/AnalyticsPresenter.h"
#include "enroll/EnrollLauncher.h"
#include "enroll/EnrollWizard.h"
#include "hubspot/ApiVersion.h"
#include "jobs/JobRunner.h"
#include "rules/RulesPage.h"
#include "rules/RulesPresenter.h"
#include "sequences/SequencesPage.h"
#include "sequences/SequencesPresenter.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "shell/ActivityNotices.h"
#include "shell/PortalSwitcher.h"
#include "shell/SyncStatusWidget.h"
#include "sync/PortalManager.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace SeqDesk::Ui {

using Store::SyncRunRecord;
using Store::SyncStatus;

MainWindow::MainWindow(Sync::PortalManager *portals, Sync::PortalConnector *connector,
                       Store::StoreWorker *store, Jobs::JobRunner *runner,
                       Jobs::RuleScheduler *rules, QWidget *parent)
    : QMainWindow(parent)
    , m_portals(portals)
    , m_connector(connector)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_sequences(new SequencesPage(this))
    , m_presenter(new SequencesPresenter(store, m_sequences, this))
    , m_portalInfo(new QLabel(this))
    , m_analytics(new AnalyticsPage(this))
    , m_analyticsPresenter(new AnalyticsPresenter(store, runner, m_analytics, this))
    , m_page(m_sequences)
    , m_rules(new RulesPage(this))
    , m_rulesPresenter(new RulesPresenter({portals, store, runner, rules}, m_rules, this))
    , m_diagnostics(new DiagnosticsCopier(store, this))
    , m_store(store)
    , m_runner(runner)
    , m_ruleScheduler(rules)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SeqDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.seqdesk.SeqDesk.svg")));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_sequences);
    m_stack->addWidget(m_analytics);
    m_stack->addWidget(m_rules);
    setCentralWidget(m_stack);
    m_enroll = new EnrollLauncher(EnrollServices {portals, store, runner}, this, statusBar());
    createActions();
    createToolBar();
    m_portalInfo->setObjectName(QStringLiteral("portalInfo"));
    statusBar()->addPermanentWidget(m_portalInfo);
    statusBar()->showMessage(tr("Opening the local mirror…"));
    resize(1180, 720);

    connect(m_diagnostics, &DiagnosticsCopier::copied, this,
            [this] { statusBar()->showMessage(tr("Diagnostics copied to the clipboard"), 8000); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::openConnectDialog);
    connect(m_switcher, &PortalSwitcher::currentPortalChanged, this, &MainWindow::showPortal);
    connect(m_syncStatus, &SyncStatusWidget::syncRequested, m_syncAction, &QAction::trigger);
    connect(m_syncStatus, &SyncStatusWidget::cancelRequested, this,
            [this] { m_portals->cancelSync(currentPortalId()); });

    m_welcome->setEnabled(false); // until the portals are known
    connect(m_portals, &Sync::PortalManager::loaded, this, [this] {
        m_welcome->setEnabled(true);
        statusBar()->showMessage(tr("Ready"), 3000);
    });
    connect(m_portals, &Sync::PortalManager::portalsChanged, this, &MainWindow::onPortalsChanged);
    connect(m_portals, &Sync::PortalManager::portalOpened, this, &MainWindow::selectPortal);
    connect(m_portals, &Sync::PortalManager::syncStarted, this, [this](const QString &id) {
        if (id == currentPortalId())
            updateSyncStatus();
    });
    connect(m_portals, &Sync::PortalManager::syncProgress, this,
            [this](const QString &id, const Sync::SyncProgress &p) {
                if (id == currentPortalId())
                    m_syncStatus->showRunning(p.stage, p.done, p.total, p.cancellable);
            });
    connect(m_portals, &Sync::PortalManager::syncRead, m_presenter,
            &SequencesPresenter::addUnsaved);
    connect(m_portals, &Sync::PortalManager::syncFinished, this, &MainWindow::onSyncFinished);
    connect(m_portals, &Sync::PortalManager::tokenProblem, this, &MainWindow::askForToken);
    connect(m_portals, &Sync::PortalManager::demoFailed, this, [this](const QString &message) {
        const QString text = tr("The demo portal could not start: %1").arg(message);
        m_welcome->setMessage(text);
        statusBar()->showMessage(text);
    });
    connect(m_portals, &Sync::PortalManager::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_portals, &Sync::PortalManager::forgotten, this, [this](const QString &id) {
        statusBar()->showMessage(tr("Portal %1 forgotten: its token and data are gone.").arg(id),
                                 8000);
    });

    connect(m_presenter, &SequencesPresenter::loaded, this, [this] {
        if (!m_portals->isSyncing(currentPortalId()))
            emit portalLoaded();
    });
    connect(m_presenter, &SequencesPresenter::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_sequences, &SequencesPage::enrollRequested, this, &MainWindow::openEnrollWizard);
    connect(m_analytics, &AnalyticsPage::enrollRequested, this,
            [this] { openEnrollWizard(QString()); });
    connect(m_enroll, &EnrollLauncher::openAnalytics, this, &MainWindow::showAnalytics);
    connect(m_analyticsPresenter, &AnalyticsPresenter::refreshed, this,
            &MainWindow::analyticsRefreshed);
    connect(m_rulesPresenter, &RulesPresenter::loaded, this, &MainWindow::rulesRefreshed);
    connect(m_rulesPresenter, &RulesPresenter::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_rulesPresenter, &RulesPresenter::problem, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    if (runner) {
        // "Enrolled through SeqDesk" counts what the job just did.
        connect(runner, &Jobs::JobRunner::jobFinished, this,
                [this](const Store::EnrollmentJobRecord &job) {
                    if (job.portalId == currentPortalId())
                        m_presenter->showPortal(job.portalId, m_portals->unsaved(job.portalId));
                });
    }
    onPortalsChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *portalMenu = menuBar()->addMenu(tr("&Portal"));
    m_connectAction
        = portalMenu->addAction(tr("&Connect HubSpot…"), this, &MainWindow::openConnectDialog);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setShortcut(QKeySequence::New);
    m_connectAction->setEnabled(m_connector != nullptr);
    m_demoAction = portalMenu->addAction(tr("Open the &demo portal"), this, &MainWindow::startDemo);
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    portalMenu->addSeparator();
    m_syncAction = portalMenu->addAction(
        QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Sync Data"), this, [this] {
            const QString id = currentPortalId();
            if (!id.isEmpty() && !m_portals->sync(id, Store::SyncTrigger::Manual))
                statusBar()->showMessage(tr("A sync of this portal is already running."), 4000);
        });
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_tokenAction = portalMenu->addAction(tr("Enter a new &token…"), this,
                                          [this] { openTokenDialog(currentPortalId()); });
    m_tokenAction->setObjectName(QStringLiteral("tokenAction"));
    m_forgetAction = portalMenu->addAction(tr("&Forget portal…"), this, &MainWindow::confirmForget);
    m_forgetAction->setObjectName(QStringLiteral("forgetAction"));
    portalMenu->addSeparator();
    m_enrollAction = portalMenu->addAction(tr("&Enroll contacts…"), this, [this] {
        openEnrollWizard(m_sequences->selectedSequenceId());
    });
    m_enrollAction->setObjectName(QStringLiteral("enrollContactsAction"));
    m_enrollAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    portalMenu->addSeparator();
    m_settingsAction = portalMenu->addAction(tr("Se&ttings…"), this, [this] { openSettings(); });
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // Ctrl+, everywhere, and the platform's own key where it has another one.
    QList<QKeySequence> settingsKeys {QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    if (const QKeySequence platform(QKeySequence::Preferences);
        !platform.isEmpty() && platform != settingsKeys.first())
        settingsKeys.prepend(platform);
    m_settingsAction->setShortcuts(settingsKeys);
    m_settingsAction->setEnabled(false); // until useSettings()
    portalMenu->addSeparator();
    QAction *quit = portalMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    createViewMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SeqDesk"), this, [this] {
        QMessageBox::about(this, tr("About SeqDesk"),
                           tr("<p><b>SeqDesk %1</b></p><p>Bulk enrollment into HubSpot "
                              "sequences, within HubSpot's limits.</p><p>Tokens are kept only "
                              "in the system keychain.</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
    QAction *diagnostics
        = help->addAction(tr("Copy &diagnostics"), m_diagnostics, &DiagnosticsCopier::copy);
    diagnostics->setObjectName(QStringLiteral("copyDiagnosticsAction"));
    diagnostics->setToolTip(tr("Versions, settings, paths, portals and the last errors, for "
                               "a support request: no token and no e-mail address"));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setEnabled(false);
    m_switcher = new PortalSwitcher(&m_portals->policy(), bar);
    bar->addWidget(m_switcher);
    bar->addSeparator();

    // Navigation: the pages of a portal (Enroll opens the wizard).
    auto *group = new QButtonGroup(this);
    const auto navButton = [bar, group](const QString &text, const char *name) {
        auto *button = new QToolButton(bar);
        button->setObjectName(QLatin1String(name));
        button->setText(text);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button);
        bar->addWidget(button);
        return button;
    };
    m_navSequences = navButton(tr("Sequences"), "navSequences");
    m_navSequences->setChecked(true);
    m_navSequences->setToolTip(tr("Every sequence of the portal (Ctrl+1)"));
    connect(m_navSequences, &QToolButton::clicked, this, [this] {
        m_page = m_sequences;
        m_stack->setCurrentWidget(m_page);
    });
    // Enroll opens the wizard (a window of its own): not a page to stay on.
    m_navEnroll = navButton(tr("Enroll"), "navEnroll");
    m_navEnroll->setCheckable(false);
    group->removeButton(m_navEnroll);
    m_navEnroll->setToolTip(tr("Enroll contacts into a sequence (Ctrl+E)"));
    connect(m_navEnroll, &QToolButton::clicked, m_enrollAction, &QAction::trigger);
    m_navAnalytics = navButton(tr("Analytics"), "navAnalytics");
    m_navAnalytics->setToolTip(
        tr("What SeqDesk enrolled: per sequence, over time, by source (Ctrl+2)"));
    connect(m_navAnalytics, &QToolButton::clicked, this,
            [this] { showAnalytics(QString(), QString()); });
    m_navRules = navButton(tr("Rules"), "navRules");
    m_navRules->setToolTip(
        tr("Enroll the contacts who join a HubSpot list, by themselves (Ctrl+3)"));
    connect(m_navRules, &QToolButton::clicked, this, &MainWindow::showRules);
    for (QAction *action : bar->actions()) { // a toolbar shows or hides its widgets' actions
        if (bar->widgetForAction(action) == m_navRules)
            action->setVisible(m_rulesPresenter->isAvailable());
    }

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_syncStatus = new SyncStatusWidget(bar);
    bar->addWidget(m_syncStatus);
}

QString MainWindow::currentPortalId() const
{
    return m_switcher->currentPortalId();
}

void MainWindow::selectPortal(const QString &portalId)
{
    m_switcher->setCurrentPortal(portalId);
}

void MainWindow::startDemo()
{
    m_welcome->setMessage(QString());
    statusBar()->showMessage(tr("Starting the demo portal…"));
    m_portals->openDemo();
}

void MainWindow::showStartupError(const QString &message)
{
    m_stack->setCurrentWidget(m_welcome);
    m_welcome->setMessage(tr("The local mirror could not be opened: %1").arg(message));
    m_diagnostics->setStoreError(message);
    statusBar()->showMessage(tr("The local mirror could not be opened."));
}

void MainWindow::openConnectDialog()
{
    openConnectDialogFor(QString());
}

void MainWindow::openConnectDialogFor(const QString &portalId)
{
    if (!m_connector)
        return;
    if (m_connectDialog) { // one at a time: they share the connector
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    const auto portal = m_portals->portal(portalId);
    auto *dialog = new ConnectDialog(m_connector, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (portal) {
        Sync::ConnectRequest settings;
        settings.apiVersion = HubSpot::storedApiVersion(portal->apiVersion);
        if (!portal->baseUrl.isEmpty())
            settings.baseUrl = QUrl(portal->baseUrl);
        dialog->presetFor(portal->name, settings);
    } else if (m_settings) {
        dialog->preselectApiVersion(m_settings->defaultApiVersion());
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, portalId] {
        const QString connected = QString::number(dialog->account().portalId);
        if (!portalId.isEmpty() && connected != portalId) {
            statusBar()->showMessage(
                tr("That token belongs to portal %1, not %2: it was connected as another portal.")
                    .arg(connected, portalId));
        }
        m_portals->addConnected(dialog->account(), dialog->request());
    });
    m_connectDialog = dialog;
    dialog->open();
}

void MainWindow::onPortalsChanged()
{
    const QList<Store::PortalRecord> portals = m_portals->portals();
    m_switcher->setPortals(portals); // emits currentPortalChanged when it changed
    const bool any = !portals.isEmpty();
    m_stack->setCurrentWidget(any ? m_page : static_cast<QWidget *>(m_welcome));
    m_toolBar->setVisible(any); // the welcome screen stands alone
    updateActions();
    if (!any) {
        m_presenter->clear();
        m_rulesPresenter->clear();
        m_syncStatus->showNoPortal();
        m_portalInfo->clear();
        setWindowTitle(tr("SeqDesk"));
        return;
    }
    updateSyncStatus();
}

void MainWindow::showPortal(const QString &portalId)
{
    if (portalId.isEmpty())
        return;
    m_sequences->clearFilters();
    m_presenter->showPortal(portalId, m_portals->unsaved(portalId));
    m_analyticsPresenter->setPortals(m_portals->portals(), portalId);
    m_rulesPresenter->showPortal(portalId);
    updateActions();
    updateSyncStatus();
}

void MainWindow::updateActions()
{
    const auto current = m_portals->portal(currentPortalId());
    m_syncAction->setEnabled(current.has_value());
    m_forgetAction->setEnabled(current.has_value());
    m_tokenAction->setEnabled(current && m_portals->policy().canTakeNewToken(*current)
                              && m_connector);
    m_enrollAction->setEnabled(current.has_value() && m_enroll->isAvailable());
    m_navEnroll->setEnabled(m_enrollAction->isEnabled());
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(current.has_value());
}

void MainWindow::reloadPortal()
{
    const QString id = currentPortalId();
    if (id.isEmpty())
        return;
    m_presenter->showPortal(id, m_portals->unsaved(id));
    m_analyticsPresenter->setPortals(m_portals->portals(), id);
    m_rulesPresenter->showPortal(id);
}

void MainWindow::showRules()
{
    m_page = m_rules;
    m_navRules->setChecked(true);
    m_stack->setCurrentWidget(m_page);
    m_rulesPresenter->refresh();
}

void MainWindow::showAnalytics(const QString &portalId, const QString &sequenceId)
{
    m_page = m_analytics;
    m_navAnalytics->setChecked(true);
    m_stack->setCurrentWidget(m_page);
    if (!sequenceId.isEmpty())
        m_analyticsPresenter->showSequence(portalId, sequenceId);
    else
        m_analyticsPresenter->refresh();
    raise();
    activateWindow();
}

void MainWindow::openEnrollWizard(const QString &sequenceId)
{
    m_enroll->open(currentPortalId(), sequenceId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_enroll->confirmClose([this] { close(); })) {
        if (m_settings)
            m_settings->setWindow(saveGeometry(), saveState());
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
}

void MainWindow::updateSyncStatus()
{
    const auto portal = m_portals->portal(currentPortalId());
    if (!portal)
        return;
    setWindowTitle(tr("%1 – SeqDesk").arg(portal->name));
    m_portalInfo->setText(m_portals->policy().description(*portal));
    if (const auto p = m_portals->progress(portal->portalId)) {
        m_syncStatus->showRunning(p->stage, p->done, p->total, p->cancellable);
        return;
    }
    m_syncStatus->showIdle(portal->lastSyncAt, m_portals->lastRun(portal->portalId));
}

void MainWindow::onSyncFinished(const QString &portalId, const SyncRunRecord &run)
{
    const auto portal = m_portals->portal(portalId);
    if (!portal)
        return; // forgotten meanwhile
    const QString name = portal->name;
    switch (run.status) {
    case SyncStatus::Succeeded:
        statusBar()->showMessage(tr("%1 synced: %2 new, %3 changed, %4 archived")
                                     .arg(name)
                                     .arg(run.added)
                                     .arg(run.changed)
                                     .arg(run.archived),
                                 10000);
        break;
    case SyncStatus::Cancelled:
        statusBar()->showMessage(tr("Sync of %1 cancelled; the mirror is as it was.").arg(name),
                                 8000);
        break;
    default:
        statusBar()->showMessage(tr("Sync of %1 failed: %2").arg(name, run.error));
        break;
    }
    if (portalId != currentPortalId())
        return;
    updateSyncStatus();
    m_presenter->showPortal(portalId); // the mirror as the run left it; portalLoaded then
    m_rulesPresenter->refresh(); // the sequences' names and states may have changed
}

void MainWindow::askForToken(const QString &portalId, const QString &message)
{
    if (!m_connector || !m_tokenAsked.isEmpty())
        return;
    const auto portal = m_portals->portal(portalId);
    if (!portal)
        return;
    m_tokenAsked = portalId;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Token needed"),
                                tr("SeqDesk cannot sync %1.").arg(portal->name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("tokenProblemBox"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *enter = box->addButton(tr("Enter Token…"), QMessageBox::AcceptRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::finished, this, [this, box, enter, portalId] {
        m_tokenAsked.clear();
        if (box->clickedButton() == enter)
            openTokenDialog(portalId);
    });
    box->open();
}

void MainWindow::openTokenDialog(const QString &portalId)
{
    const auto portal = m_portals->portal(portalId);
    if (portal && m_portals->policy().canTakeNewToken(*portal))
        openConnectDialogFor(portalId);
}

void MainWindow::confirmForget()
{
    const auto portal = m_portals->portal(currentPortalId());
    if (!portal)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Forget portal"),
                                tr("Forget %1?").arg(portal->name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("forgetPortalBox"));
    box->setInformativeText(
        tr("SeqDesk removes the portal's token from the keychain and its sequences, owners, "
           "sync history and enrollment history from this computer. Nothing changes in "
           "HubSpot; you can connect the portal again later."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *forget = box->addButton(tr("Forget Portal"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("confirmForgetButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    const QString id = portal->portalId;
    connect(box, &QMessageBox::finished, this, [this, box, forget, id] {
        if (box->clickedButton() == forget)
            m_portals->forget(id);
    });
    box->open();
}

void MainWindow::createViewMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find"), this, &MainWindow::focusFind);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    edit->addAction(m_settingsAction); // also in the Portal menu, where it was looked for

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto page = [this, view](const QString &text, const char *name, int key, auto show) {
        QAction *action = view->addAction(text, this, show);
        action->setObjectName(QLatin1String(name));
        action->setShortcuts({QKeySequence(Qt::CTRL | key), QKeySequence(Qt::ALT | key)});
        return action;
    };
    QAction *sequences = page(tr("&Sequences"), "showSequencesAction", Qt::Key_1,
                              [this] { m_navSequences->click(); });
    QAction *analytics = page(tr("&Analytics"), "showAnalyticsAction", Qt::Key_2,
                              [this] { showAnalytics(QString(), QString()); });
    QAction *rules = page(tr("&Rules"), "showRulesAction", Qt::Key_3, [this] { showRules(); });
    rules->setVisible(m_rulesPresenter->isAvailable());
    m_pageActions = {sequences, analytics, rules};
}

void MainWindow::focusFind()
{
    // The current page's search field, or its first filter.
    for (const char *name : {"sequenceSearch", "rangeFilter", "ruleTable"}) {
        auto *field = m_page->findChild<QWidget *>(QLatin1String(name));
        if (!field || !field->isVisible())
            continue;
        field->setFocus(Qt::ShortcutFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
        return;
    }
}

void MainWindow::useSettings(Settings::AppSettings *settings, Sync::SyncScheduler *scheduler)
{
    m_settings = settings;
    m_scheduler = scheduler;
    m_settingsAction->setEnabled(settings != nullptr);
    if (!settings)
        return;
    m_enroll->useSettings(settings);
    m_rulesPresenter->useSettings(settings);
    if (const QByteArray geometry = settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings->windowState(); !state.isEmpty())
        restoreState(state);
}

void MainWindow::useNotifier(Notifier *notifier)
{
    new ActivityNotices({m_portals, m_runner, m_ruleScheduler}, notifier, this);
}

SettingsDialog *MainWindow::openSettings()
{
    if (!m_settings)
        return nullptr;
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    auto *dialog = new SettingsDialog({m_settings, m_portals, m_store, m_scheduler},
                                      currentPortalId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_rules->showRateShare(m_settings->rulesRateSharePercent());
        statusBar()->showMessage(tr("Settings saved."), 4000);
    });
    m_settingsDialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace SeqDesk::Ui
