#pragma once

#include "hubspot/Types.h"
#include "sync/PortalConnector.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace SeqDesk::Ui {

// "Connect HubSpot": a private-app token (masked), the API version and, under Advanced,
// the base URL. Checks the token against HubSpot before saving it in the keychain; says
// which scopes are missing and where to add them.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    ConnectDialog(Sync::PortalConnector *connector, QWidget *parent = nullptr);

    // For a new token of a known portal: says which portal, keeps its API settings.
    void presetFor(const QString &portalName, const Sync::ConnectRequest &settings);
    // A new connection's version (the settings' default); the user may choose another.
    void preselectApiVersion(HubSpot::ApiVersion version);

    // After accept(): the connected portal and the settings used.
    HubSpot::AccountDetails account() const { return m_account; }
    Sync::ConnectRequest request() const;
    // After accept(): what the portal cannot do with this token (no lists), or empty.
    QString warning() const { return m_warning; }

    // Once the token is stored, closing the dialog keeps the portal.
    void reject() override;

    // An API version as the user picks it ("2026-09 (newest, recommended)"); also Settings'.
    static QString versionLabel(HubSpot::ApiVersion version);

private:
    void startCheck();
    void showFailure(const QString &message, const QStringList &missingScopes);
    void onConnected(const HubSpot::AccountDetails &account);
    void setBusy(bool busy);

    Sync::PortalConnector *m_connector;
    QLineEdit *m_token;
    QComboBox *m_apiVersion;
    QCheckBox *m_showAdvanced;
    QWidget *m_advanced;
    QLineEdit *m_baseUrl;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    HubSpot::AccountDetails m_account;
    QString m_warning;
    bool m_connected = false;
};

} // namespace SeqDesk::Ui
