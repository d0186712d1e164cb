#include "sync/PortalConnector.h"

#include "hubspot/HubSpotClient.h"
#include "secrets/SecretStore.h"

namespace SeqDesk::Sync {

using namespace SeqDesk::HubSpot;

PortalConnector::PortalConnector(QNetworkAccessManager *nam, Secrets::SecretStore *secrets,
                                 QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
{ }

PortalConnector::~PortalConnector() = default;

QStringList PortalConnector::requiredScopes()
{
    return {QStringLiteral("automation.sequences.read"),
            QStringLiteral("automation.sequences.enrollments.write"),
            QStringLiteral("crm.objects.owners.read"), QStringLiteral("crm.objects.contacts.read"),
            QStringLiteral("crm.lists.read")};
}

void PortalConnector::start(const ConnectRequest &request)
{
    if (m_running)
        return;
    m_request = request;
    m_request.token = request.token.trimmed();
    if (m_request.token.isEmpty())
        return failWith(tr("Paste the private app's access token."));
    ClientConfig config;
    config.baseUrl = m_request.baseUrl;
    config.apiVersion = m_request.apiVersion;
    config.maxRetries = 2;
    config.timeoutMs = 20000;
    m_client = std::make_unique<HubSpotClient>(m_nam, config);
    if (!m_client->isValid())
        return failWith(m_client->configError());
    m_client->setAccessToken(m_request.token);
    m_running = true;
    emit stageChanged(tr("Checking the token…"));
    m_client->accountDetails(this, [this](Result<AccountDetails> r) {
        if (!r.ok())
            return fail(r.error());
        m_account = r.takeValue();
        checkOwners();
    });
}

void PortalConnector::checkOwners()
{
    emit stageChanged(tr("Reading the portal's users…"));
    m_client->owners(this, [this](Result<QList<Owner>> r) {
        if (!r.ok())
            return fail(r.error());
        for (const Owner &o : r.value()) {
            if (o.isActiveUser())
                return checkSequences(QString::number(*o.userId));
        }
        failWith(tr("The portal has no active user who can own sequences."));
    });
}

void PortalConnector::checkSequences(const QString &userId)
{
    emit stageChanged(tr("Checking access to sequences…"));
    m_client->sequencesForUser(userId, this, [this](Result<QList<SequenceSummary>> r) {
        if (!r.ok())
            return fail(r.error());
        checkLists();
    });
}

void PortalConnector::checkLists()
{
    emit stageChanged(tr("Checking access to lists…"));
    ListSearchRequest search;
    search.count = 1;
    m_client->searchLists(search, this, [this](Result<ListSearchPage> r) {
        if (!r.ok()) {
            const ApiError &e = r.error();
            const bool refused = e.kind == ErrorKind::Fatal
                && (e.fatalReason == FatalReason::MissingScopes
                    || e.fatalReason == FatalReason::Forbidden);
            if (!refused)
                return fail(e);
            QStringList scopes = e.missingScopes();
            if (scopes.isEmpty())
                scopes = QStringList {endpointScope(Endpoint::ListsSearch)};
            emit warned(e.describe(), scopes);
        }
        storeToken();
    });
}

void PortalConnector::storeToken()
{
    emit stageChanged(tr("Saving the token in the system keychain…"));
    const QString portalId = QString::number(m_account.portalId);
    m_secrets->write(Secrets::SecretStore::portalTokenKey(portalId), m_request.token, this,
                     [this](const Secrets::SecretResult &w) {
                         if (!w.ok())
                             return failWith(w.message);
                         m_running = false;
                         emit succeeded(m_account);
                     });
}

void PortalConnector::fail(const ApiError &error)
{
    m_running = false;
    const QStringList scopes
        = error.fatalReason == FatalReason::MissingScopes ? error.missingScopes() : QStringList();
    emit failed(error.describe(), scopes);
}

void PortalConnector::failWith(const QString &message)
{
    m_running = false;
    emit failed(message, {});
}

} // namespace SeqDesk::Sync
