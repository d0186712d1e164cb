#pragma once

#include "hubspot/Types.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QSortFilterProxyModel>

class QLineEdit;
class QTableView;

namespace SeqDesk::Ui {

// The contact lists the wizard's list picker found, one row each, in the order they came;
// ListPickerProxy orders them. Asks for the next page (moreWanted()) when a view scrolls to
// its end and the search has more.
class ListPickerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPickerModel)

public:
    enum Column { NameColumn, SizeColumn, KindColumn, UpdatedColumn, ColumnCount };
    enum Role { ListIdRole = Qt::UserRole + 1 };

    explicit ListPickerModel(QObject *parent = nullptr);
    ~ListPickerModel() override;

    // `first`: replaces the rows (a new search); else appends them (the next page).
    void addLists(const QList<HubSpot::ListSummary> &lists, bool first, bool hasMore);
    void clear();
    const HubSpot::ListSummary &list(int row) const { return m_lists.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "Active", "Static", "Snapshot": HubSpot's words for its processing types.
    static QString kindName(const HubSpot::ListSummary &list);

signals:
    void moreWanted();

private:
    QList<HubSpot::ListSummary> m_lists;
    bool m_hasMore = false;
    bool m_asked = false; // moreWanted() was emitted for this page
};

// The picker's order: relevance to the search text, then name (Enroll::listBefore).
class ListPickerProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPickerProxy)

public:
    explicit ListPickerProxy(QObject *parent = nullptr);
    ~ListPickerProxy() override;

    // The source must be a ListPickerModel.
    void setSourceModel(QAbstractItemModel *source) override;
    void setQuery(const QString &query);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ListPickerModel *m_model = nullptr;
    QString m_query;
    QCollator m_collator;
};

// The list pickers' search box and table (the wizard's and the rule editor's): the proxy over
// the model, one row chosen at a time, the name taking the room the other columns leave and
// shortened in the middle.
void setUpListPicker(QLineEdit *search, QTableView *table, ListPickerModel *model,
                     ListPickerProxy *proxy);

} // namespace SeqDesk::Ui
