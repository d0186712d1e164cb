// SequencesPage offscreen: chips and search filter the table, the detail pane follows the
// selection, actions emit requests only where they apply, and the empty states.
#include "SequenceRecordBuilder.h"
#include "sequences/SequenceTableModel.h"
#include "sequences/SequencesPage.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace SeqDesk;
using namespace SeqDesk::Testing;
using Model = Ui::SequenceTableModel;

class TestSequencesPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chipsShowCountsThatFollowTheData();
    void clickingEachChipFiltersTheRows_data();
    void clickingEachChipFiltersTheRows();
    void typingInSearchFiltersTheRows();
    void selectingARowFillsTheDetailPane();
    void detailPaneShowsNotSetAndUnknownUsers();
    void unknownStepTypesShowTheirRawType();
    void actionsEmitRequestsForTheSelectedSequence();
    void actionsAreEnabledOnlyWhereTheyApply_data();
    void actionsAreEnabledOnlyWhereTheyApply();
    void detailFollowsUpdatedRecord();
    void emptyModelSaysSyncData();
    void filterHidingEverythingOffersClearFilters();
    void namesKeepTheRoomAt1024Pixels();

private:
    template<typename T> T *child(const char *name) const
    {
        auto *w = m_page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QStringList visibleNames() const;
    void clickRowNamed(const QString &name);
    QString text(const char *labelName) const { return child<QLabel>(labelName)->text(); }

    std::unique_ptr<Ui::SequencesPage> m_page;
    QTableView *m_table = nullptr;
};

void TestSequencesPage::init()
{
    m_page = std::make_unique<Ui::SequencesPage>();
    m_page->resize(1100, 600);
    auto *model = m_page->model();
    model->setUserNames({{QStringLiteral("100"), QStringLiteral("Ana Lima")},
                         {QStringLiteral("200"), QStringLiteral("Bo Chen")},
                         {QStringLiteral("300"), QStringLiteral("Cy Diaz")}});
    model->setSteps({{QStringLiteral("1"),
                      {step(1, QStringLiteral("EMAIL"), 0),
                       step(2, QStringLiteral("TASK"), 2 * Day, QStringLiteral("CALL")),
                       step(3, QStringLiteral("EMAIL"), Day + 4 * 3600 * 1000)}}});
    model->setSequences({
        SequenceBuilder(QStringLiteral("1"), QStringLiteral("Alpha intro"))
            .sendWindow(8 * 60, 17 * 60 + 30)
            .visibleTo({QStringLiteral("200"), QStringLiteral("100")}),
        SequenceBuilder(QStringLiteral("2"), QStringLiteral("Beta nurture"))
            .owner(QStringLiteral("200")),
        SequenceBuilder(QStringLiteral("3"), QStringLiteral("Gamma renewals")).paused(),
        SequenceBuilder(QStringLiteral("4"), QStringLiteral("Delta draft")).draft(),
        SequenceBuilder(QStringLiteral("5"), QStringLiteral("Epsilon old")).archivedByUser(),
        SequenceBuilder(QStringLiteral("6"), QStringLiteral("Zeta gone"))
            .goneFromHubSpot(QDateTime(QDate(2025, 2, 2), QTime(10, 0), QTimeZone::utc())),
    });
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_table = child<QTableView>("sequenceTable");
}

void TestSequencesPage::cleanup()
{
    m_page.reset();
}

QStringList TestSequencesPage::visibleNames() const
{
    QStringList names;
    auto *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, Model::NameColumn).data().toString();
    return names;
}

void TestSequencesPage::clickRowNamed(const QString &name)
{
    auto *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, Model::NameColumn);
        if (index.data().toString() == name) {
            m_table->scrollTo(index);
            QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {},
                              m_table->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row named ") + name));
}

void TestSequencesPage::chipsShowCountsThatFollowTheData()
{
    QCOMPARE(child<QToolButton>("statusChipActive")->text(), QStringLiteral("Active (2)"));
    QCOMPARE(child<QToolButton>("statusChipPaused")->text(), QStringLiteral("Paused (1)"));
    QCOMPARE(child<QToolButton>("statusChipDraft")->text(), QStringLiteral("Draft (1)"));
    QCOMPARE(child<QToolButton>("statusChipArchived")->text(), QStringLiteral("Archived (2)"));
    m_page->model()->updateSequence(
        SequenceBuilder(QStringLiteral("2"), QStringLiteral("Beta nurture")).paused());
    QCOMPARE(child<QToolButton>("statusChipActive")->text(), QStringLiteral("Active (1)"));
    QCOMPARE(child<QToolButton>("statusChipPaused")->text(), QStringLiteral("Paused (2)"));
}

