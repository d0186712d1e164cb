#pragma once

#include "store/Records.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDialog;
class QLabel;
class QStackedWidget;
class QToolBar;
class QToolButton;
class QCloseEvent;

namespace SeqDesk::Settings {
class AppSettings;
}
namespace SeqDesk::Jobs {
class JobRunner;
class RuleScheduler;
} // namespace SeqDesk::Jobs
namespace SeqDesk::Store {
class StoreWorker;
}
namespace SeqDesk::Sync {
class PortalConnector;
class PortalManager;
class SyncScheduler;
} // namespace SeqDesk::Sync

namespace SeqDesk::Ui {

class AnalyticsPage;
class AnalyticsPresenter;
class DiagnosticsCopier;
class EnrollLauncher;
class Notifier;
class SettingsDialog;
class PortalSwitcher;
class RulesPage;
class RulesPresenter;
class SequencesPage;
class SequencesPresenter;
class SyncStatusWidget;
class WelcomePage;

// The shell: portal switcher, navigation and "Sync Data" in the toolbar, the current page,
// the status bar. With no portal it shows the welcome screen. Pages get their data from
// their presenters; portals and syncs are PortalManager's.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Not owned. `connector` may be null (no "Connect HubSpot" then), so may `runner` (no
    // enrollment then) and `rules` (no rules then).
    MainWindow(Sync::PortalManager *portals, Sync::PortalConnector *connector,
               Store::StoreWorker *store, Jobs::JobRunner *runner = nullptr,
               Jobs::RuleScheduler *rules = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentPortalId() const;
    void selectPortal(const QString &portalId);

    void startDemo();
    // Opens "Connect HubSpot"; on success the portal is added and synced.
    void openConnectDialog();
    // The store could not open: nothing works, say why on the welcome screen.
    void showStartupError(const QString &message);
    // Reads the current portal's pages again (its data changed behind the window's back).
    void reloadPortal();
    // "Enroll contacts" on the current portal, with `sequenceId` preselected (may be empty).
    void openEnrollWizard(const QString &sequenceId);
    // The Analytics page; filtered to the portal's sequence when `sequenceId` is not empty.
    void showAnalytics(const QString &portalId, const QString &sequenceId);
    // The Rules page of the current portal.
    void showRules();
    EnrollLauncher *enrollLauncher() const { return m_enroll; }

    // The settings (Edit > Settings, the window's geometry); restores the window as it was.
    // Not owned; `scheduler` may be null.
    void useSettings(Settings::AppSettings *settings, Sync::SyncScheduler *scheduler);
    // Syncs, jobs and rule runs that end while the window is not active are told through it.
    void useNotifier(Notifier *notifier);
    // Opens Edit > Settings (null without settings).
    SettingsDialog *openSettings();

signals:
    // The current portal's page shows the mirror and no sync of it runs.
    void portalLoaded();
    // The Analytics page shows the numbers of its current filter.
    void analyticsRefreshed();
    // The Rules page shows the portal's rules.
    void rulesRefreshed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateActions();
    // "Connect HubSpot", or a new token for `portalId` when not empty.
    void openConnectDialogFor(const QString &portalId);
    void createToolBar();
    void onPortalsChanged();
    void showPortal(const QString &portalId);
    void updateSyncStatus();
    void onSyncFinished(const QString &portalId, const Store::SyncRunRecord &run);
    void askForToken(const QString &portalId, const QString &message);
    void openTokenDialog(const QString &portalId);
    void confirmForget();
    void createViewMenu();
    void focusFind();

    Sync::PortalManager *m_portals;
    Sync::PortalConnector *m_connector;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    SequencesPage *m_sequences;
    SequencesPresenter *m_presenter;
    QToolBar *m_toolBar = nullptr;
    PortalSwitcher *m_switcher = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QLabel *m_portalInfo;
    QAction *m_connectAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_tokenAction = nullptr;
    QAction *m_forgetAction = nullptr;
    QAction *m_enrollAction = nullptr;
    QToolButton *m_navEnroll = nullptr;
    EnrollLauncher *m_enroll = nullptr;
    AnalyticsPage *m_analytics;
    AnalyticsPresenter *m_analyticsPresenter;
    QWidget *m_page; // the portal page chosen in the navigation
    QToolButton *m_navSequences = nullptr;
    QToolButton *m_navAnalytics = nullptr;
    RulesPage *m_rules;
    RulesPresenter *m_rulesPresenter;
    QToolButton *m_navRules = nullptr;
    QString m_tokenAsked; // the portal whose token question is open
    QPointer<QDialog> m_connectDialog;
    DiagnosticsCopier *m_diagnostics; // Help > Copy diagnostics
    Store::StoreWorker *m_store;
    Jobs::JobRunner *m_runner;
    Jobs::RuleScheduler *m_ruleScheduler;
    Settings::AppSettings *m_settings = nullptr;
    Sync::SyncScheduler *m_scheduler = nullptr;
    QAction *m_settingsAction = nullptr;
    QList<QAction *> m_pageActions; // View: Sequences, Analytics, Rules
    QPointer<SettingsDialog> m_settingsDialog;
};

} // namespace SeqDesk::Ui
