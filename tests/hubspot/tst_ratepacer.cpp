#include "hubspot/ApiError.h"
#include "hubspot/Backoff.h"
#include "hubspot/Pagination.h"
#include "hubspot/RatePacer.h"

#include "FakeClock.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace SeqDesk::HubSpot;

namespace {

RateLimitHeaders headers(int max, int remaining, int intervalMs)
{
    RateLimitHeaders h;
    h.max = max;
    h.remaining = remaining;
    h.intervalMs = intervalMs;
    return h;
}

// Sends as fast as the pacer allows for `durationMs` with `inFlightLatencyMs` answers;
// returns the send times.
QList<qint64> drive(RatePacer &pacer, FakeClock &clock, qint64 durationMs, int latencyMs, int max,
                    int intervalMs, int otherAppUsage = 0)
{
    QList<qint64> sends;
    QList<qint64> pending; // send times awaiting an answer
    const qint64 end = clock.monotonicMs() + durationMs;
    while (clock.monotonicMs() < end) {
        // answers due now
        for (int i = 0; i < pending.size();) {
            if (pending[i] + latencyMs <= clock.monotonicMs()) {
                int own = 0;
                for (qint64 t : sends)
                    own += (t > pending[i] - intervalMs && t <= pending[i]) ? 1 : 0;
                pacer.onAnswer(pending[i],
                               max > 0
                                   ? headers(max, qMax(0, max - own - otherAppUsage), intervalMs)
                                   : RateLimitHeaders());
                pending.removeAt(i);
            } else {
                ++i;
            }
        }
        const qint64 wait = pacer.msUntilNextSend(int(pending.size()));
        if (wait == 0) {
            pacer.onSent();
            sends.append(clock.monotonicMs());
            pending.append(clock.monotonicMs());
            continue;
        }
        clock.advance(1);
    }
    return sends;
}

int maxInAnyWindow(const QList<qint64> &sends, int windowMs)
{
    int best = 0;
    for (int i = 0; i < sends.size(); ++i) {
        int n = 0;
        for (int j = i; j < sends.size() && sends[j] < sends[i] + windowMs; ++j)
            ++n;
        best = qMax(best, n);
    }
    return best;
}

} // namespace

class TestRatePacer final : public QObject
{
    Q_OBJECT

private slots:
    void onlyOneInFlightBeforeFirstHeaders()
    {
        FakeClock clock;
        RatePacer pacer(&clock, PacerConfig {});
        QCOMPARE(pacer.allowedInFlight(), 1);
        QCOMPARE(pacer.msUntilNextSend(0), 0);
        pacer.onSent();
        QCOMPARE(pacer.msUntilNextSend(1), -1);
        const qint64 sentAt = clock.monotonicMs();
        clock.advance(50);
        pacer.onAnswer(sentAt, headers(10, 9, 1000));
        QCOMPARE(pacer.allowedInFlight(), 6);
        QCOMPARE(pacer.msUntilNextSend(1), 0);
        QCOMPARE(pacer.msUntilNextSend(6), -1);
    }

    void missingHeadersFallBackToConfiguredRate()
    {
        FakeClock clock;
        PacerConfig config;
        config.fallbackRatePerSecond = 4.0;
        RatePacer pacer(&clock, config);
        pacer.onSent();
        QCOMPARE(pacer.msUntilNextSend(0), 250);
        clock.advance(100);
        QCOMPARE(pacer.msUntilNextSend(0), 150);
        // Answers without headers: after a few, the server is assumed never to send them.
        for (int i = 0; i < config.headerlessAnswersBeforeFallback; ++i)
            pacer.onAnswer(clock.monotonicMs(), RateLimitHeaders());
        QCOMPARE(pacer.allowedInFlight(), config.maxInFlight);
        QVERIFY(!pacer.info().known);
        const auto sends = drive(pacer, clock, 10000, 30, 0, 0);
        QVERIFY2(sends.size() <= 41 && sends.size() >= 39,
                 qPrintable(QString::number(sends.size())));
        QVERIFY(maxInAnyWindow(sends, 1000) <= 4);
    }

