#pragma once

#include "sandbox/SandboxState.h"

// Finds demo data of a given kind, so suites do not hard-code ids.
namespace DemoLookup {

using namespace SeqDesk::Sandbox;

// Owners come in a fixed order of roles (DemoData.h).
enum Role { Primary = 0, InboxDiffers = 1, TwoInboxes = 2, NoSeat = 3, Queue = 4, Deactivated = 5 };

inline const Owner &owner(const SandboxState &state, Role role)
{
    return state.data().owners.at(int(role));
}

inline qint64 userId(const SandboxState &state, Role role)
{
    return owner(state, role).userId.value_or(0);
}

// The n-th contact of this kind that is not (for Normal: not yet) enrolled by the API.
inline const Contact *contactOfKind(const SandboxState &state, ContactKind kind, int n = 0)
{
    for (const Contact &c : state.data().contacts) {
        if (c.kind == kind && (kind != ContactKind::Normal || !state.activeEnrollment(c.id))
            && n-- == 0)
            return &c;
    }
    return nullptr;
}

inline const Sequence *teamSequenceWithSteps(const SandboxState &state, int n = 0)
{
    for (const Sequence &s : state.data().sequences) {
        if (s.shared && !s.steps.isEmpty() && n-- == 0)
            return &s;
    }
    return nullptr;
}

inline const Sequence *privateSequence(const SandboxState &state)
{
    for (const Sequence &s : state.data().sequences) {
        if (!s.shared)
            return &s;
    }
    return nullptr;
}

} // namespace DemoLookup
