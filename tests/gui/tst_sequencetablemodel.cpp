// SequenceTableModel: columns, roles and derived status, checked by QAbstractItemModelTester.
#include "SequenceRecordBuilder.h"
#include "sequences/SequenceTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace SeqDesk;
using namespace SeqDesk::Testing;
using Model = Ui::SequenceTableModel;
using Store::SequenceStatus;

class TestSequenceTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsEmptyWithSixColumns();
    void showsNameOwnerStepsEnrolledAndLocalUpdateTime();
    void derivesStatusForEachRow();
    void statusTooltipExplainsTheDerivation();
    void unknownOwnerShowsUserId();
    void sortRoleIsNumericForNumbersAndTimeForDates();
    void recordAndIdRolesGiveTheRow();
    void updateSequenceChangesOneRowAndCounts();
    void updateSequenceAppendsUnknownId();
    void setSequencesReplacesRowsAndCounts();
    void unsavedRowsAreAppendedWithoutStatusOrCount();
    void unsavedDetailsFillUnsavedRowsOnly();

private:
    QList<Store::SequenceRecord> sample() const;
    Model *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

QList<Store::SequenceRecord> TestSequenceTableModel::sample() const
{
    return {SequenceBuilder(QStringLiteral("1"), QStringLiteral("Onboarding")).enrolled(1234),
            SequenceBuilder(QStringLiteral("2"), QStringLiteral("Renewal")).paused(),
            SequenceBuilder(QStringLiteral("3"), QStringLiteral("Idea")).draft(),
            SequenceBuilder(QStringLiteral("4"), QStringLiteral("Old")).archivedByUser(),
            SequenceBuilder(QStringLiteral("5"), QStringLiteral("Deleted"))
                .goneFromHubSpot(QDateTime::currentDateTimeUtc())};
}

