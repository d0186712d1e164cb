#include "enroll/ListPickerModel.h"

#include "enroll/ListSearch.h"
#include "sequences/SequenceText.h"

#include "enroll/ContactTable.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace SeqDesk::Ui {

using HubSpot::ListKind;
using HubSpot::ListSummary;

ListPickerModel::ListPickerModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ListPickerModel::~ListPickerModel() = default;

void ListPickerModel::addLists(const QList<ListSummary> &lists, bool first, bool hasMore)
{
    if (first) {
        beginResetModel();
        m_lists = lists;
        endResetModel();
    } else if (!lists.isEmpty()) {
        beginInsertRows({}, int(m_lists.size()), int(m_lists.size() + lists.size()) - 1);
        m_lists += lists;
        endInsertRows();
    }
    m_hasMore = hasMore;
    m_asked = false;
}

void ListPickerModel::clear()
{
    addLists({}, true, false);
}

int ListPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lists.size());
}

int ListPickerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ListPickerModel::kindName(const ListSummary &list)
{
    switch (list.kind) {
    case ListKind::Dynamic:
        return tr("Active");
    case ListKind::Manual:
        return tr("Static");
    case ListKind::Snapshot:
        return tr("Snapshot");
    case ListKind::Unknown:
        break;
    }
    return list.processingType;
}

QVariant ListPickerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lists.size())
        return {};
    const ListSummary &list = m_lists.at(index.row());
    if (role == ListIdRole)
        return list.id;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        return tr("%1\nHubSpot list %2 · %3").arg(list.name, list.id, kindName(list));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return list.name;
    case SizeColumn:
        return list.size ? QLocale().toString(*list.size) : tr("?");
    case KindColumn:
        return kindName(list);
    case UpdatedColumn:
        return SequenceText::localDateTime(list.updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ListPickerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("List");
    case SizeColumn:
        return tr("Members");
    case KindColumn:
        return tr("Kind");
    case UpdatedColumn:
        return tr("Last update");
    case ColumnCount:
        break;
    }
    return {};
}

bool ListPickerModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_asked;
}

void ListPickerModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_asked = true;
    emit moreWanted();
}

ListPickerProxy::ListPickerProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
    sort(ListPickerModel::NameColumn);
}

ListPickerProxy::~ListPickerProxy() = default;

void ListPickerProxy::setSourceModel(QAbstractItemModel *source)
{
    m_model = qobject_cast<ListPickerModel *>(source);
    Q_ASSERT(m_model);
    QSortFilterProxyModel::setSourceModel(source);
}

void ListPickerProxy::setQuery(const QString &query)
{
    m_query = query;
    invalidate();
}

bool ListPickerProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return Enroll::listBefore(m_model->list(left.row()), m_model->list(right.row()), m_query,
                              m_collator);
}

void setUpListPicker(QLineEdit *search, QTableView *table, ListPickerModel *model,
                     ListPickerProxy *proxy)
{
    search->setPlaceholderText(ListPickerModel::tr("Search the portal's contact lists by name"));
    search->setClearButtonEnabled(true);
    proxy->setSourceModel(model);
    setUpContactTable(table, proxy);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ListPickerModel::NameColumn, QHeaderView::Stretch);
    for (int c :
         {ListPickerModel::SizeColumn, ListPickerModel::KindColumn, ListPickerModel::UpdatedColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

} // namespace SeqDesk::Ui