    void neverExceedsTheWindowAndReachesNinetyFivePercent()
    {
        FakeClock clock;
        RatePacer pacer(&clock, PacerConfig {});
        const auto sends = drive(pacer, clock, 30000, 100, 10, 1000);
        QCOMPARE(maxInAnyWindow(sends, 1000), 10);
        // 30 s at 10/s = 300; the first request goes alone and the margin costs ~2.5%.
        QVERIFY2(sends.size() >= 285, qPrintable(QString::number(sends.size())));
        QVERIFY(sends.size() <= 300);
    }

    void tenSecondWindowIsRespectedToo()
    {
        FakeClock clock;
        RatePacer pacer(&clock, PacerConfig {});
        const auto sends = drive(pacer, clock, 40000, 20, 100, 10000);
        QCOMPARE(maxInAnyWindow(sends, 10000), 100);
        QVERIFY2(sends.size() >= 380, qPrintable(QString::number(sends.size())));
    }

    void aShareKeepsOwnSendsToItsPartOfTheLimit()
    {
        FakeClock clock;
        PacerConfig config;
        config.share = 0.4;
        RatePacer pacer(&clock, config);
        const auto sends = drive(pacer, clock, 40000, 20, 100, 10000);
        QCOMPARE(maxInAnyWindow(sends, 10000), 40); // 40 % of 100 per window
        QVERIFY2(sends.size() >= 150, qPrintable(QString::number(sends.size())));
        // Another app using 70 of the 100 leaves this one 30, below its share.
        FakeClock busy;
        RatePacer shared(&busy, config);
        const auto fewer = drive(shared, busy, 40000, 20, 100, 10000, 70);
        QVERIFY2(maxInAnyWindow(fewer, 10000) <= 31,
                 qPrintable(QString::number(maxInAnyWindow(fewer, 10000))));
    }

    void lowerRemainingFromAnotherAppSlowsUsDown()
    {
        FakeClock alone;
        RatePacer solo(&alone, PacerConfig {});
        const int soloSends = int(drive(solo, alone, 20000, 50, 10, 1000).size());

        FakeClock shared;
        RatePacer pacer(&shared, PacerConfig {});
        const auto sends = drive(pacer, shared, 20000, 50, 10, 1000, 4);
        // Another app uses 4 of the 10 per window: we must stay near 6 per window.
        QVERIFY2(maxInAnyWindow(sends, 1000) <= 7,
                 qPrintable(QString::number(maxInAnyWindow(sends, 1000))));
        QVERIFY(sends.size() < soloSends * 3 / 4);
    }

    void remainingZeroBlocksUntilWindowPasses()
    {
        FakeClock clock;
        RatePacer pacer(&clock, PacerConfig {});
        pacer.onSent();
        const qint64 sentAt = clock.monotonicMs();
        pacer.onAnswer(sentAt, headers(10, 0, 1000)); // someone else used the window
        const qint64 wait = pacer.msUntilNextSend(0);
        QVERIFY2(wait >= 1000 && wait <= 1030, qPrintable(QString::number(wait)));
    }

    void peerClosedCountsTheSilentResendInTheWindow()
    {
        FakeClock clock;
        RatePacer pacer(&clock, PacerConfig {});
        pacer.onSent();
        pacer.onAnswer(clock.monotonicMs(), headers(3, 2, 1000));
        pacer.onSent();
        QCOMPARE(pacer.sendsInWindow(), 2);
        QCOMPARE(pacer.msUntilNextSend(0), 0);
        pacer.onPeerClosed(); // Qt resent it once: the server saw three
        QCOMPARE(pacer.sendsInWindow(), 3);
        QVERIFY(pacer.msUntilNextSend(0) > 0);
    }

