#include "SentenceDelegate.h"

namespace SeqDesk::Ui {

void SentenceDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideRight;
}

} // namespace SeqDesk::Ui
