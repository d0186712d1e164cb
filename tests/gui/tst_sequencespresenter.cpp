// The Sequences page fed from a real SQLite mirror through the store worker.
#include "sequences/SequenceTableModel.h"
#include "sequences/SequencesPage.h"
#include "sequences/SequencesPresenter.h"
#include "store/StoreWorker.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SeqDesk;
using namespace SeqDesk::Store;

class TestSequencesPresenter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheMirroredSequencesWithOwnersAndSteps();
    void pauseButtonPausesInTheStoreAndUpdatesTheRow();
    void otherPortalsAreNotShown();

private:
    template<typename Job> void runAndWait(Job job)
    {
        bool done = false;
        m_worker->run(job, this, [&done](auto) { done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 5000));
    }
    static SequenceSnapshotItem item(const QString &id, const QString &name, int steps);

    QTemporaryDir m_dir;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<Ui::SequencesPage> m_page;
    std::unique_ptr<Ui::SequencesPresenter> m_presenter;
};

SequenceSnapshotItem TestSequencesPresenter::item(const QString &id, const QString &name, int steps)
{
    SequenceSnapshotItem i;
    i.sequence.portalId = QStringLiteral("1");
    i.sequence.sequenceId = id;
    i.sequence.name = name;
    i.sequence.ownerUserId = QStringLiteral("9001");
    i.sequence.updatedAt = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
    i.sequence.createdAt = i.sequence.updatedAt;
    i.sequence.stepCount = steps;
    i.sequence.visibleToUserIds = {QStringLiteral("9001")};
    QList<SequenceStepRecord> list;
    for (int n = 0; n < steps; ++n)
        list.append({n, QStringLiteral("EMAIL"), qint64(n) * 86'400'000, {}, {}});
    i.steps = list;
    return i;
}

void TestSequencesPresenter::init()
{
    m_worker = std::make_unique<StoreWorker>();
    QString openError = QStringLiteral("pending");
    m_worker->open(m_dir.filePath(QStringLiteral("m.sqlite")), this,
                   [&openError](const QString &e) { openError = e; });
    QTRY_VERIFY(openError != QStringLiteral("pending"));
    QVERIFY2(openError.isEmpty(), qPrintable(openError));
    runAndWait([](Stores &s) {
        PortalRecord p;
        p.portalId = QStringLiteral("1");
        p.name = QStringLiteral("Acme");
        s.portals.upsert(p);
        OwnerRecord o;
        o.portalId = QStringLiteral("1");
        o.ownerId = QStringLiteral("77");
        o.userId = 9001;
        o.firstName = QStringLiteral("Ada");
        o.lastName = QStringLiteral("Lovelace");
        o.type = QStringLiteral("PERSON");
        o.active = true;
        return s.sequences
            .applySnapshot(QStringLiteral("1"), {o},
                           {item(QStringLiteral("10"), QStringLiteral("Renewal"), 3),
                            item(QStringLiteral("11"), QStringLiteral("Draft idea"), 0)},
                           QDateTime::currentDateTimeUtc())
            .has_value();
    });
    m_page = std::make_unique<Ui::SequencesPage>();
    m_presenter = std::make_unique<Ui::SequencesPresenter>(m_worker.get(), m_page.get());
    m_page->show();
}

void TestSequencesPresenter::cleanup()
{
    m_presenter.reset();
    m_page.reset();
    m_worker.reset();
}

void TestSequencesPresenter::showsTheMirroredSequencesWithOwnersAndSteps()
{
    QSignalSpy loaded(m_presenter.get(), &Ui::SequencesPresenter::loaded);
    m_presenter->showPortal(QStringLiteral("1"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().first().toInt(), 2);
    auto *model = m_page->model();
    QCOMPARE(model->rowCount(), 2);
    const int row = model->rowOfSequence(QStringLiteral("10"));
    QVERIFY(row >= 0);
    QCOMPARE(model->ownerName(model->sequenceAt(row)), QStringLiteral("Ada Lovelace"));
    QCOMPARE(model->steps(QStringLiteral("10")).size(), 3);
    QCOMPARE(model->sequenceAt(model->rowOfSequence(QStringLiteral("11"))).status(),
             SequenceStatus::Draft);
}

void TestSequencesPresenter::pauseButtonPausesInTheStoreAndUpdatesTheRow()
{
    QSignalSpy loaded(m_presenter.get(), &Ui::SequencesPresenter::loaded);
    m_presenter->showPortal(QStringLiteral("1"));
    QVERIFY(loaded.wait(5000));
    QVERIFY(m_page->selectSequence(QStringLiteral("10")));
    auto *pause = m_page->findChild<QPushButton *>(QStringLiteral("pauseButton"));
    QVERIFY(pause && pause->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    auto *model = m_page->model();
    QTRY_COMPARE(model->sequenceAt(model->rowOfSequence(QStringLiteral("10"))).status(),
                 SequenceStatus::Paused);
    bool pausedInStore = false;
    runAndWait([&pausedInStore](Stores &s) {
        pausedInStore = s.sequences.sequence(QStringLiteral("1"), QStringLiteral("10"))
                            .value_or(SequenceRecord {})
                            .pausedInSeqDesk;
        return pausedInStore;
    });
    QVERIFY(pausedInStore);
}

void TestSequencesPresenter::otherPortalsAreNotShown()
{
    QSignalSpy loaded(m_presenter.get(), &Ui::SequencesPresenter::loaded);
    m_presenter->showPortal(QStringLiteral("2"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_page->model()->rowCount(), 0);
}

QTEST_MAIN(TestSequencesPresenter)
#include "tst_sequencespresenter.moc"
