#include "mcp/ToolCall.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace SeqDesk::Mcp {

ToolCall::ToolCall(const QString &name, const QJsonObject &arguments,
                   const QJsonValue &progressToken, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_arguments(arguments)
    , m_progressToken(progressToken)
{ }

ToolCall::~ToolCall() = default;

void ToolCall::progress(double done, double total, const QString &message)
{
    if (m_done || m_cancelled || m_progressToken.isUndefined() || m_progressToken.isNull())
        return;
    if (done <= m_lastProgress)
        return;
    m_lastProgress = done;
    QJsonObject params {{QStringLiteral("progressToken"), m_progressToken},
                        {QStringLiteral("progress"), done}};
    if (total > 0)
        params.insert(QStringLiteral("total"), total);
    if (!message.isEmpty())
        params.insert(QStringLiteral("message"), message);
    emit progressed(params);
}

void ToolCall::succeed(const QString &text, const QJsonObject &structured)
{
    // The same data as text for clients that do not read structuredContent.
    const QString json
        = QString::fromUtf8(QJsonDocument(structured).toJson(QJsonDocument::Indented));
    end({{QStringLiteral("content"),
          QJsonArray {
              QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                           {QStringLiteral("text"), QString(text + QLatin1Char('\n') + json)}}}},
         {QStringLiteral("structuredContent"), structured},
         {QStringLiteral("isError"), false}});
}

void ToolCall::fail(const QString &text)
{
    end({{QStringLiteral("content"),
          QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                                   {QStringLiteral("text"), text}}}},
         {QStringLiteral("isError"), true}});
}

void ToolCall::cancel()
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    emit cancelled();
}

void ToolCall::end(const QJsonObject &result)
{
    if (m_done || m_cancelled)
        return;
    m_done = true;
    emit finished(result);
}

} // namespace SeqDesk::Mcp
