#include "sync/PortalPolicy.h"

#include "sync/DemoPortal.h"

namespace SeqDesk::Sync {

bool DemoPortalPolicy::needsKeychainToken(const Store::PortalRecord &portal) const
{
    return !isDemoPortal(portal);
}

bool DemoPortalPolicy::hasScheduledSyncs(const Store::PortalRecord &portal) const
{
    return !isDemoPortal(portal);
}

bool DemoPortalPolicy::canTakeNewToken(const Store::PortalRecord &portal) const
{
    return !isDemoPortal(portal);
}

bool DemoPortalPolicy::isShowcase(const Store::PortalRecord &portal) const
{
    return isDemoPortal(portal);
}

QString DemoPortalPolicy::displayName(const Store::PortalRecord &portal) const
{
    return isDemoPortal(portal) ? tr("Demo · %1").arg(portal.name) : portal.name;
}

QString DemoPortalPolicy::description(const Store::PortalRecord &portal) const
{
    if (isDemoPortal(portal))
        return tr("Demo portal: a HubSpot sandbox on this computer");
    return tr("Portal %1 · %2")
        .arg(portal.portalId,
             portal.timeZone.isEmpty() ? tr("time zone unknown") : portal.timeZone);
}

} // namespace SeqDesk::Sync
