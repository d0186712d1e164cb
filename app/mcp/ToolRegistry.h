#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace SeqDesk::Mcp {

class ToolCall;

// What a tool is for the client (tools/list) and what runs it.
struct Tool
{
    QString name; // fixed: clients and assistants call it by this name
    QString title;
    QString description; // translated: what it does, when to call it, what it returns
    QJsonObject inputSchema; // JSON Schema of its arguments
    bool readOnly = true; // annotations: readOnlyHint (destructiveHint for the others)
    bool idempotent = true;
    std::function<void(ToolCall *call)> run; // ends with call->succeed() or call->fail()
};

// The server's tools, in the order they were added.
class ToolRegistry final
{
public:
    void add(Tool tool);
    const Tool *find(const QString &name) const;
    // tools/list's "tools".
    QJsonArray list() const;
    QStringList names() const;

private:
    QList<Tool> m_tools;
};

// A JSON Schema object: `properties` (name: schema), the `required` ones; no other keys.
QJsonObject objectSchema(const QJsonObject &properties, const QStringList &required = {});
QJsonObject stringSchema(const QString &description);
QJsonObject integerSchema(const QString &description, int minimum, int maximum);

} // namespace SeqDesk::Mcp
