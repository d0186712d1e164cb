#pragma once

class QAbstractItemModel;
class QTableView;

namespace SeqDesk::Ui {

// The look of the wizard's per-contact tables (preview, progress, summary): whole rows,
// compact, striped, the last column stretched.
void setUpContactTable(QTableView *table, QAbstractItemModel *model);

} // namespace SeqDesk::Ui
