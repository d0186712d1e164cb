#include "sandbox/FaultInjector.h"

#include "sandbox/SandboxConfig.h"

namespace SeqDesk::Sandbox {

FaultInjector::FaultInjector(quint32 seed)
    : m_rng(seed ^ 0x5eed4a17u)
{ }

FaultPlan FaultInjector::plan(const SandboxSettings &s, bool rateCounted)
{
    double draws[7];
    for (double &d : draws)
        d = m_rng.generateDouble();
    const quint32 jitter = m_rng.bounded(quint32(s.latencyJitterMs) + 1);
    const quint32 statusPick = m_rng.bounded(3u);
    FaultPlan p;
    p.delayMs = s.latencyMs + int(jitter);
    p.dropBefore = draws[0] < s.dropRate;
    p.serverError = draws[1] < s.failRate;
    p.serverErrorStatus = statusPick == 0 ? 500 : (statusPick == 1 ? 502 : 503);
    p.malformed = draws[2] < s.malformedRate;
    p.truncate = !p.malformed && draws[3] < s.truncateRate;
    p.dropAfter = draws[4] < s.dropAfterRate;
    p.legacyShape = s.errorShape == ErrorShape::Legacy
        || (s.errorShape == ErrorShape::Mixed && draws[5] < 0.5);
    if (rateCounted && !p.dropBefore) {
        if (m_burst > 0) {
            --m_burst;
            p.inject429 = true;
        } else {
            p.inject429 = draws[6] < s.burst429Rate;
        }
    }
    return p;
}

} // namespace SeqDesk::Sandbox
