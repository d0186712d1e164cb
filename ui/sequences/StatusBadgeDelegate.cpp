#include "StatusBadgeDelegate.h"

#include "SequenceTableModel.h"
#include "SequenceText.h"

#include <QApplication>
#include <QPainter>

namespace SeqDesk::Ui {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;
constexpr int CellMargin = 6;

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    return font;
}
} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

StatusBadgeDelegate::~StatusBadgeDelegate() = default;

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant statusData = index.data(SequenceTableModel::StatusRole);
    const bool unsaved = index.data(SequenceTableModel::UnsavedRole).toBool();
    if (!statusData.isValid() && !unsaved) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto colors = unsaved
        ? SequenceText::unsavedColors()
        : SequenceText::badgeColors(statusData.value<Store::SequenceStatus>());
    const QString text = unsaved
        ? SequenceText::unsavedName()
        : SequenceText::statusName(statusData.value<Store::SequenceStatus>());
    const QFont font = badgeFont(option.font);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 2 * HorizontalPadding;
    const int height = metrics.height() + 2 * VerticalPadding;
    QRect badge(0, 0, width, height);
    badge.moveCenter(option.rect.center());
    badge.moveLeft(option.rect.left() + CellMargin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    const qreal radius = height / 2.0;
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setFont(font);
    painter->setPen(colors.foreground);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QVariant statusData = index.data(SequenceTableModel::StatusRole);
    if (!statusData.isValid())
        return size;
    const QFontMetrics metrics(badgeFont(option.font));
    const QString text = SequenceText::statusName(statusData.value<Store::SequenceStatus>());
    size.setWidth(std::max(size.width(),
                           metrics.horizontalAdvance(text) + 2 * (HorizontalPadding + CellMargin)));
    size.setHeight(std::max(size.height(), metrics.height() + 2 * VerticalPadding + 6));
    return size;
}

} // namespace SeqDesk::Ui
