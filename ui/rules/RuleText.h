#pragma once

#include "store/Records.h"

#include <QCoreApplication>
#include <QString>

namespace SeqDesk::Ui {

// How the Rules page words a rule and its runs: states, senders, relative times and a run's
// counts.
class RuleText final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Ui::RuleText)

public:
    RuleText() = delete;

    static QString stateName(Store::RuleState state);
    static QString runStateName(Store::RuleRunState state);
    static QString jobStateName(Store::JobState state);
    // "ana@acme.com", "Rotation of 3 inboxes", "Contact owner (fallback ana@…)".
    static QString sender(const Store::RuleRecord &rule);
    // Every inbox of the rule, one a line, with what the mode does.
    static QString senderDetail(const Store::RuleRecord &rule);
    // "just now", "5 min ago", "3 h ago", then the local date and time.
    static QString ago(const QDateTime &then, const QDateTime &now);
    // "due now", "in 5 min", "in 3 h", then the local date and time.
    static QString until(const QDateTime &then, const QDateTime &now);
    // Contacts of a run that wait: still to send, deferred by the send cap, or left for a
    // later run (no room, or the rule's limit).
    static int waiting(const Store::RuleRunRecord &run);
    static QString waitingDetail(const Store::RuleRunRecord &run);
    // "4 new, 3 enrolled, 1 skipped" (skipped, failed and waiting when there are any); "no new
    // members".
    static QString counts(const Store::RuleRunRecord &run);
    // "5 min ago: 4 new, 3 enrolled, 1 skipped"; a failed or stopped run says so.
    static QString lastRun(const Store::RuleRunRecord &run, const QDateTime &now);
};

} // namespace SeqDesk::Ui
