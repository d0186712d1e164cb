#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace SeqDesk::HubSpot {
class HubSpotClient;
}
namespace SeqDesk::Store {
class StoreWorker;
}
namespace SeqDesk::Cli {
struct CliOptions;
}

namespace SeqDesk::Mcp {

class McpContext;
class McpServer;
class StdioTransport;
class ToolRegistry;

// seqdesk-cli --mcp: the MCP server with SeqDesk's tools on stdin and stdout, over the
// client, the mirror and the options seqdesk-cli settled. When the input ends, a job running
// here is paused (marked to go on at the next start, as when the app quits) and finished()
// follows.
class McpHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpHost)

public:
    // Not owned: `client`, `store`. `dataDirectory`: the mirror's folder.
    McpHost(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
            const Cli::CliOptions &options, const QString &dataDirectory,
            QObject *parent = nullptr);
    ~McpHost() override;

    // Reads `inputFd`, writes `outputFd`; false when they cannot be used.
    bool start(int inputFd = 0, int outputFd = 1);

signals:
    void finished(int exitCode);

private:
    void inputClosed();

    std::unique_ptr<ToolRegistry> m_tools;
    McpContext *m_context;
    McpServer *m_server;
    StdioTransport *m_transport = nullptr;
};

} // namespace SeqDesk::Mcp
