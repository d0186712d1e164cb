#include "hubspot/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace SeqDesk::HubSpot;

Q_DECLARE_METATYPE(SeqDesk::HubSpot::ErrorKind)
Q_DECLARE_METATYPE(SeqDesk::HubSpot::FatalReason)
Q_DECLARE_METATYPE(SeqDesk::HubSpot::Verdict)
Q_DECLARE_METATYPE(SeqDesk::HubSpot::Endpoint)

namespace {

QByteArray standard(const char *category, const char *subCategory, const char *message)
{
    QJsonObject o {{QStringLiteral("status"), QStringLiteral("error")},
                   {QStringLiteral("message"), QString::fromUtf8(message)},
                   {QStringLiteral("correlationId"), QStringLiteral("c-1")},
                   {QStringLiteral("category"), QString::fromUtf8(category)}};
    if (subCategory && *subCategory)
        o.insert(QStringLiteral("subCategory"), QString::fromUtf8(subCategory));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray legacy(const char *errorType, const char *message)
{
    QJsonObject o {{QStringLiteral("status"), QStringLiteral("error")},
                   {QStringLiteral("message"), QString::fromUtf8(message)},
                   {QStringLiteral("errorType"), QString::fromUtf8(errorType)},
                   {QStringLiteral("correlationId"), QStringLiteral("c-2")}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHubSpotErrors final : public QObject
{
    Q_OBJECT

private slots:
    void standardShapeKeepsEveryFieldAndHarvestsErrorsContext()
    {
        const ApiError e = ApiError::fromHttp(
            Endpoint::Owners, 403,
            QByteArrayLiteral(
                R"({"status":"error","message":"This app has not been granted all required scopes to make this call.",
                "correlationId":"abc-123","category":"MISSING_SCOPES","subCategory":"x.y",
                "context":{"missingScopes":["crm.objects.owners.read"]},
                "errors":[{"message":"One or more of the following scopes are required.",
                           "in":"header","context":{"requiredGranularScopes":["crm.objects.owners.read","automation"]}}]})"));
        QCOMPARE(e.httpStatus, 403);
        QCOMPARE(e.category, QStringLiteral("MISSING_SCOPES"));
        QCOMPARE(e.subCategory, QStringLiteral("x.y"));
        QCOMPARE(e.correlationId, QStringLiteral("abc-123"));
        QCOMPARE(e.context.value(QStringLiteral("requiredGranularScopes")).size(), 2);
        QCOMPARE(e.context.value(QStringLiteral("in")), QStringList {QStringLiteral("header")});
        QCOMPARE(e.kind, ErrorKind::Fatal);
        QCOMPARE(e.fatalReason, FatalReason::MissingScopes);
        QCOMPARE(e.missingScopes(), QStringList {QStringLiteral("crm.objects.owners.read")});
        QVERIFY2(e.describe().contains(QLatin1String("crm.objects.owners.read"))
                     && e.describe().contains(QLatin1String("Private Apps > Scopes")),
                 qPrintable(e.describe()));
    }

    void missingScopesFromErrorsContextOnlyAreNamed()
    {
        const ApiError e
            = ApiError::fromHttp(Endpoint::Enroll, 403,
                                 QByteArrayLiteral(
                                     R"({"status":"error","message":"m","category":"MISSING_SCOPES",
                "errors":[{"message":"x","context":{"requiredGranularScopes":["automation.sequences.enrollments.write"]}}]})"));
        QCOMPARE(e.missingScopes(),
                 QStringList {QStringLiteral("automation.sequences.enrollments.write")});
        QVERIFY(e.describe().contains(
            QLatin1String("The token lacks the scopes automation.sequences.enrollments.write. Add "
                          "them in HubSpot > Settings > Integrations > Private Apps > Scopes.")));
    }

    void legacyShapeKeepsErrorTypeAndPolicyName()
    {
        const ApiError e = ApiError::fromHttp(
            Endpoint::Enroll, 429,
            QByteArrayLiteral(
                R"({"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT",
                "correlationId":"c","policyName":"TEN_SECONDLY_ROLLING","requestId":"r"})"),
            QByteArrayLiteral("2"));
        QCOMPARE(e.errorType, QStringLiteral("RATE_LIMIT"));
        QCOMPARE(e.policyName, QStringLiteral("TEN_SECONDLY_ROLLING"));
        QCOMPARE(e.retryAfterMs, 2000);
        QCOMPARE(e.kind, ErrorKind::Retryable);
    }

    void nonJsonBodyIsKeptAsReadableMessage()
    {
        const ApiError e = ApiError::fromHttp(
            Endpoint::Sequences, 502,
            QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad "
                              "Gateway</h1></body></html>"));
        QCOMPARE(e.kind, ErrorKind::Retryable);
        QVERIFY2(e.message.contains(QLatin1String("502 Bad Gateway")), qPrintable(e.message));
        QVERIFY(!e.message.contains(QLatin1Char('<')));
        QVERIFY(e.rawBody.startsWith("<html>"));
    }

    void retryAfterAcceptsSecondsAndHttpDate()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 50), Qt::UTC);
        QCOMPARE(parseRetryAfter("3", now), 3000);
        QCOMPARE(parseRetryAfter("0.5", now), 500);
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 10000);
        QCOMPARE(parseRetryAfter("", now), -1);
        QCOMPARE(parseRetryAfter("soon", now), -1);
    }

    void retryAfterRejectsNonFiniteAndClampsHugeValues()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 50), Qt::UTC);
        QCOMPARE(parseRetryAfter("inf", now), -1);
        QCOMPARE(parseRetryAfter("-inf", now), -1);
        QCOMPARE(parseRetryAfter("nan", now), -1);
        QCOMPARE(parseRetryAfter("-3", now), -1);
        QCOMPARE(parseRetryAfter("1e300", now), maxParsedRetryAfterMs);
        QCOMPARE(parseRetryAfter("99999999999999999999", now), maxParsedRetryAfterMs);
        QCOMPARE(parseRetryAfter("9223372036854775", now), maxParsedRetryAfterMs);
        QCOMPARE(parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now), maxParsedRetryAfterMs);
        QCOMPARE(parseRetryAfter("2592000", now), maxParsedRetryAfterMs); // exactly 30 days
        QCOMPARE(parseRetryAfter("60", now), 60000);
    }

    void outcomeUnknownIsSaidInDescribeAndSummary()
    {
        ApiError enroll = ApiError::cancelled(Endpoint::Enroll);
        QVERIFY(!enroll.describe().contains(QLatin1String("may have")));
        QVERIFY(!enroll.summary().contains(QLatin1String("outcome unknown")));
        enroll.outcomeUnknown = true;
        QVERIFY2(enroll.describe().contains(QLatin1String("may have enrolled the contact")),
                 qPrintable(enroll.describe()));
        QVERIFY(enroll.summary().contains(QLatin1String("outcome unknown")));
        ApiError lost = ApiError::fromNetwork(Endpoint::Enroll, NetworkFailure::Timeout,
                                              QStringLiteral("timeout"));
        lost.outcomeUnknown = true;
        QVERIFY(lost.describe().contains(QLatin1String("Check the contact's enrollment")));
    }

    void classification_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<FatalReason>("reason");
        QTest::addColumn<Verdict>("verdict");

        const auto none = FatalReason::None;
        const auto noVerdict = Verdict::None;
        QTest::newRow("429 ten-secondly")
            << Endpoint::Enroll << 429
            << legacy("RATE_LIMIT", "You have reached your ten_secondly_rolling limit.")
            << ErrorKind::Retryable << none << noVerdict;
        QTest::newRow("429 daily")
            << Endpoint::Enroll << 429
            << QByteArrayLiteral(
                   R"({"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","policyName":"DAILY"})")
            << ErrorKind::Fatal << FatalReason::DailyLimit << noVerdict;
        QTest::newRow("500") << Endpoint::Owners << 500 << standard("INTERNAL_ERROR", "", "boom")
                             << ErrorKind::Retryable << none << noVerdict;
        QTest::newRow("503 empty")
            << Endpoint::Owners << 503 << QByteArray() << ErrorKind::Retryable << none << noVerdict;
        QTest::newRow("401") << Endpoint::AccountDetails << 401
                             << standard("INVALID_AUTHENTICATION", "",
                                         "Authentication credentials not found.")
                             << ErrorKind::Fatal << FatalReason::InvalidAuthentication << noVerdict;
        QTest::newRow("403 scopes")
            << Endpoint::Enroll << 403 << standard("MISSING_SCOPES", "", "scopes")
            << ErrorKind::Fatal << FatalReason::MissingScopes << noVerdict;
        QTest::newRow("403 other") << Endpoint::Enroll << 403 << standard("FORBIDDEN", "", "no")
                                   << ErrorKind::Fatal << FatalReason::Forbidden << noVerdict;
        QTest::newRow("no seat (legacy OTHER_SEND_REJECTED)")
            << Endpoint::Enroll << 400
            << legacy("SequenceError.OTHER_SEND_REJECTED", "Sales Subscription Status is not OK")
            << ErrorKind::Fatal << FatalReason::NoSalesSeat << noVerdict;
        QTest::newRow("no seat (standard)")
            << Endpoint::Enroll << 400
            << standard("VALIDATION_ERROR", "SequenceError.OTHER_SEND_REJECTED",
                        "Sales Subscription Status is not OK")
            << ErrorKind::Fatal << FatalReason::NoSalesSeat << noVerdict;
        QTest::newRow("other send rejected")
            << Endpoint::Enroll << 400
            << legacy("SequenceError.OTHER_SEND_REJECTED", "The email could not be sent")
            << ErrorKind::ContactVerdict << none << Verdict::OtherSendRejected;
        QTest::newRow("no inbox category")
            << Endpoint::Enroll << 400 << standard("PUBLIC_ENROLL_NO_CONNECTED_EMAILS", "", "x")
            << ErrorKind::Fatal << FatalReason::NoConnectedInbox << noVerdict;
        QTest::newRow("no inbox code")
            << Endpoint::Enroll << 400 << legacy("SequenceError.NO_CONNECTED_EMAIL", "x")
            << ErrorKind::Fatal << FatalReason::NoConnectedInbox << noVerdict;
        QTest::newRow("no inbox text")
            << Endpoint::Enroll << 400
            << standard("VALIDATION_ERROR", "",
                        "The user has no connected personal email for this address")
            << ErrorKind::Fatal << FatalReason::NoConnectedInbox << noVerdict;
        QTest::newRow("send limit")
            << Endpoint::Enroll << 400
            << standard("VALIDATION_ERROR", "SequenceError.SEND_LIMIT_REACHED", "limit")
            << ErrorKind::SenderCapReached << none << noVerdict;
        QTest::newRow("send limit legacy")
            << Endpoint::Enroll << 400 << legacy("SequenceError.SEND_LIMIT_REACHED", "limit")
            << ErrorKind::SenderCapReached << none << noVerdict;
        QTest::newRow("already enrolled std")
            << Endpoint::Enroll << 400
            << standard("VALIDATION_ERROR", "SequenceError.ALREADY_ENROLLED", "x")
            << ErrorKind::ContactVerdict << none << Verdict::AlreadyEnrolled;
        QTest::newRow("already enrolled legacy")
            << Endpoint::Enroll << 400 << legacy("SequenceError.ALREADY_ENROLLED", "x")
            << ErrorKind::ContactVerdict << none << Verdict::AlreadyEnrolled;
        QTest::newRow("contact already enrolled category")
            << Endpoint::Enroll << 409 << standard("CONTACT_ALREADY_ENROLLED", "", "x")
            << ErrorKind::ContactVerdict << none << Verdict::AlreadyEnrolled;
        QTest::newRow("already enrolled text")
            << Endpoint::Enroll << 400
            << standard("VALIDATION_ERROR", "", "Contact is already enrolled in a sequence")
            << ErrorKind::ContactVerdict << none << Verdict::AlreadyEnrolled;
        QTest::newRow("unsubscribed")
            << Endpoint::Enroll << 400 << legacy("SequenceError.UNSUBSCRIBED", "x")
            << ErrorKind::ContactVerdict << none << Verdict::Unsubscribed;
        QTest::newRow("unsubscribed personal")
            << Endpoint::Enroll << 400
            << standard("VALIDATION_ERROR", "SequenceError.UNSUBSCRIBED_PERSONAL", "x")
            << ErrorKind::ContactVerdict << none << Verdict::Unsubscribed;
        QTest::newRow("bounced") << Endpoint::Enroll << 400 << legacy("SequenceError.BOUNCED", "x")
                                 << ErrorKind::ContactVerdict << none << Verdict::Bounced;
        QTest::newRow("bounced portal")
            << Endpoint::Enroll << 400
            << legacy("SequenceError.RECIPIENT_PREVIOUSLY_BOUNCED_ON_PORTAL", "x")
            << ErrorKind::ContactVerdict << none << Verdict::Bounced;
        QTest::newRow("bounced globally")
            << Endpoint::Enroll << 400
            << standard("VALIDATION_ERROR", "SequenceError.RECIPIENT_PREVIOUSLY_BOUNCED_GLOBALLY",
                        "x")
            << ErrorKind::ContactVerdict << none << Verdict::Bounced;
        QTest::newRow("blocked address")
            << Endpoint::Enroll << 400 << legacy("SequenceError.BLOCKED_ADDRESS", "x")
            << ErrorKind::ContactVerdict << none << Verdict::Blocked;
        QTest::newRow("blocked domain")
            << Endpoint::Enroll << 400 << legacy("SequenceError.BLOCKED_DOMAIN", "x")
            << ErrorKind::ContactVerdict << none << Verdict::Blocked;
        QTest::newRow("spam") << Endpoint::Enroll << 400
                              << legacy("SequenceError.PREVIOUSLY_MARKED_AS_SPAM", "x")
                              << ErrorKind::ContactVerdict << none << Verdict::Blocked;
        QTest::newRow("no email") << Endpoint::Enroll << 400
                                  << legacy("SequenceError.CONTACT_MISSING_EMAIL", "x")
                                  << ErrorKind::ContactVerdict << none << Verdict::NoEmail;
        QTest::newRow("unknown sequence code")
            << Endpoint::Enroll << 400 << legacy("SequenceError.SOMETHING_NEW", "x")
            << ErrorKind::ContactVerdict << none << Verdict::Other;
        QTest::newRow("validation")
            << Endpoint::Sequences << 400
            << QByteArrayLiteral(
                   R"({"status":"error","message":"Required query parameter userId was not provided.","category":"VALIDATION_ERROR","errors":[{"message":"x","in":"userId"}]})")
            << ErrorKind::BadRequest << none << noVerdict;
        QTest::newRow("414") << Endpoint::Sequences << 414 << QByteArray() << ErrorKind::BadRequest
                             << none << noVerdict;
        QTest::newRow("404 sequence get")
            << Endpoint::Sequence << 404 << standard("OBJECT_NOT_FOUND", "", "x")
            << ErrorKind::Fatal << FatalReason::SequenceNotFound << noVerdict;
        QTest::newRow("404 list") << Endpoint::ListMemberships << 404
                                  << standard("OBJECT_NOT_FOUND", "", "x") << ErrorKind::Fatal
                                  << FatalReason::NotFound << noVerdict;
        QTest::newRow("404 enroll sequence by context")
            << Endpoint::Enroll << 404
            << QByteArrayLiteral(
                   R"({"status":"error","message":"Object not found","category":"OBJECT_NOT_FOUND","context":{"sequenceId":["5"]}})")
            << ErrorKind::Fatal << FatalReason::SequenceNotFound << noVerdict;
        QTest::newRow("404 enroll contact by context")
            << Endpoint::Enroll << 404
            << QByteArrayLiteral(
                   R"({"status":"error","message":"Object not found","category":"OBJECT_NOT_FOUND","context":{"contactId":["5"]}})")
            << ErrorKind::ContactVerdict << none << Verdict::ContactNotFound;
        QTest::newRow("404 enroll sequence by message")
            << Endpoint::Enroll << 404
            << standard("OBJECT_NOT_FOUND", "",
                        "Sequence 123 does not exist or is not visible to user 9")
            << ErrorKind::Fatal << FatalReason::SequenceNotFound << noVerdict;
        QTest::newRow("404 enroll contact by message")
            << Endpoint::Enroll << 404
            << standard("OBJECT_NOT_FOUND", "", "Contact 77 was not found")
            << ErrorKind::ContactVerdict << none << Verdict::ContactNotFound;
        // Enrollment wording on other endpoints says nothing about sender or contact.
        QTest::newRow("connected email text on search is BadRequest")
            << Endpoint::ContactsSearch << 400
            << standard("VALIDATION_ERROR", "", "Filter on connected email is not supported")
            << ErrorKind::BadRequest << none << noVerdict;
        QTest::newRow("no connected emails category on owners is BadRequest")
            << Endpoint::Owners << 400 << standard("PUBLIC_ENROLL_NO_CONNECTED_EMAILS", "", "x")
            << ErrorKind::BadRequest << none << noVerdict;
        QTest::newRow("subscription status text on sequences is BadRequest")
            << Endpoint::Sequences << 400
            << standard("VALIDATION_ERROR", "", "Sales Subscription Status is not OK")
            << ErrorKind::BadRequest << none << noVerdict;
        QTest::newRow("already enrolled text on batch read is BadRequest")
            << Endpoint::ContactsBatchRead << 400
            << standard("VALIDATION_ERROR", "", "Contact is already enrolled in a sequence")
            << ErrorKind::BadRequest << none << noVerdict;
        QTest::newRow("sequence error code on sequence get is BadRequest")
            << Endpoint::Sequence << 400 << legacy("SequenceError.SEND_LIMIT_REACHED", "limit")
            << ErrorKind::BadRequest << none << noVerdict;
        QTest::newRow("sequence error 404 on contact enrollment is not found")
            << Endpoint::ContactEnrollment << 404 << legacy("SequenceError.UNSUBSCRIBED", "x")
            << ErrorKind::ContactVerdict << none << Verdict::ContactNotFound;
        QTest::newRow("404 enroll unspecific")
            << Endpoint::Enroll << 404 << standard("OBJECT_NOT_FOUND", "", "Not found")
            << ErrorKind::ContactVerdict << none << Verdict::ContactNotFound;
    }

    void classification()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        QFETCH(FatalReason, reason);
        QFETCH(Verdict, verdict);
        const ApiError e = ApiError::fromHttp(endpoint, status, body);
        QCOMPARE(errorKindName(e.kind), errorKindName(kind));
        QCOMPARE(fatalReasonName(e.fatalReason), fatalReasonName(reason));
        QCOMPARE(verdictCodeName(e.verdict), verdictCodeName(verdict));
        QVERIFY(!e.describe().isEmpty());
    }

    void sequenceErrorCodeIsNormalisedSuffix()
    {
        const ApiError e = ApiError::fromHttp(Endpoint::Enroll, 400,
                                              legacy("SequenceError.UNSUBSCRIBED_PERSONAL", "x"));
        QCOMPARE(e.code, QStringLiteral("UNSUBSCRIBED_PERSONAL"));
        QCOMPARE(e.verdictCode(), QStringLiteral("UNSUBSCRIBED"));
    }

    void networkFailuresAreRetryableExceptTls()
    {
        for (const NetworkFailure f :
             {NetworkFailure::Timeout, NetworkFailure::ConnectionRefused,
              NetworkFailure::RemoteClosed, NetworkFailure::HostNotFound, NetworkFailure::Other}) {
            const ApiError e = ApiError::fromNetwork(Endpoint::Owners, f, QStringLiteral("x"));
            QCOMPARE(e.kind, ErrorKind::Retryable);
            QVERIFY(!e.describe().isEmpty());
        }
        const ApiError tls = ApiError::fromNetwork(Endpoint::Owners, NetworkFailure::Tls,
                                                   QStringLiteral("certificate expired"));
        QCOMPARE(tls.kind, ErrorKind::Fatal);
        QCOMPARE(tls.fatalReason, FatalReason::Tls);
    }

    void describeSaysWhatToDoForFatalReasons()
    {
        QVERIFY(ApiError::fromHttp(Endpoint::Enroll, 400,
                                   legacy("SequenceError.OTHER_SEND_REJECTED",
                                          "Sales Subscription Status is not OK"))
                    .describe()
                    .contains(QLatin1String("seat")));
        QVERIFY(ApiError::fromHttp(Endpoint::AccountDetails, 401, QByteArray())
                    .describe()
                    .contains(QLatin1String("Private Apps")));
        QVERIFY(ApiError::fromHttp(Endpoint::Enroll, 429,
                                   QByteArrayLiteral(R"({"policyName":"DAILY"})"))
                    .describe()
                    .contains(QLatin1String("midnight")));
    }

    void scrubRemovesTheTokenFromEveryText()
    {
        const QString token = QStringLiteral("secret-token-value-123");
        ApiError e = ApiError::fromHttp(
            Endpoint::Owners, 400,
            QByteArrayLiteral(
                R"({"message":"bad header Bearer secret-token-value-123","category":"VALIDATION_ERROR",
                "context":{"header":["secret-token-value-123"]}})"));
        e.scrub(token);
        QVERIFY(!e.message.contains(token));
        QVERIFY(!e.summary().contains(token));
        QVERIFY(!e.describe().contains(token));
        QVERIFY(!e.context.value(QStringLiteral("header")).join(QString()).contains(token));
        QVERIFY(!e.rawBody.contains(token.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestHubSpotErrors)
#include "tst_hubspoterrors.moc"
