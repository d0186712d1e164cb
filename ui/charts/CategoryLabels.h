#pragma once

#include <QStringList>

class QFontMetrics;

namespace SeqDesk::Ui::Charts::CategoryLabels {

// Qt Charts' category axes drop a repeated label (and the bars after it shift): two
// categories of one name stay two, told apart by zero-width spaces.
QStringList unique(const QStringList &names);

// The names as they fit in `room` pixels: whole where they fit, otherwise shortened in the
// middle ("[OUTBOUND] Cold - Sa…Q3 2026"), so names that share a prefix stay apart; unique.
QStringList fit(const QStringList &names, const QFontMetrics &metrics, int room);

} // namespace SeqDesk::Ui::Charts::CategoryLabels
