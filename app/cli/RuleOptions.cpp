#include "cli/RuleOptions.h"

#include "rules/RuleCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace SeqDesk::Cli {

using Rules::RuleCheck;
using Store::RuleSenderMode;

namespace {

QString flag(const char *name)
{
    return QStringLiteral("--") + QLatin1String(name);
}

struct ActionFlag
{
    const char *name;
    CliAction action;
};

const ActionFlag kActions[] = {
    {"run-rules", CliAction::RunRules},     {"rules", CliAction::ListRules},
    {"add-rule", CliAction::AddRule},       {"pause-rule", CliAction::PauseRule},
    {"resume-rule", CliAction::ResumeRule}, {"delete-rule", CliAction::DeleteRule},
};

const char *actionName(CliAction action)
{
    for (const ActionFlag &a : kActions) {
        if (a.action == action)
            return a.name;
    }
    return "";
}

// Flags that belong to one action or another; the connection flags (--token, --portal-id,
// --base-url, --api-version) go with every action.
const char *const kActionFlags[] = {"sender-email",
                                    "contact-ids",
                                    "contact-ids-file",
                                    "list-id",
                                    "dry-run",
                                    "output-json",
                                    "label",
                                    "daily-cap",
                                    "user-id",
                                    "query",
                                    "json",
                                    "sequence-id",
                                    "rule",
                                    "name",
                                    "rotation",
                                    "owner-routing",
                                    "fallback-sender",
                                    "per-run",
                                    "per-day",
                                    "every",
                                    "again-after-days",
                                    "rate-share"};

// The flags only rules take.
const char *const kRuleOnlyFlags[]
    = {"rule",    "name",    "rotation", "owner-routing",    "fallback-sender",
       "per-run", "per-day", "every",    "again-after-days", "rate-share"};

QStringList allowedWith(CliAction action)
{
    switch (action) {
    case CliAction::RunRules:
        return {QStringLiteral("rule"), QStringLiteral("dry-run"), QStringLiteral("json"),
                QStringLiteral("rate-share")};
    case CliAction::ListRules:
        return {QStringLiteral("json")};
    case CliAction::AddRule:
        return {QStringLiteral("name"),
                QStringLiteral("list-id"),
                QStringLiteral("sequence-id"),
                QStringLiteral("sender-email"),
                QStringLiteral("rotation"),
                QStringLiteral("owner-routing"),
                QStringLiteral("fallback-sender"),
                QStringLiteral("per-run"),
                QStringLiteral("per-day"),
                QStringLiteral("every"),
                QStringLiteral("again-after-days"),
                QStringLiteral("daily-cap"),
                QStringLiteral("json")};
    default:
        return {};
    }
}

// A whole number of a flag within [min, max], or an error naming the flag.
int number(const QCommandLineParser &parser, const char *name, int fallback, int min, int max,
           QStringList &errors)
{
    if (!parser.isSet(QLatin1String(name)))
        return fallback;
    const QString text = parser.value(QLatin1String(name)).trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        errors << QCoreApplication::translate(
                      "Cli", "%1 must be a whole number from %2 to %3, not \"%4\".")
                      .arg(flag(name))
                      .arg(min)
                      .arg(max)
                      .arg(text);
    }
    return value;
}

