// HubSpotClient against the real sandbox over loopback: every endpoint in both path
// families, paging, every error class in both body shapes, 429s, 5xx, timeouts, dropped
// connections, broken bodies and the lost-enroll-answer check.
#include "hubspot/HubSpotClient.h"

#include "sandbox/SandboxServer.h"

#include "ResultCatcher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QtTest>

using namespace SeqDesk::HubSpot;
namespace SB = SeqDesk::Sandbox;

Q_DECLARE_METATYPE(SeqDesk::HubSpot::ApiVersion)

namespace {

struct Portal
{
    std::unique_ptr<SB::SandboxServer> server;
    QNetworkAccessManager nam;
    std::unique_ptr<HubSpotClient> client;

    const SB::SandboxState &state() const { return server->state(); }

    const SB::Owner &sender() const
    {
        for (const SB::Owner &o : state().data().owners) {
            if (o.isActiveUser() && o.salesSeat && !o.inboxes.isEmpty())
                return o;
        }
        qFatal("no sender in demo data");
    }
    const SB::Owner *ownerWithoutSeat() const
    {
        for (const SB::Owner &o : state().data().owners) {
            if (o.isActiveUser() && !o.salesSeat)
                return &o;
        }
        return nullptr;
    }
    QString userId() const { return QString::number(*sender().userId); }
    const SB::Sequence &sequence() const
    {
        for (const SB::Sequence &s : state().data().sequences) {
            if (s.shared && !s.steps.isEmpty())
                return s;
        }
        qFatal("no team sequence in demo data");
    }
    QString sequenceId() const { return QString::number(sequence().id); }
    QList<const SB::Contact *> contacts(SB::ContactKind kind, int n) const
    {
        QList<const SB::Contact *> out;
        for (const SB::Contact &c : state().data().contacts) {
            if (out.size() == n)
                break;
            if (c.kind == kind
                && (kind != SB::ContactKind::Normal || !state().activeEnrollment(c.id)))
                out.append(&c);
        }
        return out;
    }
    EnrollmentRequest enrollmentOf(const SB::Contact &c) const
    {
        return {userId(), QString::number(c.id), sequenceId(), sender().inboxes.constFirst(),
                QString()};
    }
    void settings(const QJsonObject &settings)
    {
        QString error;
        QJsonObject result;
        QVERIFY2(server->applyControl({{QStringLiteral("settings"), settings}}, &result, &error)
                     == 200,
                 qPrintable(error));
    }
};

std::unique_ptr<Portal> startPortal(ApiVersion version = ApiVersion::D2026_03,
                                    ClientConfig config = ClientConfig())
{
    auto p = std::make_unique<Portal>();
    SB::SandboxConfig sc;
    sc.port = 0;
    sc.seed = 1;
    sc.contactCount = 400;
    sc.settings.rateLimit = 1000;
    sc.settings.rateWindowMs = 1000;
    p->server = std::make_unique<SB::SandboxServer>(sc);
    QString error;
    if (!p->server->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    config.baseUrl = p->server->baseUrl();
    config.apiVersion = version;
    if (config.backoffBaseMs == ClientConfig().backoffBaseMs) {
        config.backoffBaseMs = 2;
        config.backoffCapMs = 20;
    }
    if (config.timeoutMs == ClientConfig().timeoutMs)
        config.timeoutMs = 5000;
    p->client = std::make_unique<HubSpotClient>(&p->nam, config);
    p->client->setAccessToken(sc.token);
    return p;
}

template<typename T> T await(ResultCatcher<T> &c, int timeoutMs = 15000)
{
    QElapsedTimer t;
    t.start();
    while (!c.done() && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!c.done())
        qFatal("no answer within %d ms", timeoutMs);
    return c.ok() ? c.value() : T();
}

QList<QString> sandboxEnrolledContacts(Portal &p)
{
    QNetworkRequest request(
        p.server->baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/enrollments"))));
    QNetworkReply *reply = p.nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    QList<QString> ids;
    const QJsonArray results = QJsonDocument::fromJson(reply->readAll())
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    for (const QJsonValue v : results)
        ids.append(v.toObject().value(QStringLiteral("contactId")).toString());
    reply->deleteLater();
    return ids;
}

} // namespace

class TestHubSpotSandbox final : public QObject
{
    Q_OBJECT

private slots:
    void everyEndpointWorks_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::newRow("2026-09") << ApiVersion::D2026_09;
        QTest::newRow("2026-03") << ApiVersion::D2026_03;
        QTest::newRow("v4/v3") << ApiVersion::V4;
    }

    void everyEndpointWorks()
    {
        QFETCH(ApiVersion, version);
        ClientConfig config;
        config.pageLimit = 3; // several pages even with demo-sized data
        auto p = startPortal(version, config);

        ResultCatcher<AccountDetails> account;
        p->client->accountDetails(this, account.callback());
        await(account);
        QVERIFY2(account.ok(), qPrintable(account.error().summary()));
        QVERIFY(account.value().portalId > 0);
        QVERIFY(!account.value().timeZone.isEmpty());

        ResultCatcher<QList<Owner>> owners;
        int ownerPages = 0;
        p->client->owners(this, owners.callback(),
                          [&ownerPages](int pages, int) { ownerPages = pages; });
        await(owners);
        QVERIFY2(owners.ok(), qPrintable(owners.error().summary()));
        QCOMPARE(owners.value().size(), p->state().data().owners.size());
        QVERIFY(ownerPages >= 2);

        ResultCatcher<QList<SequenceSummary>> sequences;
        p->client->sequencesForUser(p->userId(), this, sequences.callback());
        await(sequences);
        QVERIFY2(sequences.ok(), qPrintable(sequences.error().summary()));
        QCOMPARE(sequences.value().size(), p->state().visibleSequences(*p->sender().userId).size());
        // The same listing a page at a time, each page's cursor to the next.
        QStringList paged;
        QString cursor;
        int pages = 0;
        do {
            ResultCatcher<Page<SequenceSummary>> page;
            p->client->sequencesPage(p->userId(), cursor, this, page.callback());
            await(page);
            QVERIFY2(page.ok(), qPrintable(page.error().summary()));
            QVERIFY(page.value().items.size() <= config.pageLimit);
            for (const SequenceSummary &s : page.value().items)
                paged << s.id;
            cursor = page.value().nextAfter;
        } while (!cursor.isEmpty() && ++pages < 100);
        QStringList whole;
        for (const SequenceSummary &s : sequences.value())
            whole << s.id;
        QCOMPARE(paged, whole);

        ResultCatcher<SequenceDetail> detail;
        p->client->sequence(p->sequenceId(), p->userId(), this, detail.callback());
        await(detail);
        QVERIFY2(detail.ok(), qPrintable(detail.error().summary()));
        QCOMPARE(detail.value().name, p->sequence().name);
        QCOMPARE(detail.value().steps.size(), p->sequence().steps.size());

        const SB::Contact *contact = p->contacts(SB::ContactKind::Normal, 1).at(0);
        ResultCatcher<std::optional<ContactEnrollment>> before;
        p->client->contactEnrollment(QString::number(contact->id), this, before.callback());
        await(before);
        QVERIFY2(before.ok(), qPrintable(before.error().summary()));
        QVERIFY(!before.value().has_value());

        ResultCatcher<EnrollmentResult> enrolled;
        p->client->enroll(p->enrollmentOf(*contact), this, enrolled.callback());
        await(enrolled);
        QVERIFY2(enrolled.ok(), qPrintable(enrolled.error().summary()));
        QCOMPARE(enrolled.value().toEmail, contact->email);
        QVERIFY(!enrolled.value().recovered);

        ResultCatcher<std::optional<ContactEnrollment>> after;
        p->client->contactEnrollment(QString::number(contact->id), this, after.callback());
        await(after);
        QVERIFY(after.ok() && after.value().has_value());
        QCOMPARE(after.value()->sequenceId, p->sequenceId());
        QCOMPARE(after.value()->id, enrolled.value().id);

        QStringList ids;
        for (int i = 0; i < 150; ++i)
            ids.append(QString::number(p->state().data().contacts.at(i).id));
        ids.append(QStringLiteral("999999999"));
        ResultCatcher<BatchReadResult> batch;
        p->client->batchReadContacts(ids, IdProperty::Id,
                                     {QStringLiteral("email"), QStringLiteral("firstname")}, this,
                                     batch.callback());
        await(batch);
        QVERIFY2(batch.ok(), qPrintable(batch.error().summary()));
        QCOMPARE(batch.value().found.size(), 150);
        QCOMPARE(batch.value().notFound, QStringList {QStringLiteral("999999999")});
        QCOMPARE(batch.value().found.at(0).properties.value(QStringLiteral("firstname")),
                 p->state().data().contacts.at(0).firstName);

        ResultCatcher<BatchReadResult> byEmail;
        p->client->batchReadContacts(
            {contact->email.toUpper(), QStringLiteral("nobody@nowhere.invalid")}, IdProperty::Email,
            {QStringLiteral("firstname")}, this, byEmail.callback());
        await(byEmail);
        QVERIFY2(byEmail.ok(), qPrintable(byEmail.error().summary()));
        QCOMPARE(byEmail.value().found.size(), 1);
        QCOMPARE(byEmail.value().found.at(0).id, QString::number(contact->id));
        QCOMPARE(byEmail.value().notFound, QStringList {QStringLiteral("nobody@nowhere.invalid")});

        SearchRequest search;
        search.filterGroups = {SearchFilterGroup {{SearchFilter {
            QStringLiteral("email"), QStringLiteral("EQ"), contact->email, {}, QString()}}}};
        search.properties = {QStringLiteral("email")};
        search.sorts = {SearchSort {QStringLiteral("createdate"), true}};
        ResultCatcher<SearchPage> found;
        p->client->searchContacts(search, this, found.callback());
        await(found);
        QVERIFY2(found.ok(), qPrintable(found.error().summary()));
        QCOMPARE(found.value().total, 1);
        QCOMPARE(found.value().results.at(0).id, QString::number(contact->id));

        const SB::ContactList *list = nullptr;
        for (const SB::ContactList &l : p->state().data().lists) {
            if (!list || l.members.size() > list->members.size())
                list = &l;
        }
        QVERIFY(list);
        ResultCatcher<QList<ListMembership>> members;
        p->client->listMemberships(QString::number(list->listId), this, members.callback());
        await(members);
        QVERIFY2(members.ok(), qPrintable(members.error().summary()));
        QCOMPARE(members.value().size(), list->members.size());
        QCOMPARE(p->client->stats().tooManyRequests, 0);
    }

    void endlessCursorEndsWithClearError()
    {
        ClientConfig config;
        config.pageLimit = 2;
        auto p = startPortal(ApiVersion::D2026_03, config);
        p->settings({{QStringLiteral("endlessCursor"), true}});
        ResultCatcher<QList<SequenceSummary>> c;
        p->client->sequencesForUser(p->userId(), this, c.callback());
        await(c);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().fatalReason, FatalReason::EndlessPagination);
        QVERIFY(c.error().message.contains(QLatin1String("repeated")));
    }

