#include "sandbox/HttpWriter.h"

#include <QTcpSocket>

namespace SeqDesk::Sandbox::HttpWriter {

namespace {

QByteArray head(const Reply &reply, qsizetype contentLength, bool closeConnection)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &header : reply.headers)
        out += header.first + ": " + header.second + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 207:
        return "Multi-Status";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray serialize(const Reply &reply, bool closeConnection)
{
    return head(reply, reply.body.size(), closeConnection) + reply.body;
}

void write(QTcpSocket *socket, const Reply &reply, bool closeConnection)
{
    socket->write(serialize(reply, closeConnection));
    if (closeConnection)
        socket->disconnectFromHost();
}

void writeTruncated(QTcpSocket *socket, const Reply &reply)
{
    const qsizetype sent = reply.body.size() / 2;
    socket->write(head(reply, reply.body.size() + 16, false) + reply.body.left(sent));
    socket->disconnectFromHost();
}

Reply malformed(Reply reply)
{
    reply.body = reply.body.left(qMax<qsizetype>(1, reply.body.size() / 2));
    return reply;
}

} // namespace SeqDesk::Sandbox::HttpWriter
