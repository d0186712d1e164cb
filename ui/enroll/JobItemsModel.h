#pragma once

#include "store/Records.h"

#include <QAbstractTableModel>
#include <QHash>

namespace SeqDesk::Ui {

// A job's contacts, one row each, kept current from the engine's item updates.
class JobItemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobItemsModel)

public:
    enum Column { LineColumn, ContactColumn, EmailColumn, StateColumn, DetailColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 }; // int(Store::ItemState)

    explicit JobItemsModel(QObject *parent = nullptr);
    ~JobItemsModel() override;

    void setItems(const QList<Store::EnrollmentItemRecord> &items);
    // Replaces the row of item.id; unknown ids are ignored.
    void updateItem(const Store::EnrollmentItemRecord &item);
    const QList<Store::EnrollmentItemRecord> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateName(Store::ItemState state);

private:
    QList<Store::EnrollmentItemRecord> m_items;
    QHash<qint64, int> m_rows; // item id -> row
};

} // namespace SeqDesk::Ui
