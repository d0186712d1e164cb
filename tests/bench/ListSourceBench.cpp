#include "ListSourceBench.h"

#include "EnrollBenchSupport.h"
#include "enroll/ListMembersReader.h"
#include "enroll/Prediction.h"
#include "hubspot/HubSpotClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxThread.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <cstdio>
#include <functional>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace SeqDesk::Bench {

using Enroll::Plan;

namespace {

struct ProcMemory
{
    qint64 rssKb = 0;
    qint64 hwmKb = 0;
};

ProcMemory readProcMemory()
{
    ProcMemory m;
    std::FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return m;
    char line[256];
    while (std::fgets(line, sizeof line, f)) {
        long long kb = 0;
        if (std::sscanf(line, "VmRSS: %lld kB", &kb) == 1)
            m.rssKb = kb;
        else if (std::sscanf(line, "VmHWM: %lld kB", &kb) == 1)
            m.hwmKb = kb;
    }
    std::fclose(f);
    return m;
}

// Hands freed heap back to the system, so RSS shows what is still allocated.
void returnFreedHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// Bytes the heap has handed out and not got back (every arena), in kB; -1 when unknown.
qint64 liveHeapKb()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
#else
    return -1;
#endif
}

// Sets VmHWM to the current RSS (Linux: "5" to /proc/self/clear_refs); false if it could not.
bool resetPeak()
{
    std::FILE *f = std::fopen("/proc/self/clear_refs", "w");
    if (!f)
        return false;
    const bool written = std::fputs("5", f) >= 0;
    return std::fclose(f) == 0 && written;
}

RouteCounts routesBetween(const Sandbox::SandboxStats &before, const Sandbox::SandboxStats &after)
{
    RouteCounts counts;
    for (auto it = after.requests.cbegin(); it != after.requests.cend(); ++it) {
        const int n = it.value() - before.requests.value(it.key());
        if (n > 0)
            counts.requests.insert(it.key(), n);
    }
    counts.total = after.total - before.total;
    return counts;
}

// What a run has at hand once the members are read.
struct Flow
{
    HubSpot::HubSpotClient &client;
    QObject *context; // of every answer the run waits for
    std::function<void(const QList<Enroll::PlannedContact> &)> done; // the dry-run table
    std::function<void(const QString &)> fail;
    std::function<void()> sampleHeap; // after each answer
};

// Starts a run's reads once the members are read; it ends with flow.done or flow.fail.
using AfterRead = std::function<void(const Enroll::ListMembers &members, Flow &flow)>;

} // namespace

RequestShape RequestShape::of(int members, int perRead, int readCount)
{
    const int read = readCount < 0 ? members : qMin(readCount, members);
    const int pageSize = HubSpot::membershipsPageLimit;
    return {(members + pageSize - 1) / pageSize, (read + perRead - 1) / perRead};
}

qint64 RequestShape::boundMs(const Sandbox::SandboxSettings &s, int inFlight) const
{
    // Each request as early as its dependency and the window allow: request j arrives no
    // earlier than request j - rateLimit plus the window (nor before request j - inFlight
    // was answered). The earliest schedule is optimal here because every constraint only
    // grows with earlier send times.
    const int sequential = 1 + pages;
    std::vector<qint64> sent;
    sent.reserve(size_t(total()));
    qint64 ready = 0;
    for (int j = 0; j < total(); ++j) {
        qint64 at = sent.empty() ? ready : qMax(ready, sent.back());
        if (j >= s.rateLimit)
            at = qMax(at, sent[size_t(j - s.rateLimit)] + s.rateWindowMs);
        if (inFlight > 0 && j >= inFlight)
            at = qMax(at, sent[size_t(j - inFlight)] + s.latencyMs);
        sent.push_back(at);
        if (j < sequential)
            ready = at + s.latencyMs; // the next page, or every read after the last page
    }
    return sent.back() + s.latencyMs;
}

QString ListRun::planSummary() const
{
    const auto n = [this](Plan p) {
        return QString::number(byPlan.value(p));
    };
    return QStringLiteral("%1 rows: enroll now %2, deferred by the send cap %3, already in a "
                          "sequence %4, unsubscribed %5, bounced %6, blocked %7, no email %8, "
                          "not found %9")
        .arg(QString::number(rows), n(Plan::Enroll), n(Plan::Deferred), n(Plan::AlreadyEnrolled),
             n(Plan::Unsubscribed), n(Plan::Bounced), n(Plan::Blocked), n(Plan::NoEmail),
             n(Plan::NotFound));
}

ListBench::ListBench(int members, const Sandbox::SandboxSettings &settings)
{
    m_config.listMembers = members; // the contacts are raised to it
    m_config.settings = settings;
}

ListBench::~ListBench() = default;

bool ListBench::start(QString *error)
{
    {
        // The same deterministic data the sandbox generates: the big list and a target.
        const Sandbox::PortalData data
            = Sandbox::generateDemoData({m_config.seed, m_config.ownerCount, m_config.sequenceCount,
                                         m_config.contactCount, m_config.listMembers});
        const Sandbox::ContactList &big = data.lists.constLast();
        if (big.members.size() != m_config.listMembers) {
            *error = QStringLiteral("the demo data has no list of %1 members")
                         .arg(m_config.listMembers);
            return false;
        }
        m_listId = QString::number(big.listId);
        QStringList eligible;
        const Target target = demoTarget(data, &eligible);
        m_target.portalId = QStringLiteral("4242424");
        m_target.sequenceId = target.sequenceId;
        m_target.senderEmail = target.sender;
        m_target.userId = target.userId;
    }
    m_sandbox = std::make_unique<Sandbox::SandboxThread>(m_config);
    return m_sandbox->start(error);
}

