#include "core/Redactor.h"

#include <QTest>

using SeqDesk::Redactor;

class TestRedactor final : public QObject
{
    Q_OBJECT

private slots:
    void scrubsBearerAndPrivateAppTokens_data();
    void scrubsBearerAndPrivateAppTokens();
    void scrubsARegisteredSecretAnywhere();
    void leavesOrdinaryTextAlone();
    void scrubPersonalRemovesEveryEmailAddress_data();
    void scrubPersonalRemovesEveryEmailAddress();
    void scrubPersonalLeavesTextWithoutAddressesAlone();
    void scrubKeepsEmailsForMessagesToTheUser();
};

void TestRedactor::scrubsBearerAndPrivateAppTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("bearer header")
        << QStringLiteral("Authorization: Bearer abc.def-123") << QStringLiteral("abc.def-123");
    QTest::newRow("bearer lower") << QStringLiteral("bearer    s3cr3t!")
                                  << QStringLiteral("s3cr3t!");
    QTest::newRow("pat in url") << QStringLiteral("GET https://x/?t=pat-na1-1234abcd-aa-bb done")
                                << QStringLiteral("pat-na1-1234abcd-aa-bb");
    QTest::newRow("pat in json") << QStringLiteral("{\"token\":\"pat-eu1-00ff-11-22\"}")
                                 << QStringLiteral("pat-eu1-00ff-11-22");
}

void TestRedactor::scrubsBearerAndPrivateAppTokens()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString out = Redactor::scrub(text);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("[redacted]")));
}

void TestRedactor::scrubsARegisteredSecretAnywhere()
{
    const QString out
        = Redactor::scrub(QStringLiteral("id=xyz-secret-42;"), QStringLiteral("xyz-secret-42"));
    QCOMPARE(out, QStringLiteral("id=[redacted];"));
}

void TestRedactor::leavesOrdinaryTextAlone()
{
    const QString text = QStringLiteral("Enrolled contact 101 into sequence 712 (pattern-based)");
    QCOMPARE(Redactor::scrub(text), text);
}

void TestRedactor::scrubPersonalRemovesEveryEmailAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("contact ana@example.com enrolled")
                           << QStringLiteral("contact [email] enrolled");
    QTest::newRow("plus, dots, subdomain")
        << QStringLiteral("ana.lopez+trial@mail.example.co.uk") << QStringLiteral("[email]");
    QTest::newRow("apostrophe") << QStringLiteral("o'neil@example.org.")
                                << QStringLiteral("[email].");
    QTest::newRow("in json") << QStringLiteral("{\"email\":\"bo@x.io\"}")
                             << QStringLiteral("{\"email\":\"[email]\"}");
    QTest::newRow("query") << QStringLiteral("/contacts?email=bo@x.io&id=1")
                           << QStringLiteral("/contacts?email=[email]&id=1");
    QTest::newRow("url-encoded") << QStringLiteral("/contacts/bo%40x.io?idProperty=email")
                                 << QStringLiteral("/contacts/[email]?idProperty=email");
    QTest::newRow("angle brackets")
        << QStringLiteral("Sales <sales@seqdesk.test>") << QStringLiteral("Sales <[email]>");
    QTest::newRow("two, and a token") << QStringLiteral("a@b.c, Bearer pat-na1-aa-bb d@e.f")
                                      << QStringLiteral("[email], Bearer [redacted] [email]");
}

void TestRedactor::scrubPersonalRemovesEveryEmailAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Redactor::scrubPersonal(text), expected);
}

void TestRedactor::scrubPersonalLeavesTextWithoutAddressesAlone()
{
    for (const QString &text :
         {QStringLiteral("Enrolled contact 101 into sequence 712"),
          QStringLiteral("3 @ 4, user@ and @handle"), QStringLiteral("100% done, %40 alone")})
        QCOMPARE(Redactor::scrubPersonal(text), text);
}

void TestRedactor::scrubKeepsEmailsForMessagesToTheUser()
{
    const QString text = QStringLiteral("ana@example.com is unsubscribed");
    QCOMPARE(Redactor::scrub(text), text);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
