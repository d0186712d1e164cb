#pragma once

#include <QStyledItemDelegate>

namespace SeqDesk::Ui {

// Paints a sequence's status as a small coloured pill (SequenceTableModel::StatusRole).
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);
    ~StatusBadgeDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace SeqDesk::Ui
