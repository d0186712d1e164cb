#pragma once

#include "sandbox/HttpTypes.h"

class QTcpSocket;

// Raw HTTP/1.1 answers written straight to the socket, including deliberately broken ones.
namespace SeqDesk::Sandbox::HttpWriter {

QByteArray reasonPhrase(int status);
QByteArray serialize(const Reply &reply, bool closeConnection);
void write(QTcpSocket *socket, const Reply &reply, bool closeConnection);
// Announces the full Content-Length, sends half the body, then closes the connection.
void writeTruncated(QTcpSocket *socket, const Reply &reply);
// Cuts the body in half (invalid JSON) but keeps the answer well-formed HTTP.
Reply malformed(Reply reply);

} // namespace SeqDesk::Sandbox::HttpWriter
