// The seqdesk-sandbox process of one cell, and its inspection and control routes.
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace SeqDesk::Fault {

class SandboxProcess final
{
public:
    ~SandboxProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    bool start(const QString &program, const QStringList &args, QString *error)
    {
        m_process.start(program, args);
        if (!m_process.waitForStarted()) {
            *error = QStringLiteral("seqdesk-sandbox did not start");
            return false;
        }
        QElapsedTimer waited;
        waited.start();
        while (!m_process.canReadLine() && waited.elapsed() < 10000)
            m_process.waitForReadyRead(100);
        base = QUrl(QString::fromUtf8(m_process.readLine()).trimmed());
        if (!base.isValid() || base.scheme() != QLatin1String("http")) {
            *error = QStringLiteral("seqdesk-sandbox printed no base URL: %1")
                         .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed());
            return false;
        }
        return true;
    }

    QJsonObject call(const QString &path, const QJsonObject *body = nullptr)
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply
            = body ? m_nam.post(request, QJsonDocument(*body).toJson()) : m_nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const QByteArray data = reply->isFinished() ? reply->readAll() : QByteArray();
        reply->deleteLater();
        return QJsonDocument::fromJson(data).object();
    }

    bool control(const QJsonObject &body)
    {
        return !call(QStringLiteral("/_sandbox/control"), &body)
                    .contains(QStringLiteral("message"));
    }

    int accepted()
    {
        return call(QStringLiteral("/_sandbox/enrollments"))
            .value(QStringLiteral("total"))
            .toInt(-1);
    }

    QUrl base;

private:
    QProcess m_process;
    QNetworkAccessManager m_nam;
};

} // namespace SeqDesk::Fault
