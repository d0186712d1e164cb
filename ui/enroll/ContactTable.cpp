#include "enroll/ContactTable.h"

#include <QHeaderView>
#include <QTableView>

namespace SeqDesk::Ui {

void setUpContactTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
}

} // namespace SeqDesk::Ui
