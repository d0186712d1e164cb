#include "sandbox/ListGrowth.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace SeqDesk::Sandbox {

namespace {

bool inRange(qint64 count, qint64 minutes)
{
    return count >= 1 && count <= ListGrowthRule::maxCount && minutes >= 1
        && minutes <= ListGrowthRule::maxMinutes;
}

// A JSON number that is a whole number, or -1.
qint64 whole(const QJsonValue &v)
{
    const double d = v.toDouble(std::nan(""));
    return v.isDouble() && d == std::floor(d) && d >= 0 && d <= 1e12 ? qint64(d) : -1;
}

} // namespace

std::optional<ListGrowthRule> ListGrowthRule::fromText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d{1,15}):)?(\\d{1,9})/(\\d{1,9})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    ListGrowthRule rule;
    rule.listId = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
    const qint64 count = m.captured(2).toLongLong();
    const qint64 minutes = m.captured(3).toLongLong();
    if ((!m.captured(1).isEmpty() && rule.listId <= 0) || !inRange(count, minutes))
        return std::nullopt;
    rule.count = int(count);
    rule.everyMinutes = int(minutes);
    return rule;
}

QString ListGrowthRule::toText() const
{
    const QString tail = QStringLiteral("%1/%2").arg(count).arg(everyMinutes);
    return listId > 0 ? QString::number(listId) + QLatin1Char(':') + tail : tail;
}

std::optional<ListGrowthRule> ListGrowthRule::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return fromText(value.toString());
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("listId") && it.key() != QLatin1String("count")
            && it.key() != QLatin1String("everyMinutes"))
            return std::nullopt;
    }
    ListGrowthRule rule;
    const QJsonValue id = o.value(QStringLiteral("listId"));
    bool ok = true;
    if (id.isString())
        rule.listId = id.toString().toLongLong(&ok);
    else if (!id.isUndefined() && !id.isNull())
        rule.listId = whole(id);
    const qint64 count = whole(o.value(QStringLiteral("count")));
    const qint64 minutes = whole(o.value(QStringLiteral("everyMinutes")));
    if (!ok || rule.listId < 0 || (!id.isUndefined() && !id.isNull() && rule.listId == 0)
        || !inRange(count, minutes))
        return std::nullopt;
    rule.count = int(count);
    rule.everyMinutes = int(minutes);
    return rule;
}

QJsonObject ListGrowthRule::toJson() const
{
    QJsonObject o {{QStringLiteral("count"), count},
                   {QStringLiteral("everyMinutes"), everyMinutes}};
    if (listId > 0)
        o.insert(QStringLiteral("listId"), QString::number(listId));
    return o;
}

QString ListGrowthRule::expected()
{
    return QCoreApplication::translate("ListGrowth",
                                       "[LISTID:]N/MINUTES (N from 1 to %1 contacts every MINUTES "
                                       "from 1 to %2; without LISTID the first DYNAMIC contact "
                                       "list)")
        .arg(maxCount)
        .arg(maxMinutes);
}

} // namespace SeqDesk::Sandbox
