// seqdesk: composition root of the GUI. Builds the services and passes them in.
#include "MainWindow.h"
#include "ScreenshotMode.h"
#include "StartupProbe.h"
#include "core/Logging.h"
#include "core/OwnerOnly.h"
#include "core/Translations.h"
#include "jobs/DemoShowcase.h"
#include "jobs/JobRunner.h"
#include "jobs/RuleScheduler.h"
#include "sandbox/SandboxThread.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "shell/DesktopNotifier.h"
#include "store/Database.h"
#include "store/StoreWorker.h"
#include "sync/PortalConnector.h"
#include "sync/PortalManager.h"
#include "sync/SyncScheduler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>

#include <memory>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // --measure-startup
    sinceMain.start();
    // Whatever it writes is the user's alone: exports, screenshots, settings, the mirror.
    SeqDesk::OwnerOnly::restrictNewFiles();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeqDesk"));
    QApplication::setApplicationName(QStringLiteral("seqdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("SeqDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SEQDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.seqdesk.SeqDesk"));

    // The typed settings (QSettings underneath, renamed keys migrated): read from here on.
    SeqDesk::Settings::AppSettings settings;
    // The language of the interface, dates and numbers: the system's, unless the settings
    // name one of Translations::available() (Settings > Language).
    SeqDesk::Translations::install(&app, settings.language());

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
    const QCommandLineOption page(
        QStringLiteral("page"),
        QApplication::translate("Gui", "The page of the screenshot: %1 (default: sequences).")
            .arg(SeqDesk::Screenshot::pages().join(QStringLiteral(", "))),
        QApplication::translate("Gui", "page"), QStringLiteral("sequences"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("Gui", "The window's size for the screenshot (default: 1280x800)."),
        QApplication::translate("Gui", "WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption measureStartup(
        QStringLiteral("measure-startup"),
        QApplication::translate("Gui",
                                "Print how long the start took (the window's first paint, the "
                                "portal shown), then quit."));
    QCommandLineOption palette(
        QStringLiteral("palette"),
        QApplication::translate("Gui", "dark: a dark palette (to check screenshots)."),
        QStringLiteral("name"));
    palette.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, screenshot, page, size, measureStartup, palette});
    parser.process(app);
    if (parser.value(palette) == QLatin1String("dark"))
        SeqDesk::Screenshot::applyDarkPalette();
    SeqDesk::Screenshot::Request shot;
    shot.path = parser.value(screenshot);
    shot.page = parser.value(page);
    shot.size = SeqDesk::Screenshot::parseSize(parser.value(size));
    shot.demo = parser.isSet(demo);
    if (!SeqDesk::Screenshot::pages().contains(shot.page)) {
        qCritical("%s",
                  qPrintable(QApplication::translate("Gui", "Unknown page \"%1\": use one of %2.")
                                 .arg(shot.page,
                                      SeqDesk::Screenshot::pages().join(QStringLiteral(", ")))));
        return 2;
    }
    if (!shot.size.isValid() || shot.size.width() < 320 || shot.size.height() < 240) {
        qCritical(
            "%s",
            qPrintable(QApplication::translate(
                           "Gui", "The size \"%1\" is not WxH of at least 320x240, e.g. 1024x768.")
                           .arg(parser.value(size))));
        return 2;
    }

    // SeqDesk's data folder (the mirror, the locks, the logs) and its settings' folder,
    // owner-only before they are used.
    const QString databasePath = settings.databasePath(); // the data folder of the last start
    QString modeError;
    const bool ownerOnly
        = SeqDesk::OwnerOnly::ensureTree(QFileInfo(databasePath).absolutePath(), &modeError)
        && SeqDesk::OwnerOnly::ensureTree(QFileInfo(QSettings().fileName()).absolutePath(),
                                          &modeError);
    SeqDesk::Logging::install(SeqDesk::Logging::defaultLogFilePath());
    if (!ownerOnly)
        qWarning("%s", qPrintable(modeError));

    QNetworkAccessManager nam;
    // The demo portal: the HubSpot sandbox on loopback, in its own thread, started on demand,
    // shown as a portal in use (DemoShowcase: every status, a sample history).
    std::unique_ptr<SeqDesk::Sandbox::SandboxThread> sandbox;
    std::unique_ptr<SeqDesk::Jobs::DemoShowcase> showcase;
    auto startDemo = [&sandbox, &showcase]() {
        SeqDesk::Sync::DemoEndpoint endpoint;
        if (!sandbox) {
            SeqDesk::Sandbox::SandboxConfig config; // the seeded demo data
            // New trial signups join their list over time, for the demo's rule to enroll.
            SeqDesk::Sandbox::ListGrowthRule growth;
            growth.count = 3;
            growth.everyMinutes = 10;
            config.settings.listGrowth = {growth};
            auto thread = std::make_unique<SeqDesk::Sandbox::SandboxThread>(config);
            if (!thread->start(&endpoint.error))
                return endpoint;
            sandbox = std::move(thread);
            showcase->prepareSandbox();
        }
        endpoint.baseUrl = sandbox->baseUrl();
        endpoint.token = SeqDesk::Sandbox::SandboxConfig().token;
        return endpoint;
    };
    const auto deleteInSandbox = [&sandbox](const QString &name) {
        const qint64 id = sandbox ? sandbox->sequenceIdNamed(name) : 0;
        return id != 0
            && sandbox->applyControl({{QStringLiteral("deleteSequence"), QString::number(id)}})
            == 200;
    };

    SeqDesk::Store::StoreWorker store;
    SeqDesk::Secrets::KeychainSecretStore secrets(QStringLiteral("io.seqdesk.SeqDesk"));
    SeqDesk::Sync::SyncScheduler scheduler(nullptr);
    scheduler.setInterval(settings.syncIntervalMs());
    // The demo portal's differences (its token, no scheduled syncs, its name), chosen here once.
    const SeqDesk::Sync::DemoPortalPolicy portalPolicy;
    SeqDesk::Sync::PortalManager portals(&nam, &secrets, &store, &scheduler, startDemo,
                                         &portalPolicy);
    SeqDesk::Sync::PortalConnector connector(&nam, &secrets);
    const QString lockDirectory = QFileInfo(databasePath).absolutePath(); // shared with the CLI
    SeqDesk::Jobs::JobRunner runner(&portals, &store);
    runner.setLockDirectory(lockDirectory);
    // Jobs a killed process left running and those waiting for the send cap go on.
    QObject::connect(&portals, &SeqDesk::Sync::PortalManager::loaded, &runner,
                     [&runner] { runner.resumeWaiting(); });
    // Enrollment rules: the due ones every minute, a portal's after its Sync Data; their
    // jobs go to the runner. One run of a rule at a time across processes (rule-N.lock).
    SeqDesk::Jobs::RuleScheduler rules(&portals, &store, &runner);
    // Their share of HubSpot's rate limit, as the Rules page or the settings last set it.
    portals.setBackgroundShare(settings.rulesRateSharePercent() / 100.0);
    rules.setLockDirectory(lockDirectory);
    SeqDesk::Ui::MainWindow window(&portals, &connector, &store, &runner, &rules);
    window.useSettings(&settings, &scheduler);
    SeqDesk::Ui::DesktopNotifier notifier(window.windowIcon());
    window.useNotifier(&notifier);
    const auto findList = [&sandbox](const QString &name) {
        const qint64 id = sandbox ? sandbox->listIdNamed(name) : 0;
        return id != 0 ? QString::number(id) : QString();
    };
    showcase = std::make_unique<SeqDesk::Jobs::DemoShowcase>(&portals, &store, deleteInSandbox,
                                                             findList);
    QObject::connect(showcase.get(), &SeqDesk::Jobs::DemoShowcase::ready, &window,
                     [&window](const QString &portalId) {
                         if (portalId == window.currentPortalId())
                             window.reloadPortal();
                     });
    // A forgotten demo portal starts again from HubSpot's seeded data when it is opened again.
    QObject::connect(&portals, &SeqDesk::Sync::PortalManager::forgotten, &window,
                     [&](const QString &portalId) {
                         if (portalId == showcase->demoPortalId())
                             sandbox.reset();
                     });
    window.show();

    if (parser.isSet(measureStartup))
        SeqDesk::StartupProbe::arm(&window, sinceMain);
    if (parser.isSet(screenshot))
        SeqDesk::Screenshot::arm(&window, &portals, showcase.get(), {&rules, &runner}, shot);
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
    showcase.reset();
    sandbox.reset();
    return code;
}
