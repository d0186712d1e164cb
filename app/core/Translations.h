#pragma once

#include <QStringList>

class QCoreApplication;
class QLocale;

namespace SeqDesk::Translations {

// The languages SeqDesk ships, as codes ("en", "de", "es"); English first.
QStringList available();

// A shipped language's name in that language ("Deutsch", "Español"), for a language picker;
// empty for a code SeqDesk does not ship.
QString nativeName(const QString &code);

// The shipped language the user interface uses: `language` when SeqDesk ships it, else the
// first shipped one of the system's UI languages (LANGUAGE, then LC_ALL / LC_MESSAGES /
// LANG), else English.
QString resolve(const QString &language = {});

// The locale of dates and numbers for the shipped language `code`: `system` when it speaks
// that language (its territory kept: de_AT stays de_AT), else the language's main one (de_DE).
QLocale localeFor(const QString &code, const QLocale &system);

// Installs SeqDesk's translators on `app` (owned by it): the English plural forms ("1 minute"
// / "5 minutes") first, then the chosen language when it is not English, and Qt's own.
// `language` empty: the system's locale chooses; else a code of available() (the "ui/language"
// setting) overrides it, and dates, numbers and percentages follow it too
// (QLocale::setDefault), as they do when the system's are C's (LANGUAGE=de with LANG=C). Call
// once, after the application object exists and before any widget.
void install(QCoreApplication *app, const QString &language = {});

} // namespace SeqDesk::Translations
