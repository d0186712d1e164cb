#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace SeqDesk::Translations {

namespace {

void add(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), dir))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void install(QCoreApplication *app)
{
    // Looked up in reverse order of installation: the user's language before English.
    add(app, QLocale(QLocale::English), QStringLiteral("seqdesk"), QStringLiteral(":/i18n"));
    if (QLocale().language() != QLocale::English)
        add(app, QLocale(), QStringLiteral("seqdesk"), QStringLiteral(":/i18n"));
    add(app, QLocale(), QStringLiteral("qtbase"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace SeqDesk::Translations
