// The MCP server's previews: kept whole across processes, started at most once.
#include "mcp/PreviewStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SeqDesk;
using namespace SeqDesk::Mcp;

class TestPreviewStore final : public QObject
{
    Q_OBJECT

private slots:
    void savedPreviewLoadsWhole();
    void onlyItsOwnIdsAreRead();
    void aPreviewIsClaimedOnce();
    void oldPreviewsArePruned();

private:
    static Preview sample();
};

Preview TestPreviewStore::sample()
{
    Preview p;
    p.id = PreviewStore::newId();
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.target.portalId = QStringLiteral("4242424");
    p.target.sequenceId = QStringLiteral("712011983");
    p.target.senderEmail = QStringLiteral("rep@acme.com");
    p.target.userId = QStringLiteral("9000694");
    p.target.dailyCap = 50;
    p.origin = Enroll::ContactOrigin::ofList(QStringLiteral("105"), QStringLiteral("Trials"));
    p.sequenceName = QStringLiteral("Onboarding");
    p.sequenceUpdatedAt = p.createdAt.addDays(-3);
    Enroll::PlannedContact enroll;
    enroll.input = QStringLiteral("101");
    enroll.contactId = QStringLiteral("101");
    enroll.email = QStringLiteral("ana@example.com");
    Enroll::PlannedContact deferred = enroll;
    deferred.contactId = QStringLiteral("102");
    deferred.plan = Enroll::Plan::Deferred;
    deferred.eligibleAt = p.createdAt.addSecs(3600);
    Enroll::PlannedContact skipped = enroll;
    skipped.contactId = QStringLiteral("103");
    skipped.plan = Enroll::Plan::AlreadyEnrolled;
    skipped.detail = QStringLiteral("Spring push");
    p.plan = {enroll, deferred, skipped};
    p.invalid = {{4, QStringLiteral("1e5"), QStringLiteral("is in scientific notation")}};
    return p;
}

void TestPreviewStore::savedPreviewLoadsWhole()
{
    QTemporaryDir dir;
    PreviewStore store(dir.filePath(QStringLiteral("mcp-previews")));
    const Preview p = sample();
    QString error;
    QVERIFY2(store.save(p, &error), qPrintable(error));
    const auto loaded = PreviewStore(dir.filePath(QStringLiteral("mcp-previews"))).load(p.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->createdAt, p.createdAt);
    QCOMPARE(loaded->target.sequenceId, p.target.sequenceId);
    QCOMPARE(loaded->target.userId, p.target.userId);
    QCOMPARE(loaded->target.dailyCap, 50);
    QCOMPARE(loaded->origin.kind, Enroll::ContactOrigin::Kind::HubSpotList);
    QCOMPARE(loaded->origin.listId, QStringLiteral("105"));
    QCOMPARE(loaded->sequenceUpdatedAt, p.sequenceUpdatedAt);
    QCOMPARE(loaded->plan.size(), 3);
    QCOMPARE(loaded->plan.at(1).plan, Enroll::Plan::Deferred);
    QCOMPARE(loaded->plan.at(1).eligibleAt, p.plan.at(1).eligibleAt);
    QCOMPARE(loaded->plan.at(2).detail, QStringLiteral("Spring push"));
    QCOMPARE(loaded->invalid.size(), 1);
    QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("mcp-previews/")) + p.id
                                + QStringLiteral(".json"))
                 & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void TestPreviewStore::onlyItsOwnIdsAreRead()
{
    QTemporaryDir dir;
    PreviewStore store(dir.path());
    QVERIFY(!store.load(QStringLiteral("../seqdesk")));
    QVERIFY(!store.load(QString()));
    QVERIFY(!store.claim(QStringLiteral("../x")));
    QVERIFY(!store.load(PreviewStore::newId())); // well formed, never saved
}

void TestPreviewStore::aPreviewIsClaimedOnce()
{
    QTemporaryDir dir;
    PreviewStore store(dir.path());
    const Preview p = sample();
    QString error;
    QVERIFY(store.save(p, &error));
    QVERIFY(store.claim(p.id));
    QVERIFY(!PreviewStore(dir.path()).claim(p.id)); // another server
    QCOMPARE(store.startedJob(p.id), 0);
    store.release(p.id); // the job could not be saved
    QVERIFY(store.claim(p.id));
    store.setStartedJob(p.id, 17);
    QCOMPARE(PreviewStore(dir.path()).startedJob(p.id), 17);
    QVERIFY(!store.claim(p.id));
}

void TestPreviewStore::oldPreviewsArePruned()
{
    QTemporaryDir dir;
    PreviewStore store(dir.path());
    const Preview old = sample();
    const Preview fresh = sample();
    QString error;
    QVERIFY(store.save(old, &error) && store.save(fresh, &error));
    QFile file(dir.filePath(old.id + QStringLiteral(".json")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-8),
                             QFileDevice::FileModificationTime));
    file.close();
    store.prune(QDateTime::currentDateTimeUtc());
    QVERIFY(!store.load(old.id));
    QVERIFY(store.load(fresh.id));
}

QTEST_GUILESS_MAIN(TestPreviewStore)
#include "tst_previewstore.moc"
