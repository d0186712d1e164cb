#pragma once

#include "store/Records.h"

#include <QCoreApplication>
#include <QStringList>

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
    // be saved. The mirror's checks (the list exists, the senders can use the sequence) are
    // the run's.
    static QStringList problems(const Store::RuleRecord &rule);
    // "12345" or " 12345 ": a HubSpot id (digits only).
    static bool isId(const QString &text);
    static bool isEmail(const QString &text);
};

} // namespace SeqDesk::Rules
