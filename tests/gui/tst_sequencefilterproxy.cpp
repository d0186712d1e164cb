// SequenceFilterProxy: status filters alone and combined, search, default and column sorting.
#include "SequenceRecordBuilder.h"
#include "sequences/SequenceFilterProxy.h"
#include "sequences/SequenceTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace SeqDesk;
using namespace SeqDesk::Testing;
using Model = Ui::SequenceTableModel;
using Store::SequenceStatus;

class TestSequenceFilterProxy final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sortsAlphabeticallyByNameByDefault();
    void eachStatusFilterShowsOnlyThatStatus_data();
    void eachStatusFilterShowsOnlyThatStatus();
    void statusFiltersCombine();
    void emptyStatusFilterShowsAll();
    void searchMatchesNameOwnerAndIdIgnoringCase_data();
    void searchMatchesNameOwnerAndIdIgnoringCase();
    void searchAndStatusFilterCombine();
    void numbersSortNumerically();
    void datesSortByTime();
    void filterFollowsUpdatedRecords();

private:
    QStringList names() const;
    QStringList ids() const;
    Model *m_model = nullptr;
    Ui::SequenceFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestSequenceFilterProxy::init()
{
    m_model = new Model;
    m_proxy = new Ui::SequenceFilterProxy;
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(m_proxy,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setUserNames({{QStringLiteral("100"), QStringLiteral("Ana Lima")},
                           {QStringLiteral("200"), QStringLiteral("Zoë Brandt")}});
    const QDateTime base(QDate(2025, 1, 1), QTime(12, 0), QTimeZone::utc());
    m_model->setSequences({
        SequenceBuilder(QStringLiteral("11"), QStringLiteral("webinar follow-up"))
            .enrolled(9)
            .updated(base.addDays(30)),
        SequenceBuilder(QStringLiteral("12"), QStringLiteral("Cold outreach"))
            .enrolled(100)
            .updated(base.addDays(-400))
            .owner(QStringLiteral("200")),
        SequenceBuilder(QStringLiteral("13"), QStringLiteral("Événement Paris"))
            .paused()
            .enrolled(20)
            .updated(base),
        SequenceBuilder(QStringLiteral("14"), QStringLiteral("Draft idea"))
            .draft()
            .updated(base.addSecs(60)),
        SequenceBuilder(QStringLiteral("15"), QStringLiteral("Old promo"))
            .archivedByUser()
            .updated(base.addDays(2)),
        SequenceBuilder(QStringLiteral("16"), QStringLiteral("Gone"))
            .goneFromHubSpot(base)
            .updated(base.addDays(1))
            .owner(QStringLiteral("200")),
        SequenceBuilder(QStringLiteral("17"), QStringLiteral("Step 10 nudges")).steps(10),
        SequenceBuilder(QStringLiteral("18"), QStringLiteral("Step 9 nudges")).steps(9),
    });
}

void TestSequenceFilterProxy::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

QStringList TestSequenceFilterProxy::names() const
{
    QStringList out;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        out << m_proxy->index(row, Model::NameColumn).data().toString();
    return out;
}

QStringList TestSequenceFilterProxy::ids() const
{
    QStringList out;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        out << m_proxy->index(row, 0).data(Model::SequenceIdRole).toString();
    return out;
}

void TestSequenceFilterProxy::sortsAlphabeticallyByNameByDefault()
{
    // Case-insensitive, accents next to their letter, numbers in numeric order.
    QCOMPARE(names(),
             QStringList({QStringLiteral("Cold outreach"), QStringLiteral("Draft idea"),
                          QStringLiteral("Événement Paris"), QStringLiteral("Gone"),
                          QStringLiteral("Old promo"), QStringLiteral("Step 9 nudges"),
                          QStringLiteral("Step 10 nudges"), QStringLiteral("webinar follow-up")}));
}

void TestSequenceFilterProxy::eachStatusFilterShowsOnlyThatStatus_data()
{
    QTest::addColumn<SequenceStatus>("status");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("active") << SequenceStatus::Active
                            << QStringList({QStringLiteral("12"), QStringLiteral("18"),
                                            QStringLiteral("17"), QStringLiteral("11")});
    QTest::newRow("paused") << SequenceStatus::Paused << QStringList({QStringLiteral("13")});
    QTest::newRow("draft") << SequenceStatus::Draft << QStringList({QStringLiteral("14")});
    QTest::newRow("archived") << SequenceStatus::Archived
                              << QStringList({QStringLiteral("16"), QStringLiteral("15")});
}

void TestSequenceFilterProxy::eachStatusFilterShowsOnlyThatStatus()
{
    QFETCH(SequenceStatus, status);
    QFETCH(QStringList, expected);
    m_proxy->setStatusFilter({status});
    QCOMPARE(ids(), expected);
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QCOMPARE(m_proxy->index(row, 0).data(Model::StatusRole).value<SequenceStatus>(), status);
}

void TestSequenceFilterProxy::statusFiltersCombine()
{
    m_proxy->setStatusFilter({SequenceStatus::Paused, SequenceStatus::Draft});
    QCOMPARE(ids(), QStringList({QStringLiteral("14"), QStringLiteral("13")}));
    m_proxy->setStatusFilter(
        {SequenceStatus::Paused, SequenceStatus::Draft, SequenceStatus::Archived});
    QCOMPARE(m_proxy->rowCount(), 4);
    QVERIFY(m_proxy->isFiltering());
}

void TestSequenceFilterProxy::emptyStatusFilterShowsAll()
{
    m_proxy->setStatusFilter({SequenceStatus::Draft});
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setStatusFilter({});
    QCOMPARE(m_proxy->rowCount(), 8);
    QVERIFY(!m_proxy->isFiltering());
}

void TestSequenceFilterProxy::searchMatchesNameOwnerAndIdIgnoringCase_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name, other case")
        << QStringLiteral("WEBINAR") << QStringList({QStringLiteral("11")});
    QTest::newRow("name, accent") << QStringLiteral("événement")
                                  << QStringList({QStringLiteral("13")});
    QTest::newRow("owner") << QStringLiteral("zoë")
                           << QStringList({QStringLiteral("12"), QStringLiteral("16")});
    QTest::newRow("id") << QStringLiteral("14") << QStringList({QStringLiteral("14")});
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  gone ") << QStringList({QStringLiteral("16")});
    QTest::newRow("nothing") << QStringLiteral("xyzzy") << QStringList();
}

