#include "mcp/McpServer.h"

#include "mcp/JsonRpc.h"
#include "mcp/ToolCall.h"
#include "mcp/ToolRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

namespace SeqDesk::Mcp {

Q_LOGGING_CATEGORY(lcMcp, "seqdesk.mcp")

McpServer::McpServer(const ToolRegistry *tools, const QString &instructions, QObject *parent)
    : QObject(parent)
    , m_tools(tools)
    , m_instructions(instructions)
{ }

McpServer::~McpServer()
{
    for (const QPointer<ToolCall> &call : std::as_const(m_calls))
        delete call.data();
}

QStringList McpServer::protocolVersions()
{
    return {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18")};
}

void McpServer::receive(const QByteArray &line)
{
    const JsonRpc::Message m = JsonRpc::parse(line);
    switch (m.kind) {
    case JsonRpc::Message::Kind::Invalid:
        qCInfo(lcMcp).noquote() << "refused:" << m.errorMessage;
        return emit send(JsonRpc::error(m.id, m.errorCode, m.errorMessage));
    case JsonRpc::Message::Kind::Response:
        return; // this server sends no requests
    case JsonRpc::Message::Kind::Notification:
        return notification(m);
    case JsonRpc::Message::Kind::Request:
        return request(m);
    }
}

void McpServer::notification(const JsonRpc::Message &m)
{
    if (m.method != QLatin1String("notifications/cancelled"))
        return; // notifications/initialized and others: nothing to answer
    const QJsonValue requestId = m.params.value(QStringLiteral("requestId"));
    if (!requestId.isString() && !requestId.isDouble())
        return;
    const QPointer<ToolCall> call = m_calls.take(JsonRpc::idKey(requestId));
    if (!call)
        return; // finished already, or never known
    qCInfo(lcMcp).noquote() << "cancelled:" << call->name();
    call->cancel();
    call->deleteLater();
}

void McpServer::request(const JsonRpc::Message &m)
{
    if (m.method == QLatin1String("initialize"))
        return initialize(m);
    if (m.method == QLatin1String("ping"))
        return emit send(JsonRpc::result(m.id, {}));
    if (m.method == QLatin1String("tools/list")) {
        return emit send(JsonRpc::result(m.id, {{QStringLiteral("tools"), m_tools->list()}}));
    }
    if (m.method == QLatin1String("tools/call"))
        return callTool(m);
    emit send(JsonRpc::error(m.id, JsonRpc::MethodNotFound,
                             QStringLiteral("Method not found: %1").arg(m.method)));
}

void McpServer::initialize(const JsonRpc::Message &m)
{
    const QJsonValue asked = m.params.value(QStringLiteral("protocolVersion"));
    if (!asked.isString()) {
        return emit send(JsonRpc::error(
            m.id, JsonRpc::InvalidParams,
            QStringLiteral("Invalid params: initialize needs protocolVersion (a string)")));
    }
    // The client's version when spoken here, else the newest one (the client decides).
    const QString version = protocolVersions().contains(asked.toString())
        ? asked.toString()
        : protocolVersions().constFirst();
    const QJsonObject clientInfo = m.params.value(QStringLiteral("clientInfo")).toObject();
    qCInfo(lcMcp).noquote() << "initialize:" << clientInfo.value(QStringLiteral("name")).toString()
                            << "asked" << asked.toString() << "speaking" << version;
    emit send(JsonRpc::result(
        m.id,
        {{QStringLiteral("protocolVersion"), version},
         {QStringLiteral("capabilities"),
          QJsonObject {
              {QStringLiteral("tools"), QJsonObject {{QStringLiteral("listChanged"), false}}}}},
         {QStringLiteral("serverInfo"),
          QJsonObject {{QStringLiteral("name"), QStringLiteral("seqdesk")},
                       {QStringLiteral("title"), QStringLiteral("SeqDesk")},
                       {QStringLiteral("version"), QCoreApplication::applicationVersion()}}},
         {QStringLiteral("instructions"), m_instructions}}));
}

void McpServer::callTool(const JsonRpc::Message &m)
{
    const QJsonValue name = m.params.value(QStringLiteral("name"));
    const QJsonValue arguments = m.params.value(QStringLiteral("arguments"));
    if (!name.isString()) {
        return emit send(
            JsonRpc::error(m.id, JsonRpc::InvalidParams,
                           QStringLiteral("Invalid params: tools/call needs name (a string)")));
    }
    if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isObject()) {
        return emit send(
            JsonRpc::error(m.id, JsonRpc::InvalidParams,
                           QStringLiteral("Invalid params: arguments must be an object")));
    }
    const Tool *tool = m_tools->find(name.toString());
    if (!tool) {
        return emit send(
            JsonRpc::error(m.id, JsonRpc::InvalidParams,
                           QStringLiteral("Unknown tool: %1 (tools/list names them: %2)")
                               .arg(name.toString(), m_tools->names().join(QStringLiteral(", ")))));
    }
    const QString key = JsonRpc::idKey(m.id);
    if (m_calls.value(key)) {
        return emit send(JsonRpc::error(
            m.id, JsonRpc::InvalidRequest,
            QStringLiteral("Invalid Request: a request with this id is still running")));
    }
    const QJsonValue progressToken
        = m.params.value(QStringLiteral("_meta")).toObject().value(QStringLiteral("progressToken"));
    auto *call = new ToolCall(tool->name, arguments.toObject(), progressToken, this);
    m_calls.insert(key, call);
    connect(call, &ToolCall::progressed, this, [this](const QJsonObject &params) {
        emit send(JsonRpc::notification(QStringLiteral("notifications/progress"), params));
    });
    connect(call, &ToolCall::finished, this, [this, key, id = m.id, call](const QJsonObject &r) {
        if (m_calls.value(key) == call)
            m_calls.remove(key);
        emit send(JsonRpc::result(id, r));
        call->deleteLater();
    });
    qCInfo(lcMcp).noquote() << "call:" << tool->name;
    tool->run(call);
}

} // namespace SeqDesk::Mcp
