// libFuzzer target: what SeqDesk reads from a HubSpot answer besides a success body. The
// input is written like an HTTP answer (FuzzSupport.h): a status line ("HTTP/1.1 429"), the
// headers Retry-After and X-HubSpot-RateLimit-*, an empty line and an error body in either
// shape (`category`, or the legacy `errorType`/`policyName`) or no JSON at all. The error is
// classified for every endpoint, described and scrubbed; the rate-limit headers go through
// RateLimitHeaders::read and into a RatePacer.
#include "FuzzSupport.h"

#include "FixedClock.h"
#include "hubspot/ApiError.h"
#include "hubspot/RatePacer.h"

using namespace SeqDesk::HubSpot;
using SeqDesk::Fuzz::FixedClock;

namespace {

// The first number on the status line; 400 when there is none.
int statusOf(const QByteArray &line)
{
    for (const QByteArray &word : line.split(' ')) {
        bool ok = false;
        const int status = word.toInt(&ok);
        if (ok)
            return status;
    }
    return 400;
}

void checkClassified(const ApiError &e)
{
    FUZZ_CHECK(e.kind != ErrorKind::None);
    FUZZ_CHECK((e.kind == ErrorKind::Fatal) == (e.fatalReason != FatalReason::None));
    FUZZ_CHECK((e.kind == ErrorKind::ContactVerdict) == (e.verdict != Verdict::None));
    FUZZ_CHECK(!e.summary().isEmpty());
    FUZZ_CHECK(!e.describe().isEmpty());
}

constexpr Endpoint endpoints[] = {
    Endpoint::AccountDetails,
    Endpoint::ApiUsage,
    Endpoint::Owners,
    Endpoint::Sequences,
    Endpoint::Sequence,
    Endpoint::Enroll,
    Endpoint::ContactEnrollment,
    Endpoint::ContactsBatchRead,
    Endpoint::ContactsSearch,
    Endpoint::ListsSearch,
    Endpoint::List,
    Endpoint::ListMemberships,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SeqDesk::Fuzz::Message answer
        = SeqDesk::Fuzz::splitMessage(SeqDesk::Fuzz::bytes(data, size));
    const FixedClock &clock = SeqDesk::Fuzz::fixedClock();

    ApiError parsed;
    parseErrorBody(answer.body, &parsed);
    FUZZ_CHECK(parsed.rawBody.size() <= 4096);
    const qint64 retryAfterMs = parseRetryAfter(answer.header("Retry-After"), clock.nowUtc());
    FUZZ_CHECK(retryAfterMs == -1 || (retryAfterMs >= 0 && retryAfterMs <= maxParsedRetryAfterMs));

    for (const Endpoint endpoint : endpoints) {
        ApiError e = parsed;
        e.endpoint = endpoint;
        e.httpStatus = statusOf(answer.startLine);
        e.retryAfterMs = retryAfterMs;
        classifyError(&e);
        checkClassified(e);
        (void)e.missingScopes();
        e.scrub(QStringLiteral("pat-na1-00000000-demo-0000-0000-000000000000"));
        checkClassified(e);
    }

    const RateLimitHeaders headers
        = RateLimitHeaders::read([&](const QByteArray &name) { return answer.header(name); });
    RatePacer pacer(&clock, PacerConfig());
    pacer.onSent();
    pacer.onAnswer(clock.monotonicMs() - 10, headers);
    FUZZ_CHECK(pacer.msUntilNextSend(0) >= 0);
    FUZZ_CHECK(pacer.msUntilNextSend(pacer.allowedInFlight()) == -1);
    const RateLimitInfo info = pacer.info();
    FUZZ_CHECK(!info.known || (info.max > 0 && info.intervalMs > 0));
    (void)pacer.effectiveWindowMs();
    return 0;
}