void TestSequenceFilterProxy::searchMatchesNameOwnerAndIdIgnoringCase()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    m_proxy->setSearchText(search);
    QCOMPARE(ids(), expected);
    m_proxy->setSearchText({});
    QCOMPARE(m_proxy->rowCount(), 8);
}

void TestSequenceFilterProxy::searchAndStatusFilterCombine()
{
    m_proxy->setSearchText(QStringLiteral("brandt"));
    m_proxy->setStatusFilter({SequenceStatus::Archived});
    QCOMPARE(ids(), QStringList({QStringLiteral("16")}));
    m_proxy->setStatusFilter({SequenceStatus::Paused});
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestSequenceFilterProxy::numbersSortNumerically()
{
    m_proxy->sort(Model::EnrolledColumn, Qt::DescendingOrder);
    // 100 > 20 > 9 (as text "9" would come first); ties at 0 fall back to the name.
    QCOMPARE(ids().mid(0, 3),
             QStringList({QStringLiteral("12"), QStringLiteral("13"), QStringLiteral("11")}));
    m_proxy->sort(Model::StepsColumn, Qt::AscendingOrder);
    QCOMPARE(ids().first(), QStringLiteral("14"));
    QCOMPARE(ids().mid(ids().size() - 2),
             QStringList({QStringLiteral("18"), QStringLiteral("17")}));
}

void TestSequenceFilterProxy::datesSortByTime()
{
    m_proxy->sort(Model::UpdatedColumn, Qt::AscendingOrder);
    QCOMPARE(ids(),
             QStringList({QStringLiteral("12"), QStringLiteral("13"), QStringLiteral("14"),
                          QStringLiteral("16"), QStringLiteral("15"), QStringLiteral("11"),
                          QStringLiteral("18"), QStringLiteral("17")}));
}

void TestSequenceFilterProxy::filterFollowsUpdatedRecords()
{
    m_proxy->setStatusFilter({SequenceStatus::Paused});
    QCOMPARE(m_proxy->rowCount(), 1);
    m_model->updateSequence(
        SequenceBuilder(QStringLiteral("11"), QStringLiteral("webinar follow-up")).paused());
    QCOMPARE(ids(), QStringList({QStringLiteral("13"), QStringLiteral("11")}));
    m_model->updateSequence(
        SequenceBuilder(QStringLiteral("13"), QStringLiteral("Événement Paris")));
    QCOMPARE(ids(), QStringList({QStringLiteral("11")}));
}

QTEST_GUILESS_MAIN(TestSequenceFilterProxy)
#include "tst_sequencefilterproxy.moc"
