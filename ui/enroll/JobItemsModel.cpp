#include "enroll/JobItemsModel.h"
#include "Tones.h"

#include "enroll/JobExport.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace SeqDesk::Ui {

using Store::EnrollmentItemRecord;
using Store::ItemState;

JobItemsModel::JobItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

JobItemsModel::~JobItemsModel() = default;

void JobItemsModel::setItems(const QList<EnrollmentItemRecord> &items)
{
    beginResetModel();
    m_items = items;
    m_rows.clear();
    for (int row = 0; row < m_items.size(); ++row)
        m_rows.insert(m_items.at(row).id, row);
    endResetModel();
}

void JobItemsModel::updateItem(const EnrollmentItemRecord &item)
{
    const auto it = m_rows.constFind(item.id);
    if (it == m_rows.constEnd())
        return;
    m_items[*it] = item;
    emit dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
}

int JobItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int JobItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobItemsModel::stateName(ItemState state)
{
    switch (state) {
    case ItemState::Pending:
        return tr("Waiting");
    case ItemState::InFlight:
        return tr("Sending");
    case ItemState::Enrolled:
        return tr("Enrolled");
    case ItemState::Skipped:
        return tr("Skipped");
    case ItemState::Failed:
        return tr("Failed");
    case ItemState::Deferred:
        return tr("Deferred");
    }
    return QString();
}

QVariant JobItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EnrollmentItemRecord &item = m_items.at(index.row());
    if (role == StateRole)
        return int(item.state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (item.state == ItemState::Failed)
            return QBrush(Tones::error());
        if (item.state == ItemState::Enrolled)
            return QBrush(Tones::success());
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return item.inputLine > 0 ? QVariant(item.inputLine) : QVariant();
    case ContactColumn:
        return item.contactId;
    case EmailColumn:
        return item.email;
    case StateColumn:
        return stateName(item.state);
    case DetailColumn:
        if (item.state == ItemState::Deferred && item.eligibleAt.isValid())
            return tr("Eligible from %1")
                .arg(QLocale().toString(item.eligibleAt.toLocalTime(), QLocale::ShortFormat));
        if (item.state == ItemState::Pending || item.state == ItemState::InFlight)
            return QVariant();
        if (item.state == ItemState::Enrolled && !item.enrollmentId.isEmpty())
            return item.hubspotCode == QLatin1String("RECOVERED")
                ? tr("Enrollment %1 (confirmed after an interruption)").arg(item.enrollmentId)
                : tr("Enrollment %1").arg(item.enrollmentId);
        return Enroll::itemReason(item);
    default:
        return {};
    }
}

QVariant JobItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ContactColumn:
        return tr("Contact");
    case EmailColumn:
        return tr("Email");
    case StateColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace SeqDesk::Ui
