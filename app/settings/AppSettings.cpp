#include "settings/AppSettings.h"

#include "enroll/SendCap.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QVariant>

#include <algorithm>

namespace SeqDesk::Settings {

namespace {

// Every key and its default, in one table.
struct Key
{
    const char *name;
    QVariant (*defaultValue)();
};

const Key kSyncInterval {"sync/intervalHours", [] {
                             return QVariant(AppSettings::kDefaultSyncIntervalHours);
                         }};
const Key kApiVersion {"hubspot/defaultApiVersion", [] {
                           return QVariant(HubSpot::apiVersionName(HubSpot::defaultApiVersion));
                       }};
const Key kDefaultSender {"portals/%1/defaultSender", [] {
                              return QVariant(QString());
                          }};
const Key kSendCap {"portals/%1/sendCap", [] {
                        return QVariant(AppSettings::defaultSendCap());
                    }};
const Key kRateShare {"limits/rulesRateSharePercent", [] {
                          return QVariant(AppSettings::kDefaultRulesRateSharePercent);
                      }};
const Key kLanguage {"ui/language", [] {
                         return QVariant(QString());
                     }};
const Key kDataFolder {"storage/dataFolder", [] {
                           return QVariant(QString());
                       }};
const Key kGeometry {"window/geometry", [] {
                         return QVariant(QByteArray());
                     }};
const Key kState {"window/state", [] {
                      return QVariant(QByteArray());
                  }};
const Key kHeader {"headers/%1", [] {
                       return QVariant(QByteArray());
                   }};

// Renamed keys: {old, new}.
const char *const kRenamed[][2] = {
    {"rules/rateSharePercent", "limits/rulesRateSharePercent"}, // the Rules page's, 0.1
};

QString keyName(const Key &key, const QString &arg = QString())
{
    const QString name = QLatin1String(key.name);
    return arg.isNull() ? name : name.arg(arg);
}

QVariant read(const QSettings *s, const Key &key, const QString &arg = QString())
{
    return s->value(keyName(key, arg), key.defaultValue());
}

QString readText(const QSettings *s, const Key &key)
{
    return read(s, key).toString();
}

int readInt(const QSettings *s, const Key &key, int min, int max, const QString &arg = QString())
{
    bool ok = false;
    const int value = read(s, key, arg).toInt(&ok);
    return ok && value >= min && value <= max ? value : key.defaultValue().toInt();
}

} // namespace

int AppSettings::defaultSendCap()
{
    return Enroll::SendCap::kDefault;
}

QString AppSettings::standardDataFolder()
{
    return QFileInfo(Store::Database::defaultPath()).absolutePath();
}

std::unique_ptr<QSettings> AppSettings::openAppFile()
{
    // seqdesk's main() sets these names; QSettings() there opens the same file.
    return std::make_unique<QSettings>(QStringLiteral("SeqDesk"), QStringLiteral("seqdesk"));
}

AppSettings::AppSettings()
    : m_own(std::make_unique<QSettings>())
    , m_settings(m_own.get())
{
    migrate();
}

AppSettings::AppSettings(QSettings *backing)
    : m_settings(backing)
{
    migrate();
}

AppSettings::~AppSettings() = default;

void AppSettings::migrate()
{
    for (const auto &renamed : kRenamed) {
        const QString from = QLatin1String(renamed[0]);
        const QString to = QLatin1String(renamed[1]);
        if (!m_settings->contains(from))
            continue;
        if (!m_settings->contains(to))
            m_settings->setValue(to, m_settings->value(from));
        m_settings->remove(from);
    }
}

int AppSettings::syncIntervalHours() const
{
    return readInt(m_settings, kSyncInterval, kMinSyncIntervalHours, kMaxSyncIntervalHours);
}

void AppSettings::setSyncIntervalHours(int hours)
{
    m_settings->setValue(keyName(kSyncInterval),
                         std::clamp(hours, kMinSyncIntervalHours, kMaxSyncIntervalHours));
}

HubSpot::ApiVersion AppSettings::defaultApiVersion() const
{
    return HubSpot::parseApiVersion(readText(m_settings, kApiVersion))
        .value_or(HubSpot::defaultApiVersion);
}

void AppSettings::setDefaultApiVersion(HubSpot::ApiVersion version)
{
    m_settings->setValue(keyName(kApiVersion), HubSpot::apiVersionName(version));
}

QString AppSettings::defaultSender(const QString &portalId) const
{
    return read(m_settings, kDefaultSender, portalId).toString();
}

void AppSettings::setDefaultSender(const QString &portalId, const QString &email)
{
    if (email.trimmed().isEmpty())
        m_settings->remove(keyName(kDefaultSender, portalId));
    else
        m_settings->setValue(keyName(kDefaultSender, portalId), email.trimmed());
}

int AppSettings::sendCap(const QString &portalId) const
{
    return readInt(m_settings, kSendCap, Enroll::SendCap::kMin, Enroll::SendCap::kMax, portalId);
}

void AppSettings::setSendCap(const QString &portalId, int cap)
{
    m_settings->setValue(keyName(kSendCap, portalId),
                         std::clamp(cap, Enroll::SendCap::kMin, Enroll::SendCap::kMax));
}

int AppSettings::rulesRateSharePercent() const
{
    return readInt(m_settings, kRateShare, kMinRulesRateSharePercent, kMaxRulesRateSharePercent);
}

void AppSettings::setRulesRateSharePercent(int percent)
{
    m_settings->setValue(keyName(kRateShare),
                         std::clamp(percent, kMinRulesRateSharePercent, kMaxRulesRateSharePercent));
}

QString AppSettings::language() const
{
    return readText(m_settings, kLanguage);
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(keyName(kLanguage), code);
}

QString AppSettings::dataFolder() const
{
    // A relative path would hang on the working folder of whoever starts SeqDesk.
    const QString folder = readText(m_settings, kDataFolder);
    return folder.isEmpty() || QDir::isRelativePath(folder) ? standardDataFolder() : folder;
}

void AppSettings::setDataFolder(const QString &folder)
{
    const QString clean = folder.isEmpty() ? QString() : QDir::cleanPath(folder);
    if (clean.isEmpty() || clean == QDir::cleanPath(standardDataFolder()))
        m_settings->remove(keyName(kDataFolder));
    else
        m_settings->setValue(keyName(kDataFolder), clean);
}

QString AppSettings::databasePath() const
{
    return QDir(dataFolder()).filePath(QFileInfo(Store::Database::defaultPath()).fileName());
}

QByteArray AppSettings::windowGeometry() const
{
    return read(m_settings, kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return read(m_settings, kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(keyName(kGeometry), geometry);
    m_settings->setValue(keyName(kState), state);
}

QByteArray AppSettings::headerState(const QString &table) const
{
    return read(m_settings, kHeader, table).toByteArray();
}

void AppSettings::setHeaderState(const QString &table, const QByteArray &state)
{
    m_settings->setValue(keyName(kHeader, table), state);
}

} // namespace SeqDesk::Settings
