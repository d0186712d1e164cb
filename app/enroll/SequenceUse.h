#pragma once

#include "store/Records.h"

#include <QString>

#include <optional>

namespace SeqDesk::HubSpot {
struct SequenceDetail;
}

// Whether contacts may be enrolled into a sequence, for every caller (the wizard lists only
// these, seqdesk-cli refuses the others, rules stop on them), and why not in one sentence
// that says how to change it.
namespace SeqDesk::Enroll::SequenceUse {

// Empty when `sequence` is active (present in HubSpot, has steps, not paused or archived in
// SeqDesk); else the reason and what to do, translated.
QString problem(const Store::SequenceRecord &sequence);

// The sequence as it is now: HubSpot's answer (it exists, its name and steps) over the
// mirror's record, which alone knows SeqDesk's own pause and archive (nullopt: not synced;
// then only HubSpot's facts count).
Store::SequenceRecord current(const std::optional<Store::SequenceRecord> &mirror,
                              const HubSpot::SequenceDetail &detail);

} // namespace SeqDesk::Enroll::SequenceUse
