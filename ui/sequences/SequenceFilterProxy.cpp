#include "SequenceFilterProxy.h"

#include "SequenceTableModel.h"

namespace SeqDesk::Ui {

using Store::SequenceRecord;

namespace {
// The user's locale; under the C locale (LANG=C, CI) QCollator compares code points, which
// puts "Étude" after "zebra" and "Step 10" before "Step 9", so use English rules instead.
QLocale collationLocale()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}
} // namespace

SequenceFilterProxy::SequenceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(collationLocale())
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_collator.setIgnorePunctuation(false);
    setSortRole(SequenceTableModel::SortRole);
    setDynamicSortFilter(true);
    sort(SequenceTableModel::NameColumn, Qt::AscendingOrder);
}

SequenceFilterProxy::~SequenceFilterProxy() = default;

void SequenceFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    m_model = qobject_cast<SequenceTableModel *>(source);
    Q_ASSERT_X(!source || m_model, "SequenceFilterProxy", "source must be a SequenceTableModel");
    QSortFilterProxyModel::setSourceModel(m_model);
}

void SequenceFilterProxy::setStatusFilter(const QSet<Store::SequenceStatus> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateFilter();
}

void SequenceFilterProxy::setSearchText(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    invalidateFilter();
}

bool SequenceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    const SequenceRecord &sequence = m_model->sequenceAt(sourceRow);
    if (!m_statuses.isEmpty()
        && (m_model->isUnsaved(sourceRow) || !m_statuses.contains(sequence.status())))
        return false; // an unsaved row has no status yet
    if (m_search.isEmpty())
        return true;
    return sequence.name.contains(m_search, Qt::CaseInsensitive)
        || sequence.sequenceId.contains(m_search, Qt::CaseInsensitive)
        || m_model->ownerName(sequence).contains(m_search, Qt::CaseInsensitive);
}

bool SequenceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    int order = 0;
    if (column == SequenceTableModel::NameColumn) {
        order = compareNames(left.row(), right.row());
    } else if (column == SequenceTableModel::OwnerColumn) {
        order = m_collator.compare(m_model->ownerName(m_model->sequenceAt(left.row())),
                                   m_model->ownerName(m_model->sequenceAt(right.row())));
    } else {
        const QVariant a = left.data(SequenceTableModel::SortRole);
        const QVariant b = right.data(SequenceTableModel::SortRole);
        const auto cmp = QVariant::compare(a, b);
        order = cmp == QPartialOrdering::Less ? -1 : cmp == QPartialOrdering::Greater ? 1 : 0;
    }
    // Ties fall back to the name, then the id, so the order is stable and predictable.
    if (order == 0 && column != SequenceTableModel::NameColumn)
        order = compareNames(left.row(), right.row());
    return order < 0;
}

int SequenceFilterProxy::compareNames(int leftRow, int rightRow) const
{
    const SequenceRecord &a = m_model->sequenceAt(leftRow);
    const SequenceRecord &b = m_model->sequenceAt(rightRow);
    const int order = m_collator.compare(a.name, b.name);
    return order != 0 ? order : a.sequenceId.compare(b.sequenceId);
}

} // namespace SeqDesk::Ui
