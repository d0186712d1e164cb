#include "rules/RuleRunsModel.h"
#include "Tones.h"

#include "rules/RuleText.h"
#include "sequences/SequenceText.h"

#include <QBrush>
#include <QLocale>

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;

RuleRunsModel::RuleRunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RuleRunsModel::~RuleRunsModel() = default;

void RuleRunsModel::setRuns(const QList<RuleRunRecord> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int RuleRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RuleRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RuleRunRecord &run = m_runs.at(index.row());
    const int column = index.column();
    if (role == RunIdRole)
        return run.id;
    if (role == Qt::TextAlignmentRole && column >= MembersColumn && column <= WaitingColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == StateColumn && run.state == RuleRunState::Failed)
        return QBrush(Tones::error());
    if (role == Qt::ToolTipRole) {
        if (column == WaitingColumn)
            return RuleText::waitingDetail(run);
        if (column == TimeColumn)
            return tr("Started %1, finished %2; %n request(s) to HubSpot before its jobs.", nullptr,
                      run.requests)
                .arg(SequenceText::localDateTime(run.startedAt),
                     SequenceText::localDateTime(run.finishedAt));
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case TimeColumn:
        return SequenceText::localDateTime(run.startedAt);
    case StateColumn:
        return RuleText::runStateName(run.state);
    case MembersColumn:
        return locale.toString(run.members);
    case NewColumn:
        return locale.toString(run.newMembers);
    case EnrolledColumn:
        return locale.toString(run.enrolled);
    case SkippedColumn:
        return locale.toString(run.skipped);
    case FailedColumn:
        return locale.toString(run.failed);
    case WaitingColumn:
        return locale.toString(RuleText::waiting(run));
    case MessageColumn:
        return run.message;
    default:
        return {};
    }
}

QVariant RuleRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Started");
    case StateColumn:
        return tr("State");
    case MembersColumn:
        return tr("Members");
    case NewColumn:
        return tr("New");
    case EnrolledColumn:
        return tr("Enrolled");
    case SkippedColumn:
        return tr("Skipped");
    case FailedColumn:
        return tr("Failed");
    case WaitingColumn:
        return tr("Waiting");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace SeqDesk::Ui
