#pragma once

#include "store/Records.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace SeqDesk::Ui {

// One rule as the Rules page shows it: the rule, its sequence's name, its newest run (with
// its jobs' counts) and the contacts its runs enrolled in all.
struct RuleRow
{
    Store::RuleRecord rule;
    QString sequenceName; // empty: not in the mirror
    std::optional<Store::RuleRunRecord> lastRun;
    int enrolledTotal = 0;
};

// The portal's rules, one row each. What a rule does right now (queued, running, enrolling)
// is set apart by setActivity() and shown in the Last run column.
class RuleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleTableModel)

public:
    enum Column {
        NameColumn,
        ListColumn,
        SequenceColumn,
        SenderColumn,
        StateColumn,
        LastRunColumn,
        NextRunColumn,
        EnrolledColumn,
        ColumnCount
    };
    enum Role { RuleIdRole = Qt::UserRole + 1, StateRole }; // StateRole: int(Store::RuleState)

    explicit RuleTableModel(QObject *parent = nullptr);
    ~RuleTableModel() override;

    void setRows(const QList<RuleRow> &rows);
    // The time relative times are counted from.
    void setNow(const QDateTime &now);
    // What the rule does now ("Running: reading the list…"); empty: nothing.
    void setActivity(qint64 ruleId, const QString &text);
    QString activity(qint64 ruleId) const { return m_activity.value(ruleId); }

    int rowOfRule(qint64 ruleId) const;
    const RuleRow &rowAt(int row) const { return m_rows.at(row); }
    const QList<RuleRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const RuleRow &row, int column) const;
    QVariant toolTip(const RuleRow &row, int column) const;
    void changedRow(int row);

    QList<RuleRow> m_rows;
    QHash<qint64, QString> m_activity;
    QDateTime m_now;
};

} // namespace SeqDesk::Ui
