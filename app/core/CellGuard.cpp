#include "core/CellGuard.h"

#include <algorithm>

namespace SeqDesk::CellGuard {

QString defused(const QString &text)
{
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    // Spreadsheets skip leading spaces before a formula (" =1+1" runs too).
    const auto first
        = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return c != QLatin1Char(' '); });
    if (first != text.cend() && formulaStart.contains(*first))
        return QLatin1Char('\'') + text;
    return text;
}

QString tsvCell(const QString &text)
{
    QString cell = defused(text);
    for (QChar &c : cell) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            c = QLatin1Char(' ');
    }
    return cell;
}

} // namespace SeqDesk::CellGuard
