// seqdesk-cli: composition root of the command-line tool.
#include "cli/CliOptions.h"
#include "cli/CliRunner.h"
#include "cli/TokenArgument.h"
#include "core/Logging.h"
#include "core/OwnerOnly.h"
#include "core/Translations.h"
#include "mcp/McpHost.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "store/StoreWorker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    SeqDesk::OwnerOnly::restrictNewFiles(); // whatever it writes (a report too) is the user's
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SeqDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("seqdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEQDESK_VERSION));
    // The app's Settings (language, data folder) hold here too: one mirror, one language.
    const std::unique_ptr<QSettings> appFile = SeqDesk::Settings::AppSettings::openAppFile();
    const SeqDesk::Settings::AppSettings settings(appFile.get());
    // The system's language (LANGUAGE, LANG), unless Settings > Language names one.
    SeqDesk::Translations::install(&app, settings.language());

    QTextStream out(stdout);
    QTextStream err(stderr);

    const SeqDesk::Cli::CliParseResult parsed = SeqDesk::Cli::parseCliArguments(
        QCoreApplication::arguments(), settings.rulesRateSharePercent());
    if (!parsed.options) {
        err << parsed.error << QLatin1Char('\n')
            << QCoreApplication::translate("Cli", "Try --help.") << QLatin1Char('\n');
        return SeqDesk::Cli::ExitUsage;
    }

    if (SeqDesk::Cli::hideTokenArguments(argc, argv)) {
        err << QCoreApplication::translate(
            "Cli",
            "Warning: a token given with --token can be read by other users of this "
            "computer (ps). Prefer HUBSPOT_ACCESS_TOKEN, or the keychain: seqdesk-cli "
            "--store-token once, then --portal-id.")
            << QLatin1Char('\n');
        err.flush();
    }

    // SeqDesk's data folder (the mirror, the locks, the logs), owner-only before it is used.
    const QString databasePath = settings.databasePath(); // Settings > Data folder
    QString modeError;
    const bool ownerOnly
        = SeqDesk::OwnerOnly::ensureTree(QFileInfo(databasePath).absolutePath(), &modeError);
    SeqDesk::Logging::install(SeqDesk::Logging::defaultLogFilePath());
    if (!ownerOnly)
        qWarning("%s", qPrintable(modeError));
    QNetworkAccessManager nam;
    SeqDesk::Secrets::KeychainSecretStore secrets(QStringLiteral("io.seqdesk.SeqDesk"));
    SeqDesk::Store::StoreWorker store; // opened only by the commands that need it
    SeqDesk::Cli::CliRunner runner(&nam, &secrets, out, err);
    runner.setStore(&store, databasePath);
    // --mcp: the MCP server takes over stdin and stdout once the client is ready.
    runner.setMcpServe([&app, &store](SeqDesk::HubSpot::HubSpotClient *client,
                                      const SeqDesk::Cli::CliOptions &options,
                                      const QString &dataDirectory,
                                      std::function<void(int)> finish) {
        auto *host = new SeqDesk::Mcp::McpHost(client, &store, options, dataDirectory, &app);
        QObject::connect(host, &SeqDesk::Mcp::McpHost::finished, &app, finish);
        if (!host->start())
            finish(SeqDesk::Cli::ExitNetwork);
    });
    QObject::connect(&runner, &SeqDesk::Cli::CliRunner::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    runner.run(*parsed.options, parsed.helpText, qEnvironmentVariable("HUBSPOT_ACCESS_TOKEN"));
    return app.exec();
}
