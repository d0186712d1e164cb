// seqdesk: composition root of the GUI. Builds the services and passes them in.
#include "MainWindow.h"
#include "core/Logging.h"
#include "core/Translations.h"
#include "jobs/DemoHistory.h"
#include "jobs/JobRunner.h"
#include "sandbox/SandboxThread.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"
#include "store/StoreWorker.h"
#include "sync/PortalConnector.h"
#include "sync/PortalManager.h"
#include "sync/SyncScheduler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>

namespace {

// --screenshot: saves the window once what it shows is final (the demo portal synced in this
// run, the current portal's rows, or the welcome screen), then quits; exit code 1 if that
// never comes because the demo failed.
void armScreenshot(SeqDesk::Ui::MainWindow *window, SeqDesk::Sync::PortalManager *portals,
                   const QString &path, bool demo)
{
    using SeqDesk::Sync::PortalManager;
    const auto shoot = [window, path] {
        // After the layout requests already posted (a label that just got its text).
        QTimer::singleShot(0, window, [window, path] {
            if (!window->grab().save(path))
                qCritical("could not save the screenshot");
            QApplication::quit();
        });
    };
    auto ready = std::make_shared<bool>(!demo);
    if (demo) {
        QObject::connect(portals, &PortalManager::syncFinished, window,
                         [portals, ready](const QString &portalId) {
                             const auto p = portals->portal(portalId);
                             *ready = *ready || (p && SeqDesk::Sync::isDemoPortal(*p));
                         });
        QObject::connect(portals, &PortalManager::demoFailed, window, [](const QString &message) {
            qCritical("the demo portal failed: %s", qPrintable(message));
            QApplication::exit(1);
        });
    } else {
        QObject::connect(
            portals, &PortalManager::loaded, window,
            [portals, shoot] {
                if (portals->portals().isEmpty())
                    shoot();
            },
            Qt::QueuedConnection);
    }
    QObject::connect(window, &SeqDesk::Ui::MainWindow::portalLoaded, window, [ready, shoot] {
        if (*ready)
            shoot();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeqDesk"));
    QApplication::setApplicationName(QStringLiteral("seqdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("SeqDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SEQDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.seqdesk.SeqDesk"));

    SeqDesk::Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Gui", "SeqDesk desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("Gui", "Open the embedded demo portal."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("Gui",
                                "Save a screenshot of the window to <file> once the "
                                "portal has loaded, then quit."),
        QApplication::translate("Gui", "file"));
    parser.addOptions({demo, screenshot});
    parser.process(app);

    SeqDesk::Logging::install(SeqDesk::Logging::defaultLogFilePath());

    QNetworkAccessManager nam;
    // The demo portal: the HubSpot sandbox on loopback, in its own thread, started on demand.
    std::unique_ptr<SeqDesk::Sandbox::SandboxThread> sandbox;
    auto startDemo = [&sandbox]() {
        SeqDesk::Sync::DemoEndpoint endpoint;
        if (!sandbox) {
            SeqDesk::Sandbox::SandboxConfig config; // the seeded demo data
            auto thread = std::make_unique<SeqDesk::Sandbox::SandboxThread>(config);
            if (!thread->start(&endpoint.error))
                return endpoint;
            sandbox = std::move(thread);
        }
        endpoint.baseUrl = sandbox->baseUrl();
        endpoint.token = SeqDesk::Sandbox::SandboxConfig().token;
        return endpoint;
    };

    SeqDesk::Store::StoreWorker store;
    SeqDesk::Secrets::KeychainSecretStore secrets(QStringLiteral("io.seqdesk.SeqDesk"));
    SeqDesk::Sync::SyncScheduler scheduler(nullptr);
    SeqDesk::Sync::PortalManager portals(&nam, &secrets, &store, &scheduler, startDemo);
    SeqDesk::Sync::PortalConnector connector(&nam, &secrets);
    const QString databasePath = SeqDesk::Store::Database::defaultPath();
    SeqDesk::Jobs::JobRunner runner(&portals, &store);
    runner.setLockDirectory(QFileInfo(databasePath).absolutePath()); // shared with seqdesk-cli
    // Jobs a killed process left running and those waiting for the send cap go on.
    QObject::connect(&portals, &SeqDesk::Sync::PortalManager::loaded, &runner,
                     [&runner] { runner.resumeWaiting(); });
    SeqDesk::Ui::MainWindow window(&portals, &connector, &store, &runner);
    // The demo portal comes with a sample enrollment history (once, after its first sync), so
    // its Analytics page has something to show.
    QObject::connect(&portals, &SeqDesk::Sync::PortalManager::syncFinished, &window,
                     [&](const QString &portalId, const SeqDesk::Store::SyncRunRecord &run) {
                         const auto portal = portals.portal(portalId);
                         if (!portal || !SeqDesk::Sync::isDemoPortal(*portal)
                             || run.status != SeqDesk::Store::SyncStatus::Succeeded)
                             return;
                         const QDateTime now = QDateTime::currentDateTimeUtc();
                         store.run(
                             [portalId, now](SeqDesk::Store::Stores &s) {
                                 return SeqDesk::Jobs::seedDemoHistory(s, portalId, now);
                             },
                             &window,
                             [&window](int jobs) {
                                 if (jobs > 0)
                                     window.reloadPortal();
                             });
                     });
    window.show();

    if (parser.isSet(screenshot))
        armScreenshot(&window, &portals, parser.value(screenshot), parser.isSet(demo));
    if (parser.isSet(demo)) {
        QObject::connect(&portals, &SeqDesk::Sync::PortalManager::loaded, &window,
                         [&window] { window.startDemo(); });
    }
    store.open(databasePath, &window, [&](const QString &error) {
        if (!error.isEmpty()) {
            window.showStartupError(error);
            if (parser.isSet(screenshot))
                QApplication::exit(1);
            return;
        }
        portals.load();
    });
    const int code = app.exec();
    sandbox.reset();
    return code;
}