    void enrollmentErrorsInBothShapes_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("standard") << QStringLiteral("standard");
        QTest::newRow("legacy") << QStringLiteral("legacy");
        QTest::newRow("mixed") << QStringLiteral("mixed");
    }

    void enrollmentErrorsInBothShapes()
    {
        QFETCH(QString, shape);
        auto p = startPortal();
        p->settings({{QStringLiteral("errorShape"), shape}});
        const auto expectVerdict = [&](SB::ContactKind kind, Verdict verdict) {
            ResultCatcher<EnrollmentResult> c;
            p->client->enroll(p->enrollmentOf(*p->contacts(kind, 1).at(0)), this, c.callback());
            await(c);
            QVERIFY(!c.ok());
            QVERIFY2(c.error().kind == ErrorKind::ContactVerdict, qPrintable(c.error().summary()));
            QCOMPARE(c.error().verdictCode(), verdictCodeName(verdict));
            QCOMPARE(c.error().httpStatus, 400);
            QVERIFY(!c.error().correlationId.isEmpty());
        };
        expectVerdict(SB::ContactKind::Unsubscribed, Verdict::Unsubscribed);
        expectVerdict(SB::ContactKind::Bounced, Verdict::Bounced);
        expectVerdict(SB::ContactKind::Blocked, Verdict::Blocked);
        expectVerdict(SB::ContactKind::NoEmail, Verdict::NoEmail);
        expectVerdict(SB::ContactKind::Enrolled, Verdict::AlreadyEnrolled);

        const SB::Contact &normal = *p->contacts(SB::ContactKind::Normal, 1).at(0);
        EnrollmentRequest unknownContact = p->enrollmentOf(normal);
        unknownContact.contactId = QStringLiteral("987654321");
        ResultCatcher<EnrollmentResult> missingContact;
        p->client->enroll(unknownContact, this, missingContact.callback());
        await(missingContact);
        QCOMPARE(missingContact.error().verdict, Verdict::ContactNotFound);

        EnrollmentRequest unknownSequence = p->enrollmentOf(normal);
        unknownSequence.sequenceId = QStringLiteral("123");
        ResultCatcher<EnrollmentResult> missingSequence;
        p->client->enroll(unknownSequence, this, missingSequence.callback());
        await(missingSequence);
        QCOMPARE(missingSequence.error().fatalReason, FatalReason::SequenceNotFound);

        EnrollmentRequest wrongSender = p->enrollmentOf(normal);
        wrongSender.senderEmail = QStringLiteral("not-an-inbox@example.com");
        ResultCatcher<EnrollmentResult> noInbox;
        p->client->enroll(wrongSender, this, noInbox.callback());
        await(noInbox);
        QCOMPARE(noInbox.error().fatalReason, FatalReason::NoConnectedInbox);

        const SB::Owner *seatless = p->ownerWithoutSeat();
        QVERIFY(seatless);
        EnrollmentRequest noSeat = p->enrollmentOf(normal);
        noSeat.userId = QString::number(*seatless->userId);
        noSeat.senderEmail = seatless->inboxes.value(0, seatless->email);
        ResultCatcher<EnrollmentResult> seat;
        p->client->enroll(noSeat, this, seat.callback());
        await(seat);
        QCOMPARE(seat.error().fatalReason, FatalReason::NoSalesSeat);
        QVERIFY(seat.error().describe().contains(QLatin1String("seat")));

        p->settings({{QStringLiteral("dailyCap"), 0}});
        ResultCatcher<EnrollmentResult> capped;
        p->client->enroll(p->enrollmentOf(normal), this, capped.callback());
        await(capped);
        QCOMPARE(errorKindName(capped.error().kind), errorKindName(ErrorKind::SenderCapReached));
        QCOMPARE(sandboxEnrolledContacts(*p).size(), 0);
    }

    void authenticationAndScopeErrorsAreFatal()
    {
        auto p = startPortal();
        p->client->setAccessToken(QStringLiteral("pat-na1-wrong-token-0000"));
        ResultCatcher<AccountDetails> wrong;
        p->client->accountDetails(this, wrong.callback());
        await(wrong);
        QCOMPARE(wrong.error().fatalReason, FatalReason::InvalidAuthentication);
        QCOMPARE(wrong.error().httpStatus, 401);
        QVERIFY(!wrong.error().message.contains(QLatin1String("wrong-token")));

        p->client->setAccessToken(p->server->token());
        QJsonObject result;
        QString error;
        QCOMPARE(
            p->server->applyControl({{QStringLiteral("grantedScopes"),
                                      QJsonArray {QStringLiteral("automation.sequences.read")}}},
                                    &result, &error),
            200);
        ResultCatcher<EnrollmentResult> scopes;
        p->client->enroll(p->enrollmentOf(*p->contacts(SB::ContactKind::Normal, 1).at(0)), this,
                          scopes.callback());
        await(scopes);
        QCOMPARE(scopes.error().fatalReason, FatalReason::MissingScopes);
        QCOMPARE(scopes.error().missingScopes(),
                 QStringList {QStringLiteral("automation.sequences.enrollments.write")});
        QVERIFY(scopes.error().describe().contains(
            QLatin1String("The token lacks the scopes automation.sequences.enrollments.write.")));
    }

    void otherValidationErrorIsBadRequest()
    {
        auto p = startPortal();
        SearchRequest search;
        search.filterGroups = {SearchFilterGroup {{SearchFilter {QStringLiteral("email"),
                                                                 QStringLiteral("SOUNDS_LIKE"),
                                                                 QStringLiteral("x"),
                                                                 {},
                                                                 QString()}}}};
        ResultCatcher<SearchPage> c;
        p->client->searchContacts(search, this, c.callback());
        await(c);
        QCOMPARE(errorKindName(c.error().kind), errorKindName(ErrorKind::BadRequest));
        QCOMPARE(c.error().httpStatus, 400);
        QCOMPARE(c.error().category, QStringLiteral("VALIDATION_ERROR"));
    }

    void tooManyRequestsAreWaitedOut_data()
    {
        QTest::addColumn<bool>("retryAfter");
        QTest::newRow("with Retry-After") << true;
        QTest::newRow("without Retry-After") << false;
    }

    void tooManyRequestsAreWaitedOut()
    {
        QFETCH(bool, retryAfter);
        auto p = startPortal();
        p->settings(
            {{QStringLiteral("burst429Count"), 1}, {QStringLiteral("retryAfter"), retryAfter}});
        QElapsedTimer timer;
        timer.start();
        ResultCatcher<AccountDetails> c;
        p->client->accountDetails(this, c.callback());
        await(c);
        QVERIFY2(c.ok(), qPrintable(c.error().summary()));
        QCOMPARE(p->client->stats().tooManyRequests, 1);
        QCOMPARE(p->server->stats().status429, 1);
        QVERIFY(timer.elapsed() >= 950); // Retry-After 1 s, or the 1000 ms window
    }

    void tooManyRequestsWithoutAnyHintTeachTheLimit()
    {
        // The sandbox answers 429 with neither Retry-After nor rate headers. Before, each
        // such 429 cost the policy's ten seconds; now a short jittered backoff, and the
        // pacer keeps to the limit it learned from them.
        ClientConfig config;
        config.headerlessWindowMs = 400; // the sandbox's window below
        config.fallbackRatePerSecond = 200; // far above its limit
        auto p = startPortal(ApiVersion::D2026_03, config);
        p->settings({{QStringLiteral("rateLimit"), 5},
                     {QStringLiteral("rateWindowMs"), 400},
                     {QStringLiteral("rateHeaders"), false},
                     {QStringLiteral("retryAfter"), false}});
        const int requests = 40;
        int ok = 0;
        int failed = 0;
        for (int i = 0; i < requests; ++i) {
            p->client->accountDetails(this,
                                      [&](Result<AccountDetails> r) { r.ok() ? ++ok : ++failed; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok + failed, requests, 20000);
        QCOMPARE(failed, 0);
        const ClientStats stats = p->client->stats();
        const int tooMany = p->server->stats().status429;
        qInfo("%d requests, %d answered 429, %lld ms waited after them, learned %d per %d ms",
              requests, tooMany, stats.rateLimitWaitMs, stats.rateLimit.learnedMax,
              stats.rateLimit.learnedIntervalMs);
        QCOMPARE(stats.tooManyRequests, qint64(tooMany));
        QVERIFY2(tooMany >= 1 && tooMany <= 10, qPrintable(QString::number(tooMany)));
        // Backoffs of 40 ms (a tenth of the window), doubling only while 429s follow 429s.
        QVERIFY2(stats.rateLimitWaitMs <= 1500, qPrintable(QString::number(stats.rateLimitWaitMs)));
        QVERIFY2(stats.rateLimit.learnedMax >= 3 && stats.rateLimit.learnedMax <= 7,
                 qPrintable(QString::number(stats.rateLimit.learnedMax)));
    }

    void dailyLimitStopsWithoutRetry()
    {
        auto p = startPortal();
        p->settings({{QStringLiteral("dailyApiLimit"), 1}});
        ResultCatcher<AccountDetails> first, second;
        p->client->accountDetails(this, first.callback());
        await(first);
        QVERIFY(first.ok());
        p->client->accountDetails(this, second.callback());
        await(second);
        QCOMPARE(second.error().fatalReason, FatalReason::DailyLimit);
        QCOMPARE(p->server->stats().total, 2);
    }

    void serverErrorsDropsAndBrokenBodiesAreRetriedForReads()
    {
        ClientConfig config;
        config.maxRetries = 8;
        auto p = startPortal(ApiVersion::D2026_03, config);
        p->settings({{QStringLiteral("failRate"), 0.25},
                     {QStringLiteral("dropRate"), 0.15},
                     {QStringLiteral("malformedRate"), 0.15},
                     {QStringLiteral("truncateRate"), 0.15}});
        int ok = 0;
        int failed = 0;
        for (int i = 0; i < 12; ++i) {
            p->client->sequencesForUser(p->userId(), this, [&](Result<QList<SequenceSummary>> r) {
                r.ok() ? ++ok : ++failed;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok + failed, 12, 30000);
        QCOMPARE(failed, 0);
        const SB::SandboxStats stats = p->server->stats();
        QVERIFY(stats.status5xx > 0);
        QVERIFY(stats.dropped > 0);
        QVERIFY(stats.malformed + stats.truncated > 0);
        QVERIFY(p->client->stats().retries > 0);
    }

    void timeoutWhenServerIsSlowerThanClient()
    {
        ClientConfig config;
        config.timeoutMs = 150;
        config.maxRetries = 1;
        auto p = startPortal(ApiVersion::D2026_03, config);
        p->settings({{QStringLiteral("latencyMs"), 600}});
        ResultCatcher<AccountDetails> c;
        p->client->accountDetails(this, c.callback());
        await(c);
        QCOMPARE(errorKindName(c.error().kind), errorKindName(ErrorKind::Retryable));
        QCOMPARE(int(c.error().network), int(NetworkFailure::Timeout));
        QCOMPARE(p->server->stats().total, 2);
    }

    void lostEnrollAnswersNeverEnrollTwice()
    {
        ClientConfig config;
        config.maxRetries = 10;
        auto p = startPortal(ApiVersion::D2026_03, config);
        p->settings({{QStringLiteral("dropAfterRate"), 0.35},
                     {QStringLiteral("truncateRate"), 0.1},
                     {QStringLiteral("malformedRate"), 0.1},
                     {QStringLiteral("failRate"), 0.1}});
        const auto contacts = p->contacts(SB::ContactKind::Normal, 25);
        int ok = 0;
        int recovered = 0;
        int failed = 0;
        for (const SB::Contact *c : contacts) {
            p->client->enroll(p->enrollmentOf(*c), this, [&](Result<EnrollmentResult> r) {
                if (!r.ok()) {
                    ++failed;
                    qWarning("%s", qPrintable(r.error().summary()));
                    return;
                }
                ++ok;
                recovered += r.value().recovered ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok + failed, int(contacts.size()), 60000);
        QCOMPARE(failed, 0);
        QVERIFY(recovered > 0);
        QVERIFY(p->server->stats().dropped > 0);
        const QList<QString> enrolled = sandboxEnrolledContacts(*p);
        QCOMPARE(enrolled.size(), contacts.size());
        QCOMPARE(QSet<QString>(enrolled.cbegin(), enrolled.cend()).size(), contacts.size());
        QCOMPARE(p->client->stats().recoveredEnrollments, recovered);
    }

    void pacingReachesTheLimitWithoutTooManyRequests()
    {
        auto p = startPortal();
        p->settings({{QStringLiteral("rateLimit"), 10},
                     {QStringLiteral("rateWindowMs"), 1000},
                     {QStringLiteral("latencyMs"), 100}});
        const auto contacts = p->contacts(SB::ContactKind::Normal, 40);
        int done = 0;
        QElapsedTimer timer;
        timer.start();
        for (const SB::Contact *c : contacts)
            p->client->enroll(p->enrollmentOf(*c), this,
                              [&done](auto r) { done += r.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(done, int(contacts.size()), 20000);
        const double seconds = timer.elapsed() / 1000.0;
        QCOMPARE(p->server->stats().status429, 0);
        QCOMPARE(p->client->stats().tooManyRequests, 0);
        // 40 requests at 10/s: ~3 full windows plus the first answer's latency.
        QVERIFY2(seconds < 4.6, qPrintable(QString::number(seconds)));
        QVERIFY2(seconds > 2.9, qPrintable(QString::number(seconds)));
    }
};

QTEST_GUILESS_MAIN(TestHubSpotSandbox)
#include "tst_hubspotsandbox.moc"
