#pragma once

#include "enroll/SendCap.h"
#include "store/Records.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace SeqDesk::Cli {

// Process exit codes, documented in --help.
enum ExitCode : int {
    ExitOk = 0,
    ExitContactsFailed = 1, // reserved for enrollment: some contacts failed
    ExitUsage = 2, // bad usage or input
    ExitAuth = 3, // authentication or permission
    ExitNetwork = 4, // network or server, or a job stopped with contacts still to send
    ExitDeferred = 5 // a job waits for the send cap: deferred contacts, resume after a time
};

enum class CliAction {
    ListSequences,
    ListLists,
    StoreToken,
    Enroll,
    ListJobs,
    RunRules, // --run-rules [--rule ID] [--dry-run]
    ListRules, // --rules
    AddRule, // --add-rule
    PauseRule,
    ResumeRule,
    DeleteRule,
    Mcp, // --mcp: the MCP server on stdin and stdout (app/mcp)
    Diagnostics, // --diagnostics: Help > Copy diagnostics' text (app/diag)
    Help,
    Version
};

struct CliOptions
{
    CliAction action = CliAction::Help;
    QUrl baseUrl;
    QString apiVersion; // "2026-09" (default), "2026-03" or "v4"
    bool apiVersionGiven = false; // false: a stored portal's own version wins over the default
    QString token; // from --token; empty when it should come from env or keychain
    QString portalId; // keychain lookup key
    QString userId;
    bool json = false;
    QString query; // --list-lists --query: part of the list names

    // Enroll (the flags of the classic enroll_sequence.py, and SeqDesk's own).
    QString sequenceId;
    QString senderEmail;
    QString contactIds; // --contact-ids as given: ids and/or emails, comma-separated
    QString contactIdsFile; // --contact-ids-file: TXT or CSV
    QString listId; // --list-id: a HubSpot contact list's members
    bool dryRun = false;
    QString outputJson; // file for the per-contact results
    qint64 resumeJob = 0; // --resume JOB (0: a new job)
    QString label;
    int dailyCap = Enroll::SendCap::kDefault; // the sender inbox's rolling 24 h cap

    // Enrollment rules (RuleOptions.cpp).
    static constexpr int kRulesRateSharePercent = 50; // as the app's rules
    int rateSharePercent = 100; // of HubSpot's per-window limit this run's client may use
    qint64 ruleId = 0; // --run-rules --rule ID (0: the due ones); --pause/--resume/--delete-rule
    // --add-rule: every field but the portal, the state and the times.
    Store::RuleRecord newRule;
};

struct CliParseResult
{
    std::optional<CliOptions> options;
    QString error; // set when options is empty
    QString helpText;
};

// Parses the command line (arguments[0] is the program). Pure: no I/O, testable.
// `rulesRateSharePercent`: --run-rules' share when --rate-share is not given (main() passes
// the app's Settings > "Rules may use up to").
CliParseResult parseCliArguments(const QStringList &arguments,
                                 int rulesRateSharePercent = CliOptions::kRulesRateSharePercent);

} // namespace SeqDesk::Cli
