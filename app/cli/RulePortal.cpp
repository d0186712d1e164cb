#include "cli/RulePortal.h"

#include "cli/CliOptions.h"
#include "cli/ExitCodes.h"
#include "core/Redactor.h"
#include "hubspot/HubSpotClient.h"
#include "store/StoreWorker.h"

#include <QCoreApplication>

namespace SeqDesk::Cli {

namespace {

struct MirrorPortal
{
    bool found = false;
    bool synced = false;
    QString error;
};

} // namespace

void checkRulePortal(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                     const QString &portalIdOption, QObject *context,
                     std::function<void(const QString &)> done,
                     std::function<void(int, const QString &)> failed)
{
    client->accountDetails(context, [=](HubSpot::Result<HubSpot::AccountDetails> r) {
        if (!r.ok())
            return failed(exitCodeFor(r.error()), Redactor::scrub(r.error().describe()));
        const QString portalId = QString::number(r.value().portalId);
        if (!portalIdOption.isEmpty() && portalIdOption != portalId) {
            return failed(ExitAuth,
                          QCoreApplication::translate(
                              "Cli", "The token is for portal %1, not for --portal-id %2.")
                              .arg(portalId, portalIdOption));
        }
        store->run(
            [portalId](Store::Stores &s) {
                MirrorPortal m;
                const auto portal = s.portals.portal(portalId);
                m.error = portal ? QString() : s.portals.lastError();
                m.found = portal.has_value();
                m.synced = portal && portal->lastSyncAt.isValid();
                return m;
            },
            context,
            [=](const MirrorPortal &m) {
                if (!m.found && !m.error.isEmpty())
                    return failed(ExitNetwork,
                                  QCoreApplication::translate("Cli", "The local store failed: %1")
                                      .arg(m.error));
                if (!m.found)
                    return failed(ExitUsage,
                                  QCoreApplication::translate(
                                      "Cli",
                                      "Portal %1 is not in the local mirror: connect it in "
                                      "SeqDesk first (it syncs the portal's sequences and "
                                      "users, which rules need).")
                                      .arg(portalId));
                if (!m.synced)
                    return failed(ExitUsage,
                                  QCoreApplication::translate(
                                      "Cli",
                                      "Portal %1 has not been synced into the local mirror "
                                      "yet: run Sync Data for it in SeqDesk first (rules need "
                                      "its sequences and users).")
                                      .arg(portalId));
                done(portalId);
            });
    });
}

} // namespace SeqDesk::Cli
