#include "ColumnFit.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace SeqDesk::Ui::ColumnFit {

int wanted(const QTableView *table, int column)
{
    const QAbstractItemView *view = table; // sizeHintForColumn is public there
    return std::max(table->horizontalHeader()->sectionSizeHint(column),
                    view->sizeHintForColumn(column));
}

QHash<int, int> share(const QTableView *table, QList<Share> columns, int room)
{
    QHash<int, int> wants;
    for (const Share &s : std::as_const(columns))
        wants.insert(s.column, wanted(table, s.column));
    std::stable_sort(columns.begin(), columns.end(), [&wants](const Share &a, const Share &b) {
        return wants.value(a.column) < wants.value(b.column);
    });
    int weights = 0;
    for (const Share &s : std::as_const(columns))
        weights += s.weight;
    QHash<int, int> widths;
    for (const Share &s : std::as_const(columns)) {
        const int slice = std::max(0, room) * s.weight / std::max(1, weights);
        const int width = std::min(wants.value(s.column), slice);
        widths.insert(s.column, width);
        room -= width;
        weights -= s.weight;
    }
    return widths;
}

} // namespace SeqDesk::Ui::ColumnFit
