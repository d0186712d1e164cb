#include "mcp/ToolRegistry.h"

namespace SeqDesk::Mcp {

void ToolRegistry::add(Tool tool)
{
    m_tools.append(std::move(tool));
}

const Tool *ToolRegistry::find(const QString &name) const
{
    for (const Tool &t : m_tools) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QJsonArray ToolRegistry::list() const
{
    QJsonArray tools;
    for (const Tool &t : m_tools) {
        QJsonObject annotations {{QStringLiteral("title"), t.title},
                                 {QStringLiteral("readOnlyHint"), t.readOnly},
                                 {QStringLiteral("idempotentHint"), t.idempotent},
                                 {QStringLiteral("openWorldHint"), true}};
        if (!t.readOnly)
            annotations.insert(QStringLiteral("destructiveHint"), false);
        tools.append(QJsonObject {{QStringLiteral("name"), t.name},
                                  {QStringLiteral("title"), t.title},
                                  {QStringLiteral("description"), t.description},
                                  {QStringLiteral("inputSchema"), t.inputSchema},
                                  {QStringLiteral("annotations"), annotations}});
    }
    return tools;
}

QStringList ToolRegistry::names() const
{
    QStringList names;
    for (const Tool &t : m_tools)
        names << t.name;
    return names;
}

QJsonObject objectSchema(const QJsonObject &properties, const QStringList &required)
{
    QJsonObject schema {{QStringLiteral("type"), QStringLiteral("object")},
                        {QStringLiteral("properties"), properties},
                        {QStringLiteral("additionalProperties"), false}};
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    return schema;
}

QJsonObject stringSchema(const QString &description)
{
    return {{QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("description"), description}};
}

QJsonObject integerSchema(const QString &description, int minimum, int maximum)
{
    return {{QStringLiteral("type"), QStringLiteral("integer")},
            {QStringLiteral("description"), description},
            {QStringLiteral("minimum"), minimum},
            {QStringLiteral("maximum"), maximum}};
}

} // namespace SeqDesk::Mcp
