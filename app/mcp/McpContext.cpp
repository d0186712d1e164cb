#include "mcp/McpContext.h"

#include "cli/EnrollChecks.h"
#include "core/Redactor.h"
#include "hubspot/HubSpotClient.h"
#include "jobs/JobRunner.h"

#include <QDir>

namespace SeqDesk::Mcp {

McpContext::McpContext(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                       const Cli::CliOptions &options, const QString &dataDirectory,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_options(options)
    , m_previews(QDir(dataDirectory).filePath(QStringLiteral("mcp-previews")))
{
    // The runner of the app, on this server's client: jobs of the token's portal only.
    m_jobs = std::make_unique<Jobs::JobRunner>(
        [this](const QString &portalId, QObject *context,
               Sync::PortalSession::ClientCallback done) {
            withPortal(context, [this, portalId, done](const QString &own, const QString &error) {
                if (own.isEmpty())
                    return done(nullptr, error);
                if (own != portalId)
                    return done(nullptr,
                                tr("The job belongs to portal %1; this server's token is for "
                                   "portal %2. Start seqdesk-cli --mcp with that portal's token "
                                   "to go on with it.")
                                    .arg(portalId, own));
                // Not owned by the runner: the client outlives it.
                done(std::shared_ptr<HubSpot::HubSpotClient>(m_client,
                                                             [](HubSpot::HubSpotClient *) {}),
                     QString());
            });
        },
        store, nullptr, this);
    m_jobs->setLockDirectory(dataDirectory);
    m_jobs->setCheckInterval(0); // jobs go on when the assistant resumes them
}

McpContext::~McpContext() = default;

void McpContext::withPortal(QObject *context, PortalCallback done)
{
    if (!m_portalId.isEmpty())
        return done(m_portalId, QString());
    Cli::ensurePortalRow(m_client, m_store, m_options.apiVersion, m_options.baseUrl, context,
                         [this, done](const Cli::PortalCheck &check) {
                             if (check.apiError)
                                 return done(QString(), describe(*check.apiError));
                             if (!check.storeError.isEmpty())
                                 return done(
                                     QString(),
                                     tr("SeqDesk's local mirror failed: %1").arg(check.storeError));
                             m_portalId = check.portalId;
                             done(m_portalId, QString());
                         });
}

QString McpContext::describe(const HubSpot::ApiError &error)
{
    return Redactor::scrub(error.describe());
}

} // namespace SeqDesk::Mcp
