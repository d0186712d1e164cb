#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace SeqDesk::Sandbox {

// A request as the handlers see it: copied out of QHttpServerRequest on arrival.
struct SandboxRequest
{
    QByteArray method; // GET, POST, ...
    QString path; // trailing slash already stripped
    QUrlQuery query;
    QByteArray contentType;
    QByteArray authorization;
    QByteArray host; // the Host header as sent; null when there was none
    QByteArray body;
    bool closeConnection = false;
    QString baseUrl; // http://127.0.0.1:port, for paging links
};

struct Reply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json;charset=utf-8");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(int status, const QJsonObject &object)
    {
        Reply r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace SeqDesk::Sandbox
