// seqdesk: composition root of the GUI. Builds the services and passes them in.
#include "MainWindow.h"
#include "core/Logging.h"
#include "sandbox/SandboxThread.h"
#include "secrets/KeychainSecretStore.h"
#include "sync/PortalConnector.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeqDesk"));
    QApplication::setApplicationName(QStringLiteral("seqdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("SeqDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SEQDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.seqdesk.SeqDesk"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

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
        SeqDesk::Ui::DemoPortal portal;
        if (!sandbox) {
            SeqDesk::Sandbox::SandboxConfig config; // the seeded demo data
            auto thread = std::make_unique<SeqDesk::Sandbox::SandboxThread>(config);
            if (!thread->start(&portal.error))
                return portal;
            sandbox = std::move(thread);
        }
        portal.baseUrl = sandbox->baseUrl();
        portal.token = SeqDesk::Sandbox::SandboxConfig().token;
        return portal;
    };

    SeqDesk::Secrets::KeychainSecretStore secrets(QStringLiteral("io.seqdesk.SeqDesk"));
    SeqDesk::Sync::PortalConnector connector(&nam, &secrets);
    SeqDesk::Ui::MainWindow window(&nam, &connector, startDemo);
    window.show();
    if (parser.isSet(demo))
        window.startDemo();
    if (parser.isSet(screenshot)) {
        // Once what is shown is final: the loaded portal, or the welcome screen.
        const QString path = parser.value(screenshot);
        const auto shoot = [&window, path] {
            if (!window.grab().save(path))
                qCritical("could not save the screenshot");
            QApplication::quit();
        };
        if (parser.isSet(demo))
            QObject::connect(&window, &SeqDesk::Ui::MainWindow::portalLoaded, &window, shoot);
        else
            QTimer::singleShot(0, &window, shoot);
    }
    const int code = app.exec();
    sandbox.reset();
    return code;
}
