// libFuzzer target: every parser of a HubSpot success body (app/hubspot/Parsers.h): account,
// owners, sequences, one sequence, the enrollment answers, contacts batch read (200/207) and
// search, list memberships, lists search and one list. Each input goes through all of them:
// the seeds are real bodies of each kind, and a body of one kind is a near miss for others.
#include "FuzzSupport.h"

#include "hubspot/Parsers.h"

using namespace SeqDesk::HubSpot;

namespace {

// Parsers.h: a failure is a Parse error that names the endpoint and the problem.
template<typename T> void check(const Result<T> &result, Endpoint endpoint)
{
    if (result.ok())
        return;
    FUZZ_CHECK(result.error().kind == ErrorKind::Parse);
    FUZZ_CHECK(result.error().endpoint == endpoint);
    FUZZ_CHECK(result.error().message.startsWith(endpointName(endpoint)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = SeqDesk::Fuzz::bytes(data, size);
    check(parseAccountDetails(body), Endpoint::AccountDetails);
    check(parseOwnersPage(body), Endpoint::Owners);
    check(parseSequencesPage(body), Endpoint::Sequences);
    check(parseSequenceDetail(body), Endpoint::Sequence);
    check(parseEnrollmentResult(body), Endpoint::Enroll);
    check(parseContactEnrollment(body), Endpoint::ContactEnrollment);
    check(parseBatchRead(body), Endpoint::ContactsBatchRead);
    check(parseSearchPage(body), Endpoint::ContactsSearch);
    check(parseMembershipsPage(body), Endpoint::ListMemberships);
    check(parseListSearchPage(body), Endpoint::ListsSearch);
    check(parseList(body), Endpoint::List);
    return 0;
}
