#include "HttpProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

QByteArray HttpProbe::demoToken()
{
    return QByteArrayLiteral("pat-na1-00000000-demo-0000-0000-000000000000");
}

QByteArray ProbeResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool ProbeResult::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString ProbeResult::errorIn() const
{
    return json.value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("in"))
        .toString();
}

HttpProbe::HttpProbe(const QUrl &baseUrl, const QByteArray &token)
    : m_base(baseUrl)
    , m_token(token)
{ }

QNetworkRequest HttpProbe::request(const QString &pathAndQuery) const
{
    QNetworkRequest r(QUrl(m_base.toString() + pathAndQuery));
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token);
    return r;
}

ProbeResult HttpProbe::finish(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(timeoutMs);
    }
    ProbeResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    r.validJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    reply->deleteLater();
    return r;
}

QNetworkReply *HttpProbe::startGet(const QString &pathAndQuery)
{
    return m_manager.get(request(pathAndQuery));
}

ProbeResult HttpProbe::get(const QString &pathAndQuery)
{
    return finish(startGet(pathAndQuery));
}

ProbeResult HttpProbe::post(const QString &pathAndQuery, const QByteArray &body,
                            const QByteArray &contentType)
{
    QNetworkRequest r = request(pathAndQuery);
    if (!contentType.isEmpty())
        r.setRawHeader("Content-Type", contentType);
    return finish(m_manager.post(r, body));
}

ProbeResult HttpProbe::postJson(const QString &pathAndQuery, const QJsonObject &body)
{
    return post(pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ProbeResult HttpProbe::put(const QString &pathAndQuery, const QByteArray &body,
                           const QByteArray &contentType)
{
    QNetworkRequest r = request(pathAndQuery);
    if (!contentType.isEmpty())
        r.setRawHeader("Content-Type", contentType);
    return finish(m_manager.put(r, body));
}

ProbeResult HttpProbe::putJson(const QString &pathAndQuery, const QJsonDocument &body)
{
    return put(pathAndQuery, body.toJson(QJsonDocument::Compact));
}

ProbeResult HttpProbe::raw(quint16 port, const QByteArray &request, int timeoutMs)
{
    // The server may run on this thread: wait with its events going on, never blocking.
    ProbeResult r;
    QTcpSocket socket;
    QByteArray data;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&socket, &data] { data += socket.readAll(); });
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; },
                         timeoutMs))
        return r;
    socket.write(request);
    qsizetype headEnd = -1;
    qsizetype length = -1;
    const auto complete = [&] {
        if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray &line : data.left(headEnd).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed();
                r.headers.append({name, line.mid(colon + 1).trimmed()});
                if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
        }
        return (headEnd >= 0 && length >= 0 && data.size() >= headEnd + 4 + length)
            || socket.state() == QAbstractSocket::UnconnectedState;
    };
    [[maybe_unused]] const bool done
        = QTest::qWaitFor(complete, timeoutMs); // a partial answer is parsed too
    complete();
    if (headEnd < 0)
        return r;
    const QList<QByteArray> statusLine = data.left(data.indexOf("\r\n")).split(' ');
    r.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    r.body = data.mid(headEnd + 4, length >= 0 ? length : -1);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    r.validJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    return r;
}
