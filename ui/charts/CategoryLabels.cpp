#include "charts/CategoryLabels.h"

#include <QFontMetrics>

namespace SeqDesk::Ui::Charts::CategoryLabels {

QStringList unique(const QStringList &names)
{
    QStringList out;
    out.reserve(names.size());
    for (const QString &name : names) {
        QString label = name;
        while (out.contains(label))
            label += QChar(0x200B);
        out.append(label);
    }
    return out;
}

QStringList fit(const QStringList &names, const QFontMetrics &metrics, int room)
{
    QStringList fitted;
    fitted.reserve(names.size());
    for (const QString &name : names)
        fitted.append(metrics.horizontalAdvance(name) <= room
                          ? name
                          : metrics.elidedText(name, Qt::ElideMiddle, room));
    return unique(fitted);
}

} // namespace SeqDesk::Ui::Charts::CategoryLabels
