// 429s that say nothing of the limit (no Retry-After, no X-HubSpot-RateLimit-* headers):
// the backoff after them, and what the pacer learns from them. All on a manual clock;
// the server in the job-sized runs is the sandbox's own RateLimiter on that clock.
#include "hubspot/ApiError.h"
#include "hubspot/Backoff.h"
#include "hubspot/RatePacer.h"

#include "sandbox/RateLimiter.h"

#include "FakeClock.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <vector>

using namespace SeqDesk::HubSpot;

namespace {

ApiError tooManyRequests(const char *policyName)
{
    ApiError e;
    e.kind = ErrorKind::Retryable;
    e.httpStatus = 429;
    e.policyName = QString::fromLatin1(policyName);
    return e;
}

// A request of this pacer, answered 429 (accepted = false) or not, `latencyMs` after.
qint64 sendAndAnswer(RatePacer &pacer, FakeClock &clock, bool accepted, int latencyMs = 100)
{
    pacer.onSent();
    const qint64 sentAt = clock.monotonicMs();
    clock.advance(latencyMs);
    pacer.onAnswer(sentAt, RateLimitHeaders(), !accepted);
    return sentAt;
}

struct JobRun
{
    int requests = 0;
    int tooMany = 0; // 429 answers
    qint64 waitedMs = 0; // the waits decided after them, summed
    qint64 durationMs = 0; // from the first send to the last answer
    int learnedMax = 0;
};

// One job of `requests` requests against a server that allows `limit` per `windowMs` and
// answers the rest 429 with `policyName` and nothing else (the sandbox with
// --no-rate-headers --no-retry-after). The loop does what RequestScheduler does with a
// 429: `learn` = now (RatePacer::onTooManyRequests; the window from rateLimitWindowMs);
// otherwise as before (rateLimitWaitMs: the policy's window, ten seconds, after every one).
// Either way every send waits for the pacer, which pauses for the wait. Time moves from
// event to event on a manual clock; the answers take `latencyMs`.
JobRun runJob(bool learn, int requests, int limit, int windowMs, const char *policyName,
              int latencyMs)
{
    FakeClock clock;
    SeqDesk::Sandbox::RateLimiter server(clock);
    server.configure(limit, windowMs, 1000000);
    RatePacer pacer(&clock, PacerConfig {});
    QRandomGenerator random(42);
    const ApiError answer429 = tooManyRequests(policyName);
    struct InFlight
    {
        qint64 sentAt;
        qint64 answerAt;
        bool accepted;
    };
    std::vector<qint64> queue(size_t(requests), clock.monotonicMs()); // not before
    std::vector<InFlight> inFlight;
    JobRun run;
    run.requests = requests;
    const qint64 start = clock.monotonicMs();
    int done = 0;
    while (done < requests) {
        const qint64 now = clock.monotonicMs();
        for (auto it = inFlight.begin(); it != inFlight.end();) {
            if (it->answerAt > now) {
                ++it;
                continue;
            }
            const InFlight answered = *it;
            it = inFlight.erase(it);
            pacer.onAnswer(answered.sentAt, RateLimitHeaders(), !answered.accepted);
            if (answered.accepted) {
                ++done;
                continue;
            }
            ++run.tooMany;
            const qint64 wait = learn
                ? pacer.onTooManyRequests(answered.sentAt, rateLimitWindowMs(answer429, 10000),
                                          random.generateDouble())
                : rateLimitWaitMs(answer429, 0, 500);
            pacer.pauseFor(wait);
            run.waitedMs += wait;
            queue.push_back(now + wait);
        }
        for (;;) {
            const auto ready = std::find_if(queue.begin(), queue.end(),
                                            [now](qint64 notBefore) { return notBefore <= now; });
            if (ready == queue.end() || pacer.msUntilNextSend(int(inFlight.size())) != 0)
                break;
            queue.erase(ready);
            pacer.onSent();
            const bool accepted
                = server.acquire().verdict == SeqDesk::Sandbox::RateLimiter::Verdict::Allowed;
            inFlight.push_back({now, now + latencyMs, accepted});
        }
        qint64 next = std::numeric_limits<qint64>::max();
        for (const InFlight &f : inFlight)
            next = qMin(next, f.answerAt);
        bool anyReady = false;
        for (const qint64 notBefore : queue) {
            if (notBefore > now)
                next = qMin(next, notBefore);
            else
                anyReady = true;
        }
        if (anyReady) {
            const qint64 wait = pacer.msUntilNextSend(int(inFlight.size()));
            if (wait > 0)
                next = qMin(next, now + wait);
        }
        if (next == std::numeric_limits<qint64>::max())
            break; // nothing left to happen
        clock.advance(qMax<qint64>(1, next - now));
    }
    run.durationMs = clock.monotonicMs() - start;
    run.learnedMax = pacer.info().learnedMax;
    return run;
}

QString describe(const JobRun &r)
{
    return QStringLiteral("%1 requests: %2 answered 429 (%3 %), %4 s waited after them, "
                          "%5 s in all, learned %6 per window")
        .arg(r.requests)
        .arg(r.tooMany)
        .arg(100.0 * r.tooMany / (r.requests + r.tooMany), 0, 'f', 1)
        .arg(r.waitedMs / 1000.0, 0, 'f', 1)
        .arg(r.durationMs / 1000.0, 0, 'f', 1)
        .arg(r.learnedMax);
}

} // namespace

