#pragma once

// The figures a benchmark hands to scripts/bench-report.sh (tests/bench/bench_report.cpp):
// one line "FIGURE <key> <value> <unit>" each on stdout, beside the benchmark's own text.
// Keys are short names without spaces (for example "seqdesk_s"); the report's spec
// (tests/bench/report.json) says which are goals and which baselines.
#include <QtGlobal>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace SeqDesk::Bench {

inline void figure(const char *key, double value, const char *unit)
{
    std::printf("FIGURE %s %.6g %s\n", key, value, unit);
    std::fflush(stdout);
}

// The process's peak resident memory so far, in MiB (Linux reports ru_maxrss in KiB).
inline double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The least time `requests` requests can take under a limit of `max` per rolling `windowMs`
// with `latencyMs` to each answer and at most `inFlight` requests on the wire (0: no such
// limit): full windows one after another, then the last window's requests in rounds of
// `inFlight`; or, when the latency binds before the limit, rounds of `inFlight` throughout.
inline double rateBoundMs(qint64 requests, int max, int windowMs, int latencyMs, int inFlight = 0)
{
    if (requests <= 0 || max <= 0)
        return 0;
    const auto rounds = [&](qint64 n) {
        return inFlight > 0 ? std::ceil(double(n) / inFlight) * latencyMs : double(latencyMs);
    };
    const qint64 fullWindows = (requests - 1) / max;
    const double byRate = double(fullWindows) * windowMs + rounds(requests - fullWindows * max);
    return std::max(byRate, inFlight > 0 ? rounds(requests) : 0.0);
}

// The figure every benchmark ends with: its peak resident memory.
inline void peakMemoryFigure()
{
    figure("peak_rss", peakRssMiB(), "MiB");
}

} // namespace SeqDesk::Bench
