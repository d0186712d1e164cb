#pragma once

#include "sandbox/ListGrowth.h"

#include <QDateTime>
#include <QVector>

namespace SeqDesk {
class Clock;
}

namespace SeqDesk::Sandbox {

class SandboxState;

// Makes DYNAMIC contact lists grow on the sandbox's clock, as HubSpot adds records that
// start to match a list's filters: each rule's tick k (k >= 1) falls everyMinutes * k after
// the rule was set, and there `count` eligible contacts that are not members join the list
// (joined at the tick's time, through SandboxState::applyListEdit). Eligible: an email, not
// opted out, bounced, quarantined or in a sequence at that tick; highest contact id first,
// each contact at most once per rule; when none is left the list stops growing.
// Ticks are applied by catchUp(), which the server calls before it looks at its state (every
// request and control call): a manual clock drives them, no timer, no sleeping.
class ListGrower final
{
public:
    ListGrower(SandboxState &state, const Clock &clock);
    Q_DISABLE_COPY_MOVE(ListGrower)

    // Empty when rule names a DYNAMIC contact list of the portal; else why not.
    QString problem(const ListGrowthRule &rule) const;
    // Replaces the schedules, each anchored now, unless rules equal the current ones (then
    // they run on). Rules with a problem are left out.
    void setRules(const QVector<ListGrowthRule> &rules);
    const QVector<ListGrowthRule> &rules() const { return m_rules; }
    // Applies every tick due by now, in time order per rule.
    void catchUp();

private:
    struct Schedule
    {
        qint64 listId = 0;
        int count = 0;
        qint64 intervalMs = 0;
        QDateTime anchor;
        qint64 ticksDone = 0;
        qsizetype cursor = 0; // next contact index to look at, counting down
    };
    qint64 resolve(const ListGrowthRule &rule) const; // 0: no such DYNAMIC contact list
    QVector<qint64> pick(Schedule &schedule) const;

    SandboxState &m_state;
    const Clock &m_clock;
    QVector<ListGrowthRule> m_rules;
    QVector<Schedule> m_schedules;
};

} // namespace SeqDesk::Sandbox
