#pragma once

#include "store/Records.h"
#include "store/StoreBase.h"

#include <QHash>

namespace SeqDesk::Store {

// rules and rule_runs: the enrollment rules of each portal and their runs. The contacts a
// rule handled are the items of the jobs its runs made (enrollment_jobs.rule_id), so the
// journal that makes a job exactly-once is also what keeps a rule from enrolling twice.
class RuleStore final : public StoreBase
{
    Q_DISABLE_COPY_MOVE(RuleStore)

public:
    explicit RuleStore(QSqlDatabase db);

    // A new rule (its id is ignored); its id, or nullopt (e.g. the name is taken).
    std::optional<qint64> create(const RuleRecord &rule);
    // Everything but id, portal and createdAt; false when there is no such rule.
    bool update(const RuleRecord &rule);
    std::optional<RuleRecord> rule(qint64 ruleId); // nullopt: none, deleted, or error
    QList<RuleRecord> rules(const QString &portalId); // by name; empty portal: every portal
    // Rules that are enabled and due (nextRunAt <= now), every portal, the earliest first.
    QList<RuleRecord> dueRules(const QDateTime &now);
    bool setState(qint64 ruleId, RuleState state, const QString &stopReason, const QDateTime &at);
    // Deleted: gone from rules() and never run again; its runs and jobs stay.
    bool remove(qint64 ruleId, const QDateTime &at);

    // A run starting now; its id. finishRun() writes what it found.
    std::optional<qint64> startRun(qint64 ruleId, const QDateTime &at);
    // The run's end; the rule's lastRunAt, nextRunAt and listName with it.
    bool finishRun(const RuleRunRecord &run, const QDateTime &nextRunAt, const QString &listName);
    // Runs of the rule a process that died left running: failed with `message` (call it
    // holding the rule's lock).
    std::optional<int> failInterrupted(qint64 ruleId, const QString &message, const QDateTime &at);
    QList<RuleRunRecord> runs(qint64 ruleId, int limit); // newest first, with their items' counts

    // Every contact the rule's jobs hold, with the newest job's creation time for it.
    std::optional<QHash<QString, QDateTime>> handledContacts(qint64 ruleId);
    // Contacts the rule's jobs created since `since` put to enroll (not skipped).
    std::optional<int> plannedSince(qint64 ruleId, const QDateTime &since);

private:
    QList<RuleRecord> select(const QString &where, const QVariantList &values);
};

} // namespace SeqDesk::Store