void TestSequenceTableModel::initTestCase()
{
    // A zone with a half-hour offset, so "local time" is visibly not UTC.
    qputenv("TZ", "Asia/Kolkata");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestSequenceTableModel::init()
{
    m_model = new Model;
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setUserNames({{QStringLiteral("100"), QStringLiteral("Ana Lima")}});
    m_model->setSequences(sample());
}

void TestSequenceTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestSequenceTableModel::startsEmptyWithSixColumns()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(Model::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(model.headerData(Model::EnrolledColumn, Qt::Horizontal).toString(),
             QStringLiteral("Enrolled"));
    QCOMPARE(model.headerData(Model::UpdatedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Updated in HubSpot"));
}

void TestSequenceTableModel::showsNameOwnerStepsEnrolledAndLocalUpdateTime()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->index(0, Model::NameColumn).data().toString(), QStringLiteral("Onboarding"));
    QCOMPARE(m_model->index(0, Model::OwnerColumn).data().toString(), QStringLiteral("Ana Lima"));
    QCOMPARE(m_model->index(0, Model::StepsColumn).data().toInt(), 3);
    QCOMPARE(m_model->index(0, Model::EnrolledColumn).data().toString(), QLocale().toString(1234));
    // 09:00 UTC is 14:30 in Kolkata; the short format, without seconds.
    QCOMPARE(m_model->index(0, Model::UpdatedColumn).data().toString(),
             QStringLiteral("01/03/2025 14:30"));
    const auto align = m_model->index(0, Model::StepsColumn).data(Qt::TextAlignmentRole);
    QVERIFY(align.value<Qt::Alignment>() & Qt::AlignRight);
}

void TestSequenceTableModel::derivesStatusForEachRow()
{
    const QList<SequenceStatus> expected {SequenceStatus::Active, SequenceStatus::Paused,
                                          SequenceStatus::Draft, SequenceStatus::Archived,
                                          SequenceStatus::Archived};
    const QStringList names {QStringLiteral("Active"), QStringLiteral("Paused"),
                             QStringLiteral("Draft"), QStringLiteral("Archived"),
                             QStringLiteral("Archived")};
    for (int row = 0; row < expected.size(); ++row) {
        const QModelIndex index = m_model->index(row, Model::StatusColumn);
        QCOMPARE(index.data(Model::StatusRole).value<SequenceStatus>(), expected.at(row));
        QCOMPARE(index.data().toString(), names.at(row));
    }
    QCOMPARE(m_model->countWithStatus(SequenceStatus::Active), 1);
    QCOMPARE(m_model->countWithStatus(SequenceStatus::Archived), 2);
}

void TestSequenceTableModel::statusTooltipExplainsTheDerivation()
{
    const QString paused = m_model->index(1, Model::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(paused.contains(QStringLiteral("until it is resumed")), qPrintable(paused));
    QVERIFY(paused.contains(QStringLiteral("Draft = no steps")));
    const QString gone = m_model->index(4, Model::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(gone.contains(QStringLiteral("gone from HubSpot")), qPrintable(gone));
    const QString mine = m_model->index(3, Model::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(mine.startsWith(QStringLiteral("Archived: archived in SeqDesk")), qPrintable(mine));
}

void TestSequenceTableModel::unknownOwnerShowsUserId()
{
    m_model->updateSequence(SequenceBuilder(QStringLiteral("1"), QStringLiteral("Onboarding"))
                                .owner(QStringLiteral("7")));
    QCOMPARE(m_model->index(0, Model::OwnerColumn).data().toString(), QStringLiteral("User 7"));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setUserNames({{QStringLiteral("7"), QStringLiteral("Bo Chen")}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(0, Model::OwnerColumn).data().toString(), QStringLiteral("Bo Chen"));
    QCOMPARE(m_model->index(0, 0).data(Model::OwnerNameRole).toString(), QStringLiteral("Bo Chen"));
}

void TestSequenceTableModel::sortRoleIsNumericForNumbersAndTimeForDates()
{
    const QDateTime at(QDate(2024, 12, 24), QTime(18, 30), QTimeZone::utc());
    m_model->updateSequence(SequenceBuilder(QStringLiteral("1"), QStringLiteral("Onboarding"))
                                .enrolled(1234)
                                .updated(at));
    const QVariant enrolled = m_model->index(0, Model::EnrolledColumn).data(Model::SortRole);
    QCOMPARE(enrolled.typeId(), QMetaType::Int);
    QCOMPARE(enrolled.toInt(), 1234);
    const QVariant updated = m_model->index(0, Model::UpdatedColumn).data(Model::SortRole);
    QCOMPARE(updated.toLongLong(), at.toMSecsSinceEpoch());
    QCOMPARE(m_model->index(0, Model::StepsColumn).data(Model::SortRole).toInt(), 3);
}

void TestSequenceTableModel::recordAndIdRolesGiveTheRow()
{
    const QModelIndex index = m_model->index(2, Model::OwnerColumn);
    QCOMPARE(index.data(Model::SequenceIdRole).toString(), QStringLiteral("3"));
    const auto record = index.data(Model::RecordRole).value<Store::SequenceRecord>();
    QCOMPARE(record.name, QStringLiteral("Idea"));
    QCOMPARE(record.stepCount, 0);
    QCOMPARE(m_model->rowOfSequence(QStringLiteral("4")), 3);
    QCOMPARE(m_model->rowOfSequence(QStringLiteral("nope")), -1);
}

void TestSequenceTableModel::updateSequenceChangesOneRowAndCounts()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy counts(m_model, &Model::countsChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->updateSequence(SequenceBuilder(QStringLiteral("2"), QStringLiteral("Renewal 2025")));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(m_model->countWithStatus(SequenceStatus::Active), 2);
    QCOMPARE(m_model->countWithStatus(SequenceStatus::Paused), 0);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Renewal 2025"));
}

void TestSequenceTableModel::updateSequenceAppendsUnknownId()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->updateSequence(SequenceBuilder(QStringLiteral("9"), QStringLiteral("New one")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->rowOfSequence(QStringLiteral("9")), 5);
    QCOMPARE(m_model->countWithStatus(SequenceStatus::Active), 2);
}

void TestSequenceTableModel::setSequencesReplacesRowsAndCounts()
{
    QSignalSpy counts(m_model, &Model::countsChanged);
    m_model->setSequences({SequenceBuilder(QStringLiteral("a"), QStringLiteral("Only")).draft()});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(m_model->countWithStatus(SequenceStatus::Draft), 1);
    QCOMPARE(m_model->countWithStatus(SequenceStatus::Active), 0);
    QCOMPARE(m_model->rowOfSequence(QStringLiteral("1")), -1);
    m_model->setSequences({});
    QCOMPARE(m_model->rowCount(), 0);
}

void TestSequenceTableModel::unsavedRowsAreAppendedWithoutStatusOrCount()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    // Read by a running sync: "1" is in the mirror already (its row stays as saved), "7"
    // comes twice in the part (a team sequence of two users' pages).
    m_model->addUnsaved({SequenceBuilder(QStringLiteral("1"), QStringLiteral("Renamed")),
                         SequenceBuilder(QStringLiteral("7"), QStringLiteral("Fresh")).steps(0),
                         SequenceBuilder(QStringLiteral("8"), QStringLiteral("Other")),
                         SequenceBuilder(QStringLiteral("7"), QStringLiteral("Fresh")).steps(0)});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->unsavedCount(), 2);
    QCOMPARE(m_model->index(0, Model::NameColumn).data().toString(), QStringLiteral("Onboarding"));
    QVERIFY(!m_model->isUnsaved(0));
    const int row = m_model->rowOfSequence(QStringLiteral("7"));
    QVERIFY(m_model->isUnsaved(row));
    QVERIFY(m_model->index(row, 0).data(Model::UnsavedRole).toBool());
    QVERIFY(!m_model->index(0, 0).data(Model::UnsavedRole).toBool());
    QVERIFY(!m_model->index(row, Model::StatusColumn).data(Model::StatusRole).isValid());
    QCOMPARE(m_model->index(row, Model::StatusColumn).data().toString(), QStringLiteral("Syncing"));
    QCOMPARE(m_model->index(row, Model::StepsColumn).data().toString(), QStringLiteral("…"));
    // Not counted as a draft (no steps known yet) nor as anything else.
    QCOMPARE(m_model->countWithStatus(SequenceStatus::Active), 1);
    QCOMPARE(m_model->countWithStatus(SequenceStatus::Draft), 1);
    m_model->setSequences(sample()); // the mirror after the run: nothing unsaved
    QCOMPARE(m_model->unsavedCount(), 0);
    QCOMPARE(m_model->rowCount(), 5);
}

void TestSequenceTableModel::unsavedDetailsFillUnsavedRowsOnly()
{
    m_model->addUnsaved({SequenceBuilder(QStringLiteral("7"), QStringLiteral("Fresh")).steps(0)});
    const int row = m_model->rowOfSequence(QStringLiteral("7"));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    Store::SequenceSnapshotItem fresh {
        SequenceBuilder(QStringLiteral("7"), QStringLiteral("Fresh")).steps(2),
        QList<Store::SequenceStepRecord> {{0, QStringLiteral("EMAIL"), 0, {}, {}},
                                          {1, QStringLiteral("TASK"), 86'400'000, {}, {}}}};
    Store::SequenceSnapshotItem saved {
        SequenceBuilder(QStringLiteral("1"), QStringLiteral("Onboarding")).steps(9),
        QList<Store::SequenceStepRecord>()};
    m_model->setUnsavedDetails({fresh, saved});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(row, Model::StepsColumn).data().toInt(), 2);
    QCOMPARE(m_model->steps(QStringLiteral("7")).size(), 2);
    QCOMPARE(m_model->unsavedWithDetails(), 1);
    QCOMPARE(m_model->sequenceAt(0).stepCount, 3); // the mirror's row keeps what was saved
    QCOMPARE(m_model->index(row, Model::StatusColumn).data().toString(), QStringLiteral("Syncing"));
}

QTEST_GUILESS_MAIN(TestSequenceTableModel)
#include "tst_sequencetablemodel.moc"
