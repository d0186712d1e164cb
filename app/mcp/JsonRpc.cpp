#include "mcp/JsonRpc.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace SeqDesk::Mcp::JsonRpc {

namespace {

QByteArray line(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact); // escapes line breaks
}

Message invalid(int code, const QString &why, const QJsonValue &id = QJsonValue::Null)
{
    Message m;
    m.kind = Message::Kind::Invalid;
    m.errorCode = code;
    m.errorMessage = why;
    m.id = id;
    return m;
}

bool isValidId(const QJsonValue &id)
{
    return id.isString() || id.isDouble();
}

} // namespace

Message parse(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument reads objects and arrays only: a lone string or number is JSON too,
        // just not a request.
        QJsonParseError inArray;
        QJsonDocument::fromJson('[' + text + ']', &inArray);
        if (inArray.error == QJsonParseError::NoError)
            return invalid(InvalidRequest,
                           QStringLiteral("Invalid Request: a message is a JSON object"));
        return invalid(ParseError, QStringLiteral("Parse error: %1").arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return invalid(InvalidRequest,
                       QStringLiteral("Invalid Request: a message is a JSON object (batches are "
                                      "not supported)"));
    const QJsonObject o = doc.object();
    const QJsonValue id = o.value(QStringLiteral("id"));
    const bool hasId = o.contains(QStringLiteral("id"));
    const QJsonValue replyId = hasId && isValidId(id) ? id : QJsonValue(QJsonValue::Null);
    if (o.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0"))
        return invalid(InvalidRequest, QStringLiteral("Invalid Request: jsonrpc must be \"2.0\""),
                       replyId);
    if (hasId && !isValidId(id))
        return invalid(InvalidRequest,
                       QStringLiteral("Invalid Request: id must be a string or a number"));
    Message m;
    m.id = replyId;
    if (!o.contains(QStringLiteral("method"))) {
        if (hasId
            && (o.contains(QStringLiteral("result")) || o.contains(QStringLiteral("error")))) {
            m.kind = Message::Kind::Response; // answers to requests this server never sends
            return m;
        }
        return invalid(InvalidRequest, QStringLiteral("Invalid Request: no method"), replyId);
    }
    const QJsonValue method = o.value(QStringLiteral("method"));
    if (!method.isString() || method.toString().isEmpty())
        return invalid(InvalidRequest, QStringLiteral("Invalid Request: method must be a string"),
                       replyId);
    m.method = method.toString();
    const QJsonValue params = o.value(QStringLiteral("params"));
    if (!params.isUndefined() && !params.isNull()) {
        if (!params.isObject()) {
            // MCP's params are objects: by-position params are not understood.
            Message bad = invalid(
                InvalidParams, QStringLiteral("Invalid params: params must be an object"), replyId);
            bad.method = m.method;
            bad.kind = hasId ? Message::Kind::Invalid : Message::Kind::Notification;
            return bad;
        }
        m.params = params.toObject();
    }
    m.kind = hasId ? Message::Kind::Request : Message::Kind::Notification;
    return m;
}

QByteArray result(const QJsonValue &id, const QJsonObject &result)
{
    return line({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                 {QStringLiteral("id"), id},
                 {QStringLiteral("result"), result}});
}

QByteArray error(const QJsonValue &id, int code, const QString &message)
{
    return line(
        {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
         {QStringLiteral("id"), id},
         {QStringLiteral("error"),
          QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

QByteArray notification(const QString &method, const QJsonObject &params)
{
    return line({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                 {QStringLiteral("method"), method},
                 {QStringLiteral("params"), params}});
}

QString idKey(const QJsonValue &id)
{
    if (id.isString())
        return QLatin1Char('s') + id.toString();
    return QLatin1Char('n') + QString::number(id.toDouble(), 'g', 17);
}

} // namespace SeqDesk::Mcp::JsonRpc
