#include "HttpProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

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
