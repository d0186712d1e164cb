#pragma once

#include "store/Records.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace SeqDesk::Rules {

// What a rule may be, for the rule dialog and seqdesk-cli --add-rule alike.
class RuleCheck final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Rules::RuleCheck)

public:
    static constexpr int kDefaultEveryMinutes = 15;
    static constexpr int kMaxEveryMinutes = 7 * 24 * 60; // a week
    static constexpr int kMaxPerRun = 100000;
    static constexpr int kMaxAgainAfterDays = 3650;

    RuleCheck() = delete;

    // Each problem of `rule` in one translated sentence naming the field; empty when it can
    // be saved. What the mirror and HubSpot know (mirrorProblems, the list) is checked apart.
    static QStringList problems(const Store::RuleRecord &rule);
    // What the portal's mirror says against `rule`: its sequence is there and can be enrolled
    // into, and each sender inbox (and the fallback) is an active user of the portal who can
    // see the sequence, as the wizard's sender page offers them. `sequence`:
    // SequenceStore::sequence; `activeOwners`: OwnerStore::activeOwners of the rule's portal.
    static QStringList mirrorProblems(const Store::RuleRecord &rule,
                                      const std::optional<Store::SequenceRecord> &sequence,
                                      const QList<Store::OwnerRecord> &activeOwners);
    // The rule's name is another rule's of its portal (`others`: RuleStore::rules; the rule
    // itself, by id, does not count), compared trimmed and ignoring case; empty otherwise.
    static QString nameProblem(const Store::RuleRecord &rule,
                               const QList<Store::RuleRecord> &others);
    // "12345" or " 12345 ": a HubSpot id (digits only).
    static bool isId(const QString &text);
    static bool isEmail(const QString &text);
};

} // namespace SeqDesk::Rules
