// seqdesk: composition root of the GUI. Builds the services and passes them in.
#include "MainWindow.h"
#include "core/Logging.h"
#include "core/Translations.h"
#include "sandbox/SandboxThread.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"
#include "store/StoreWorker.h"
#include "sync/PortalConnector.h"
#include "sync/PortalManager.h"
#include "sync/SyncScheduler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

#include <memory>

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
    SeqDesk::Ui::MainWindow window(&portals, &connector, &store);
    window.show();

    if (parser.isSet(screenshot)) {
        // Once what is shown is final: the synced demo portal, or the welcome screen.
        const QString path = parser.value(screenshot);
        const auto shoot = [&window, path] {
            if (!window.grab().save(path))
                qCritical("could not save the screenshot");
            QApplication::quit();
        };
        if (parser.isSet(demo)) {
            // After this start's sync of the demo portal, not an older mirror of it.
            auto synced = std::make_shared<bool>(false);
            QObject::connect(&portals, &SeqDesk::Sync::PortalManager::syncFinished, &window,
                             [synced] { *synced = true; });
            QObject::connect(&window, &SeqDesk::Ui::MainWindow::portalLoaded, &window,
                             [synced, shoot] {
                                 if (*synced)
                                     shoot();
                             });
        } else
            QObject::connect(&portals, &SeqDesk::Sync::PortalManager::loaded, &window, shoot,
                             Qt::QueuedConnection);
    }
    if (parser.isSet(demo)) {
        QObject::connect(&portals, &SeqDesk::Sync::PortalManager::loaded, &window,
                         [&window] { window.startDemo(); });
    }
    store.open(SeqDesk::Store::Database::defaultPath(), &window, [&](const QString &error) {
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
