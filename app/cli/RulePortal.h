#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace SeqDesk::HubSpot {
class HubSpotClient;
}
namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Cli {

// The portal whose rules --add-rule and --run-rules work on: the token's (one account
// request, which also checks the token), which must be --portal-id's when that is given, and
// which the mirror must know with a sync done (rules need its sequences and users; the CLI
// itself does not sync). `done(portalId)`, or `failed(exitCode, message)`.
void checkRulePortal(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                     const QString &portalIdOption, QObject *context,
                     std::function<void(const QString &portalId)> done,
                     std::function<void(int exitCode, const QString &message)> failed);

} // namespace SeqDesk::Cli
