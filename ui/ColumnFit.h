#pragma once

#include <QHash>
#include <QList>

class QTableView;

namespace SeqDesk::Ui::ColumnFit {

// What a column needs to show its header and every text whole.
int wanted(const QTableView *table, int column);

struct Share
{
    int column;
    int weight;
};

// Widths for `columns` out of `room` pixels, by weight: each gets at most what it wants, and
// one that wants less than its share leaves the rest to the others (the smallest are served
// first). Every width is 0 or more; together they are at most `room` (when it is positive).
QHash<int, int> share(const QTableView *table, QList<Share> columns, int room);

} // namespace SeqDesk::Ui::ColumnFit
