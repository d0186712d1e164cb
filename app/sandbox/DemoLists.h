#pragma once

#include "sandbox/Model.h"

class QRandomGenerator;

namespace SeqDesk::Sandbox {

// The demo portal's lists (docs/hubspot-wire.md "Demo portal"), ascending id, made after
// the contacts: contact lists of 12 to 320 members (lists[1] has 320, so memberships page;
// fewer only when there are fewer contacts), a 30-member list of every contact kind, a
// company list (objectTypeId 0-2), an empty one and, when bigListMembers > 0, one contact
// list of that many members (every contact when there are not more).
void makeDemoLists(PortalData &data, QRandomGenerator &rng, int bigListMembers);

} // namespace SeqDesk::Sandbox
