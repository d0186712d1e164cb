#include "rules/RuleTableModel.h"
#include "Tones.h"

#include "rules/RuleText.h"
#include "sequences/SequenceText.h"

#include <QBrush>
#include <QLocale>

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;

RuleTableModel::RuleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{ }

RuleTableModel::~RuleTableModel() = default;

void RuleTableModel::setRows(const QList<RuleRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void RuleTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LastRunColumn), index(rowCount() - 1, NextRunColumn));
}

void RuleTableModel::setActivity(qint64 ruleId, const QString &text)
{
    if (m_activity.value(ruleId) == text)
        return;
    if (text.isEmpty())
        m_activity.remove(ruleId);
    else
        m_activity.insert(ruleId, text);
    changedRow(rowOfRule(ruleId));
}

void RuleTableModel::changedRow(int row)
{
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RuleTableModel::rowOfRule(qint64 ruleId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).rule.id == ruleId)
            return row;
    }
    return -1;
}

int RuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::display(const RuleRow &row, int column) const
{
    const RuleRecord &r = row.rule;
    switch (column) {
    case NameColumn:
        return r.name;
    case ListColumn:
        return r.listName.isEmpty() ? tr("List %1").arg(r.listId) : r.listName;
    case SequenceColumn:
        return row.sequenceName.isEmpty() ? tr("Sequence %1").arg(r.sequenceId) : row.sequenceName;
    case SenderColumn:
        return RuleText::sender(r);
    case StateColumn:
        return RuleText::stateName(r.state);
    case LastRunColumn:
        if (const QString now = m_activity.value(r.id); !now.isEmpty())
            return now;
        return row.lastRun ? RuleText::lastRun(*row.lastRun, m_now) : tr("not yet");
    case NextRunColumn:
        return r.state == RuleState::Enabled ? RuleText::until(r.nextRunAt, m_now) : tr("—");
    case EnrolledColumn:
        return QLocale().toString(row.enrolledTotal);
    default:
        return {};
    }
}

QVariant RuleTableModel::toolTip(const RuleRow &row, int column) const
{
    const RuleRecord &r = row.rule;
    switch (column) {
    case ListColumn:
        return tr("%1\nHubSpot list %2").arg(display(row, column).toString(), r.listId);
    case SequenceColumn:
        return tr("%1\nSequence %2").arg(display(row, column).toString(), r.sequenceId);
    case SenderColumn:
        return RuleText::senderDetail(r);
    case StateColumn:
        switch (r.state) {
        case RuleState::Enabled:
            return tr("Runs every %n minute(s).", nullptr, r.everyMinutes);
        case RuleState::Paused:
            return tr("Paused: it does not run until it is resumed.");
        case RuleState::Stopped:
            return tr("Stopped by SeqDesk: %1").arg(r.stopReason);
        }
        return {};
    case LastRunColumn:
        if (!m_activity.value(r.id).isEmpty() || !row.lastRun)
            return display(row, column);
        return tr("%1\n%2").arg(SequenceText::localDateTime(row.lastRun->startedAt),
                                row.lastRun->message);
    case NextRunColumn:
        return r.state == RuleState::Enabled
            ? SequenceText::localDateTime(r.nextRunAt)
            : (r.state == RuleState::Paused ? tr("It does not run while it is paused.")
                                            : tr("It does not run while it is stopped."));
    case EnrolledColumn:
        return tr("Contacts its runs enrolled in all");
    default:
        return display(row, column);
    }
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RuleRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case RuleIdRole:
        return row.rule.id;
    case StateRole:
        return int(row.rule.state);
    case Qt::TextAlignmentRole:
        if (index.column() == EnrolledColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && row.rule.state == RuleState::Stopped)
            return QBrush(Tones::error());
        if (index.column() == StateColumn && row.rule.state == RuleState::Enabled)
            return QBrush(Tones::success());
        if (index.column() == LastRunColumn && row.lastRun
            && row.lastRun->state == RuleRunState::Failed
            && m_activity.value(row.rule.id).isEmpty())
            return QBrush(Tones::error());
        return {};
    default:
        return {};
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Rule");
    case ListColumn:
        return tr("List");
    case SequenceColumn:
        return tr("Sequence");
    case SenderColumn:
        return tr("Sender");
    case StateColumn:
        return tr("State");
    case LastRunColumn:
        return tr("Last run");
    case NextRunColumn:
        return tr("Next run");
    case EnrolledColumn:
        return tr("Enrolled");
    default:
        return {};
    }
}

} // namespace SeqDesk::Ui
