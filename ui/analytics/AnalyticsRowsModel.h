#pragma once

#include "store/AnalyticsStore.h"

#include <QAbstractTableModel>

namespace SeqDesk::Ui {

// The rows under the Analytics charts: a job's counted contacts of one local day.
class AnalyticsRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsRowsModel)

public:
    enum Column {
        DayColumn,
        SequenceColumn,
        SenderColumn,
        SourceColumn,
        JobColumn,
        EnrolledColumn,
        SkippedColumn,
        FailedColumn,
        DeferredColumn,
        ColumnCount
    };

    explicit AnalyticsRowsModel(QObject *parent = nullptr);
    ~AnalyticsRowsModel() override;

    void setRows(const QList<Store::AnalyticsRow> &rows);
    const QList<Store::AnalyticsRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Rows as CSV (RFC 4180), days as ISO dates. Pure: any thread.
    static QByteArray csv(const QList<Store::AnalyticsRow> &rows);

private:
    QList<Store::AnalyticsRow> m_rows;
};

} // namespace SeqDesk::Ui
