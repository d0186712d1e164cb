#include "Tones.h"

#include <QGuiApplication>
#include <QPalette>

namespace SeqDesk::Ui::Tones {

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
}

QColor error()
{
    return darkPalette() ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

QColor success()
{
    return darkPalette() ? QColor(0x6f, 0xd3, 0x8a) : QColor(0x26, 0x7d, 0x3c);
}

QString errorName()
{
    return error().name();
}

} // namespace SeqDesk::Ui::Tones
