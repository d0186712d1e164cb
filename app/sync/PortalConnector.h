#pragma once

#include "hubspot/ApiVersion.h"
#include "hubspot/Types.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace SeqDesk::HubSpot {
class HubSpotClient;
struct ApiError;
} // namespace SeqDesk::HubSpot
namespace SeqDesk::Secrets {
class SecretStore;
}

namespace SeqDesk::Sync {

struct ConnectRequest
{
    QString token;
    HubSpot::ApiVersion apiVersion = HubSpot::defaultApiVersion;
    QUrl baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
};

// Connecting a portal: checks the token with an account call, an owners call, one
// sequences call (so missing scopes show up now, by name) and one lists search, then
// stores the token in the keychain under the portal id. Nothing is stored unless every
// check passed, except that a token without crm.lists.read (or otherwise refused the
// lists) still connects: lists are an optional source, so that is warned(), not failed().
class PortalConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalConnector)

public:
    PortalConnector(QNetworkAccessManager *nam, Secrets::SecretStore *secrets,
                    QObject *parent = nullptr);
    ~PortalConnector() override;

    void start(const ConnectRequest &request);
    bool isRunning() const { return m_running; }

    // The scopes SeqDesk needs, for the "how to add them" hint.
    static QStringList requiredScopes();

signals:
    void stageChanged(const QString &text);
    void succeeded(const SeqDesk::HubSpot::AccountDetails &account);
    // `missingScopes` is empty unless the token lacks scopes.
    void failed(const QString &message, const QStringList &missingScopes);
    // Emitted before succeeded() when the portal connects with a limitation (no lists).
    void warned(const QString &message, const QStringList &missingScopes);

private:
    void checkOwners();
    void checkSequences(const QString &userId);
    void checkLists();
    void storeToken();
    void fail(const HubSpot::ApiError &error);
    void failWith(const QString &message);

    QNetworkAccessManager *m_nam;
    Secrets::SecretStore *m_secrets;
    std::unique_ptr<HubSpot::HubSpotClient> m_client;
    ConnectRequest m_request;
    HubSpot::AccountDetails m_account;
    bool m_running = false;
};

} // namespace SeqDesk::Sync
