#include "rules/SenderChoice.h"

namespace SeqDesk::Rules {

using Enroll::Plan;
using Enroll::PlannedContact;
using Store::RuleSenderMode;

namespace {

// The jobs of a choice, one per inbox, found by email.
class Jobs
{
public:
    explicit Jobs(SenderChoice *choice)
        : m_choice(choice)
    { }

    // The inbox's job (made on first use); its room is what is left.
    SenderChoice::Job &of(const Inbox &inbox)
    {
        const auto found = m_index.constFind(inbox.email);
        if (found != m_index.cend())
            return m_choice->jobs[*found];
        m_index.insert(inbox.email, int(m_choice->jobs.size()));
        m_choice->jobs.append({inbox, {}});
        return m_choice->jobs.last();
    }

private:
    SenderChoice *m_choice;
    QHash<QString, int> m_index;
};

} // namespace

SenderChoice chooseSenders(RuleSenderMode mode, const QList<PlannedContact> &plan,
                           const QList<Inbox> &inboxes, const QHash<QString, Inbox> &owners,
                           const std::optional<Inbox> &fallback, int limit)
{
    SenderChoice choice;
    Jobs jobs(&choice);
    QHash<QString, int> room; // by email: what is left
    for (const Inbox &i : inboxes)
        room.insert(i.email, i.room);
    for (const Inbox &i : owners)
        room.insert(i.email, i.room);
    if (fallback)
        room.insert(fallback->email, fallback->room);
    if (mode != RuleSenderMode::ContactOwner) { // their jobs come in the order given
        for (const Inbox &i : inboxes)
            jobs.of(i);
    }
    int planned = 0;
    for (PlannedContact contact : plan) {
        if (contact.plan != Plan::Enroll) {
            choice.skipped.append(contact);
            continue;
        }
        if (limit >= 0 && planned >= limit) {
            ++choice.waiting;
            continue;
        }
        std::optional<Inbox> inbox;
        if (mode == RuleSenderMode::Rotation || mode == RuleSenderMode::Single) {
            for (const Inbox &i : inboxes) {
                if (room.value(i.email) > 0
                    && (!inbox || room.value(i.email) > room.value(inbox->email)))
                    inbox = i;
            }
        } else if (const auto owner = owners.constFind(contact.ownerId); owner != owners.cend()) {
            if (room.value(owner->email) > 0)
                inbox = *owner;
            else {
                ++choice.waiting; // the owner sends it once there is room
                continue;
            }
        } else if (fallback) {
            if (room.value(fallback->email) > 0)
                inbox = *fallback;
        } else {
            contact.plan = Plan::NoSender;
            choice.skipped.append(contact);
            continue;
        }
        if (!inbox) {
            ++choice.waiting;
            continue;
        }
        --room[inbox->email];
        jobs.of(*inbox).contacts.append(contact);
        ++planned;
    }
    return choice;
}

} // namespace SeqDesk::Rules
