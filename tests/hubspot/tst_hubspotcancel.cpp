// cancelAll() and destroying the client: every pending call ends exactly once with
// Cancelled, nothing new is sent, and an enroll that may have been applied says so.
#include "hubspot/HubSpotClient.h"

#include "ClientFixtures.h"
#include "FakeNetwork.h"
#include "ResultCatcher.h"

#include <QtTest>

#include <memory>

using namespace SeqDesk::HubSpot;
using namespace ClientFixtures;

namespace {

CannedReply hanging()
{
    CannedReply r;
    r.hang = true;
    return r;
}

CannedReply reset()
{
    CannedReply r;
    r.error = QNetworkReply::RemoteHostClosedError;
    return r;
}

// Every POST is answered by `post`; every GET hangs.
FakeNetworkAccessManager::Handler postThenHangingReads(const CannedReply &post)
{
    return [post](const RecordedRequest &r) {
        return r.verb == "POST" ? post : hanging();
    };
}

int countVerb(const FakeNetworkAccessManager &nam, const char *verb)
{
    int n = 0;
    for (const RecordedRequest &r : nam.requests)
        n += r.verb == verb ? 1 : 0;
    return n;
}

} // namespace

class TestHubSpotCancel final : public QObject
{
    Q_OBJECT

private slots:
    void cancelAllDuringEnrollPostReportsUnknownOutcomeWithoutCheck()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) { return hanging(); });
        HubSpotClient client(&nam, fastConfig(5000));
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QCOMPARE(nam.requests.size(), 1);
        client.cancelAll();
        QVERIFY(c.done()); // within cancelAll
        QCOMPARE(c.error().kind, ErrorKind::Cancelled);
        QVERIFY(c.error().outcomeUnknown);
        QVERIFY2(c.error().describe().contains(QLatin1String("may have enrolled")),
                 qPrintable(c.error().describe()));
        QVERIFY2(c.error().summary().contains(QLatin1String("outcome unknown")),
                 qPrintable(c.error().summary()));
        QCOMPARE(nam.requests.size(), 1); // no GET check: cancel means stop
        QCOMPARE(client.stats().inFlight, 0);
        QCOMPARE(client.stats().queued, 0);
        QCOMPARE(c.calls(), 1);
    }

    void cancelAllOfUnsentEnrollHasKnownOutcome()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) { return hanging(); });
        HubSpotClient client(&nam, fastConfig(5000));
        ResultCatcher<AccountDetails> read;
        ResultCatcher<EnrollmentResult> c;
        client.accountDetails(this, read.callback());
        client.enroll(enrollment(), this, c.callback()); // queued: one in flight at first
        QCOMPARE(nam.requests.size(), 1);
        client.cancelAll();
        QVERIFY(read.done() && c.done());
        QCOMPARE(c.error().kind, ErrorKind::Cancelled);
        QVERIFY(!c.error().outcomeUnknown);
        QVERIFY(!read.error().outcomeUnknown);
        QVERIFY(!c.error().describe().contains(QLatin1String("may have")));
    }

    void cancelAllWhileCheckingLostEnrollReportsUnknownOutcome()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler(postThenHangingReads(reset()));
        HubSpotClient client(&nam, fastConfig(5000));
        ResultCatcher<EnrollmentResult> c;
        client.enroll(enrollment(), this, c.callback());
        QTRY_COMPARE(countVerb(nam, "GET"), 1); // the answer was lost; checking
        client.cancelAll();
        QVERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::Cancelled);
        QCOMPARE(c.error().endpoint, Endpoint::Enroll);
        QVERIFY(c.error().outcomeUnknown);
        QCOMPARE(countVerb(nam, "POST"), 1);
        QCOMPARE(c.calls(), 1);
    }

    void cancelAllAlsoCancelsRequestsStartedByItsCallbacks()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) { return hanging(); });
        HubSpotClient client(&nam, fastConfig(5000));
        ResultCatcher<AccountDetails> second;
        ResultCatcher<EnrollmentResult> third;
        int firstCalls = 0;
        client.accountDetails(this, [&](Result<AccountDetails>) {
            ++firstCalls;
            client.accountDetails(this, second.callback());
            client.enroll(enrollment(), this, third.callback());
        });
        QCOMPARE(nam.requests.size(), 1);
        client.cancelAll();
        QCOMPARE(firstCalls, 1);
        QVERIFY(second.done() && third.done());
        QCOMPARE(second.error().kind, ErrorKind::Cancelled);
        QCOMPARE(third.error().kind, ErrorKind::Cancelled);
        QVERIFY(!third.error().outcomeUnknown); // never sent
        QCOMPARE(nam.requests.size(), 1); // nothing new went on the wire
        QCOMPARE(client.stats().inFlight, 0);
        QCOMPARE(client.stats().queued, 0);
        // The client still works after cancelling.
        nam.setHandler(
            [](const RecordedRequest &) { return CannedReply::json(200, R"({"portalId":1})"); });
        ResultCatcher<AccountDetails> after;
        client.accountDetails(this, after.callback());
        QTRY_VERIFY(after.done());
        QCOMPARE(nam.requests.size(), 2);
    }

    void cancelAllCalledAgainFromItsCallbackEndsOnce()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) { return hanging(); });
        HubSpotClient client(&nam, fastConfig(5000));
        ResultCatcher<AccountDetails> second;
        int firstCalls = 0;
        client.accountDetails(this, [&](Result<AccountDetails>) {
            ++firstCalls;
            client.accountDetails(this, second.callback());
            client.cancelAll();
        });
        client.cancelAll();
        QCOMPARE(firstCalls, 1);
        QCOMPARE(second.calls(), 1);
        QCOMPARE(second.error().kind, ErrorKind::Cancelled);
        QCOMPARE(nam.requests.size(), 1);
    }

    void destroyingClientCancelsPendingCallsLaterAndOnce()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) { return hanging(); });
        auto client = std::make_unique<HubSpotClient>(&nam, fastConfig(5000));
        ResultCatcher<EnrollmentResult> enrolled;
        ResultCatcher<AccountDetails> queued;
        ResultCatcher<QList<Owner>> owners;
        client->enroll(enrollment(), this, enrolled.callback());
        client->accountDetails(this, queued.callback());
        client->owners(this, owners.callback());
        QCOMPARE(nam.requests.size(), 1);
        client.reset();
        QCOMPARE(enrolled.calls() + queued.calls() + owners.calls(), 0); // later, not inside
        QTRY_VERIFY(enrolled.done() && queued.done() && owners.done());
        QCOMPARE(enrolled.error().kind, ErrorKind::Cancelled);
        QVERIFY(enrolled.error().outcomeUnknown); // it was on the wire
        QCOMPARE(queued.error().kind, ErrorKind::Cancelled);
        QVERIFY(!queued.error().outcomeUnknown);
        QCOMPARE(owners.error().kind, ErrorKind::Cancelled);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(enrolled.calls(), 1);
        QCOMPARE(queued.calls(), 1);
        QCOMPARE(owners.calls(), 1);
        QCOMPARE(nam.requests.size(), 1);
    }

    void destroyingClientWhileCheckingLostEnrollReportsUnknownOutcome()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler(postThenHangingReads(reset()));
        auto client = std::make_unique<HubSpotClient>(&nam, fastConfig(5000));
        ResultCatcher<EnrollmentResult> c;
        client->enroll(enrollment(), this, c.callback());
        QTRY_COMPARE(countVerb(nam, "GET"), 1);
        client.reset();
        QTRY_VERIFY(c.done());
        QCOMPARE(c.error().kind, ErrorKind::Cancelled);
        QVERIFY(c.error().outcomeUnknown);
        QCOMPARE(countVerb(nam, "POST"), 1);
        QCOMPARE(c.calls(), 1);
    }

    void destroyingClientFromACallbackCancelsTheOthers()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([&nam](const RecordedRequest &) {
            return nam.requests.size() == 1 ? CannedReply::json(200, R"({"portalId":1})")
                                            : hanging();
        });
        auto client = std::make_unique<HubSpotClient>(&nam, fastConfig(5000));
        ResultCatcher<AccountDetails> other;
        int firstCalls = 0;
        client->accountDetails(this, [&](Result<AccountDetails>) {
            ++firstCalls;
            client.reset();
        });
        client->accountDetails(this, other.callback());
        QTRY_VERIFY(other.done());
        QCOMPARE(firstCalls, 1);
        QCOMPARE(other.error().kind, ErrorKind::Cancelled);
        QCOMPARE(other.calls(), 1);
    }

    void cancelAllFromWhichACallbackDestroysTheClientEndsEveryCall()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) { return hanging(); });
        auto client = std::make_unique<HubSpotClient>(&nam, fastConfig(5000));
        ResultCatcher<AccountDetails> queued;
        client->accountDetails(this, [&](Result<AccountDetails>) { client.reset(); });
        client->accountDetails(this, queued.callback());
        client->cancelAll();
        QVERIFY(!client);
        QTRY_VERIFY(queued.done());
        QCOMPARE(queued.error().kind, ErrorKind::Cancelled);
        QCOMPARE(queued.calls(), 1);
    }

    void destroyingClientNeverCallsDestroyedContexts()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const RecordedRequest &) { return hanging(); });
        auto client = std::make_unique<HubSpotClient>(&nam, fastConfig(5000));
        auto goneBefore = std::make_unique<QObject>();
        auto goneAfter = std::make_unique<QObject>();
        ResultCatcher<AccountDetails> before, after, witness;
        client->accountDetails(goneBefore.get(), before.callback());
        client->accountDetails(goneAfter.get(), after.callback());
        client->accountDetails(this, witness.callback());
        goneBefore.reset();
        client.reset();
        goneAfter.reset(); // after the client, before the event loop ran
        QTRY_VERIFY(witness.done());
        QCoreApplication::processEvents();
        QCOMPARE(before.calls(), 0);
        QCOMPARE(after.calls(), 0);
        QCOMPARE(witness.error().kind, ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestHubSpotCancel)
#include "tst_hubspotcancel.moc"