void ListBench::stop()
{
    m_sandbox.reset();
}

namespace {

std::optional<ListRun> runFlow(Sandbox::SandboxThread &sandbox, const QString &token,
                               const QString &listId, const AfterRead &afterRead, QString *error)
{
    sandbox.applyControl(QJsonObject {{QStringLiteral("resetRateLimit"), true}});
    const Sandbox::SandboxStats before = sandbox.stats();
    QNetworkAccessManager nam;
    HubSpot::ClientConfig config;
    config.baseUrl = sandbox.baseUrl();
    HubSpot::HubSpotClient client(&nam, config);
    client.setAccessToken(token);
    Enroll::ListMembersReader reader(&client);
    QEventLoop loop;
    ListRun run;
    QList<Enroll::PlannedContact> plan;
    bool ok = false;
    QElapsedTimer timer;
    Flow flow {client, &loop, nullptr, nullptr, nullptr};
    flow.sampleHeap = [&run] {
        run.memory.heapPeakKb = qMax(run.memory.heapPeakKb, liveHeapKb());
    };
    flow.fail = [&](const QString &why) {
        *error = why;
        loop.quit();
    };
    flow.done = [&](const QList<Enroll::PlannedContact> &table) {
        run.totalMs = timer.elapsed();
        plan = table;
        flow.sampleHeap();
        ok = true;
        loop.quit();
    };
    QObject::connect(&reader, &Enroll::ListMembersReader::progress, &loop,
                     [&flow] { flow.sampleHeap(); });
    QObject::connect(&reader, &Enroll::ListMembersReader::finished, &loop,
                     [&](const Enroll::ListMembers &members) {
                         run.readMs = timer.elapsed();
                         run.members = int(members.contacts.size());
                         afterRead(members, flow);
                     });
    QObject::connect(&reader, &Enroll::ListMembersReader::refused, &loop,
                     [&flow](const QString &message) { flow.fail(message); });
    QObject::connect(&reader, &Enroll::ListMembersReader::failed, &loop,
                     [&flow](const HubSpot::ApiError &e) { flow.fail(e.summary()); });

    returnFreedHeap();
    run.memory.beforeKb = readProcMemory().rssKb;
    run.memory.heapBeforeKb = run.memory.heapPeakKb = liveHeapKb();
    run.memory.peakIsPhase = resetPeak();
    timer.start();
    reader.start(listId);
    loop.exec();
    if (!ok)
        return std::nullopt;
    run.memory.peakKb = readProcMemory().hwmKb;
    returnFreedHeap();
    run.memory.heldKb = readProcMemory().rssKb;
    run.memory.heapHeldKb = liveHeapKb();

    run.routes = routesBetween(before, sandbox.stats());
    run.client429 = client.stats().tooManyRequests;
    run.retries = client.stats().retries;
    run.rows = int(plan.size());
    for (const Enroll::PlannedContact &p : std::as_const(plan))
        ++run.byPlan[p.plan];
    return run;
}

} // namespace

std::optional<ListRun> ListBench::runSeqDesk(QString *error)
{
    const Enroll::EnrollmentTarget target = m_target;
    std::unique_ptr<Enroll::DryRunPlanner> planner;
    return runFlow(
        *m_sandbox, m_config.token, m_listId,
        [&](const Enroll::ListMembers &members, Flow &flow) {
            const Enroll::EnrollmentContacts contacts {
                members.contacts, {}, Enroll::ContactOrigin::ofList(members.listId, members.name)};
            planner = std::make_unique<Enroll::DryRunPlanner>(&flow.client);
            Flow *f = &flow; // lives until the run ends
            QObject::connect(planner.get(), &Enroll::DryRunPlanner::progress, flow.context,
                             [f] { f->sampleHeap(); });
            QObject::connect(planner.get(), &Enroll::DryRunPlanner::finished, flow.context,
                             flow.done);
            QObject::connect(planner.get(), &Enroll::DryRunPlanner::failed, flow.context,
                             [f](const HubSpot::ApiError &e) { f->fail(e.summary()); });
            planner->start(Enroll::EnrollmentUseCase::planRequest(target, contacts, {}));
        },
        error);
}

std::optional<ListRun> ListBench::runBaseline(int sample, QString *error)
{
    const Enroll::EnrollmentTarget target = m_target;
    Enroll::PlanRequest request;
    QHash<QString, HubSpot::Contact> byId;
    int pending = 0;
    bool failed = false;
    return runFlow(
        *m_sandbox, m_config.token, m_listId,
        [&](const Enroll::ListMembers &members, Flow &flow) {
            const Enroll::EnrollmentContacts contacts {
                members.contacts.mid(0, sample),
                {},
                Enroll::ContactOrigin::ofList(members.listId, members.name)};
            request = Enroll::EnrollmentUseCase::planRequest(target, contacts, {});
            pending = int(request.contacts.size());
            Flow *f = &flow; // lives until the run ends
            for (const Enroll::ContactKey &key : std::as_const(request.contacts)) {
                flow.client.batchReadContacts(
                    {key.value}, HubSpot::IdProperty::Id, Enroll::Prediction::properties(),
                    flow.context, [&, f](HubSpot::Result<HubSpot::BatchReadResult> r) {
                        if (failed)
                            return;
                        if (!r.ok()) {
                            failed = true;
                            return f->fail(r.error().summary());
                        }
                        for (const HubSpot::Contact &c : r.value().found)
                            byId.insert(c.id, c);
                        f->sampleHeap();
                        if (--pending == 0)
                            f->done(Enroll::DryRunPlanner::plan(request, byId, {},
                                                                QDateTime::currentDateTimeUtc()));
                    });
            }
        },
        error);
}

} // namespace SeqDesk::Bench
