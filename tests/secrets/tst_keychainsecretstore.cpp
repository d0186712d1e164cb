// Runs against the real Secret Service (gnome-keyring in a private D-Bus session,
// started by tests/support/with-keychain.sh).
#include "SecretSpy.h"
#include "secrets/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

using namespace SeqDesk::Secrets;

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storesReadsOverwritesAndDeletesAToken();
    void readingAMissingKeyReportsNotFound();
    void deletingAMissingKeyIsNotAnError();
    void tokensOfTwoPortalsStaySeparate();
    void callbackRunsWithoutAContext();

private:
    SecretResult read(const QString &key);
    SecretResult write(const QString &key, const QString &secret);
    SecretResult remove(const QString &key);

    KeychainSecretStore m_store {QStringLiteral("io.seqdesk.SeqDesk.tests.")
                                 + QUuid::createUuid().toString(QUuid::WithoutBraces)};
};

SecretResult TestKeychainSecretStore::read(const QString &key)
{
    const auto r
        = waitForSecret([&](QObject *ctx, SecretCallback cb) { m_store.read(key, ctx, cb); });
    return r.value_or(SecretResult {SecretStatus::Failed, {}, QStringLiteral("no answer")});
}

SecretResult TestKeychainSecretStore::write(const QString &key, const QString &secret)
{
    const auto r = waitForSecret(
        [&](QObject *ctx, SecretCallback cb) { m_store.write(key, secret, ctx, cb); });
    return r.value_or(SecretResult {SecretStatus::Failed, {}, QStringLiteral("no answer")});
}

SecretResult TestKeychainSecretStore::remove(const QString &key)
{
    const auto r
        = waitForSecret([&](QObject *ctx, SecretCallback cb) { m_store.remove(key, ctx, cb); });
    return r.value_or(SecretResult {SecretStatus::Failed, {}, QStringLiteral("no answer")});
}

void TestKeychainSecretStore::initTestCase()
{
    // Fail loudly (not skip) when there is no Secret Service: CI must provide one.
    const SecretResult probe = write(QStringLiteral("probe"), QStringLiteral("x"));
    QVERIFY2(probe.ok(), qPrintable(QStringLiteral("keychain unavailable: ") + probe.message));
    QVERIFY(remove(QStringLiteral("probe")).ok());
}

void TestKeychainSecretStore::storesReadsOverwritesAndDeletesAToken()
{
    const QString key = SecretStore::portalTokenKey(QStringLiteral("4242"));
    const QString first = QStringLiteral("pat-na1-11111111-aaaa-bbbb-cccc-000000000001");
    const QString second = QStringLiteral("pat-na1-22222222-aaaa-bbbb-cccc-000000000002");

    QVERIFY(write(key, first).ok());
    SecretResult r = read(key);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, first);

    QVERIFY(write(key, second).ok());
    r = read(key);
    QVERIFY(r.ok());
    QCOMPARE(r.secret, second);

    QVERIFY(remove(key).ok());
    r = read(key);
    QCOMPARE(r.status, SecretStatus::NotFound);
    QVERIFY(r.secret.isEmpty());
    QVERIFY(!r.message.isEmpty());
}

void TestKeychainSecretStore::readingAMissingKeyReportsNotFound()
{
    const SecretResult r = read(QStringLiteral("never-written"));
    QCOMPARE(r.status, SecretStatus::NotFound);
}

void TestKeychainSecretStore::deletingAMissingKeyIsNotAnError()
{
    QVERIFY(remove(QStringLiteral("never-written-either")).ok());
}

void TestKeychainSecretStore::tokensOfTwoPortalsStaySeparate()
{
    const QString a = SecretStore::portalTokenKey(QStringLiteral("1"));
    const QString b = SecretStore::portalTokenKey(QStringLiteral("2"));
    QVERIFY(write(a, QStringLiteral("token-a")).ok());
    QVERIFY(write(b, QStringLiteral("token-b")).ok());
    QCOMPARE(read(a).secret, QStringLiteral("token-a"));
    QCOMPARE(read(b).secret, QStringLiteral("token-b"));
    QVERIFY(remove(a).ok());
    QCOMPARE(read(a).status, SecretStatus::NotFound);
    QCOMPARE(read(b).secret, QStringLiteral("token-b"));
    QVERIFY(remove(b).ok());
}

void TestKeychainSecretStore::callbackRunsWithoutAContext()
{
    std::optional<SecretResult> result;
    m_store.read(QStringLiteral("never-written"), nullptr,
                 [&](const SecretResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->status, SecretStatus::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
