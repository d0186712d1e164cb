#pragma once

#include <QLocale>
#include <QString>

namespace SeqDesk::Percent {

// `percent` (97.5 for 97.5 %) as the locale writes it: "97.5%" in English, "97,5 %" in German
// and Spanish (a no-break space before the sign), with `decimals` decimals.
QString format(double percent, int decimals, const QLocale &locale = QLocale());

} // namespace SeqDesk::Percent