void TestSequencesPage::clickingEachChipFiltersTheRows_data()
{
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("active") << QStringLiteral("statusChipActive")
                            << QStringList(
                                   {QStringLiteral("Alpha intro"), QStringLiteral("Beta nurture")});
    QTest::newRow("paused") << QStringLiteral("statusChipPaused")
                            << QStringList({QStringLiteral("Gamma renewals")});
    QTest::newRow("draft") << QStringLiteral("statusChipDraft")
                           << QStringList({QStringLiteral("Delta draft")});
    QTest::newRow("archived") << QStringLiteral("statusChipArchived")
                              << QStringList(
                                     {QStringLiteral("Epsilon old"), QStringLiteral("Zeta gone")});
}

void TestSequencesPage::clickingEachChipFiltersTheRows()
{
    QFETCH(QString, chip);
    QFETCH(QStringList, expected);
    auto *button = m_page->findChild<QToolButton *>(chip);
    QVERIFY(button);
    QCOMPARE(m_table->model()->rowCount(), 6);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(button->isChecked());
    QCOMPARE(visibleNames(), expected);
    // A second chip adds its rows; unchecking all shows everything again.
    auto *draft = child<QToolButton>("statusChipDraft");
    if (draft != button) {
        QTest::mouseClick(draft, Qt::LeftButton);
        QCOMPARE(m_table->model()->rowCount(), expected.size() + 1);
        QTest::mouseClick(draft, Qt::LeftButton);
    }
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_table->model()->rowCount(), 6);
}

void TestSequencesPage::typingInSearchFiltersTheRows()
{
    auto *search = child<QLineEdit>("sequenceSearch");
    QVERIFY(search->isClearButtonEnabled());
    QVERIFY(!search->placeholderText().isEmpty());
    QTest::keyClicks(search, QStringLiteral("bo ch"));
    QCOMPARE(visibleNames(), QStringList({QStringLiteral("Beta nurture")}));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ta"));
    QCOMPARE(visibleNames(),
             QStringList({QStringLiteral("Beta nurture"), QStringLiteral("Delta draft"),
                          QStringLiteral("Zeta gone")}));
    search->clear();
    QCOMPARE(m_table->model()->rowCount(), 6);
}

void TestSequencesPage::selectingARowFillsTheDetailPane()
{
    QVERIFY(child<QLabel>("detailPlaceholder")->isVisible());
    clickRowNamed(QStringLiteral("Alpha intro"));
    QCOMPARE(m_page->selectedSequenceId(), QStringLiteral("1"));
    QVERIFY(!child<QLabel>("detailPlaceholder")->isVisible());
    QCOMPARE(text("detailName"), QStringLiteral("Alpha intro"));
    QCOMPARE(text("detailStatus"), QStringLiteral("Active"));
    QCOMPARE(text("detailOwner"), QStringLiteral("Ana Lima"));
    const QString steps = text("detailSteps");
    QVERIFY2(steps.contains(QStringLiteral("1. Day 1: Email")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("2. after 2 days: Call task")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("3. after 1 day 4 hours: Email")), qPrintable(steps));
    QCOMPARE(text("detailSendWindow"), QStringLiteral("08:00–17:30"));
    QCOMPARE(text("detailVisibleTo"), QStringLiteral("Ana Lima, Bo Chen"));
    QVERIFY(text("detailSeen").contains(QStringLiteral("Last seen")));

    clickRowNamed(QStringLiteral("Zeta gone"));
    QCOMPARE(text("detailStatus"), QStringLiteral("Archived"));
    QVERIFY(text("detailStatusExplanation").contains(QStringLiteral("gone from HubSpot")));
    QVERIFY(text("detailSeen").contains(QStringLiteral("Gone from HubSpot since")));
}

