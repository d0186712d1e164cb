#pragma once

// The portal a token belongs to, as Connect HubSpot saves it: the account details read with
// the test's client, made into the mirror's record (tst_killresume_rules, tst_nosecretsinlogs
// and the fault matrix's rule cell set a portal up this way before they sync it).
#include "hubspot/ApiVersion.h"
#include "hubspot/HubSpotClient.h"
#include "store/Records.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace TestSupport {

// Empty when the account call failed or had no answer within `timeoutMs`.
inline std::optional<SeqDesk::Store::PortalRecord>
portalOfAccount(SeqDesk::HubSpot::HubSpotClient &client, QObject *context, const QUrl &baseUrl,
                int timeoutMs = 10000)
{
    using namespace SeqDesk;
    // The answer lands in shared storage: one that comes after the timeout finds it alive.
    auto account = std::make_shared<std::optional<HubSpot::Result<HubSpot::AccountDetails>>>();
    client.accountDetails(context, [account](HubSpot::Result<HubSpot::AccountDetails> r) {
        *account = std::move(r);
    });
    const QDeadlineTimer deadline(timeoutMs);
    while (!*account && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!*account || !(*account)->ok())
        return std::nullopt;
    const HubSpot::AccountDetails &details = (*account)->value();
    Store::PortalRecord portal;
    portal.portalId = QString::number(details.portalId);
    portal.name = details.portalName;
    portal.timeZone = details.timeZone;
    portal.uiDomain = details.uiDomain;
    portal.apiVersion = HubSpot::apiVersionName(HubSpot::defaultApiVersion);
    portal.baseUrl = baseUrl.toString();
    return portal;
}

} // namespace TestSupport
