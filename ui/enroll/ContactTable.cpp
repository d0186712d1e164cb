#include "enroll/ContactTable.h"

#include <QHeaderView>
#include <QTableView>

namespace SeqDesk::Ui {

void setUpContactTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table (the arrow keys move in it): it does not trap the keyboard.
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
}

} // namespace SeqDesk::Ui