void TestSequencesPage::detailPaneShowsNotSetAndUnknownUsers()
{
    clickRowNamed(QStringLiteral("Beta nurture"));
    QCOMPARE(text("detailSendWindow"), QStringLiteral("not set"));
    QCOMPARE(text("detailVisibleTo"), QStringLiteral("Not known yet"));
    QCOMPARE(text("detailSteps"), QStringLiteral("3 steps (details not synced yet)"));
    clickRowNamed(QStringLiteral("Delta draft"));
    QCOMPARE(text("detailSteps"), QStringLiteral("No steps"));
    QVERIFY(text("detailStatusExplanation").contains(QStringLiteral("no steps")));
}

void TestSequencesPage::unknownStepTypesShowTheirRawType()
{
    m_page->model()->setSteps(
        {{QStringLiteral("1"),
          {step(0, QStringLiteral("EMAIL"), 0), step(1, QStringLiteral("LINKEDIN_VOICE_NOTE"), Day),
           step(2, QStringLiteral("FINISH_ENROLLMENT"), Day)}}});
    clickRowNamed(QStringLiteral("Alpha intro"));
    const QString steps = text("detailSteps");
    QVERIFY2(steps.contains(QStringLiteral("1. Day 1: Email")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("LinkedIn task")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("3. after 1 day: Finish enrollment")),
             qPrintable(steps));
    m_page->model()->setSteps({{QStringLiteral("1"),
                                {step(0, QStringLiteral("EMAIL"), 0),
                                 step(1, QStringLiteral("WHATSAPP_MESSAGE"), Day)}}});
    clickRowNamed(QStringLiteral("Beta nurture"));
    clickRowNamed(QStringLiteral("Alpha intro"));
    const QString raw = text("detailSteps");
    QVERIFY2(raw.contains(QStringLiteral("2. after 1 day: WHATSAPP_MESSAGE")), qPrintable(raw));
}

void TestSequencesPage::actionsEmitRequestsForTheSelectedSequence()
{
    QSignalSpy pause(m_page.get(), &Ui::SequencesPage::pauseRequested);
    QSignalSpy archive(m_page.get(), &Ui::SequencesPage::archiveRequested);
    QSignalSpy enroll(m_page.get(), &Ui::SequencesPage::enrollRequested);
    clickRowNamed(QStringLiteral("Alpha intro"));
    QTest::mouseClick(child<QPushButton>("enrollButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("pauseButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("archiveButton"), Qt::LeftButton);
    QCOMPARE(enroll.size(), 1);
    QCOMPARE(enroll.first().at(0).toString(), QStringLiteral("1"));
    QCOMPARE(pause.size(), 1);
    QCOMPARE(pause.first(), QVariantList({QStringLiteral("1"), true}));
    QCOMPARE(archive.first(), QVariantList({QStringLiteral("1"), true}));

    clickRowNamed(QStringLiteral("Gamma renewals"));
    QCOMPARE(child<QPushButton>("pauseButton")->text(), QStringLiteral("Resume in SeqDesk"));
    QTest::mouseClick(child<QPushButton>("pauseButton"), Qt::LeftButton);
    QCOMPARE(pause.last(), QVariantList({QStringLiteral("3"), false}));

    clickRowNamed(QStringLiteral("Epsilon old"));
    QCOMPARE(child<QPushButton>("archiveButton")->text(), QStringLiteral("Restore"));
    child<QAction>("archiveAction")->trigger(); // the context menu's action
    QCOMPARE(archive.last(), QVariantList({QStringLiteral("5"), false}));
    QCOMPARE(enroll.size(), 1);
}

void TestSequencesPage::actionsAreEnabledOnlyWhereTheyApply_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("enroll");
    QTest::addColumn<bool>("pause");
    QTest::addColumn<bool>("archive");
    QTest::newRow("active") << QStringLiteral("Alpha intro") << true << true << true;
    QTest::newRow("paused") << QStringLiteral("Gamma renewals") << false << true << true;
    QTest::newRow("draft") << QStringLiteral("Delta draft") << false << false << true;
    QTest::newRow("archived here") << QStringLiteral("Epsilon old") << false << false << true;
    QTest::newRow("gone") << QStringLiteral("Zeta gone") << false << false << false;
}

