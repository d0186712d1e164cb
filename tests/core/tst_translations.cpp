// The English plural forms ship inside the app: "1 minute ago", not "1 minute(s) ago".
#include "core/Translations.h"

#include <QCoreApplication>
#include <QTest>

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void englishPluralFormsFollowTheCount_data();
    void englishPluralFormsFollowTheCount();
};

void TestTranslations::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SeqDesk::Translations::install(QCoreApplication::instance());
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
    const QByteArray key = source.toUtf8();
    QCOMPARE(QCoreApplication::translate("SeqDesk::Ui::SyncStatusWidget", key.constData(), nullptr,
                                         count),
             expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