class TestRatePacerLearning final : public QObject
{
    Q_OBJECT

private slots:
    void backoffStartsShortDoublesAndStopsAtTheWindow()
    {
        const BackoffPolicy tenSeconds = rateLimitBackoff(10000);
        const QList<qint64> ceilings {1000, 2000, 4000, 8000, 10000, 10000};
        for (int streak = 0; streak < ceilings.size(); ++streak)
            QCOMPARE(tenSeconds.ceilingMs(streak), ceilings[streak]);
        QCOMPARE(rateLimitBackoff(1000).ceilingMs(0), 100);
        QCOMPARE(rateLimitBackoff(1000).ceilingMs(9), 1000);
        // The window a 429 without headers refers to.
        QCOMPARE(rateLimitWindowMs(tooManyRequests("TEN_SECONDLY_ROLLING"), 10000), 10000);
        QCOMPARE(rateLimitWindowMs(tooManyRequests("SECONDLY"), 10000), 1000);
        QCOMPARE(rateLimitWindowMs(tooManyRequests("SECONDLY"), 400), 400);
        QCOMPARE(rateLimitWindowMs(tooManyRequests(""), 10000), 10000);
        ApiError secondlyByMessage = tooManyRequests("");
        secondlyByMessage.message = QStringLiteral("You have reached your secondly limit.");
        QCOMPARE(rateLimitWindowMs(secondlyByMessage, 10000), 1000);
    }

    void backoffIsJitteredGrowsWithOverrunsAndResetsAfterAnAcceptedAnswer()
    {
        FakeClock clock;
        RatePacer pacer(&clock, PacerConfig {});
        // Each 429 of a request sent after the previous one's cut is a new overrun: the
        // highest draw gives the ceiling, 1 s doubling up to the 10 s window.
        for (const qint64 ceiling : {1000, 2000, 4000, 8000, 10000, 10000}) {
            const qint64 sentAt = sendAndAnswer(pacer, clock, false);
            const qint64 wait = pacer.onTooManyRequests(sentAt, 10000, 0.9999999);
            QVERIFY2(wait >= ceiling - 1 && wait <= ceiling,
                     qPrintable(QStringLiteral("%1 for ceiling %2").arg(wait).arg(ceiling)));
            clock.advance(wait);
        }
        // An accepted answer resets it; full jitter draws anywhere under the ceiling.
        sendAndAnswer(pacer, clock, true);
        QRandomGenerator random(7);
        qint64 sum = 0;
        qint64 sentAt = sendAndAnswer(pacer, clock, false);
        for (int i = 0; i < 400; ++i) {
            // All sent before the cut: the same overrun, so the ceiling stays at 1 s.
            const qint64 wait = pacer.onTooManyRequests(sentAt, 10000, random.generateDouble());
            QVERIFY2(wait >= 0 && wait <= 1000, qPrintable(QString::number(wait)));
            sum += wait;
        }
        QVERIFY2(sum / 400 > 400 && sum / 400 < 600, qPrintable(QString::number(sum / 400)));
        QCOMPARE(pacer.onTooManyRequests(sentAt, 10000, 0.0), qint64(0));
    }

