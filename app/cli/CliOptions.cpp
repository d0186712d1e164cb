#include "cli/CliOptions.h"

#include "cli/RuleOptions.h"
#include "hubspot/HubSpotClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace SeqDesk::Cli {

namespace {

QString exitCodeHelp()
{
    return QCoreApplication::translate(
               "Cli",
               "\nToken: --token, else the HUBSPOT_ACCESS_TOKEN environment variable, else the\n"
               "system keychain entry of --portal-id (saved with --store-token).\n"
               "\nLists: --list-lists [--query TEXT] [--json] prints the contact lists (id, name,\n"
               "size, kind: static, active or snapshot).\n"
               "\nEnroll: --sequence-id ID --sender-email EMAIL (--contact-ids 101,ana@x.com |\n"
               "--contact-ids-file FILE | --list-id LIST) [--dry-run] [--output-json FILE]\n"
               "[--label TEXT]. Contacts\n"
               "beyond the sender's rolling 24 h cap are deferred (not dropped): resume the job "
               "with\n"
               "--resume JOB once they are due; --jobs lists jobs.\n")
        + ruleHelp()
        + QCoreApplication::translate(
               "Cli",
               "\nExit codes (when several apply, the first of 3, 4, 2, 5, 1):\n"
               "  0  success: every contact enrolled or skipped (a dry run: it ran)\n"
               "  1  some contacts failed (enrollment, rules)\n"
               "  2  bad usage or input, nothing sent (and a rule that stopped: its sequence\n"
               "     cannot be used)\n"
               "  3  authentication or permission (invalid token, missing scopes)\n"
               "  4  network, server or keychain error, or a job stopped with contacts still\n"
               "     to send (interrupted, or HubSpot not answering): --resume JOB (and a\n"
               "     rule's run that failed)\n"
               "  5  the job waits for the sender's send cap: the rest is deferred; --resume JOB\n"
               "     after the time printed (--run-rules: 0, its rules go on by themselves)\n");
}

// The enroll flags of `o.action`; an error text, or empty.
QString parseEnrollOptions(const QCommandLineParser &parser, CliOptions &o)
{
    const auto isSet = [&parser](const char *name) {
        return parser.isSet(QLatin1String(name));
    };
    const auto value = [&parser](const char *name) {
        return parser.value(QLatin1String(name)).trimmed();
    };
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (isRuleAction(o.action))
        return QString(); // parseRuleOptions
    if (o.action != CliAction::Enroll) {
        for (const char *name : {"sender-email", "contact-ids", "contact-ids-file", "list-id",
                                 "dry-run", "output-json", "label"}) {
            if (isSet(name))
                return QCoreApplication::translate("Cli",
                                                   "--%1 goes with --sequence-id or --resume.")
                    .arg(QLatin1String(name));
        }
        if (o.action != CliAction::Mcp)
            return QString();
    }
    bool ok = false;
    o.dailyCap = value("daily-cap").toInt(&ok);
    if (!ok || !Enroll::SendCap::isAllowed(o.dailyCap))
        return QCoreApplication::translate(
                   "Cli", "--daily-cap must be a number from %1 to %2, not \"%3\".")
            .arg(Enroll::SendCap::kMin)
            .arg(Enroll::SendCap::kMax)
            .arg(value("daily-cap"));
    if (o.action == CliAction::Mcp)
        return QString(); // its jobs' cap: the tools take the rest
    o.label = value("label");
    if (o.label.size() > 200)
        return QCoreApplication::translate("Cli", "--label is longer than 200 characters.");
    o.outputJson = parser.value(QStringLiteral("output-json"));
    if (isSet("output-json")) {
        const QFileInfo file(o.outputJson);
        if (o.outputJson.trimmed().isEmpty())
            return QCoreApplication::translate("Cli", "--output-json is empty.");
        if (!file.absoluteDir().exists())
            return QCoreApplication::translate("Cli",
                                               "--output-json: the folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(file.absolutePath()));
        if (file.isDir())
            return QCoreApplication::translate("Cli", "--output-json: %1 is a folder.")
                .arg(QDir::toNativeSeparators(o.outputJson));
    }
    if (isSet("resume")) {
        for (const char *name : {"sequence-id", "sender-email", "contact-ids", "contact-ids-file",
                                 "list-id", "dry-run", "label"}) {
            if (isSet(name))
                return QCoreApplication::translate(
                           "Cli", "--%1 does not go with --resume: the job has its own.")
                    .arg(QLatin1String(name));
        }
        o.resumeJob = value("resume").toLongLong(&ok);
        if (!ok || o.resumeJob < 1)
            return QCoreApplication::translate("Cli", "--resume must be a job number, not \"%1\".")
                .arg(value("resume"));
        return QString();
    }
    o.sequenceId = value("sequence-id");
    if (!digits.match(o.sequenceId).hasMatch())
        return QCoreApplication::translate("Cli", "--sequence-id must be a number, not \"%1\".")
            .arg(o.sequenceId);
    if (!isSet("sender-email"))
        return QCoreApplication::translate(
            "Cli", "--sender-email is missing: the connected inbox the emails are sent from.");
    o.senderEmail = value("sender-email").toLower();
    if (!email.match(o.senderEmail).hasMatch())
        return QCoreApplication::translate("Cli", "--sender-email \"%1\" is not an email address.")
            .arg(o.senderEmail);
    const int sources
        = int(isSet("contact-ids")) + int(isSet("contact-ids-file")) + int(isSet("list-id"));
    if (sources != 1)
        return sources > 1
            ? QCoreApplication::translate(
                "Cli", "Give one of --contact-ids, --contact-ids-file and --list-id, not more.")
            : QCoreApplication::translate(
                "Cli", "No contacts: give --contact-ids, --contact-ids-file or --list-id.");
    if (isSet("list-id")) {
        o.listId = value("list-id");
        if (!digits.match(o.listId).hasMatch())
            return QCoreApplication::translate(
                       "Cli", "--list-id must be a list's number (see --list-lists), not \"%1\".")
                .arg(o.listId);
    }
    o.contactIds = parser.value(QStringLiteral("contact-ids"));
    o.contactIdsFile = parser.value(QStringLiteral("contact-ids-file"));
    if (isSet("contact-ids") && o.contactIds.trimmed().isEmpty())
        return QCoreApplication::translate("Cli", "--contact-ids is empty.");
    if (isSet("contact-ids-file") && o.contactIdsFile.trimmed().isEmpty())
        return QCoreApplication::translate("Cli", "--contact-ids-file is empty.");
    o.dryRun = isSet("dry-run");
    return QString();
}

} // namespace

CliParseResult parseCliArguments(const QStringList &arguments, int rulesRateSharePercent)
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
        QCoreApplication::translate("Cli",
                                    "HubSpot API version: 2026-09 (default), 2026-03 or v4."),
        QCoreApplication::translate("Cli", "version"),
        HubSpot::apiVersionName(HubSpot::defaultApiVersion));
    const QCommandLineOption listSequences(
        QStringLiteral("list-sequences"),
        QCoreApplication::translate("Cli", "List sequences (all users' unless --user-id)."));
    const QCommandLineOption listLists(
        QStringLiteral("list-lists"),
        QCoreApplication::translate("Cli",
                                    "List the portal's contact lists (id, name, size, kind); "
                                    "needs the crm.lists.read scope."));
    const QCommandLineOption query(
        QStringLiteral("query"),
        QCoreApplication::translate("Cli", "With --list-lists: only lists whose name matches."),
        QCoreApplication::translate("Cli", "text"));
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
    const QCommandLineOption sequenceId(
        QStringLiteral("sequence-id"),
        QCoreApplication::translate("Cli", "Sequence to enroll the contacts into."),
        QCoreApplication::translate("Cli", "id"));
    const QCommandLineOption senderEmail(
        QStringLiteral("sender-email"),
        QCoreApplication::translate("Cli", "Connected inbox the sequence emails are sent from."),
        QCoreApplication::translate("Cli", "email"));
    const QCommandLineOption contactIds(
        QStringLiteral("contact-ids"),
        QCoreApplication::translate("Cli",
                                    "Contacts to enroll: ids and/or emails, separated by "
                                    "commas."),
        QCoreApplication::translate("Cli", "list"));
    const QCommandLineOption contactIdsFile(
        QStringLiteral("contact-ids-file"),
        QCoreApplication::translate("Cli",
                                    "File of contacts to enroll: one per line, or a CSV "
                                    "with an id or email column."),
        QCoreApplication::translate("Cli", "file"));
    const QCommandLineOption listId(
        QStringLiteral("list-id"),
        QCoreApplication::translate("Cli",
                                    "Enroll the members of this HubSpot contact list (its id "
                                    "from --list-lists)."),
        QCoreApplication::translate("Cli", "list"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("Cli", "Predict each contact's outcome; enroll nobody."));
    const QCommandLineOption outputJson(
        QStringLiteral("output-json"),
        QCoreApplication::translate("Cli",
                                    "Write the per-contact results (enrolled, failed, "
                                    "skipped, deferred) to this JSON file (a new one is "
                                    "owner-only), or through a FIFO, a device or /dev/stdout; "
                                    "checked before anything is sent."),
        QCoreApplication::translate("Cli", "file"));
    const QCommandLineOption resume(
        QStringLiteral("resume"),
        QCoreApplication::translate("Cli", "Resume an interrupted or waiting job."),
        QCoreApplication::translate("Cli", "job"));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  QCoreApplication::translate("Cli", "List enrollment jobs."));
    const QCommandLineOption label(
        QStringLiteral("label"),
        QCoreApplication::translate("Cli", "A label for the job (shown in the analytics)."),
        QCoreApplication::translate("Cli", "text"));
    const QCommandLineOption dailyCap(
        QStringLiteral("daily-cap"),
        QCoreApplication::translate("Cli",
                                    "The sender inbox's send cap per rolling 24 hours "
                                    "(default %1; lower if your admin set one).")
            .arg(Enroll::SendCap::kDefault),
        QCoreApplication::translate("Cli", "n"), QString::number(Enroll::SendCap::kDefault));
    const QCommandLineOption mcp(
        QStringLiteral("mcp"),
        QCoreApplication::translate("Cli",
                                    "Serve the Model Context Protocol on stdin and stdout "
                                    "(for AI assistants): list sequences and lists, preview "
                                    "an enrollment, start it once confirmed, follow its job."));
    const QCommandLineOption diagnostics(
        QStringLiteral("diagnostics"),
        QCoreApplication::translate("Cli",
                                    "Print the diagnostics (as the app's Help > Copy "
                                    "diagnostics): versions, system, settings, paths, portals "
                                    "and the last errors with HubSpot's correlation ids; no "
                                    "token and no e-mail address."));
    parser.addOptions({help,           version,       baseUrl,    token,       portal,
                       apiVersion,     listSequences, listLists,  query,       storeToken,
                       userId,         json,          sequenceId, senderEmail, contactIds,
                       contactIdsFile, listId,        dryRun,     outputJson,  resume,
                       jobs,           label,         dailyCap,   mcp,         diagnostics});
    parser.addOptions(ruleCommandLineOptions(rulesRateSharePercent));

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
    int ruleActions = 0;
    const std::optional<CliAction> rule = ruleAction(parser, &ruleActions);
    // --sequence-id enrolls, unless it is the sequence of --add-rule.
    const bool enroll
        = (parser.isSet(sequenceId) && rule != CliAction::AddRule) || parser.isSet(resume);
    const int actions = int(parser.isSet(listSequences)) + int(parser.isSet(listLists))
        + int(parser.isSet(storeToken)) + int(enroll) + int(parser.isSet(jobs)) + ruleActions
        + int(parser.isSet(mcp)) + int(parser.isSet(diagnostics));
    if (actions != 1) {
        result.error = actions == 0
            ? QCoreApplication::translate("Cli",
                                          "Nothing to do: give --list-sequences, --list-lists, "
                                          "--sequence-id (to enroll), --resume, --jobs, "
                                          "--store-token, --run-rules, --rules, --add-rule, "
                                          "--pause-rule, --resume-rule, --delete-rule, --mcp or "
                                          "--diagnostics.")
            : QCoreApplication::translate("Cli",
                                          "Give only one of --list-sequences, --list-lists, "
                                          "--sequence-id, --resume, --jobs, --store-token, "
                                          "--run-rules, --rules, --add-rule, --pause-rule, "
                                          "--resume-rule, --delete-rule, --mcp and "
                                          "--diagnostics.");
        return result;
    }
    o.action = rule                   ? *rule
        : parser.isSet(listSequences) ? CliAction::ListSequences
        : parser.isSet(listLists)     ? CliAction::ListLists
        : parser.isSet(storeToken)    ? CliAction::StoreToken
        : parser.isSet(jobs)          ? CliAction::ListJobs
        : parser.isSet(mcp)           ? CliAction::Mcp
        : parser.isSet(diagnostics)   ? CliAction::Diagnostics
                                      : CliAction::Enroll;
    if (parser.isSet(query)) {
        if (o.action != CliAction::ListLists) {
            result.error = QCoreApplication::translate("Cli", "--query goes with --list-lists.");
            return result;
        }
        o.query = parser.value(query).trimmed();
        if (o.query.isEmpty()) {
            result.error = QCoreApplication::translate(
                "Cli", "--query is empty: give part of a list name, or leave it out.");
            return result;
        }
        if (o.query.size() > 200) {
            result.error
                = QCoreApplication::translate("Cli", "--query is longer than 200 characters.");
            return result;
        }
    }
    if (const QString e = parseEnrollOptions(parser, o); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    if (const QStringList e = parseRuleOptions(parser, o, rulesRateSharePercent); !e.isEmpty()) {
        result.error = e.join(QLatin1Char('\n')); // each problem on its line
        return result;
    }

    o.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
    QString urlError;
    if (!HubSpot::HubSpotClient::validateBaseUrl(o.baseUrl, &urlError)) {
        result.error = QCoreApplication::translate("Cli", "--base-url \"%1\": %2")
                           .arg(parser.value(baseUrl), urlError);
        return result;
    }
    o.apiVersion = parser.value(apiVersion);
    const auto parsedVersion = HubSpot::parseApiVersion(o.apiVersion);
    if (!parsedVersion) {
        result.error = QCoreApplication::translate(
                           "Cli", "--api-version must be 2026-09, 2026-03 or v4, not \"%1\".")
                           .arg(o.apiVersion);
        return result;
    }
    o.apiVersion = HubSpot::apiVersionName(*parsedVersion);
    o.apiVersionGiven = parser.isSet(apiVersion);
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
    if ((o.action == CliAction::StoreToken || o.action == CliAction::ListLists)
        && o.userId.size() > 0) {
        result.error = QCoreApplication::translate("Cli", "--user-id does not go with --%1.")
                           .arg(o.action == CliAction::StoreToken ? QStringLiteral("store-token")
                                                                  : QStringLiteral("list-lists"));
        return result;
    }
    if (o.action == CliAction::Mcp && (parser.isSet(userId) || parser.isSet(json))) {
        result.error
            = QCoreApplication::translate("Cli", "--%1 does not go with --mcp.")
                  .arg(parser.isSet(userId) ? QStringLiteral("user-id") : QStringLiteral("json"));
        return result;
    }
    if (o.action == CliAction::Diagnostics) {
        for (const QCommandLineOption *other : {&userId, &json, &token, &portal}) {
            if (parser.isSet(*other))
                result.error
                    = QCoreApplication::translate("Cli", "--%1 does not go with --diagnostics.")
                          .arg(other->names().constLast());
        }
        if (!result.error.isEmpty())
            return result;
    }
    if (!isRuleAction(o.action))
        o.json = parser.isSet(json);
    result.options = o;
    return result;
}

} // namespace SeqDesk::Cli
