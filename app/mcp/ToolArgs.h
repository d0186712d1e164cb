#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace SeqDesk::Mcp {

// A tool's arguments, read with their checks: the first problem is kept, worded for the
// assistant to correct its call (a tool error, not a protocol error).
class ToolArgs final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Mcp::ToolArgs)

public:
    // `known`: the argument names the tool takes; any other is a problem.
    ToolArgs(const QJsonObject &arguments, const QStringList &known);

    bool has(const QString &name) const { return m_args.contains(name); }
    // A HubSpot id: digits, as a string or a whole number. Empty when absent (a problem when
    // `required`) or wrong.
    QString id(const QString &name, bool required);
    // Text, trimmed, at most `maxLength` characters; empty when absent.
    QString text(const QString &name, bool required, int maxLength = 200);
    // An array of ids, or of texts; nullopt when absent or wrong.
    std::optional<QStringList> ids(const QString &name, int maxItems);
    std::optional<QStringList> texts(const QString &name, int maxItems);
    std::optional<int> integer(const QString &name, int minimum, int maximum);
    std::optional<bool> boolean(const QString &name);
    // One of `values`; empty when absent.
    QString choice(const QString &name, const QStringList &values);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void problem(const QString &text); // keeps the first

private:
    QJsonObject m_args;
    QString m_error;
};

} // namespace SeqDesk::Mcp
