#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace SeqDesk::Ui::Charts {

// One stacked series of a bar chart: a name, a color and a value per category.
struct BarSeries
{
    QString name;
    QColor color;
    QList<double> values;
};

// What a bar chart shows, in plain data: the charts module's only input, so the library
// drawing it (Qt Charts today) can be replaced without touching the pages.
struct StackedBars
{
    QString title;
    QStringList categories;
    QList<BarSeries> series; // stacked in this order
    bool horizontal = false; // categories down the side (long names)
};

} // namespace SeqDesk::Ui::Charts
