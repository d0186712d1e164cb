#pragma once

#include "store/Records.h"

#include <QAbstractTableModel>

namespace SeqDesk::Ui {

// A rule's runs, newest first, with their jobs' counts: the Rules page's history pane.
class RuleRunsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleRunsModel)

public:
    enum Column {
        TimeColumn,
        StateColumn,
        MembersColumn,
        NewColumn,
        EnrolledColumn,
        SkippedColumn,
        FailedColumn,
        WaitingColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1 };

    explicit RuleRunsModel(QObject *parent = nullptr);
    ~RuleRunsModel() override;

    void setRuns(const QList<Store::RuleRunRecord> &runs);
    const QList<Store::RuleRunRecord> &runs() const { return m_runs; }
    const Store::RuleRunRecord &runAt(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Store::RuleRunRecord> m_runs;
};

} // namespace SeqDesk::Ui
