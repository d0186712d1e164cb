#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// A tiny synchronous HTTP client for the sandbox suites (real loopback HTTP).
struct ProbeResult
{
    int status = 0; // 0 when the request failed at the network level
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    bool validJson = false;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // errors[0].in of a VALIDATION_ERROR
    QString errorIn() const;
};

class HttpProbe final
{
public:
    static QByteArray demoToken();

    explicit HttpProbe(const QUrl &baseUrl, const QByteArray &token = demoToken());

    void setToken(const QByteArray &token) { m_token = token; }
    ProbeResult get(const QString &pathAndQuery);
    ProbeResult post(const QString &pathAndQuery, const QByteArray &body,
                     const QByteArray &contentType = "application/json");
    ProbeResult postJson(const QString &pathAndQuery, const QJsonObject &body);
    ProbeResult put(const QString &pathAndQuery, const QByteArray &body,
                    const QByteArray &contentType = "application/json");
    // PUT of a JSON document (an array for HubSpot's record id lists, or an object).
    ProbeResult putJson(const QString &pathAndQuery, const QJsonDocument &body);
    // Starts a request without waiting (for concurrency tests).
    QNetworkReply *startGet(const QString &pathAndQuery);
    static ProbeResult finish(QNetworkReply *reply, int timeoutMs = 10000);
    // Sends `request` as it is (headers of the test's choosing, or none: QNetworkAccessManager
    // always adds Host) to 127.0.0.1:`port` and reads one answer; status 0 when none came.
    static ProbeResult raw(quint16 port, const QByteArray &request, int timeoutMs = 10000);
    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkRequest request(const QString &pathAndQuery) const;

    QUrl m_base;
    QByteArray m_token;
    QNetworkAccessManager m_manager;
};
