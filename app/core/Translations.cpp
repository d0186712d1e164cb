#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace SeqDesk::Translations {

namespace {

struct Language
{
    const char *code;
    QLocale::Language language;
    const char *nativeName; // UTF-8
};

// Qt's own texts that SeqDesk's dialogs and message boxes show, in SeqDesk's languages too:
// qtbase's translations are a package of their own that a system may lack. lupdate reads them
// from here into the .ts files; Qt looks them up (QPlatformTheme) when it makes the buttons
// (Restore Defaults: the Settings dialog).
[[maybe_unused]] constexpr const char *kQtTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

// English is the source language; its file holds only the plural forms.
constexpr Language kLanguages[] = {
    {"en", QLocale::English, "English"},
    {"de", QLocale::German, "Deutsch"},
    {"es", QLocale::Spanish, "Español"},
};

const Language *find(QLocale::Language language)
{
    for (const Language &entry : kLanguages) {
        if (entry.language == language)
            return &entry;
    }
    return nullptr;
}

const Language *find(const QString &code)
{
    for (const Language &entry : kLanguages) {
        if (code == QLatin1String(entry.code))
            return &entry;
    }
    return nullptr;
}

void add(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), dir))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

// Whether the system's locale writes numbers and dates the "C" way: LANGUAGE=de with LANG=C
// gives German text (QLocale() is de_DE) but C's "2,041" and "26 Dec 2025" (Qt takes numbers
// and dates from LC_ALL, LC_NUMERIC / LC_TIME, LANG as POSIX says).
bool systemFormatsAreC()
{
    QString name = qEnvironmentVariable("LC_ALL");
    if (name.isEmpty())
        name = qEnvironmentVariable("LC_NUMERIC");
    if (name.isEmpty())
        name = qEnvironmentVariable("LANG");
    return name.isEmpty() || name == QLatin1String("C") || name == QLatin1String("POSIX")
        || name.startsWith(QLatin1String("C."));
}

} // namespace

QStringList available()
{
    QStringList codes;
    for (const Language &entry : kLanguages)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

QString nativeName(const QString &code)
{
    const Language *entry = find(code);
    return entry ? QString::fromUtf8(entry->nativeName) : QString();
}

QString resolve(const QString &language)
{
    if (find(language))
        return language;
    // The system's UI languages in order (with LANGUAGE=de:en, "de" even when LANG=C).
    const QStringList uiLanguages = QLocale().uiLanguages();
    for (const QString &name : uiLanguages) {
        if (const Language *entry = find(QLocale(name).language()))
            return QString::fromLatin1(entry->code);
    }
    return QStringLiteral("en");
}

QLocale localeFor(const QString &code, const QLocale &system)
{
    const Language *entry = find(code);
    if (!entry)
        return system;
    if (system.language() == entry->language)
        return system;
    return QLocale(entry->language); // its main territory: de_DE, es_ES, en_US
}

void install(QCoreApplication *app, const QString &language)
{
    const QString chosen = resolve(language);
    // An override, or a UI language without a language of formats (LANGUAGE=de with LANG=C):
    // dates and numbers follow the chosen language.
    if (find(language) || (chosen != QLatin1String("en") && systemFormatsAreC())) {
        QLocale chosenFormats = localeFor(chosen, QLocale());
        if (systemFormatsAreC()) // by name: the system's de_DE would keep C's formats
            chosenFormats = QLocale(chosenFormats.language(), chosenFormats.territory());
        QLocale::setDefault(chosenFormats);
    }
    // By its name, not the system's UI languages (LANGUAGE=es would load Spanish for German).
    const QLocale formats = localeFor(chosen, QLocale());
    const QLocale locale(formats.language(), formats.territory());
    // Looked up in reverse order of installation: the chosen language before English.
    add(app, QLocale(QLocale::English), QStringLiteral("seqdesk"), QStringLiteral(":/i18n"));
    if (chosen != QLatin1String("en"))
        add(app, locale, QStringLiteral("seqdesk"), QStringLiteral(":/i18n"));
    add(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace SeqDesk::Translations
