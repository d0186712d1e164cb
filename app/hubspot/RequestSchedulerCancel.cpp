// RequestScheduler: cancelAll() and destruction. Every job that is queued or in flight ends
// with exactly one Cancelled answer (unless its context is gone):
//   - cancelAll(): synchronously, in the call. Nothing is sent while it runs; callbacks may
//     submit new requests, which are queued unsent and cancelled by the same call.
//   - destruction (the client went away): later, from the context's event loop, with a
//     copy of the callback (the scheduler no longer exists when it runs).
// A non-idempotent request (enroll) that was on the wire when it was aborted gets
// ApiError::outcomeUnknown: HubSpot may have applied it. No state is read to find out;
// cancelling means stop, and the caller's journal checks on resume.
#include "hubspot/RequestScheduler.h"

#include <QMetaObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace SeqDesk::HubSpot {

RequestScheduler::~RequestScheduler()
{
    m_timer.stop();
    std::vector<JobPtr> jobs = std::move(m_inFlight);
    m_inFlight.clear();
    jobs.insert(jobs.end(), m_queue.begin(), m_queue.end());
    m_queue.clear();
    for (const JobPtr &job : jobs) {
        abortReply(job.get());
        postCancelled(job, cancelledAnswer(*job));
    }
}

RawAnswer RequestScheduler::cancelledAnswer(const Job &job) const
{
    RawAnswer answer;
    answer.attempts = job.attempts;
    answer.error = ApiError::cancelled(job.request.endpoint);
    answer.error.outcomeUnknown = job.onWire && !job.request.idempotent;
    return answer;
}

void RequestScheduler::abortReply(Job *job)
{
    job->cancelled = true;
    if (job->phaseTimer)
        job->phaseTimer->stop();
    if (!job->reply)
        return;
    QNetworkReply *reply = std::exchange(job->reply, nullptr);
    reply->disconnect(this); // its finished() must not reach onReplyFinished()
    reply->abort();
    reply->deleteLater();
}

void RequestScheduler::postCancelled(const JobPtr &job, const RawAnswer &answer)
{
    if (job->contextGone() || !job->done)
        return;
    Callback done = std::move(job->done);
    job->done = nullptr;
    auto call = [done = std::move(done), answer] {
        done(answer);
    };
    if (job->hasContext)
        QMetaObject::invokeMethod(job->context.data(), std::move(call), Qt::QueuedConnection);
    else
        QTimer::singleShot(0, std::move(call));
}

void RequestScheduler::cancelAll()
{
    if (m_cancelling)
        return; // called again from a callback: the running call cancels everything
    m_cancelling = true;
    m_timer.stop();
    // Abort everything on the wire first, so no answer can arrive while callbacks run.
    for (const JobPtr &job : m_inFlight)
        abortReply(job.get());
    // One job at a time from the members: a callback may submit (queued, not sent while
    // m_cancelling) or even destroy the scheduler (its destructor takes what is left).
    QPointer<RequestScheduler> alive(this);
    while (!m_inFlight.empty() || !m_queue.empty()) {
        JobPtr job;
        if (!m_inFlight.empty()) {
            job = m_inFlight.front();
            m_inFlight.erase(m_inFlight.begin());
        } else {
            job = m_queue.front();
            m_queue.pop_front();
            abortReply(job.get());
        }
        const RawAnswer answer = cancelledAnswer(*job);
        job->onWire = false;
        deliver(job, answer);
        if (!alive)
            return;
    }
    m_cancelling = false;
}

} // namespace SeqDesk::HubSpot
