// The Sequences page during a first sync of the demo portal (sandbox over loopback with
// latency): the portal's rows are shown, marked Syncing, while their details are still being
// read, then the saved mirror; a first sync that fails halfway shows the empty mirror again.
#include "GuiHarness.h"
#include "core/Translations.h"
#include "sequences/SequencesPage.h"
#include "sequences/SequencesPresenter.h"

#include <QLabel>

using namespace GuiHarness;

class TestFirstSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(qApp); } // English plural forms
    void rowsAreShownWhileDetailsAreRead();
    void failedFirstSyncShowsTheEmptyMirrorAgain();

private:
    static Sandbox::SandboxConfig portal();
};

Sandbox::SandboxConfig TestFirstSync::portal()
{
    Sandbox::SandboxConfig config;
    config.ownerCount = 12;
    config.sequenceCount = 160; // two pages for most users
    config.settings.latencyMs = 15;
    config.settings.rateLimit = 100000; // the latency, not HubSpot's limit, paces this test
    return config;
}

namespace {

int rowsShownAs(QAbstractItemModel *rows, const QString &status)
{
    int n = 0;
    for (int row = 0; row < rows->rowCount(); ++row)
        n += rows->index(row, Model::StatusColumn).data().toString() == status ? 1 : 0;
    return n;
}

// The screenshots of a first sync: a row whose details are still being read selected, at
// 1280 x 800 and at 1024 x 768.
void shootMidSync(App &app)
{
    QAbstractItemModel *rows = app.rows();
    for (int row = rows->rowCount() - 1; row >= 0; --row) {
        const QModelIndex steps = rows->index(row, Model::StepsColumn);
        if (steps.data().toString() == QStringLiteral("…")) {
            app.window->findChild<Ui::SequencesPage *>()->selectSequence(
                steps.data(Model::SequenceIdRole).toString());
            break;
        }
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    app.shot(QStringLiteral("sequences-first-sync.png"));
    app.window->resize(1024, 768);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    app.shot(QStringLiteral("sequences-first-sync-1024.png"));
}

} // namespace

void TestFirstSync::rowsAreShownWhileDetailsAreRead()
{
    App app(portal());
    QVERIFY(app.start());
    app.window->resize(1280, 800);
    const int total = int(app.server.state().data().sequences.size());
    auto *presenter = app.window->findChild<Ui::SequencesPresenter *>();
    QVERIFY(presenter);
    auto *banner = app.child<QLabel>("syncBanner");

    // What the page shows the first time a detail has been read and others have not.
    struct Seen
    {
        int rows = -1;
        int syncingRows = -1;
        int detailsRead = 0;
        int detailsToRead = 0;
        bool bannerVisible = false;
        QString bannerText;
        bool syncing = false;
        int mirrored = -1; // sequences in the mirror then (read on the store thread)
    } seen;
    bool shot = false;
    QObject::connect(presenter, &Ui::SequencesPresenter::unsavedShown, &app.context,
                     [&](int, int read, int toRead) {
                         if (toRead <= 0 || read == 0 || read >= toRead)
                             return;
                         if (seen.rows < 0) {
                             seen = {app.rows()->rowCount(),
                                     rowsShownAs(app.rows(), QStringLiteral("Syncing")),
                                     read,
                                     toRead,
                                     banner->isVisible(),
                                     banner->text(),
                                     app.portals->isSyncing(QStringLiteral("4242424")),
                                     -1};
                             app.store.run(
                                 [](Store::Stores &s) {
                                     return int(
                                         s.sequences.sequences(QStringLiteral("4242424")).size());
                                 },
                                 &app.context, [&seen](int n) { seen.mirrored = n; });
                         }
                         if (!shot && read >= toRead / 2) {
                             shot = true;
                             shootMidSync(app);
                         }
                     });
    QVERIFY(app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));

    // Mid-sync: every sequence on the page, none saved, the line over the table saying so.
    QVERIFY(seen.rows >= 0);
    QCOMPARE(seen.rows, total);
    QCOMPARE(seen.syncingRows, total);
    QCOMPARE(seen.detailsToRead, total);
    QVERIFY(seen.detailsRead < seen.detailsToRead);
    QVERIFY(seen.syncing);
    QVERIFY(seen.bannerVisible);
    QVERIFY2(seen.bannerText.contains(QStringLiteral("Reading details from HubSpot: %1 of %2")
                                          .arg(seen.detailsRead)
                                          .arg(seen.detailsToRead)),
             qPrintable(seen.bannerText));
    QVERIFY2(seen.bannerText.contains(QStringLiteral("The %1 sequences marked Syncing").arg(total)),
             qPrintable(seen.bannerText));
    QTRY_COMPARE(seen.mirrored, 0); // nothing saved while details were being read

    // Saved: the same rows with their statuses, nothing marked Syncing, no line.
    QCOMPARE(app.rows()->rowCount(), total);
    QCOMPARE(rowsShownAs(app.rows(), QStringLiteral("Syncing")), 0);
    QVERIFY(!banner->isVisible());
    QCOMPARE(app.shownStatuses().count(SequenceStatus::Active)
                 + app.shownStatuses().count(SequenceStatus::Draft),
             total);
}

void TestFirstSync::failedFirstSyncShowsTheEmptyMirrorAgain()
{
    App app(portal());
    QVERIFY(app.start());
    auto *presenter = app.window->findChild<Ui::SequencesPresenter *>();
    QVERIFY(presenter);
    int rowsWhenFailing = -1;
    QObject::connect(presenter, &Ui::SequencesPresenter::unsavedShown, &app.context,
                     [&](int rows, int read, int toRead) {
                         if (rowsWhenFailing < 0 && toRead > 0 && read >= toRead / 2) {
                             rowsWhenFailing = rows;
                             app.server.revokeToken(); // HubSpot stops answering halfway
                         }
                     });
    QSignalSpy finished(app.portals.get(), &Sync::PortalManager::syncFinished);
    QTest::mouseClick(app.child<QPushButton>("tryDemoButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).value<Store::SyncRunRecord>().status,
             Store::SyncStatus::Failed);
    QVERIFY(rowsWhenFailing > 0);
    // The last good mirror of a first sync is empty: the page says so, no row is left over.
    QTRY_COMPARE(app.rows()->rowCount(), 0);
    QTRY_VERIFY(app.child<QLabel>("sequencesEmptyMessage")->isVisible());
    QVERIFY(
        app.child<QLabel>("sequencesEmptyMessage")->text().contains(QStringLiteral("Sync Data")));
    QVERIFY(!app.child<QLabel>("syncBanner")->isVisible());
}

QTEST_MAIN(TestFirstSync)
#include "tst_firstsync.moc"