    void pauseForBlocksEverySend()
    {
        FakeClock clock;
        RatePacer pacer(&clock, PacerConfig {});
        pacer.pauseFor(2500);
        QCOMPARE(pacer.msUntilNextSend(0), 2500);
        clock.advance(2500);
        QCOMPARE(pacer.msUntilNextSend(0), 0);
    }

    void headersAreReadAndBadValuesIgnored()
    {
        const RateLimitHeaders h = RateLimitHeaders::read([](const QByteArray &name) {
            if (name == "X-HubSpot-RateLimit-Max")
                return QByteArrayLiteral("190");
            if (name == "X-HubSpot-RateLimit-Interval-Milliseconds")
                return QByteArrayLiteral("10000");
            if (name == "X-HubSpot-RateLimit-Remaining")
                return QByteArrayLiteral("abc");
            if (name == "X-HubSpot-RateLimit-Daily-Remaining")
                return QByteArrayLiteral("624999");
            return QByteArray();
        });
        QCOMPARE(*h.max, 190);
        QCOMPARE(*h.intervalMs, 10000);
        QVERIFY(!h.remaining);
        QCOMPARE(*h.dailyRemaining, 624999);
        QVERIFY(h.hasWindow());
    }

    // Found by fuzz_hubspot_errors (corpus regression-ratepacer-*.http): a Max of 2^31 - 1 with
    // Remaining 0 overflowed Max - Remaining, and 2^32 - 1 did not fit the int it was read into.
    void implausibleWindowValuesAreIgnoredNotWrapped()
    {
        const auto read = [](QByteArray max, QByteArray remaining, QByteArray interval) {
            return RateLimitHeaders::read([=](const QByteArray &name) {
                if (name == "X-HubSpot-RateLimit-Max")
                    return max;
                if (name == "X-HubSpot-RateLimit-Remaining")
                    return remaining;
                if (name == "X-HubSpot-RateLimit-Interval-Milliseconds")
                    return interval;
                return QByteArray();
            });
        };
        const RateLimitHeaders huge = read("2147483647", "4294967295", "10000");
        QVERIFY(!huge.max);
        QVERIFY(!huge.remaining);
        QCOMPARE(*huge.intervalMs, 10000);
        QVERIFY(!read("100", "0", "99999999999").intervalMs);
        const RateLimitHeaders largest = read("1000000", "0", "86400000");
        QCOMPARE(*largest.max, 1000000);
        QCOMPARE(*largest.intervalMs, 86400000);

        FakeClock clock;
        RatePacer pacer(&clock, PacerConfig {});
        pacer.onSent();
        pacer.onAnswer(clock.monotonicMs(), largest); // the whole window used by others
        const qint64 wait = pacer.msUntilNextSend(0);
        QVERIFY2(wait >= 86400000 && wait < qint64(86400000) * 2,
                 qPrintable(QString::number(wait)));
        pacer.onSent();
        pacer.onAnswer(clock.monotonicMs(), huge); // not believed: the window stays known
        QVERIFY(pacer.msUntilNextSend(0) >= 0);
        QCOMPARE(pacer.info().max, 1000000);
    }

    void backoffStaysWithinCappedExponentialBounds()
    {
        const BackoffPolicy policy {100, 1000};
        QCOMPARE(policy.ceilingMs(0), 100);
        QCOMPARE(policy.ceilingMs(1), 200);
        QCOMPARE(policy.ceilingMs(3), 800);
        QCOMPARE(policy.ceilingMs(4), 1000);
        QCOMPARE(policy.ceilingMs(60), 1000);
        QCOMPARE(policy.delayMs(2, 0.0), 0);
        QCOMPARE(policy.delayMs(2, 1.0), 400);
        QRandomGenerator random(7);
        qint64 sum = 0;
        for (int i = 0; i < 1000; ++i) {
            const qint64 d = policy.delayMs(5, random.generateDouble());
            QVERIFY(d >= 0 && d <= 1000);
            sum += d;
        }
        // full jitter: mean near half the ceiling
        QVERIFY(sum / 1000 > 400 && sum / 1000 < 600);
    }

