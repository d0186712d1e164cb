#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace SeqDesk::Sandbox {

// Request counts for GET /_sandbox/stats. /_sandbox/ requests are not counted.
struct SandboxStats
{
    QMap<QString, int> requests; // route name -> requests that arrived
    QMap<QString, int> versions; // "2026-03", "2026-09", "legacy" -> requests to a known route
    int total = 0;
    int status429 = 0;
    int status5xx = 0;
    int dropped = 0; // before or after processing
    int malformed = 0;
    int truncated = 0;

    QJsonObject toJson() const
    {
        QJsonObject perRoute;
        for (auto it = requests.cbegin(); it != requests.cend(); ++it)
            perRoute.insert(it.key(), it.value());
        QJsonObject perVersion;
        for (auto it = versions.cbegin(); it != versions.cend(); ++it)
            perVersion.insert(it.key(), it.value());
        return {{QStringLiteral("requests"), perRoute},   {QStringLiteral("versions"), perVersion},
                {QStringLiteral("total"), total},         {QStringLiteral("status429"), status429},
                {QStringLiteral("status5xx"), status5xx}, {QStringLiteral("dropped"), dropped},
                {QStringLiteral("malformed"), malformed}, {QStringLiteral("truncated"), truncated}};
    }
};

} // namespace SeqDesk::Sandbox
