#pragma once

#include "rules/RuleRun.h"
#include "store/Records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SeqDesk::Cli {

// What seqdesk-cli prints about enrollment rules: --rules, --add-rule --json and
// --run-rules. Tables are tab-separated with a header (as --list-lists); JSON keys are stable.

QString senderModeCode(Store::RuleSenderMode mode); // "single", "rotation" or "owner"
QString ruleStateCode(Store::RuleState state); // "enabled", "paused" or "stopped"

// A rule of --rules with what the mirror knows around it.
struct RuleListing
{
    Store::RuleRecord rule;
    QString sequenceName; // empty: the sequence is not in the mirror
    std::optional<Store::RuleRunRecord> lastRun; // RuleStore::runs(id, 1), with its counts
};

// Header, then one row per rule: ID, NAME, LIST, SEQUENCE, SENDER, STATE, LAST RUN,
// NEXT RUN (UTC, "-" when none) and the last run's MEMBERS, NEW, ENROLLED, SKIPPED, FAILED,
// DEFERRED ("-" before the first run).
QString rulesTable(const QList<RuleListing> &rules);
// {"id","portalId","name","listId","listName","sequenceId","sequenceName","senderMode",
// "senders":[],"fallbackSender","perRun","perDay","everyMinutes","againAfterDays",
// "dailyCap","state","stopReason","createdAt","lastRunAt","nextRunAt","lastRun":{"id",
// "state","startedAt","finishedAt","message","members","newMembers","planned","enrolled",
// "skipped","failed","deferred","pending"}}; unknown names, times and texts and the last
// run before the first are null. Times are ISO 8601 UTC.
QJsonObject ruleJson(const RuleListing &rule);
QByteArray rulesJson(const QList<RuleListing> &rules); // an array; [] when none

// What --run-rules did with one rule.
struct RuleOutcome
{
    enum class Result { Done, Stopped, Failed, Skipped };

    Store::RuleRecord rule;
    Result result = Result::Done;
    QString message; // why it stopped, failed or was skipped; what the run did otherwise
    bool dryRun = false;
    // The run with its jobs' counts once they ran (a dry run's as previewed); nullopt when
    // the rule did not run (stopped, skipped, failed).
    std::optional<Store::RuleRunRecord> run;
    QList<qint64> jobIds;
    int noRoom = 0; // to enroll, but no inbox had room or the rule's limit was reached
    std::optional<Rules::RuleRunResult> preview; // a dry run's: who would be enrolled
};

QString resultCode(RuleOutcome::Result result); // "done", "stopped", "failed", "skipped"

// Header, then one row per rule: RULE, NAME, MEMBERS, NEW, ENROLLED, SKIPPED, FAILED,
// WAITING (deferred by the send cap, not sent yet, or no room), RESULT ("done", or
// "stopped: why", "failed: why", "skipped: why"; counts "-" when the rule did not run).
QString runTable(const QList<RuleOutcome> &outcomes);
// An array, one object per rule: {"id","name","portalId","listId","listName","sequenceId",
// "result","message","dryRun","runId","members","newMembers","planned","enrolled","skipped",
// "failed","deferred","pending","noRoom","jobs":[]} (counts null when the rule did not run),
// and for a dry run "plan":[{"contactId","email","outcome","sender","reason"}].
QByteArray runJson(const QList<RuleOutcome> &outcomes);

// A dry run: header, then one row per new member: RULE, CONTACT, EMAIL, OUTCOME ("enroll",
// a skip's code as --dry-run gives it, or "waiting"), DETAIL (the sender inbox, or why).
QString previewTable(const QList<RuleOutcome> &outcomes);

} // namespace SeqDesk::Cli
