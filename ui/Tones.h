#pragma once

#include <QColor>
#include <QString>

// The few colours the app gives text (an error, a success), readable on the palette in use:
// the light palette's tones, or lighter ones on a dark palette.
namespace SeqDesk::Ui::Tones {

// True when the application palette's base (where text sits) is dark.
bool darkPalette();

QColor error();
QColor success();
// error() as "#rrggbb", for rich text.
QString errorName();

} // namespace SeqDesk::Ui::Tones
