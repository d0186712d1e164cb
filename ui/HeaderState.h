#pragma once

#include <QString>

class QHeaderView;

namespace SeqDesk::Ui::HeaderState {

// Keeps `header`'s columns (widths, order, hidden ones; not the sort) in the settings under `key`
// (AppSettings::headerState, by the table's object name): restores them now, or once the
// header has its columns, and saves every change the user makes after that.
void track(QHeaderView *header, const QString &key);

} // namespace SeqDesk::Ui::HeaderState
