#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>

namespace SeqDesk::Mcp {

// One tools/call in progress: its arguments, its progress notifications (when the client
// asked for them with a progress token) and its one result. A tool's helpers are children of
// the call, so they go when it ends; after cancel() nothing it sends reaches the client.
class ToolCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolCall)

public:
    ToolCall(const QString &name, const QJsonObject &arguments, const QJsonValue &progressToken,
             QObject *parent = nullptr);
    ~ToolCall() override;

    QString name() const { return m_name; }
    const QJsonObject &arguments() const { return m_arguments; }
    bool isCancelled() const { return m_cancelled; }
    bool isDone() const { return m_done; }

    // notifications/progress, when the client gave a progress token; `total` 0: unknown.
    // Progress only grows: a smaller `done` than the last one is not sent.
    void progress(double done, double total, const QString &message);
    // The result: `text` for people and older clients, `structured` (structuredContent)
    // for programs. Once; not after cancel().
    void succeed(const QString &text, const QJsonObject &structured);
    // A tool error (isError: true): `text` says what went wrong and what to do.
    void fail(const QString &text);

    // The client cancelled the request (notifications/cancelled): cancelled() tells the tool
    // to stop; no result is sent any more.
    void cancel();

signals:
    void progressed(const QJsonObject &params);
    void finished(const QJsonObject &result);
    void cancelled();

private:
    void end(const QJsonObject &result);

    QString m_name;
    QJsonObject m_arguments;
    QJsonValue m_progressToken;
    double m_lastProgress = -1;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace SeqDesk::Mcp
