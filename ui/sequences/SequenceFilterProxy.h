#pragma once

#include "store/Records.h"

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

namespace SeqDesk::Store {
// Qt 6.4 has no qHash for scoped enums; found by ADL for QSet<SequenceStatus>.
inline size_t qHash(SequenceStatus status, size_t seed = 0) noexcept
{
    return ::qHash(int(status), seed);
}
} // namespace SeqDesk::Store

namespace SeqDesk::Ui {

class SequenceTableModel;

// The sequences page's view of a SequenceTableModel: filtered by status and a search text,
// alphabetical by name unless the user sorts by another column.
class SequenceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceFilterProxy)

public:
    explicit SequenceFilterProxy(QObject *parent = nullptr);
    ~SequenceFilterProxy() override;

    // The source must be a SequenceTableModel.
    void setSourceModel(QAbstractItemModel *source) override;

    // Only these statuses; an empty set shows every status.
    void setStatusFilter(const QSet<Store::SequenceStatus> &statuses);
    QSet<Store::SequenceStatus> statusFilter() const { return m_statuses; }
    // Case-insensitive match on the name, the owner's name and the sequence id.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    bool isFiltering() const { return !m_statuses.isEmpty() || !m_search.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int compareNames(int leftRow, int rightRow) const;

    SequenceTableModel *m_model = nullptr;
    QSet<Store::SequenceStatus> m_statuses;
    QString m_search;
    QCollator m_collator;
};

} // namespace SeqDesk::Ui
