#include "StoreTestSupport.h"
#include "store/StoreWorker.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

using namespace StoreTest;

class TestStoreWorker final : public QObject
{
    Q_OBJECT

private slots:
    void jobsRunOffTheCallerThreadAndAnswerOnIt();
    void jobsRunInOrderAndWritesAreVisibleToLaterReads();
    void callbackIsDroppedWhenContextDiesButTheWriteHappens();
    void openFailureIsReportedAndJobsFailCleanly();
};

void TestStoreWorker::jobsRunOffTheCallerThreadAndAnswerOnIt()
{
    QTemporaryDir dir;
    StoreWorker worker;
    QObject context;
    std::optional<QString> opened;
    worker.open(dir.filePath(QStringLiteral("s.sqlite")), &context,
                [&](const QString &error) { opened = error; });
    QThread *jobThread = nullptr;
    QThread *callbackThread = nullptr;
    bool answered = false;
    worker.run(
        [&](Stores &s) {
            jobThread = QThread::currentThread();
            return s.portals.upsert(portal(QStringLiteral("42")));
        },
        &context,
        [&](bool ok) {
            callbackThread = QThread::currentThread();
            answered = ok;
        });
    QVERIFY(!answered); // never inline
    QTRY_VERIFY(answered);
    QCOMPARE(opened, std::optional<QString>(QString()));
    QVERIFY(jobThread && jobThread != QThread::currentThread());
    QCOMPARE(callbackThread, QThread::currentThread());
}

void TestStoreWorker::jobsRunInOrderAndWritesAreVisibleToLaterReads()
{
    QTemporaryDir dir;
    StoreWorker worker;
    QObject context;
    worker.open(dir.filePath(QStringLiteral("s.sqlite")), &context, [](const QString &) {});
    QList<int> order;
    for (int i = 0; i < 5; ++i) {
        worker.run([i](Stores &s) { return s.portals.upsert(portal(QString::number(i))) ? i : -1; },
                   &context, [&](int n) { order.append(n); });
    }
    std::optional<QList<PortalRecord>> portals;
    worker.run([](Stores &s) { return s.portals.portals(); }, &context,
               [&](QList<PortalRecord> list) { portals = std::move(list); });
    QTRY_VERIFY(portals.has_value());
    QCOMPARE(order, (QList<int> {0, 1, 2, 3, 4}));
    QCOMPARE(portals->size(), 5);
}

void TestStoreWorker::callbackIsDroppedWhenContextDiesButTheWriteHappens()
{
    QTemporaryDir dir;
    StoreWorker worker;
    worker.open(dir.filePath(QStringLiteral("s.sqlite")), nullptr, [](const QString &) {});
    bool called = false;
    {
        QObject shortLived;
        worker.run([](Stores &s) { return s.portals.upsert(portal(QStringLiteral("1"))); },
                   &shortLived, [&](bool) { called = true; });
        // Block (without processing events) until the job has run and its answer is queued
        // for `shortLived`: then destroy the context.
        QSemaphore ran;
        worker.post([&ran] { ran.release(); });
        ran.acquire();
    }
    QObject context;
    std::optional<int> count;
    worker.run([](Stores &s) { return int(s.portals.portals().size()); }, &context,
               [&](int n) { count = n; });
    QTRY_VERIFY(count.has_value());
    QCOMPARE(*count, 1);
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestStoreWorker::openFailureIsReportedAndJobsFailCleanly()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    StoreWorker worker;
    QObject context;
    std::optional<QString> error;
    worker.open(blocker + QStringLiteral("/under-a-file/s.sqlite"), &context,
                [&](const QString &e) { error = e; });
    std::optional<QString> jobError;
    worker.run(
        [](Stores &s) {
            s.portals.portals();
            return s.portals.lastError();
        },
        &context, [&](const QString &e) { jobError = e; });
    QTRY_VERIFY(jobError.has_value());
    QVERIFY(error && !error->isEmpty());
    QVERIFY(!jobError->isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