// --add-rule's fields into o.newRule; each problem.
QStringList parseAddRule(const QCommandLineParser &parser, CliOptions &o)
{
    const auto isSet = [&parser](const char *name) {
        return parser.isSet(QLatin1String(name));
    };
    const auto value = [&parser](const char *name) {
        return parser.value(QLatin1String(name)).trimmed();
    };
    QStringList errors;
    QStringList missing;
    for (const char *name : {"name", "list-id", "sequence-id"}) {
        if (!isSet(name))
            missing << flag(name);
    }
    if (!missing.isEmpty())
        errors << QCoreApplication::translate("Cli", "--add-rule needs %1.")
                      .arg(missing.join(QStringLiteral(", ")));
    const int modes
        = int(isSet("sender-email")) + int(isSet("rotation")) + int(isSet("owner-routing"));
    if (modes == 0)
        errors << QCoreApplication::translate(
            "Cli",
            "--add-rule needs its sender: --sender-email, --rotation or "
            "--owner-routing.");
    else if (modes > 1)
        errors << QCoreApplication::translate(
            "Cli", "Give one of --sender-email, --rotation and --owner-routing, not more.");
    if (isSet("fallback-sender") && !isSet("owner-routing"))
        errors << QCoreApplication::translate("Cli",
                                              "--fallback-sender goes with --owner-routing.");

    Store::RuleRecord &r = o.newRule;
    r.name = value("name");
    r.listId = value("list-id");
    r.sequenceId = value("sequence-id");
    if (isSet("rotation")) {
        r.senderMode = RuleSenderMode::Rotation;
        for (const QString &part : value("rotation").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                r.senders << Enroll::SendCap::senderKey(part);
        }
    } else if (isSet("owner-routing")) {
        r.senderMode = RuleSenderMode::ContactOwner;
        r.fallbackSender = Enroll::SendCap::senderKey(value("fallback-sender"));
    } else {
        r.senderMode = RuleSenderMode::Single;
        r.senders = {Enroll::SendCap::senderKey(value("sender-email"))};
    }
    r.perRun = number(parser, "per-run", 0, 0, RuleCheck::kMaxPerRun, errors);
    r.perDay = number(parser, "per-day", 0, 0, RuleCheck::kMaxPerRun, errors);
    r.everyMinutes = number(parser, "every", RuleCheck::kDefaultEveryMinutes, 1,
                            RuleCheck::kMaxEveryMinutes, errors);
    r.againAfterDays
        = number(parser, "again-after-days", 0, 0, RuleCheck::kMaxAgainAfterDays, errors);
    r.dailyCap = number(parser, "daily-cap", Enroll::SendCap::kDefault, Enroll::SendCap::kMin,
                        Enroll::SendCap::kMax, errors);
    if (errors.isEmpty()) // what the rule dialog says of the same fields
        errors << RuleCheck::problems(r);
    return errors;
}

// The rule id a flag gives, or an error naming the flag.
qint64 ruleIdOf(const QCommandLineParser &parser, const char *name, QStringList &errors)
{
    const QString text = parser.value(QLatin1String(name)).trimmed();
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1 || !RuleCheck::isId(text)) {
        errors << QCoreApplication::translate(
                      "Cli", "%1 must be a rule's number (see --rules), not \"%2\".")
                      .arg(flag(name), text);
        return 0;
    }
    return id;
}

} // namespace

QList<QCommandLineOption> ruleCommandLineOptions(int rateShareDefault)
{
    return {
        QCommandLineOption(
            QStringLiteral("run-rules"),
            QCoreApplication::translate(
                "Cli", "Run the portal's due enrollment rules (or --rule ID) once.")),
        QCommandLineOption(QStringLiteral("rule"),
                           QCoreApplication::translate("Cli", "With --run-rules: only this rule."),
                           QCoreApplication::translate("Cli", "id")),
        QCommandLineOption(
            QStringLiteral("rate-share"),
            QCoreApplication::translate("Cli",
                                        "With --run-rules: the part of HubSpot's rate limit the "
                                        "rules may use, in percent (5 to 100; default %1), so "
                                        "other work on the token keeps room.")
                .arg(rateShareDefault),
            QCoreApplication::translate("Cli", "percent")),
        QCommandLineOption(QStringLiteral("rules"),
                           QCoreApplication::translate("Cli", "List the enrollment rules.")),
        QCommandLineOption(QStringLiteral("add-rule"),
                           QCoreApplication::translate(
                               "Cli", "Save a new enrollment rule (due at once); prints its id.")),
        QCommandLineOption(QStringLiteral("name"),
                           QCoreApplication::translate("Cli", "With --add-rule: the rule's name."),
                           QCoreApplication::translate("Cli", "text")),
        QCommandLineOption(QStringLiteral("rotation"),
                           QCoreApplication::translate(
                               "Cli",
                               "With --add-rule: send from these inboxes in turn (the one with "
                               "the most room under its cap), separated by commas."),
                           QCoreApplication::translate("Cli", "emails")),
        QCommandLineOption(QStringLiteral("owner-routing"),
                           QCoreApplication::translate(
                               "Cli", "With --add-rule: send as each contact's HubSpot owner.")),
        QCommandLineOption(QStringLiteral("fallback-sender"),
                           QCoreApplication::translate(
                               "Cli",
                               "With --owner-routing: the inbox for contacts whose owner cannot "
                               "send (without it they are skipped)."),
                           QCoreApplication::translate("Cli", "email")),
        QCommandLineOption(
            QStringLiteral("per-run"),
            QCoreApplication::translate(
                "Cli", "With --add-rule: most contacts enrolled per run (0: no limit)."),
            QCoreApplication::translate("Cli", "n")),
        QCommandLineOption(QStringLiteral("per-day"),
                           QCoreApplication::translate(
                               "Cli",
                               "With --add-rule: most contacts enrolled per 24 hours (0: no "
                               "limit)."),
                           QCoreApplication::translate("Cli", "n")),
        QCommandLineOption(QStringLiteral("every"),
                           QCoreApplication::translate(
                               "Cli", "With --add-rule: run every this many minutes (default %1).")
                               .arg(RuleCheck::kDefaultEveryMinutes),
                           QCoreApplication::translate("Cli", "minutes")),
        QCommandLineOption(QStringLiteral("again-after-days"),
                           QCoreApplication::translate(
                               "Cli",
                               "With --add-rule: enroll a member again after this many days "
                               "(default 0: never)."),
                           QCoreApplication::translate("Cli", "days")),
        QCommandLineOption(QStringLiteral("pause-rule"),
                           QCoreApplication::translate("Cli", "Pause a rule (it does not run)."),
                           QCoreApplication::translate("Cli", "id")),
        QCommandLineOption(
            QStringLiteral("resume-rule"),
            QCoreApplication::translate("Cli", "Enable a paused or stopped rule again."),
            QCoreApplication::translate("Cli", "id")),
        QCommandLineOption(
            QStringLiteral("delete-rule"),
            QCoreApplication::translate("Cli", "Delete a rule (its runs and jobs are kept)."),
            QCoreApplication::translate("Cli", "id")),
    };
}

