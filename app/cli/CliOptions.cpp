#include "cli/CliOptions.h"

#include "hubspot/HubSpotClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace SeqDesk::Cli {

namespace {

QString exitCodeHelp()
{
    return QCoreApplication::translate(
        "Cli",
        "\nToken: --token, else the HUBSPOT_ACCESS_TOKEN environment variable, else the\n"
        "system keychain entry of --portal-id (saved with --store-token).\n"
        "\nExit codes:\n"
        "  0  success\n"
        "  2  bad usage or input\n"
        "  3  authentication or permission (invalid token, missing scopes)\n"
        "  4  network, server or keychain error\n");
}

} // namespace

CliParseResult parseCliArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "SeqDesk command line: work with HubSpot sequences without the GUI."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help and exit."));
    const QCommandLineOption version(
        QStringLiteral("version"),
        QCoreApplication::translate("Cli", "Show the version and exit."));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QCoreApplication::translate("Cli", "HubSpot API root (https; http only on loopback)."),
        QCoreApplication::translate("Cli", "url"), QStringLiteral("https://api.hubapi.com"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        QCoreApplication::translate("Cli",
                                    "Private-app access token. Prefer HUBSPOT_ACCESS_TOKEN or "
                                    "the keychain: a token on the command line is visible to "
                                    "other local users."),
        QCoreApplication::translate("Cli", "token"));
    const QCommandLineOption portal(
        QStringLiteral("portal-id"),
        QCoreApplication::translate("Cli",
                                    "Portal (hub) id whose token is read from the keychain."),
        QCoreApplication::translate("Cli", "id"));
    const QCommandLineOption apiVersion(
        QStringLiteral("api-version"),
        QCoreApplication::translate("Cli", "API path family: 2026-03 (default) or v4."),
        QCoreApplication::translate("Cli", "version"), QStringLiteral("2026-03"));
    const QCommandLineOption listSequences(
        QStringLiteral("list-sequences"),
        QCoreApplication::translate("Cli", "List sequences (all users' unless --user-id)."));
    const QCommandLineOption storeToken(
        QStringLiteral("store-token"),
        QCoreApplication::translate("Cli",
                                    "Check the token and save it in the system keychain "
                                    "under its portal id."));
    const QCommandLineOption userId(
        QStringLiteral("user-id"),
        QCoreApplication::translate("Cli", "HubSpot user id whose sequences to list."),
        QCoreApplication::translate("Cli", "id"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("Cli", "Print JSON instead of a table."));
    parser.addOptions({help, version, baseUrl, token, portal, apiVersion, listSequences, storeToken,
                       userId, json});

    CliParseResult result;
    result.helpText = parser.helpText() + exitCodeHelp();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QCoreApplication::translate("Cli", "Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst());
        return result;
    }

    CliOptions o;
    if (parser.isSet(help)) {
        o.action = CliAction::Help;
        result.options = o;
        return result;
    }
    if (parser.isSet(version)) {
        o.action = CliAction::Version;
        result.options = o;
        return result;
    }
    const int actions = int(parser.isSet(listSequences)) + int(parser.isSet(storeToken));
    if (actions != 1) {
        result.error = actions == 0
            ? QCoreApplication::translate("Cli",
                                          "Nothing to do: give --list-sequences or --store-token.")
            : QCoreApplication::translate("Cli",
                                          "Give only one of --list-sequences and --store-token.");
        return result;
    }
    o.action = parser.isSet(listSequences) ? CliAction::ListSequences : CliAction::StoreToken;

    o.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
    QString urlError;
    if (!HubSpot::HubSpotClient::validateBaseUrl(o.baseUrl, &urlError)) {
        result.error = QCoreApplication::translate("Cli", "--base-url: %1").arg(urlError);
        return result;
    }
    o.apiVersion = parser.value(apiVersion);
    if (!HubSpot::parseApiVersion(o.apiVersion)) {
        result.error
            = QCoreApplication::translate("Cli", "--api-version must be 2026-03 or v4, not \"%1\".")
                  .arg(o.apiVersion);
        return result;
    }
    o.token = parser.value(token);
    if (parser.isSet(token) && o.token.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("Cli", "--token is empty.");
        return result;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    o.portalId = parser.value(portal);
    if (parser.isSet(portal) && !digits.match(o.portalId).hasMatch()) {
        result.error
            = QCoreApplication::translate("Cli", "--portal-id must be a number, not \"%1\".")
                  .arg(o.portalId);
        return result;
    }
    o.userId = parser.value(userId);
    if (parser.isSet(userId) && !digits.match(o.userId).hasMatch()) {
        result.error = QCoreApplication::translate("Cli", "--user-id must be a number, not \"%1\".")
                           .arg(o.userId);
        return result;
    }
    if (o.action == CliAction::StoreToken && o.userId.size() > 0) {
        result.error
            = QCoreApplication::translate("Cli", "--user-id does not go with --store-token.");
        return result;
    }
    o.json = parser.isSet(json);
    result.options = o;
    return result;
}

} // namespace SeqDesk::Cli
