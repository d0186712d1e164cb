#pragma once

#include "cli/CliOptions.h"
#include "mcp/PreviewStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace SeqDesk::HubSpot {
class HubSpotClient;
struct ApiError;
} // namespace SeqDesk::HubSpot
namespace SeqDesk::Store {
class StoreWorker;
}
namespace SeqDesk::Jobs {
class JobRunner;
}

namespace SeqDesk::Mcp {

// What the tools work with, built once per server from what seqdesk-cli settled (the client
// of the token, the mirror, the options): the token's portal (asked once), the job runner
// that runs the jobs started here and resumed here, and the previews. Not owned: the client
// and the store.
class McpContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpContext)

public:
    // `dataDirectory`: the mirror's folder (job locks; previews in "mcp-previews").
    McpContext(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
               const Cli::CliOptions &options, const QString &dataDirectory,
               QObject *parent = nullptr);
    ~McpContext() override;

    HubSpot::HubSpotClient *client() const { return m_client; }
    Store::StoreWorker *store() const { return m_store; }
    Jobs::JobRunner *jobs() const { return m_jobs.get(); }
    PreviewStore &previews() { return m_previews; }
    const Cli::CliOptions &options() const { return m_options; }

    // The token's portal, with its row in the mirror; `done(portalId, error)` with a
    // translated error (what to do) when it cannot be had. Asked of HubSpot once.
    using PortalCallback = std::function<void(const QString &portalId, const QString &error)>;
    void withPortal(QObject *context, PortalCallback done);

    // HubSpot's error as a tool's text: what went wrong and what to do (no token in it).
    static QString describe(const HubSpot::ApiError &error);

private:
    HubSpot::HubSpotClient *m_client;
    Store::StoreWorker *m_store;
    Cli::CliOptions m_options;
    PreviewStore m_previews;
    std::unique_ptr<Jobs::JobRunner> m_jobs;
    QString m_portalId;
};

} // namespace SeqDesk::Mcp
