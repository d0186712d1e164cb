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

    // After accept(): the connected portal and the settings used.
    HubSpot::AccountDetails account() const { return m_account; }
    Sync::ConnectRequest request() const;

private:
    static QString versionLabel(HubSpot::ApiVersion version);
    void startCheck();
    void showFailure(const QString &message, const QStringList &missingScopes);
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
};

} // namespace SeqDesk::Ui
