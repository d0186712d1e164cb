#include "core/CellGuard.h"

namespace SeqDesk::CellGuard {

QString defused(const QString &text)
{
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStart.contains(text.front()))
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
