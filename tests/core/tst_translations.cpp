// The shipped languages come out of the binary: English plural forms ("1 minute ago", not
// "1 minute(s) ago"), German and Spanish by the system's locale or the "ui/language" override,
// and dates and numbers follow an override.
#include "core/Percent.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shipsEnglishGermanAndSpanishByTheirOwnNames();
    void englishPluralFormsFollowTheCount_data();
    void englishPluralFormsFollowTheCount();
    void anOverrideTranslatesTextAndPluralForms_data();
    void anOverrideTranslatesTextAndPluralForms();
    void aGermanOverrideFormatsNumbersTheGermanWay();
    void anOverrideKeepsTheSystemsTerritoryOfItsLanguage();
    void anOverrideOfAnotherLanguageTakesItsMainTerritory();
    void theSystemsLocaleChoosesWithoutAnOverride();
    void anUnknownOverrideLeavesTheSystemsChoice();
    void percentagesAreWrittenAsTheLocaleWritesThem();
};

namespace {

QString translate(const char *context, const char *source, int count = -1)
{
    return QCoreApplication::translate(context, source, nullptr, count);
}

} // namespace

void TestTranslations::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTranslations::cleanup()
{
    // Each test installs its own: a QTranslator uninstalls itself when deleted.
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

void TestTranslations::shipsEnglishGermanAndSpanishByTheirOwnNames()
{
    QCOMPARE(SeqDesk::Translations::available(),
             QStringList({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}));
    QCOMPARE(SeqDesk::Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(SeqDesk::Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(SeqDesk::Translations::nativeName(QStringLiteral("es")), QString::fromUtf8("Español"));
    QVERIFY(SeqDesk::Translations::nativeName(QStringLiteral("fr")).isEmpty());
}

void TestTranslations::englishPluralFormsFollowTheCount_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    const QString minutes = QStringLiteral("%n minute(s) ago");
    const QString hours = QStringLiteral("%n hour(s) ago");
    QTest::newRow("1 minute") << minutes << 1 << QStringLiteral("1 minute ago");
    QTest::newRow("5 minutes") << minutes << 5 << QStringLiteral("5 minutes ago");
    QTest::newRow("1 hour") << hours << 1 << QStringLiteral("1 hour ago");
    QTest::newRow("23 hours") << hours << 23 << QStringLiteral("23 hours ago");
}

void TestTranslations::englishPluralFormsFollowTheCount()
{
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    SeqDesk::Translations::install(QCoreApplication::instance());
    const QByteArray key = source.toUtf8();
    QCOMPARE(translate("SeqDesk::Ui::SyncStatusWidget", key.constData(), count), expected);
}

void TestTranslations::anOverrideTranslatesTextAndPluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("tryHelp");
    QTest::addColumn<QString>("oneMinute");
    QTest::addColumn<QString>("fiveMinutes");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Siehe --help.")
                        << QStringLiteral("vor 1 Minute") << QStringLiteral("vor 5 Minuten")
                        << QStringLiteral("Abbrechen");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Pruebe --help.")
                        << QStringLiteral("hace 1 minuto") << QStringLiteral("hace 5 minutos")
                        << QStringLiteral("Cancelar");
}

void TestTranslations::anOverrideTranslatesTextAndPluralForms()
{
    QFETCH(QString, language);
    QFETCH(QString, tryHelp);
    QFETCH(QString, oneMinute);
    QFETCH(QString, fiveMinutes);
    QFETCH(QString, cancel);
    SeqDesk::Translations::install(QCoreApplication::instance(), language);
    QCOMPARE(translate("Cli", "Try --help."), tryHelp);
    QCOMPARE(translate("SeqDesk::Ui::SyncStatusWidget", "%n minute(s) ago", 1), oneMinute);
    QCOMPARE(translate("SeqDesk::Ui::SyncStatusWidget", "%n minute(s) ago", 5), fiveMinutes);
    // Qt's own button texts, without qtbase's translations installed.
    QCOMPARE(translate("QPlatformTheme", "Cancel"), cancel);
}

void TestTranslations::aGermanOverrideFormatsNumbersTheGermanWay()
{
    SeqDesk::Translations::install(QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().territory(), QLocale::Germany);
    QCOMPARE(QLocale().toString(1234.5), QStringLiteral("1.234,5"));
}

void TestTranslations::anOverrideKeepsTheSystemsTerritoryOfItsLanguage()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
    SeqDesk::Translations::install(QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(QLocale().territory(), QLocale::Austria);
    QCOMPARE(translate("Cli", "Try --help."), QStringLiteral("Siehe --help."));
}

void TestTranslations::anOverrideOfAnotherLanguageTakesItsMainTerritory()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    SeqDesk::Translations::install(QCoreApplication::instance(), QStringLiteral("es"));
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QCOMPARE(QLocale().territory(), QLocale::Spain);
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));

    cleanup();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Switzerland));
    SeqDesk::Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QLocale().territory(), QLocale::UnitedStates);
    QCOMPARE(translate("Cli", "Try --help."), QStringLiteral("Try --help."));
    QCOMPARE(translate("SeqDesk::Ui::SyncStatusWidget", "%n minute(s) ago", 5),
             QStringLiteral("5 minutes ago"));
}

void TestTranslations::theSystemsLocaleChoosesWithoutAnOverride()
{
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    QCOMPARE(SeqDesk::Translations::resolve(), QStringLiteral("es"));
    SeqDesk::Translations::install(QCoreApplication::instance());
    QCOMPARE(QLocale().territory(), QLocale::Mexico); // untouched
    QCOMPARE(translate("SeqDesk::Ui::SyncStatusWidget", "%n hour(s) ago", 1),
             QStringLiteral("hace 1 hora"));
}

void TestTranslations::anUnknownOverrideLeavesTheSystemsChoice()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(SeqDesk::Translations::resolve(QStringLiteral("fr")), QStringLiteral("de"));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(SeqDesk::Translations::resolve(), QStringLiteral("en"));
    SeqDesk::Translations::install(QCoreApplication::instance(), QStringLiteral("xx"));
    QCOMPARE(QLocale().language(), QLocale::French); // formats stay the system's
    QCOMPARE(translate("Cli", "Try --help."), QStringLiteral("Try --help."));
}

void TestTranslations::percentagesAreWrittenAsTheLocaleWritesThem()
{
    using SeqDesk::Percent::format;
    QCOMPARE(format(97.54, 1, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("97.5%"));
    QCOMPARE(format(1234.5, 1, QLocale(QLocale::German, QLocale::Germany)),
             QString::fromUtf8("1.234,5\u00A0%"));
    QCOMPARE(format(50, 0, QLocale(QLocale::Spanish, QLocale::Spain)),
             QString::fromUtf8("50\u00A0%"));
    SeqDesk::Translations::install(QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(format(77.78, 1), QString::fromUtf8("77,8\u00A0%")); // the override's locale
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
