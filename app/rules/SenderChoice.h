#pragma once

#include "enroll/DryRunPlanner.h"
#include "store/Records.h"

#include <QHash>
#include <QList>

#include <optional>

namespace SeqDesk::Rules {

// A sender inbox a rule may send as, and how many more it may send now under its rolling
// 24 h cap (its cap less what it sent in the window and what jobs still have to send).
struct Inbox
{
    QString email;
    QString userId; // the HubSpot user the enrollments are made as
    int room = 0;
};

// Who sends what in one run of a rule.
struct SenderChoice
{
    struct Job
    {
        Inbox inbox;
        QList<Enroll::PlannedContact> contacts; // to enroll as that inbox
    };
    QList<Job> jobs; // in the order of the inboxes given (single, rotation) or first use
    QList<Enroll::PlannedContact> skipped; // predicted skips and NoSender: recorded, not sent
    int waiting = 0; // could be enrolled, but no inbox had room or the run's limit was reached
};

// Chooses the sender of each contact of a dry run (planned with no cap of its own), never
// past an inbox's room and at most `limit` contacts to enroll (-1: no limit):
// - Single: `inboxes` holds the one inbox.
// - Rotation: the inbox with the most room left, the first of `inboxes` on a tie.
// - ContactOwner: the contact's owner's inbox (`owners`: by HubSpot owner id, only owners who
//   can use the sequence); else `fallback` when set; else NoSender (skipped with the reason).
//   An owner without room waits for a later run rather than going to the fallback.
// Contacts to enroll beyond the room or the limit are left out (waiting): not recorded, a
// later run takes them. Pure.
SenderChoice chooseSenders(Store::RuleSenderMode mode, const QList<Enroll::PlannedContact> &plan,
                           const QList<Inbox> &inboxes, const QHash<QString, Inbox> &owners,
                           const std::optional<Inbox> &fallback, int limit);

} // namespace SeqDesk::Rules
