#pragma once

#include "store/Records.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace SeqDesk::Sync {

// Where the demo portal answers: main.cpp starts the sandbox and gives its base URL and
// token, or an error text.
struct DemoEndpoint
{
    QUrl baseUrl;
    QString token;
    QString error;
};
using DemoStarter = std::function<DemoEndpoint()>;

// The base URL stored for the demo portal: the sandbox's port changes at every start, and
// its token never goes to the keychain.
inline QString demoBaseUrl()
{
    return QStringLiteral("seqdesk-demo:");
}

inline bool isDemoPortal(const Store::PortalRecord &portal)
{
    return portal.baseUrl == demoBaseUrl();
}

} // namespace SeqDesk::Sync
