#pragma once

#include "hubspot/ApiVersion.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace SeqDesk::Settings {

// The app's settings, typed, each key with its default in one place (AppSettings.cpp's
// table). QSettings underneath: the app's own (organization and application name) or one a
// test gives. Cheap to make; nothing is cached, so two instances see each other's writes.
//
//   key                              type        default          read by
//   sync/intervalHours               int         24               main(): SyncScheduler
//   hubspot/defaultApiVersion        string      "2026-09"        ConnectDialog
//   portals/<id>/defaultSender       email       "" (none)        EnrollWizard, RuleEditorDialog
//   portals/<id>/sendCap             int         1000             EnrollWizard, RuleEditorDialog
//   limits/rulesRateSharePercent     int         50               main(), RulesPresenter
//   ui/language                      string      "" (system)      both main()s: translations
//   storage/dataFolder               string      "" (standard)    both main()s (next start)
//   window/geometry, window/state    bytes       empty            MainWindow
//   headers/<table object name>      bytes       empty            HeaderState
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // The defaults, for the settings dialog's "Restore Defaults".
    static constexpr int kDefaultSyncIntervalHours = 24;
    static constexpr int kMinSyncIntervalHours = 1;
    static constexpr int kMaxSyncIntervalHours = 24 * 7;
    static constexpr int kDefaultRulesRateSharePercent = 50;
    static constexpr int kMinRulesRateSharePercent = 5;
    static constexpr int kMaxRulesRateSharePercent = 100;
    static int defaultSendCap();
    // The folder of the mirror everybody shares (the app and seqdesk-cli).
    static QString standardDataFolder();

    // The app's QSettings (QCoreApplication's organization and application name).
    AppSettings();
    // The desktop app's settings file, opened from another program (seqdesk-cli): the data
    // folder and the language the user chose in the app hold for the command line too.
    static std::unique_ptr<QSettings> openAppFile();
    // `backing` not owned (a test's).
    explicit AppSettings(QSettings *backing);
    ~AppSettings();

    // Hours between scheduled syncs of a portal.
    int syncIntervalHours() const;
    void setSyncIntervalHours(int hours);
    qint64 syncIntervalMs() const { return qint64(syncIntervalHours()) * 60 * 60 * 1000; }

    // What "Connect HubSpot" preselects for a new portal.
    HubSpot::ApiVersion defaultApiVersion() const;
    void setDefaultApiVersion(HubSpot::ApiVersion version);

    // The sender inbox (its email, as jobs and rules name senders) the Enroll wizard and a
    // new rule preselect on a portal; empty: none.
    QString defaultSender(const QString &portalId) const;
    void setDefaultSender(const QString &portalId, const QString &email);
    // The inbox's rolling 24 h send cap new jobs and rules of a portal start with.
    int sendCap(const QString &portalId) const;
    void setSendCap(const QString &portalId, int cap);

    // The enrollment rules' share of HubSpot's rate limit, in percent.
    int rulesRateSharePercent() const;
    void setRulesRateSharePercent(int percent);

    // "en", "de", "es"; empty for the system's language. Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &code);

    // The folder of the mirror (and its locks); the standard one when never set. Takes
    // effect at the next start.
    QString dataFolder() const;
    void setDataFolder(const QString &folder); // the standard one (or empty) clears it
    QString databasePath() const; // the mirror's file in dataFolder()

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    // A table's header (columns' widths, order, sort), by the table's object name.
    QByteArray headerState(const QString &table) const;
    void setHeaderState(const QString &table, const QByteArray &state);

    // Moves values of keys renamed since an earlier version to their new keys (kept as they
    // were). Runs in the constructors.
    void migrate();

    QSettings *backing() const { return m_settings; }

private:
    std::unique_ptr<QSettings> m_own;
    QSettings *m_settings;
};

} // namespace SeqDesk::Settings
