#include "enroll/PlanTableModel.h"

#include <QLocale>

namespace SeqDesk::Ui {

using Enroll::Plan;
using Enroll::PlannedContact;
using Enroll::Prediction;

PlanTableModel::PlanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

PlanTableModel::~PlanTableModel() = default;

void PlanTableModel::setPlan(const QList<PlannedContact> &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.size());
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanTableModel::detailText(const PlannedContact &contact)
{
    if (contact.plan == Plan::Deferred && contact.eligibleAt.isValid()) {
        return tr("Eligible from %1")
            .arg(QLocale().toString(contact.eligibleAt.toLocalTime(), QLocale::ShortFormat));
    }
    return contact.detail;
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlannedContact &p = m_plan.at(index.row());
    if (role == PlanRole)
        return int(p.plan);
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return p.line > 0 ? QVariant(p.line) : QVariant();
    case InputColumn:
        return p.input;
    case ContactColumn:
        return p.contactId;
    case EmailColumn:
        return p.email;
    case OutcomeColumn:
        return Prediction::name(p.plan);
    case DetailColumn:
        return detailText(p);
    default:
        return {};
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case InputColumn:
        return tr("Input");
    case ContactColumn:
        return tr("Contact");
    case EmailColumn:
        return tr("Email");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

PlanFilterProxy::PlanFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

PlanFilterProxy::~PlanFilterProxy() = default;

void PlanFilterProxy::setOutcomes(const QSet<Plan> &outcomes)
{
    if (outcomes == m_outcomes)
        return;
    m_outcomes = outcomes;
    invalidateFilter();
}

bool PlanFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_outcomes.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_outcomes.contains(Plan(index.data(PlanTableModel::PlanRole).toInt()));
}

} // namespace SeqDesk::Ui
