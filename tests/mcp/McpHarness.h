#pragma once

// The real seqdesk-cli --mcp (a QProcess, spoken to through its stdin and stdout pipes)
// against the real seqdesk-sandbox over loopback, in a temporary HOME (tst_mcpserver,
// tst_mcpkill). Every wait is for a message or a state, never a fixed sleep.
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace McpTest {

inline const QString kToken = QStringLiteral("pat-na1-00000000-demo-0000-0000-000000000000");

inline QString binary(const char *name)
{
    return QStringLiteral(SEQDESK_BIN_DIR "/") + QLatin1String(name);
}

// The sandbox process and what the test knows of its seeded data (the same model in
// process, built from the same configuration).
class Sandbox final
{
    Q_DISABLE_COPY_MOVE(Sandbox)
public:
    explicit Sandbox(int listMembers = 0)
        : listMembers(listMembers)
    {
        SeqDesk::Sandbox::SandboxConfig config;
        config.listMembers = listMembers;
        model = std::make_unique<SeqDesk::Sandbox::SandboxServer>(config);
    }
    ~Sandbox()
    {
        process.kill();
        process.waitForFinished();
    }

    bool start(const QStringList &extra = {})
    {
        QStringList args {QStringLiteral("--port"), QStringLiteral("0")};
        if (listMembers > 0)
            args << QStringLiteral("--list-members") << QString::number(listMembers);
        process.start(binary("seqdesk-sandbox"), args + extra);
        if (!process.waitForStarted())
            return false;
        QElapsedTimer t;
        t.start();
        while (!process.canReadLine() && t.elapsed() < 10000)
            process.waitForReadyRead(100);
        base = QUrl(QString::fromUtf8(process.readLine()).trimmed());
        return base.isValid() && base.scheme() == QLatin1String("http");
    }

    QJsonObject get(const QString &path)
    {
        QNetworkReply *reply = nam.get(QNetworkRequest(base.resolved(QUrl(path))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    bool control(const QJsonObject &body)
    {
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/_sandbox/control"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply
            = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        reply->deleteLater();
        return reply->error() == QNetworkReply::NoError;
    }
    // How many enrollments the sandbox accepted for each contact id.
    QHash<QString, int> enrollments()
    {
        QHash<QString, int> times;
        const QJsonArray all = get(QStringLiteral("/_sandbox/enrollments"))
                                   .value(QStringLiteral("results"))
                                   .toArray();
        for (const QJsonValue &v : all)
            ++times[v.toObject().value(QStringLiteral("contactId")).toString()];
        return times;
    }
    int accepted()
    {
        return get(QStringLiteral("/_sandbox/enrollments"))
            .value(QStringLiteral("total"))
            .toInt(-1);
    }

    const SeqDesk::Sandbox::PortalData &data() const { return model->state().data(); }
    QString sequence(int n = 0) const
    {
        for (const auto &s : data().sequences) {
            if (s.shared && !s.steps.isEmpty() && n-- == 0)
                return QString::number(s.id);
        }
        return QString();
    }
    QString sender() const { return data().owners.at(0).inboxes.value(0); }
    QStringList contactsOfKind(SeqDesk::Sandbox::ContactKind kind, int n, int skip = 0) const
    {
        QStringList ids;
        for (const auto &c : data().contacts) {
            if (c.kind == kind && ids.size() < n && skip-- <= 0)
                ids << QString::number(c.id);
        }
        return ids;
    }

    int listMembers;
    std::unique_ptr<SeqDesk::Sandbox::SandboxServer> model;
    QProcess process;
    QUrl base;
    QNetworkAccessManager nam;
};

// One seqdesk-cli --mcp process and the messages it sent.
class Server final
{
    Q_DISABLE_COPY_MOVE(Server)
public:
    Server() = default;
    ~Server()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }

    // `envToken`: HUBSPOT_ACCESS_TOKEN is the sandbox's token; else unset (the keychain).
    bool start(const QString &home, const QUrl &base, const QStringList &extra = {},
               bool envToken = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.remove(QStringLiteral("HUBSPOT_ACCESS_TOKEN"));
        if (envToken)
            env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), kToken);
        process.setProcessEnvironment(env);
        process.start(
            binary("seqdesk-cli"),
            QStringList {QStringLiteral("--mcp"), QStringLiteral("--base-url"), base.toString()}
                + extra);
        return process.waitForStarted();
    }

    void sendRaw(const QByteArray &line) { process.write(line + '\n'); }
    void send(const QJsonObject &message)
    {
        sendRaw(QJsonDocument(message).toJson(QJsonDocument::Compact));
    }
    int request(const QString &method, const QJsonObject &params = {})
    {
        const int id = ++lastId;
        send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
              {QStringLiteral("id"), id},
              {QStringLiteral("method"), method},
              {QStringLiteral("params"), params}});
        return id;
    }
    void notify(const QString &method, const QJsonObject &params = {})
    {
        send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
              {QStringLiteral("method"), method},
              {QStringLiteral("params"), params}});
    }

    // Reads what arrived; every line must be one JSON-RPC message.
    bool pump(int waitMs)
    {
        if (!process.canReadLine())
            process.waitForReadyRead(waitMs);
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            everything += line + '\n';
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                badLines << line;
                continue;
            }
            const QJsonObject m = doc.object();
            if (m.contains(QStringLiteral("id")))
                responses.append(m);
            else
                notifications.append(m);
        }
        return process.state() == QProcess::Running;
    }
    // The answer to request `id` (the whole message), or an empty object after `timeoutMs`.
    QJsonObject response(const QJsonValue &id, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            for (qsizetype i = 0; i < responses.size(); ++i) {
                if (responses.at(i).value(QStringLiteral("id")) == id)
                    return responses.takeAt(i);
            }
            if (t.elapsed() > timeoutMs || !pump(50))
                return {};
        }
    }
    QJsonObject initialize(const QString &version = QStringLiteral("2025-11-25"))
    {
        const int id = request(QStringLiteral("initialize"),
                               {{QStringLiteral("protocolVersion"), version},
                                {QStringLiteral("capabilities"), QJsonObject()},
                                {QStringLiteral("clientInfo"),
                                 QJsonObject {{QStringLiteral("name"), QStringLiteral("tst_mcp")},
                                              {QStringLiteral("version"), QStringLiteral("1")}}}});
        const QJsonObject r = response(id).value(QStringLiteral("result")).toObject();
        notify(QStringLiteral("notifications/initialized"));
        return r;
    }
    // tools/call's result (content, structuredContent, isError); `progressToken` when set.
    int startCall(const QString &tool, const QJsonObject &arguments,
                  const QJsonValue &progressToken = QJsonValue())
    {
        QJsonObject params {{QStringLiteral("name"), tool},
                            {QStringLiteral("arguments"), arguments}};
        if (!progressToken.isNull() && !progressToken.isUndefined())
            params.insert(QStringLiteral("_meta"),
                          QJsonObject {{QStringLiteral("progressToken"), progressToken}});
        return request(QStringLiteral("tools/call"), params);
    }
    QJsonObject call(const QString &tool, const QJsonObject &arguments = {}, int timeoutMs = 60000)
    {
        return response(startCall(tool, arguments), timeoutMs)
            .value(QStringLiteral("result"))
            .toObject();
    }

    QProcess process;
    int lastId = 0;
    QList<QJsonObject> responses; // not taken yet
    QList<QJsonObject> notifications;
    QList<QByteArray> badLines; // stdout lines that were not a JSON-RPC message
    QByteArray everything; // every stdout line read
};

inline bool isError(const QJsonObject &result)
{
    return result.value(QStringLiteral("isError")).toBool();
}
inline QString text(const QJsonObject &result)
{
    return result.value(QStringLiteral("content"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("text"))
        .toString();
}
inline QJsonObject data(const QJsonObject &result)
{
    return result.value(QStringLiteral("structuredContent")).toObject();
}

// Polls get_job until the job left `running` (or `timeoutMs`); its last structuredContent.
inline QJsonObject waitForJobEnd(Server &server, qint64 jobId, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    QJsonObject job;
    while (t.elapsed() < timeoutMs) {
        job = data(server.call(QStringLiteral("get_job"), {{QStringLiteral("jobId"), jobId}}));
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state != QLatin1String("running") && state != QLatin1String("draft")
            && !job.value(QStringLiteral("runningHere")).toBool())
            return job;
        server.pump(100); // a tenth of a second between reads: not a condition, a pace
    }
    return job;
}

// The preview file the server saved (under the temporary HOME).
inline QString previewFile(const QString &home, const QString &previewId)
{
    QDirIterator it(home, {previewId + QStringLiteral(".json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace McpTest
