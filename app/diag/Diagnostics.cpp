#include "diag/Diagnostics.h"

#include "core/Logging.h"
#include "settings/AppSettings.h"
#include "store/Database.h"
#include "store/StoreWorker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>

namespace SeqDesk::Diag {

namespace {

// The programs whose logs sit in the data folder, each in <data>/<program>/logs.
const QStringList &programs()
{
    static const QStringList names {QStringLiteral("seqdesk"), QStringLiteral("seqdesk-cli")};
    return names;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QStringList logFiles()
{
    QStringList files;
    for (const QString &program : programs()) {
        const QDir logs(QFileInfo(Logging::logFilePathOf(program)).absolutePath());
        const QFileInfoList entries = logs.entryInfoList(
            {QStringLiteral("*.log"), QStringLiteral("*.log.*")}, QDir::Files, QDir::Name);
        for (const QFileInfo &file : entries)
            files.append(QStringLiteral("%1 (%2)").arg(
                QDir::toNativeSeparators(file.absoluteFilePath()), sizeText(file.size())));
    }
    return files;
}

QString valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("(%1 bytes)").arg(value.toByteArray().size());
    if (value.canConvert<QString>())
        return value.toString();
    return QStringLiteral("(%1)").arg(QLatin1String(value.typeName()));
}

} // namespace

bool isSecretLooking(const QString &key)
{
    static const QRegularExpression secret(
        QStringLiteral("token|secret|passw|credential|auth|api.?key|private.?key|cookie|session"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

Environment environment(const QString &platformName)
{
    Environment e;
    e.program = QCoreApplication::applicationName();
    e.version = QCoreApplication::applicationVersion();
    e.qtRuntime = QLatin1String(qVersion());
    e.qtBuild = QStringLiteral(QT_VERSION_STR);
    e.os = QSysInfo::prettyProductName();
    e.kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    e.cpu = QSysInfo::currentCpuArchitecture();
    e.platform = platformName;
    const QLocale locale;
    e.locale = locale.name();
    e.uiLanguages = locale.uiLanguages();
    // The desktop app's settings, also when seqdesk-cli asks.
    const std::unique_ptr<QSettings> settings = Settings::AppSettings::openAppFile();
    e.settingsFile = QDir::toNativeSeparators(settings->fileName());
    const QStringList keys = settings->allKeys();
    for (const QString &key : keys) {
        e.settings.append({key,
                           isSecretLooking(key)
                               ? QCoreApplication::translate("Diagnostics", "(withheld)")
                               : valueText(settings->value(key))});
    }
    // The mirror in Settings > Data folder; the logs stay in the standard folder.
    const Settings::AppSettings typed(settings.get());
    const QString database = typed.databasePath();
    e.dataFolder = QDir::toNativeSeparators(QFileInfo(database).absolutePath());
    e.database = QDir::toNativeSeparators(database);
    e.logFiles = logFiles();
    return e;
}

StoreFacts readStore(Store::Stores &stores, int errorLimit)
{
    StoreFacts facts;
    facts.latestSchemaVersion = Store::Database::latestVersion();
    facts.schemaVersion = stores.diagnostics.schemaVersion();
    const QList<Store::PortalRecord> portals = stores.portals.portals();
    if (!stores.portals.lastError().isEmpty())
        facts.error = stores.portals.lastError();
    for (const Store::PortalRecord &portal : portals)
        facts.portals.append({portal, stores.syncRuns.lastRun(portal.portalId)});
    facts.errors = stores.diagnostics.recentErrors(errorLimit);
    if (facts.error.isEmpty())
        facts.error = stores.diagnostics.lastError();
    return facts;
}

void gather(Store::StoreWorker *store, const QString &platformName, QObject *context,
            std::function<void(QString)> done, const QString &storeError)
{
    const Environment env = environment(platformName);
    if (!store || !storeError.isEmpty()) {
        StoreFacts facts;
        facts.error = storeError.isEmpty()
            ? QCoreApplication::translate("Diagnostics", "no local store")
            : storeError;
        facts.latestSchemaVersion = Store::Database::latestVersion();
        done(format(env, facts));
        return;
    }
    store->run([](Store::Stores &s) { return readStore(s); }, context,
               [env, done = std::move(done)](StoreFacts facts) { done(format(env, facts)); });
}

} // namespace SeqDesk::Diag
