#pragma once

#include "cli/CliOptions.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace SeqDesk::Cli {

// The command-line flags of the enrollment rules, apart from CliOptions.cpp: the actions
// --run-rules, --rules, --add-rule, --pause-rule, --resume-rule, --delete-rule and the
// flags that go with them (--rule, --name, --rotation, --owner-routing, ...). --add-rule
// shares --sequence-id, --list-id, --sender-email and --daily-cap with enrollment.

// `rateShareDefault`: --rate-share's default, as the help names it.
QList<QCommandLineOption> ruleCommandLineOptions(int rateShareDefault);
// The help's paragraph on rules.
QString ruleHelp();

// The rule action the flags ask for, or nullopt; `count` gets how many rule actions are set.
std::optional<CliAction> ruleAction(const QCommandLineParser &parser, int *count);
bool isRuleAction(CliAction action);

// The rule flags of `o.action` (already set) into `o`; every problem in one translated line,
// or an empty list. For --add-rule these are the flags' own problems (a missing one, a bad
// number naming its flag, two sender modes) and then RuleCheck::problems. For any other
// action, a rule flag is a problem.
// `rateShareDefault`: --run-rules' share without --rate-share.
QStringList parseRuleOptions(const QCommandLineParser &parser, CliOptions &o, int rateShareDefault);

} // namespace SeqDesk::Cli
