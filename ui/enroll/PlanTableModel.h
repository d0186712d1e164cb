#pragma once

#include "enroll/DryRunPlanner.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace SeqDesk::Ui {

// The dry run's contacts, one row each, for the preview page.
class PlanTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanTableModel)

public:
    enum Column {
        LineColumn,
        InputColumn,
        ContactColumn,
        EmailColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role { PlanRole = Qt::UserRole + 1 }; // int(Enroll::Plan)

    explicit PlanTableModel(QObject *parent = nullptr);
    ~PlanTableModel() override;

    void setPlan(const QList<Enroll::PlannedContact> &plan);
    const QList<Enroll::PlannedContact> &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Skipped: already in a sequence" etc., with the time for a deferred contact.
    static QString detailText(const Enroll::PlannedContact &contact);

private:
    QList<Enroll::PlannedContact> m_plan;
};

// The preview's outcome filter: every row, or only the given outcomes.
class PlanFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanFilterProxy)

public:
    explicit PlanFilterProxy(QObject *parent = nullptr);
    ~PlanFilterProxy() override;

    void setOutcomes(const QSet<Enroll::Plan> &outcomes); // empty: all
    QSet<Enroll::Plan> outcomes() const { return m_outcomes; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<Enroll::Plan> m_outcomes;
};

} // namespace SeqDesk::Ui
