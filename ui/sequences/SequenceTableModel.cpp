#include "SequenceTableModel.h"

#include "SequenceText.h"

#include <QLocale>

#include <limits>

namespace SeqDesk::Ui {

using Store::SequenceRecord;
using Store::SequenceStatus;

SequenceTableModel::SequenceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

SequenceTableModel::~SequenceTableModel() = default;

void SequenceTableModel::setSequences(QList<SequenceRecord> sequences)
{
    beginResetModel();
    m_sequences = std::move(sequences);
    m_unsaved.clear();
    m_unsavedDetailed.clear();
    m_rowById.clear();
    m_rowById.reserve(m_sequences.size());
    for (int row = 0; row < m_sequences.size(); ++row)
        m_rowById.insert(m_sequences.at(row).sequenceId, row);
    endResetModel();
    recount();
}

void SequenceTableModel::addUnsaved(const QList<SequenceRecord> &sequences)
{
    QList<SequenceRecord> added;
    QSet<QString> ids;
    for (const SequenceRecord &s : sequences) {
        if (m_rowById.contains(s.sequenceId) || ids.contains(s.sequenceId))
            continue;
        ids.insert(s.sequenceId);
        added.append(s);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_sequences.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const SequenceRecord &s : std::as_const(added)) {
        m_rowById.insert(s.sequenceId, int(m_sequences.size()));
        m_unsaved.insert(s.sequenceId);
        m_sequences.append(s);
    }
    endInsertRows();
}

void SequenceTableModel::setUnsavedDetails(const QList<Store::SequenceSnapshotItem> &items)
{
    int top = -1;
    int bottom = -1;
    for (const Store::SequenceSnapshotItem &item : items) {
        const QString &id = item.sequence.sequenceId;
        const int row = rowOfSequence(id);
        if (row < 0 || !m_unsaved.contains(id))
            continue;
        SequenceRecord &s = m_sequences[row];
        s.stepCount = item.sequence.stepCount;
        s.sendWindowStartMinute = item.sequence.sendWindowStartMinute;
        s.sendWindowEndMinute = item.sequence.sendWindowEndMinute;
        if (item.steps)
            m_steps.insert(id, *item.steps);
        m_unsavedDetailed.insert(id);
        top = top < 0 ? row : std::min(top, row);
        bottom = std::max(bottom, row);
    }
    if (top >= 0)
        emit dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
}

bool SequenceTableModel::isUnsaved(int row) const
{
    return row >= 0 && row < m_sequences.size()
        && m_unsaved.contains(m_sequences.at(row).sequenceId);
}

void SequenceTableModel::updateSequence(const SequenceRecord &sequence)
{
    const int row = rowOfSequence(sequence.sequenceId);
    if (row < 0) {
        const int last = int(m_sequences.size());
        beginInsertRows({}, last, last);
        m_sequences.append(sequence);
        m_rowById.insert(sequence.sequenceId, last);
        endInsertRows();
    } else {
        m_sequences[row] = sequence;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    recount();
}

void SequenceTableModel::setUserNames(QHash<QString, QString> names)
{
    m_userNames = std::move(names);
    if (!m_sequences.isEmpty())
        emit dataChanged(index(0, OwnerColumn), index(rowCount() - 1, OwnerColumn));
}

void SequenceTableModel::setSteps(QHash<QString, QList<Store::SequenceStepRecord>> steps)
{
    m_steps = std::move(steps);
    if (!m_sequences.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SequenceTableModel::rowOfSequence(const QString &sequenceId) const
{
    return m_rowById.value(sequenceId, -1);
}

QString SequenceTableModel::ownerName(const SequenceRecord &sequence) const
{
    return SequenceText::userName(m_userNames, sequence.ownerUserId);
}

QList<Store::SequenceStepRecord> SequenceTableModel::steps(const QString &sequenceId) const
{
    return m_steps.value(sequenceId);
}

int SequenceTableModel::countWithStatus(SequenceStatus status) const
{
    return m_counts.at(std::size_t(status));
}

int SequenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sequences.size());
}

int SequenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SequenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SequenceRecord &sequence = m_sequences.at(index.row());
    const int column = index.column();
    const bool unsaved = m_unsaved.contains(sequence.sequenceId);
    if (unsaved) {
        switch (role) {
        case Qt::DisplayRole:
            if (column == StatusColumn)
                return SequenceText::unsavedName();
            if (column == StepsColumn && !m_unsavedDetailed.contains(sequence.sequenceId))
                return QStringLiteral("…");
            break;
        case Qt::ToolTipRole:
            if (column == StatusColumn)
                return SequenceText::unsavedReason();
            break;
        case StatusRole:
            return {}; // not known until the sync saves it
        case SortRole:
            if (column == StatusColumn)
                return int(SequenceStatus::Archived) + 1; // after every status
            break;
        case UnsavedRole:
            return true;
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(sequence, column);
    case Qt::ToolTipRole:
        if (column == StatusColumn)
            return QString(SequenceText::statusReason(sequence) % QLatin1String("\n\n")
                           % SequenceText::statusRules());
        if (column == NameColumn)
            return sequence.name;
        if (column == UpdatedColumn && sequence.updatedAt.isValid())
            return QLocale().toString(sequence.updatedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (column == StepsColumn || column == EnrolledColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case StatusRole:
        return QVariant::fromValue(sequence.status());
    case SequenceIdRole:
        return sequence.sequenceId;
    case SortRole:
        return sortData(sequence, column);
    case RecordRole:
        return QVariant::fromValue(sequence);
    case OwnerNameRole:
        return ownerName(sequence);
    case UnsavedRole:
        return false;
    default:
        return {};
    }
}

QVariant SequenceTableModel::displayData(const SequenceRecord &sequence, int column) const
{
    switch (column) {
    case NameColumn:
        return sequence.name;
    case StatusColumn:
        return SequenceText::statusName(sequence.status());
    case OwnerColumn:
        return ownerName(sequence);
    case StepsColumn:
        return sequence.stepCount;
    case EnrolledColumn:
        return QLocale().toString(sequence.enrolledThroughSeqDesk);
    case UpdatedColumn:
        return SequenceText::localDateTime(sequence.updatedAt);
    default:
        return {};
    }
}

QVariant SequenceTableModel::sortData(const SequenceRecord &sequence, int column) const
{
    switch (column) {
    case NameColumn:
        return sequence.name;
    case StatusColumn:
        return int(sequence.status());
    case OwnerColumn:
        return ownerName(sequence);
    case StepsColumn:
        return sequence.stepCount;
    case EnrolledColumn:
        return sequence.enrolledThroughSeqDesk;
    case UpdatedColumn:
        return sequence.updatedAt.isValid() ? sequence.updatedAt.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::min();
    default:
        return {};
    }
}

QVariant SequenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == StepsColumn || section == EnrolledColumn ? Qt::AlignRight : Qt::AlignLeft)
            | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (section == StatusColumn)
            return SequenceText::statusRules();
        if (section == EnrolledColumn)
            return tr("Contacts enrolled into this sequence by SeqDesk");
        if (section == UpdatedColumn)
            return tr("Last changed in HubSpot, in your local time");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case StepsColumn:
        return tr("Steps");
    case EnrolledColumn:
        return tr("Enrolled");
    case UpdatedColumn:
        return tr("Updated in HubSpot");
    default:
        return {};
    }
}

void SequenceTableModel::recount()
{
    std::array<int, 4> counts {};
    for (const SequenceRecord &sequence : std::as_const(m_sequences)) {
        if (!m_unsaved.contains(sequence.sequenceId)) // no status until saved
            ++counts.at(std::size_t(sequence.status()));
    }
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit countsChanged();
}

} // namespace SeqDesk::Ui