void TestSequencesPage::actionsAreEnabledOnlyWhereTheyApply()
{
    QFETCH(QString, name);
    QFETCH(bool, enroll);
    QFETCH(bool, pause);
    QFETCH(bool, archive);
    QVERIFY(!child<QAction>("enrollAction")->isEnabled()); // nothing selected yet
    clickRowNamed(name);
    QCOMPARE(child<QPushButton>("enrollButton")->isEnabled(), enroll);
    QCOMPARE(child<QPushButton>("pauseButton")->isEnabled(), pause);
    QCOMPARE(child<QPushButton>("archiveButton")->isEnabled(), archive);
    QCOMPARE(child<QAction>("enrollAction")->isEnabled(), enroll);
    QSignalSpy enrollSpy(m_page.get(), &Ui::SequencesPage::enrollRequested);
    QTest::mouseClick(child<QPushButton>("enrollButton"), Qt::LeftButton);
    QCOMPARE(enrollSpy.size(), enroll ? 1 : 0);
}

void TestSequencesPage::detailFollowsUpdatedRecord()
{
    clickRowNamed(QStringLiteral("Alpha intro"));
    QCOMPARE(child<QPushButton>("pauseButton")->text(), QStringLiteral("Pause in SeqDesk"));
    m_page->model()->updateSequence(
        SequenceBuilder(QStringLiteral("1"), QStringLiteral("Alpha intro")).paused());
    QCOMPARE(text("detailStatus"), QStringLiteral("Paused"));
    QCOMPARE(child<QPushButton>("pauseButton")->text(), QStringLiteral("Resume in SeqDesk"));
    QVERIFY(!child<QPushButton>("enrollButton")->isEnabled());
    // A full reload keeps the selection.
    auto all = QList<Store::SequenceRecord>();
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        all << m_page->model()->sequenceAt(row);
    m_page->model()->setSequences(all);
    QCOMPARE(m_page->selectedSequenceId(), QStringLiteral("1"));
    QCOMPARE(text("detailName"), QStringLiteral("Alpha intro"));
}

void TestSequencesPage::emptyModelSaysSyncData()
{
    m_page->model()->setSequences({});
    QVERIFY(child<QWidget>("sequencesEmptyState")->isVisible());
    QVERIFY(!m_table->isVisible());
    QVERIFY(text("sequencesEmptyMessage").contains(QStringLiteral("No sequences yet")));
    QVERIFY(text("sequencesEmptyMessage").contains(QStringLiteral("Sync Data")));
    QVERIFY(!child<QLabel>("clearFiltersLink")->isVisible());
    QCOMPARE(child<QToolButton>("statusChipActive")->text(), QStringLiteral("Active (0)"));
    m_page->model()->updateSequence(SequenceBuilder(QStringLiteral("7"), QStringLiteral("First")));
    QVERIFY(m_table->isVisible());
}

void TestSequencesPage::filterHidingEverythingOffersClearFilters()
{
    QTest::mouseClick(child<QToolButton>("statusChipPaused"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("sequenceSearch"), QStringLiteral("alpha"));
    QVERIFY(!m_table->isVisible());
    const QString message = text("sequencesEmptyMessage");
    QVERIFY2(message.contains(QStringLiteral("No sequence matches “alpha”")), qPrintable(message));
    auto *link = child<QLabel>("clearFiltersLink");
    QVERIFY(link->isVisible());
    emit link->linkActivated(QStringLiteral("clear"));
    QVERIFY(m_table->isVisible());
    QCOMPARE(m_table->model()->rowCount(), 6);
    QVERIFY(child<QLineEdit>("sequenceSearch")->text().isEmpty());
    QVERIFY(!child<QToolButton>("statusChipPaused")->isChecked());
}

void TestSequencesPage::namesKeepTheRoomAt1024Pixels()
{
    // The page in a 1024 px window: the name column (the one that stretches) still shows a
    // demo name of 30 characters whole.
    m_page->resize(1024, 600);
    const QString name = QStringLiteral("Cold Outbound - Manufacturing");
    const int needed = m_table->fontMetrics().horizontalAdvance(name) + 12;
    QTRY_VERIFY2(
        m_table->horizontalHeader()->sectionSize(Model::NameColumn) >= needed,
        qPrintable(QString::number(m_table->horizontalHeader()->sectionSize(Model::NameColumn))));
}

QTEST_MAIN(TestSequencesPage)
#include "tst_sequencespage.moc"
