#include "cli/CliOptions.h"

#include "hubspot/HubSpotClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace SeqDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString exitCodeHelp()
{
    return tr("\nToken: --token, else the HUBSPOT_ACCESS_TOKEN environment variable, else the\n"
              "system keychain entry of --portal-id (saved with --store-token).\n"
              "\nExit codes:\n"
              "  0  success\n"
              "  2  bad usage or input\n"
              "  3  authentication or permission (invalid token, missing scopes)\n"
              "  4  network or server error\n");
}

} // namespace

CliParseResult parseCliArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("SeqDesk command line: work with HubSpot sequences without the GUI."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version and exit."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("HubSpot API root (https; http only on loopback)."),
                                     tr("url"), QStringLiteral("https://api.hubapi.com"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   tr("Private-app access token. Prefer HUBSPOT_ACCESS_TOKEN or "
                                      "the keychain: a token on the command line is visible to "
                                      "other local users."),
                                   tr("token"));
    const QCommandLineOption portal(QStringLiteral("portal-id"),
                                    tr("Portal (hub) id whose token is read from the keychain."),
                                    tr("id"));
    const QCommandLineOption apiVersion(QStringLiteral("api-version"),
                                        tr("API path family: 2026-03 (default) or v4."),
                                        tr("version"), QStringLiteral("2026-03"));
    const QCommandLineOption listSequences(QStringLiteral("list-sequences"),
                                           tr("List sequences (all users' unless --user-id)."));
    const QCommandLineOption storeToken(QStringLiteral("store-token"),
                                        tr("Check the token and save it in the system keychain "
                                           "under its portal id."));
    const QCommandLineOption userId(QStringLiteral("user-id"),
                                    tr("HubSpot user id whose sequences to list."), tr("id"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    parser.addOptions({help, version, baseUrl, token, portal, apiVersion, listSequences,
                       storeToken, userId, json});

    CliParseResult result;
    result.helpText = parser.helpText() + exitCodeHelp();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
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
        result.error = actions == 0 ? tr("Nothing to do: give --list-sequences or --store-token.")
                                    : tr("Give only one of --list-sequences and --store-token.");
        return result;
    }
    o.action = parser.isSet(listSequences) ? CliAction::ListSequences : CliAction::StoreToken;

    o.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
    QString urlError;
    if (!HubSpot::HubSpotClient::validateBaseUrl(o.baseUrl, &urlError)) {
        result.error = tr("--base-url: %1").arg(urlError);
        return result;
    }
    o.apiVersion = parser.value(apiVersion);
    if (!HubSpot::parseApiVersion(o.apiVersion)) {
        result.error = tr("--api-version must be 2026-03 or v4, not \"%1\".").arg(o.apiVersion);
        return result;
    }
    o.token = parser.value(token);
    if (parser.isSet(token) && o.token.trimmed().isEmpty()) {
        result.error = tr("--token is empty.");
        return result;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    o.portalId = parser.value(portal);
    if (parser.isSet(portal) && !digits.match(o.portalId).hasMatch()) {
        result.error = tr("--portal-id must be a number, not \"%1\".").arg(o.portalId);
        return result;
    }
    o.userId = parser.value(userId);
    if (parser.isSet(userId) && !digits.match(o.userId).hasMatch()) {
        result.error = tr("--user-id must be a number, not \"%1\".").arg(o.userId);
        return result;
    }
    if (o.action == CliAction::StoreToken && o.userId.size() > 0) {
        result.error = tr("--user-id does not go with --store-token.");
        return result;
    }
    o.json = parser.isSet(json);
    result.options = o;
    return result;
}

} // namespace SeqDesk::Cli
