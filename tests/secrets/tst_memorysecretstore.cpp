#include "SecretSpy.h"
#include "secrets/MemorySecretStore.h"

#include <QTest>

using namespace SeqDesk::Secrets;

class TestMemorySecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void answersAsynchronouslyNeverInline();
    void roundTripsAToken();
    void unavailableStoreKeepsNothingAndSaysSo();
    void callbackIsDroppedWhenContextDies();
    void callbackRunsWithoutAContext();
};

void TestMemorySecretStore::answersAsynchronouslyNeverInline()
{
    MemorySecretStore store;
    QObject ctx;
    bool called = false;
    store.write(QStringLiteral("k"), QStringLiteral("v"), &ctx,
                [&](const SecretResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestMemorySecretStore::roundTripsAToken()
{
    MemorySecretStore store;
    auto w = waitForSecret([&](QObject *c, SecretCallback cb) {
        store.write(QStringLiteral("k"), QStringLiteral("secret"), c, cb);
    });
    QVERIFY(w && w->ok());
    auto r = waitForSecret(
        [&](QObject *c, SecretCallback cb) { store.read(QStringLiteral("k"), c, cb); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->secret, QStringLiteral("secret"));
    auto d = waitForSecret(
        [&](QObject *c, SecretCallback cb) { store.remove(QStringLiteral("k"), c, cb); });
    QVERIFY(d && d->ok());
    r = waitForSecret(
        [&](QObject *c, SecretCallback cb) { store.read(QStringLiteral("k"), c, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, SecretStatus::NotFound);
}

void TestMemorySecretStore::unavailableStoreKeepsNothingAndSaysSo()
{
    MemorySecretStore store;
    store.setAvailable(false);
    auto w = waitForSecret([&](QObject *c, SecretCallback cb) {
        store.write(QStringLiteral("k"), QStringLiteral("secret"), c, cb);
    });
    QVERIFY(w);
    QCOMPARE(w->status, SecretStatus::Unavailable);
    QVERIFY(!w->message.isEmpty());
    QVERIFY(!w->message.contains(QStringLiteral("secret")));
    QCOMPARE(store.size(), 0);
}

void TestMemorySecretStore::callbackIsDroppedWhenContextDies()
{
    MemorySecretStore store;
    bool called = false;
    {
        QObject ctx;
        store.read(QStringLiteral("k"), &ctx, [&](const SecretResult &) { called = true; });
    }
    QTest::qWait(50); // nothing must arrive: there is no event to wait for
    QVERIFY(!called);
}

void TestMemorySecretStore::callbackRunsWithoutAContext()
{
    MemorySecretStore store;
    bool called = false;
    store.read(QStringLiteral("k"), nullptr, [&](const SecretResult &) { called = true; });
    QTRY_VERIFY(called);
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
