#pragma once

// What bench_list_source measures with: the request sequence and its rate-limit bound, the
// process's memory from /proc, and one sandbox with a big list that runs the wizard's flow
// (and the one-read-per-contact baseline) against it.
#include "enroll/DryRunPlanner.h"
#include "enroll/EnrollmentUseCase.h"
#include "sandbox/SandboxConfig.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace SeqDesk::Sandbox {
class SandboxThread;
}

namespace SeqDesk::Bench {

constexpr int DryRunBatch = Enroll::DryRunPlanner::kBatch;

// The requests from "choose list" to the dry-run table: one GET of the list, its membership
// pages one after another (each waits for the previous answer's cursor), then the contact
// reads, all at once after the last page.
struct RequestShape
{
    int pages = 0;
    int reads = 0;

    int total() const { return 1 + pages + reads; }
    // A list of `members`, of which the first `readCount` (-1: all) are read `perRead` a request.
    static RequestShape of(int members, int perRead, int readCount = -1);
    // The earliest the last answer can arrive under `s` (latency and the rolling window of
    // rateLimit per rateWindowMs, counted at arrival as the sandbox does), with at most
    // `inFlight` requests unanswered (0: any number) and no other overhead.
    qint64 boundMs(const Sandbox::SandboxSettings &s, int inFlight = 0) const;
};

// The whole process's memory around one run, in kB, the sandbox thread included: resident
// (/proc/self/status) and the heap's live allocations (glibc's mallinfo2; -1 without it).
struct MemoryFigures
{
    qint64 beforeKb = 0; // VmRSS at the start (freed heap returned first)
    qint64 peakKb = 0; // VmHWM at the end: the peak since the start when peakIsPhase
    qint64 heldKb = 0; // VmRSS at the end, results still held (freed heap returned first)
    bool peakIsPhase = false; // VmHWM could be reset at the start (/proc/self/clear_refs)
    qint64 heapBeforeKb = -1;
    qint64 heapPeakKb = -1; // the most seen after each page, each batch answer and at the end
    qint64 heapHeldKb = -1; // at the end, results still held

    qint64 peakGrowthKb() const { return qMax<qint64>(0, peakKb - beforeKb); }
    qint64 heldGrowthKb() const { return qMax<qint64>(0, heldKb - beforeKb); }
    bool hasHeap() const { return heapBeforeKb >= 0; }
    qint64 heapPeakGrowthKb() const { return qMax<qint64>(0, heapPeakKb - heapBeforeKb); }
    qint64 heapHeldGrowthKb() const { return qMax<qint64>(0, heapHeldKb - heapBeforeKb); }
};

struct RouteCounts
{
    QMap<QString, int> requests; // sandbox route -> requests during the run
    qint64 total = 0;
};

struct ListRun
{
    int members = 0; // read from the list
    qint64 readMs = 0; // "choose list" to the last membership page
    qint64 totalMs = 0; // "choose list" to the dry-run table
    RouteCounts routes; // as the sandbox counted them
    qint64 client429 = 0;
    qint64 retries = 0;
    int rows = 0;
    QHash<Enroll::Plan, int> byPlan;
    MemoryFigures memory;

    QString planSummary() const;
};

// A sandbox whose demo portal has one more list of `members` contacts, and the runs on it.
class ListBench final
{
public:
    ListBench(int members, const Sandbox::SandboxSettings &settings);
    ~ListBench();
    Q_DISABLE_COPY_MOVE(ListBench)

    bool start(QString *error);
    void stop();
    // The wizard's flow on a fresh client and an empty rate window: ListMembersReader,
    // EnrollmentUseCase::planRequest, DryRunPlanner.
    std::optional<ListRun> runSeqDesk(QString *error);
    // The same list read by ListMembersReader, then the first `sample` members read one
    // contact per request (batchReadContacts of one id, all handed to the same paced client),
    // and the table built from those answers by DryRunPlanner::plan.
    std::optional<ListRun> runBaseline(int sample, QString *error);

private:
    Sandbox::SandboxConfig m_config;
    std::unique_ptr<Sandbox::SandboxThread> m_sandbox;
    QString m_listId;
    Enroll::EnrollmentTarget m_target;
};

} // namespace SeqDesk::Bench
