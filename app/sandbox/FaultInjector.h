#pragma once

#include <QRandomGenerator>

namespace SeqDesk::Sandbox {

struct SandboxSettings;

// What goes wrong with one request. Decided on arrival, from the seeded generator.
struct FaultPlan
{
    int delayMs = 0;
    bool dropBefore = false; // abort before processing
    bool dropAfter = false; // abort after processing, instead of answering
    bool serverError = false;
    int serverErrorStatus = 500;
    bool inject429 = false;
    bool malformed = false; // 2xx only
    bool truncate = false; // 2xx only
    bool legacyShape = false; // enrollment rejections
};

class FaultInjector final
{
public:
    explicit FaultInjector(quint32 seed);
    Q_DISABLE_COPY_MOVE(FaultInjector)

    // Draws the same number of values for every request, so one fault's setting does not
    // shift the others' sequence. rateCounted: the request counts against the rate limit
    // (only those can get an injected 429).
    FaultPlan plan(const SandboxSettings &settings, bool rateCounted);
    void armBurst(int count) { m_burst = count; }
    int burstRemaining() const { return m_burst; }

private:
    QRandomGenerator m_rng;
    int m_burst = 0;
};

} // namespace SeqDesk::Sandbox
