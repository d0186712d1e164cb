#include "Percent.h"

namespace SeqDesk::Percent {

namespace {

// The languages whose percent pattern (CLDR) puts a space before the sign.
bool spaced(QLocale::Language language)
{
    switch (language) {
    case QLocale::German:
    case QLocale::Spanish:
    case QLocale::French:
    case QLocale::Swedish:
    case QLocale::NorwegianBokmal:
    case QLocale::Danish:
    case QLocale::Finnish:
    case QLocale::Czech:
    case QLocale::Slovak:
    case QLocale::Russian:
    case QLocale::Ukrainian:
        return true;
    default:
        return false;
    }
}

} // namespace

QString format(double percent, int decimals, const QLocale &locale)
{
    const QString number = locale.toString(percent, 'f', decimals);
    const QString gap = spaced(locale.language()) ? QString(QChar(0x00A0)) : QString();
    return number + gap + locale.percent();
}

} // namespace SeqDesk::Percent
