#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// JSON-RPC 2.0 as MCP's stdio transport carries it: one message per line. Pure functions.
namespace SeqDesk::Mcp::JsonRpc {

enum ErrorCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
};

struct Message
{
    enum class Kind { Request, Notification, Response, Invalid };
    Kind kind = Kind::Invalid;
    QJsonValue id; // Request, Response; Invalid: the id when one could be read, else null
    QString method;
    QJsonObject params; // absent params: empty
    // Invalid: ParseError or InvalidRequest, and why.
    int errorCode = InvalidRequest;
    QString errorMessage;
};

// One line read from the client.
Message parse(const QByteArray &line);

// One line to send (without its newline): never contains a line break.
QByteArray result(const QJsonValue &id, const QJsonObject &result);
QByteArray error(const QJsonValue &id, int code, const QString &message);
QByteArray notification(const QString &method, const QJsonObject &params);

// A key for an id (a string or a number), to find a request again (cancellation).
QString idKey(const QJsonValue &id);

} // namespace SeqDesk::Mcp::JsonRpc
