#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// One growth schedule of a DYNAMIC contact list (--list-growth, settings.listGrowth): every
// everyMinutes of the sandbox's clock, `count` eligible contacts join the list.
namespace SeqDesk::Sandbox {

struct ListGrowthRule
{
    static constexpr int maxCount = 100000;
    static constexpr int maxMinutes = 10080; // a week

    qint64 listId = 0; // 0: the portal's first DYNAMIC contact list
    int count = 0; // 1..maxCount
    int everyMinutes = 0; // 1..maxMinutes

    bool operator==(const ListGrowthRule &other) const
    {
        return listId == other.listId && count == other.count && everyMinutes == other.everyMinutes;
    }
    bool operator!=(const ListGrowthRule &other) const { return !(*this == other); }

    // "[LISTID:]N/MINUTES", e.g. "5/10" or "111:5/10"; nullopt when malformed or out of range.
    static std::optional<ListGrowthRule> fromText(const QString &text);
    QString toText() const;
    // {"listId": "111" (absent: the first DYNAMIC contact list), "count": 5,
    // "everyMinutes": 10}, or the text form as a JSON string.
    static std::optional<ListGrowthRule> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    // The accepted shapes, for error messages.
    static QString expected();
};

} // namespace SeqDesk::Sandbox
