#pragma once

#include "store/Records.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace SeqDesk::Settings {
class AppSettings;
}
namespace SeqDesk::Store {
class StoreWorker;
}
namespace SeqDesk::Sync {
class PortalManager;
class SyncScheduler;
} // namespace SeqDesk::Sync

namespace SeqDesk::Ui {

// What the settings dialog reads, writes and applies. Not owned; `scheduler` may be null.
struct SettingsServices
{
    Settings::AppSettings *settings = nullptr;
    Sync::PortalManager *portals = nullptr;
    Store::StoreWorker *store = nullptr;
    Sync::SyncScheduler *scheduler = nullptr;
};

// Edit > Settings: the sync interval, the rules' share of the rate limit, the API version
// of new connections, the language, each portal's default sender and send cap, the data
// folder. OK writes them and applies what can change while the app runs (the scheduler's
// interval, the rules' share); the language and the data folder take effect at the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const SettingsServices &services, const QString &currentPortalId,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    // The fields as they are by default (written only by OK).
    void restoreDefaults();

signals:
    // The current portal's owners are in the sender box.
    void ownersLoaded();

private:
    struct PortalChoice
    {
        QString sender; // the inbox's email
        int sendCap = 0;
    };

    QWidget *createGeneral();
    QWidget *createPortal();
    QWidget *createDataFolder();
    void showPortal(const QString &portalId);
    void keepPortalFields();
    void showOwners(const QString &portalId, const QList<Store::OwnerRecord> &owners);
    void changeDataFolder();

    SettingsServices m_services;
    QSpinBox *m_syncHours = nullptr;
    QSpinBox *m_rateShare = nullptr;
    QComboBox *m_apiVersion = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_portal = nullptr;
    QComboBox *m_sender = nullptr;
    QSpinBox *m_sendCap = nullptr;
    QLineEdit *m_dataFolder = nullptr;
    QLabel *m_dataNote = nullptr;
    QString m_shownPortal;
    QHash<QString, PortalChoice> m_choices; // by portal id, as edited
};

} // namespace SeqDesk::Ui
