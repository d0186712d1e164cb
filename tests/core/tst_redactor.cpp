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

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