    void overrunTeachesTheWindowsBudget()
    {
        FakeClock clock;
        RatePacer pacer(&clock, PacerConfig {});
        QCOMPARE(pacer.info().learnedMax, 0);
        // 30 accepted within the window, the 31st refused.
        for (int i = 0; i < 30; ++i)
            sendAndAnswer(pacer, clock, true, 150);
        const qint64 refused = sendAndAnswer(pacer, clock, false, 150);
        const qint64 wait = pacer.onTooManyRequests(refused, 10000, 0.5);
        QVERIFY(wait > 0 && wait <= 1000);
        QCOMPARE(pacer.info().learnedMax, 27); // 30 less a tenth
        QCOMPARE(pacer.info().learnedIntervalMs, 10000);
        // 31 sends in the window already: nothing until 5 of them leave it.
        const qint64 until = pacer.msUntilNextSend(0);
        QVERIFY2(until > 5000, qPrintable(QString::number(until)));
        // A 429 of a request sent before the cut is the same overrun: nothing changes.
        pacer.onTooManyRequests(refused - 1, 10000, 0.5);
        QCOMPARE(pacer.info().learnedMax, 27);
        // Accepted answers let it grow back, one per window's worth.
        clock.advance(until);
        for (int i = 0; i < 28; ++i)
            sendAndAnswer(pacer, clock, true, 400);
        QCOMPARE(pacer.info().learnedMax, 28);
        // Headers make it moot: the server's own numbers count.
        RateLimitHeaders h;
        h.max = 100;
        h.remaining = 99;
        h.intervalMs = 10000;
        pacer.onAnswer(clock.monotonicMs(), h);
        QCOMPARE(pacer.info().learnedMax, 0);
        QCOMPARE(pacer.info().max, 100);
    }

    void overrunWithNothingOfOursAcceptedHalvesTheLimit()
    {
        FakeClock clock;
        RatePacer pacer(&clock, PacerConfig {});
        const qint64 refused = sendAndAnswer(pacer, clock, false);
        pacer.onTooManyRequests(refused, 10000, 0.5);
        QCOMPARE(pacer.info().learnedMax, 45); // half the fallback 9/s over 10 s
        clock.advance(1000);
        const qint64 again = sendAndAnswer(pacer, clock, false);
        pacer.onTooManyRequests(again, 10000, 0.5);
        QCOMPARE(pacer.info().learnedMax, 22);
    }

    void headerlessLimitCostsFewTooManyRequestsAndLittleWaiting_data()
    {
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("windowMs");
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<int>("latencyMs");
        QTest::newRow("30 per 10 s")
            << 400 << 30 << 10000 << QByteArray("TEN_SECONDLY_ROLLING") << 100;
        QTest::newRow("60 per 10 s, slow answers")
            << 600 << 60 << 10000 << QByteArray("TEN_SECONDLY_ROLLING") << 700;
        QTest::newRow("8 per 10 s")
            << 100 << 8 << 10000 << QByteArray("TEN_SECONDLY_ROLLING") << 100;
        QTest::newRow("4 per second (search)") << 200 << 4 << 1000 << QByteArray("SECONDLY") << 50;
    }

    void headerlessLimitCostsFewTooManyRequestsAndLittleWaiting()
    {
        QFETCH(int, requests);
        QFETCH(int, limit);
        QFETCH(int, windowMs);
        QFETCH(QByteArray, policy);
        QFETCH(int, latencyMs);
        const JobRun before
            = runJob(false, requests, limit, windowMs, policy.constData(), latencyMs);
        const JobRun now = runJob(true, requests, limit, windowMs, policy.constData(), latencyMs);
        qInfo().noquote() << "flat wait per 429:" << describe(before);
        qInfo().noquote() << "learned window:   " << describe(now);
        // 429s: under HubSpot's 5 % of the requests, and at most a fifth of before.
        QVERIFY2(now.tooMany * 20 <= requests + now.tooMany, qPrintable(describe(now)));
        QVERIFY2(now.tooMany * 5 <= before.tooMany, qPrintable(describe(before)));
        // Waiting after 429s: a small part of the job, and far below before.
        QVERIFY2(now.waitedMs * 20 <= now.durationMs, qPrintable(describe(now)));
        QVERIFY2(now.waitedMs * 10 <= before.waitedMs, qPrintable(describe(before)));
        // Close to the limit's own pace: `requests` at `limit` per window.
        const qint64 ideal = qint64(requests) * windowMs / limit;
        QVERIFY2(now.durationMs <= ideal * 13 / 10, qPrintable(describe(now)));
        QVERIFY2(now.learnedMax >= limit * 8 / 10 && now.learnedMax <= limit + 1,
                 qPrintable(describe(now)));
    }
};

QTEST_GUILESS_MAIN(TestRatePacerLearning)
#include "tst_ratepacerlearning.moc"
