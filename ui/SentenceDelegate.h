#pragma once

#include <QStyledItemDelegate>

namespace SeqDesk::Ui {

// A column of sentences in a table that elides in the middle (names, addresses): a sentence
// too long for its cell keeps its beginning and loses its end ("just now: 320 new, …"), the
// way it is read. The whole text stays in the cell's tooltip.
class SentenceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace SeqDesk::Ui
