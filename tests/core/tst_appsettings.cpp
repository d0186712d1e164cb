// AppSettings: each key's default, its range, the migration of renamed keys.
#include "settings/AppSettings.h"

#include "enroll/SendCap.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using SeqDesk::Settings::AppSettings;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void unsetKeysReadTheirDefaults();
    void valuesOutOfRangeReadTheDefault();
    void eachPortalKeepsItsOwnSenderAndCap();
    void rateShareOfTheRulesPageMovesToItsNewKey();
    void aNewerRateShareIsNotOverwrittenByTheOldKey();
    void theStandardDataFolderIsNotStored();
    void headersAreKeptPerTable();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_backing;
};

void TestAppSettings::init()
{
    m_backing = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction()))),
        QSettings::IniFormat);
    m_backing->clear();
}

void TestAppSettings::unsetKeysReadTheirDefaults()
{
    AppSettings s(m_backing.get());
    QCOMPARE(s.syncIntervalHours(), 24);
    QCOMPARE(s.syncIntervalMs(), qint64(24) * 3600 * 1000);
    QCOMPARE(s.defaultApiVersion(), SeqDesk::HubSpot::defaultApiVersion);
    QCOMPARE(s.defaultSender(QStringLiteral("42")), QString());
    QCOMPARE(s.sendCap(QStringLiteral("42")), SeqDesk::Enroll::SendCap::kDefault);
    QCOMPARE(s.rulesRateSharePercent(), 50);
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.dataFolder(), AppSettings::standardDataFolder());
    QVERIFY(s.databasePath().startsWith(AppSettings::standardDataFolder()));
    QVERIFY(s.windowGeometry().isEmpty());
}

void TestAppSettings::valuesOutOfRangeReadTheDefault()
{
    m_backing->setValue(QStringLiteral("sync/intervalHours"), 0);
    m_backing->setValue(QStringLiteral("limits/rulesRateSharePercent"), QStringLiteral("lots"));
    m_backing->setValue(QStringLiteral("hubspot/defaultApiVersion"), QStringLiteral("v99"));
    AppSettings s(m_backing.get());
    QCOMPARE(s.syncIntervalHours(), 24);
    QCOMPARE(s.rulesRateSharePercent(), 50);
    QCOMPARE(s.defaultApiVersion(), SeqDesk::HubSpot::defaultApiVersion);
    s.setSyncIntervalHours(100000); // clamped on the way in
    QCOMPARE(s.syncIntervalHours(), AppSettings::kMaxSyncIntervalHours);
    s.setDefaultApiVersion(SeqDesk::HubSpot::ApiVersion::V4);
    QCOMPARE(s.defaultApiVersion(), SeqDesk::HubSpot::ApiVersion::V4);
}

void TestAppSettings::eachPortalKeepsItsOwnSenderAndCap()
{
    AppSettings s(m_backing.get());
    s.setDefaultSender(QStringLiteral("1"), QStringLiteral(" ana@example.com "));
    s.setSendCap(QStringLiteral("1"), 250);
    QCOMPARE(s.defaultSender(QStringLiteral("1")), QStringLiteral("ana@example.com"));
    QCOMPARE(s.sendCap(QStringLiteral("1")), 250);
    QCOMPARE(s.defaultSender(QStringLiteral("2")), QString());
    QCOMPARE(s.sendCap(QStringLiteral("2")), SeqDesk::Enroll::SendCap::kDefault);
    s.setDefaultSender(QStringLiteral("1"), QString()); // none again
    QVERIFY(!m_backing->contains(QStringLiteral("portals/1/defaultSender")));
}

void TestAppSettings::rateShareOfTheRulesPageMovesToItsNewKey()
{
    m_backing->setValue(QStringLiteral("rules/rateSharePercent"), 30); // before the settings
    AppSettings s(m_backing.get());
    QCOMPARE(s.rulesRateSharePercent(), 30);
    QVERIFY(!m_backing->contains(QStringLiteral("rules/rateSharePercent")));
    QCOMPARE(m_backing->value(QStringLiteral("limits/rulesRateSharePercent")).toInt(), 30);
}

void TestAppSettings::aNewerRateShareIsNotOverwrittenByTheOldKey()
{
    m_backing->setValue(QStringLiteral("limits/rulesRateSharePercent"), 70);
    m_backing->setValue(QStringLiteral("rules/rateSharePercent"), 30); // an older build wrote it
    AppSettings s(m_backing.get());
    QCOMPARE(s.rulesRateSharePercent(), 70);
    QVERIFY(!m_backing->contains(QStringLiteral("rules/rateSharePercent")));
}

void TestAppSettings::theStandardDataFolderIsNotStored()
{
    AppSettings s(m_backing.get());
    s.setDataFolder(m_dir.path());
    QCOMPARE(s.dataFolder(), QDir::cleanPath(m_dir.path()));
    QCOMPARE(QFileInfo(s.databasePath()).absolutePath(), QDir::cleanPath(m_dir.path()));
    s.setDataFolder(AppSettings::standardDataFolder());
    QVERIFY(!m_backing->contains(QStringLiteral("storage/dataFolder")));
    QCOMPARE(s.dataFolder(), AppSettings::standardDataFolder());
    // A relative folder (a hand-edited file) is not trusted: it would follow the working folder.
    m_backing->setValue(QStringLiteral("storage/dataFolder"), QStringLiteral("SeqDesk data"));
    QCOMPARE(s.dataFolder(), AppSettings::standardDataFolder());
}

void TestAppSettings::headersAreKeptPerTable()
{
    AppSettings s(m_backing.get());
    s.setHeaderState(QStringLiteral("sequenceTable"), QByteArray("a"));
    s.setHeaderState(QStringLiteral("ruleTable"), QByteArray("b"));
    QCOMPARE(AppSettings(m_backing.get()).headerState(QStringLiteral("sequenceTable")),
             QByteArray("a"));
    QCOMPARE(s.headerState(QStringLiteral("ruleTable")), QByteArray("b"));
    QVERIFY(s.headerState(QStringLiteral("other")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
