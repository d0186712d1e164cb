#pragma once

#include "sandbox/Model.h"

namespace SeqDesk::Sandbox {

struct DemoDataSpec
{
    quint32 seed = 1;
    int ownerCount = 8; // at least 6
    int sequenceCount = 40; // at least 4
    int contactCount = 5000; // at least 10
    int bigListMembers = 0; // > 0: one more contact list this big (contacts raised to it)
};

// Builds the demo portal deterministically from the seed (same spec -> same data).
//
// Owners, in this order: [0] active user, inbox = login email; [1] active user whose only
// inbox differs from the login email; [2] active user with two inboxes; [3] active user
// without a Sales seat; [4] a QUEUE owner (no userId); [5] a deactivated user (no userId,
// userIdIncludingInactive set); [6..] active users, inbox = login email.
// Sequences belong to the users with a seat; about a quarter are private, about one in
// ten has no steps. Contacts include every ContactKind (at least one of each); about 92 %
// have an owner (hubspot_owner_id): a user with a seat three times as often as the user
// without a seat ([3]) or the deactivated user ([5]); never the queue.
// Counts below the minimums (6 owners, 4 sequences, 10 contacts) are raised to them.
PortalData generateDemoData(const DemoDataSpec &spec);

// Base of every generated timestamp, so the data does not depend on the current date.
QDateTime demoEpoch();

} // namespace SeqDesk::Sandbox
