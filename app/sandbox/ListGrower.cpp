#include "sandbox/ListGrower.h"

#include "core/Clock.h"
#include "sandbox/SandboxState.h"

#include <QCoreApplication>

#include <algorithm>

namespace SeqDesk::Sandbox {

namespace {

bool eligible(const Contact &c)
{
    return !c.email.isEmpty() && !c.optedOut && c.hardBounceReason.isEmpty() && !c.quarantined
        && !c.badAddress && !c.enrolled;
}

} // namespace

ListGrower::ListGrower(SandboxState &state, const Clock &clock)
    : m_state(state)
    , m_clock(clock)
{ }

qint64 ListGrower::resolve(const ListGrowthRule &rule) const
{
    for (const ContactList &l : m_state.data().lists) {
        const bool dynamicContacts
            = l.isContactList() && l.processingType == QLatin1String("DYNAMIC");
        if (rule.listId == 0 ? dynamicContacts : l.listId == rule.listId)
            return dynamicContacts ? l.listId : 0;
    }
    return 0;
}

QString ListGrower::problem(const ListGrowthRule &rule) const
{
    if (resolve(rule) != 0)
        return {};
    if (rule.listId == 0)
        return QCoreApplication::translate("ListGrower", "the portal has no DYNAMIC contact list");
    return QCoreApplication::translate("ListGrower",
                                       "list %1 is not a DYNAMIC contact list of this portal "
                                       "(GET /_sandbox/summary lists them)")
        .arg(rule.listId);
}

void ListGrower::setRules(const QVector<ListGrowthRule> &rules)
{
    if (rules == m_rules)
        return;
    m_rules = rules;
    m_schedules.clear();
    const QDateTime now = m_clock.nowUtc();
    for (const ListGrowthRule &rule : rules) {
        const qint64 listId = resolve(rule);
        if (listId == 0)
            continue;
        Schedule s;
        s.listId = listId;
        s.count = rule.count;
        s.intervalMs = qint64(rule.everyMinutes) * 60 * 1000;
        s.anchor = now;
        s.cursor = m_state.data().contacts.size() - 1;
        m_schedules.append(s);
    }
}

QVector<qint64> ListGrower::pick(Schedule &s) const
{
    QVector<qint64> ids;
    const QVector<Contact> &contacts = m_state.data().contacts;
    const ContactList *l = m_state.list(s.listId);
    for (; s.cursor >= 0 && l && ids.size() < s.count; --s.cursor) {
        const Contact &c = contacts.at(s.cursor);
        if (eligible(c) && !std::binary_search(l->members.cbegin(), l->members.cend(), c.id))
            ids.append(c.id);
    }
    return ids;
}

void ListGrower::catchUp()
{
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    for (Schedule &s : m_schedules) {
        const qint64 due = (nowMs - s.anchor.toMSecsSinceEpoch()) / s.intervalMs;
        for (; s.ticksDone < due; ++s.ticksDone) {
            if (s.cursor < 0) { // nobody left: the list has stopped growing
                s.ticksDone = due;
                break;
            }
            ListEdit edit;
            edit.listId = s.listId;
            edit.add = pick(s);
            edit.at = s.anchor.addMSecs((s.ticksDone + 1) * s.intervalMs);
            m_state.applyListEdit(edit);
        }
    }
}

} // namespace SeqDesk::Sandbox
