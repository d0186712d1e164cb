#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace SeqDesk::Mcp {

class ToolCall;
class ToolRegistry;
namespace JsonRpc {
struct Message;
}

// The MCP server's protocol: lifecycle (initialize with version negotiation, ping), tools
// (tools/list, tools/call with progress and cancellation) and JSON-RPC's errors for what is
// not a valid request. Lines in (receive), lines out (send); the transport is elsewhere.
// A tool that fails answers a result with isError; nothing a client sends stops the server.
class McpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpServer)

public:
    // Not owned.
    McpServer(const ToolRegistry *tools, const QString &instructions, QObject *parent = nullptr);
    ~McpServer() override;

    // The protocol versions spoken, newest first.
    static QStringList protocolVersions();

    void receive(const QByteArray &line);
    // Calls still running.
    int callsInFlight() const { return int(m_calls.size()); }

signals:
    void send(const QByteArray &line);

private:
    void request(const JsonRpc::Message &m);
    void notification(const JsonRpc::Message &m);
    void initialize(const JsonRpc::Message &m);
    void callTool(const JsonRpc::Message &m);

    const ToolRegistry *m_tools;
    QString m_instructions;
    QHash<QString, QPointer<ToolCall>> m_calls; // by request id (JsonRpc::idKey)
};

} // namespace SeqDesk::Mcp