QString ruleHelp()
{
    return QCoreApplication::translate(
        "Cli",
        "\nRules: --add-rule --name NAME --list-id LIST --sequence-id ID\n"
        "(--sender-email EMAIL | --rotation E1,E2 | --owner-routing [--fallback-sender EMAIL])\n"
        "[--per-run N] [--per-day N] [--every MINUTES] [--again-after-days D] [--daily-cap N]\n"
        "saves a rule: the members who join the list are enrolled into the sequence, by\n"
        "themselves. --run-rules [--rule ID] [--dry-run] [--json] runs the portal's due rules\n"
        "once (a rule another SeqDesk process is running is skipped); --rules [--json] lists\n"
        "them; --pause-rule, --resume-rule and --delete-rule ID change one.\n");
}

std::optional<CliAction> ruleAction(const QCommandLineParser &parser, int *count)
{
    std::optional<CliAction> action;
    *count = 0;
    for (const ActionFlag &a : kActions) {
        if (parser.isSet(QLatin1String(a.name))) {
            ++*count;
            action = a.action;
        }
    }
    return action;
}

bool isRuleAction(CliAction action)
{
    return *actionName(action) != '\0';
}

QStringList parseRuleOptions(const QCommandLineParser &parser, CliOptions &o, int rateShareDefault)
{
    QStringList errors;
    if (!isRuleAction(o.action)) {
        for (const char *name : kRuleOnlyFlags) {
            if (parser.isSet(QLatin1String(name)))
                return {QLatin1String(name) == QLatin1String("rule")
                            ? QCoreApplication::translate("Cli", "--rule goes with --run-rules.")
                            : QCoreApplication::translate("Cli", "%1 goes with --add-rule.")
                                  .arg(flag(name))};
        }
        return errors;
    }
    const QString action = flag(actionName(o.action));
    const QStringList allowed = allowedWith(o.action);
    for (const char *name : kActionFlags) {
        if (parser.isSet(QLatin1String(name)) && !allowed.contains(QLatin1String(name)))
            return {QCoreApplication::translate("Cli", "%1 does not go with %2.")
                        .arg(flag(name), action)};
    }
    switch (o.action) {
    case CliAction::RunRules:
        o.dryRun = parser.isSet(QStringLiteral("dry-run"));
        if (parser.isSet(QStringLiteral("rule")))
            o.ruleId = ruleIdOf(parser, "rule", errors);
        o.rateSharePercent = number(parser, "rate-share", rateShareDefault, 5, 100, errors);
        break;
    case CliAction::AddRule:
        errors = parseAddRule(parser, o);
        break;
    case CliAction::PauseRule:
    case CliAction::ResumeRule:
    case CliAction::DeleteRule:
        o.ruleId = ruleIdOf(parser, actionName(o.action), errors);
        break;
    default:
        break;
    }
    o.json = parser.isSet(QStringLiteral("json"));
    return errors;
}

} // namespace SeqDesk::Cli