    void rateLimitWaitFollowsRetryAfterThenPolicy()
    {
        ApiError e;
        e.policyName = QStringLiteral("TEN_SECONDLY_ROLLING");
        QCOMPARE(rateLimitWaitMs(e, 0, 77), 10000);
        QCOMPARE(rateLimitWaitMs(e, 1000, 77), 1000);
        e.retryAfterMs = 1500;
        QCOMPARE(rateLimitWaitMs(e, 1000, 77), 1500);
        ApiError secondly;
        secondly.policyName = QStringLiteral("SECONDLY");
        QCOMPARE(rateLimitWaitMs(secondly, 10000, 77), 1000);
        ApiError unknown;
        QCOMPARE(rateLimitWaitMs(unknown, 0, 77), 77);
    }

    void cursorGuardStopsOnRepeatedCursor()
    {
        CursorGuard guard(100);
        QString error;
        QVERIFY(guard.accept(QStringLiteral("a"), &error));
        QVERIFY(guard.accept(QStringLiteral("b"), &error));
        QVERIFY(!guard.accept(QStringLiteral("a"), &error));
        QVERIFY(error.contains(QLatin1String("repeated")));
    }

    void cursorGuardStopsAfterMaxPages()
    {
        CursorGuard guard(3);
        QString error;
        QVERIFY(guard.accept(QStringLiteral("1"), &error));
        QVERIFY(guard.accept(QStringLiteral("2"), &error));
        QVERIFY(!guard.accept(QStringLiteral("3"), &error));
        QVERIFY(error.contains(QLatin1String("more than 3 pages")));
        CursorGuard last(3);
        QVERIFY(last.accept(QString(), &error)); // last page is always fine
    }

    void pageWalkCollectsAllPagesWithProgress()
    {
        QList<QString> afters;
        QList<int> progress;
        std::optional<Result<QList<int>>> outcome;
        PageWalk<int>::start(
            Endpoint::Owners, 10,
            [&](const QString &after, PageWalk<int>::PageReply reply) {
                afters.append(after);
                Page<int> page;
                const int n = after.isEmpty() ? 0 : after.toInt();
                page.items = {n, n + 1};
                page.nextAfter = n < 4 ? QString::number(n + 2) : QString();
                reply(Result<Page<int>>::success(page));
            },
            [&](int pages, int) { progress.append(pages); },
            [&](Result<QList<int>> r) { outcome = std::move(r); });
        QVERIFY(outcome && outcome->ok());
        QCOMPARE(outcome->value(), (QList<int> {0, 1, 2, 3, 4, 5}));
        QCOMPARE(afters, (QList<QString> {QString(), QStringLiteral("2"), QStringLiteral("4")}));
        QCOMPARE(progress, (QList<int> {1, 2, 3}));
    }

    void pageWalkEndsEndlessCursorWithFatalError()
    {
        int calls = 0;
        std::optional<Result<QList<int>>> outcome;
        PageWalk<int>::start(
            Endpoint::Sequences, 1000,
            [&](const QString &, PageWalk<int>::PageReply reply) {
                ++calls;
                Page<int> page;
                page.items = {1};
                page.nextAfter = QStringLiteral("same");
                reply(Result<Page<int>>::success(page));
            },
            {}, [&](Result<QList<int>> r) { outcome = std::move(r); });
        QVERIFY(outcome && !outcome->ok());
        QCOMPARE(calls, 2);
        QCOMPARE(outcome->error().fatalReason, FatalReason::EndlessPagination);
        QVERIFY(outcome->error().message.contains(QLatin1String("sequences list")));
    }
};

QTEST_GUILESS_MAIN(TestRatePacer)
#include "tst_ratepacer.moc"
