#include "mcp/ToolArgs.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace SeqDesk::Mcp {

namespace {

std::optional<QString> idOf(const QJsonValue &v)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (v.isString() && digits.match(v.toString().trimmed()).hasMatch())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d < 9.0e15 && std::floor(d) == d)
            return QString::number(qint64(d));
    }
    return std::nullopt;
}

} // namespace

ToolArgs::ToolArgs(const QJsonObject &arguments, const QStringList &known)
    : m_args(arguments)
{
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        if (!known.contains(it.key())) {
            problem(known.isEmpty()
                        ? tr("Unknown argument \"%1\": this tool takes no arguments.").arg(it.key())
                        : tr("Unknown argument \"%1\": this tool takes %2.")
                              .arg(it.key(), known.join(QStringLiteral(", "))));
            break;
        }
    }
}

void ToolArgs::problem(const QString &text)
{
    if (m_error.isEmpty())
        m_error = text;
}

QString ToolArgs::id(const QString &name, bool required)
{
    const QJsonValue v = m_args.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(tr("\"%1\" is missing.").arg(name));
        return QString();
    }
    const auto id = idOf(v);
    if (!id) {
        problem(tr("\"%1\" must be a HubSpot id: digits, such as \"712011983\".").arg(name));
        return QString();
    }
    return *id;
}

QString ToolArgs::text(const QString &name, bool required, int maxLength)
{
    const QJsonValue v = m_args.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(tr("\"%1\" is missing.").arg(name));
        return QString();
    }
    if (!v.isString()) {
        problem(tr("\"%1\" must be a string.").arg(name));
        return QString();
    }
    const QString t = v.toString().trimmed();
    if (t.size() > maxLength) {
        problem(tr("\"%1\" is longer than %2 characters.").arg(name).arg(maxLength));
        return QString();
    }
    if (t.isEmpty() && required)
        problem(tr("\"%1\" is empty.").arg(name));
    return t;
}

std::optional<QStringList> ToolArgs::ids(const QString &name, int maxItems)
{
    const QJsonValue v = m_args.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > maxItems) {
        problem(tr("\"%1\" must be an array of 1 to %2 HubSpot ids.").arg(name).arg(maxItems));
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        const auto id = idOf(item);
        if (!id) {
            problem(tr("\"%1\" must hold HubSpot ids only (digits, such as \"101\").").arg(name));
            return std::nullopt;
        }
        out << *id;
    }
    return out;
}

std::optional<QStringList> ToolArgs::texts(const QString &name, int maxItems)
{
    const QJsonValue v = m_args.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > maxItems) {
        problem(tr("\"%1\" must be an array of 1 to %2 strings.").arg(name).arg(maxItems));
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            problem(tr("\"%1\" must hold strings only.").arg(name));
            return std::nullopt;
        }
        out << item.toString().trimmed();
    }
    return out;
}

std::optional<int> ToolArgs::integer(const QString &name, int minimum, int maximum)
{
    const QJsonValue v = m_args.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || std::floor(d) != d || d < minimum || d > maximum) {
        problem(
            tr("\"%1\" must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return int(d);
}

std::optional<bool> ToolArgs::boolean(const QString &name)
{
    const QJsonValue v = m_args.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        problem(tr("\"%1\" must be true or false.").arg(name));
        return std::nullopt;
    }
    return v.toBool();
}

QString ToolArgs::choice(const QString &name, const QStringList &values)
{
    const QString t = text(name, false);
    if (!t.isEmpty() && !values.contains(t.toLower())) {
        problem(tr("\"%1\" must be one of %2.").arg(name, values.join(QStringLiteral(", "))));
        return QString();
    }
    return t.toLower();
}

} // namespace SeqDesk::Mcp
