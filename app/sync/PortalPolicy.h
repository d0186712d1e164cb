#pragma once

#include "store/Records.h"

#include <QCoreApplication>
#include <QString>

namespace SeqDesk::Sync {

// What sets a kind of portal apart (the embedded demo portal from a connected HubSpot one).
// Chosen once in main.cpp and passed in: the sites that treat portals differently ask it
// instead of comparing base URLs.
class PortalPolicy
{
public:
    virtual ~PortalPolicy() = default;

    // Its token is in the keychain: read for syncs and enrollment, removed by "Forget". False:
    // the demo sandbox gives it (PortalManager's DemoStarter).
    virtual bool needsKeychainToken(const Store::PortalRecord &portal) const = 0;
    // SyncScheduler syncs it every 24 h.
    virtual bool hasScheduledSyncs(const Store::PortalRecord &portal) const = 0;
    // The user can enter a new token for it.
    virtual bool canTakeNewToken(const Store::PortalRecord &portal) const = 0;
    // Shown as a portal in use: every status and a sample history (DemoShowcase).
    virtual bool isShowcase(const Store::PortalRecord &portal) const = 0;
    // How the portal switcher names it; translated.
    virtual QString displayName(const Store::PortalRecord &portal) const = 0;
    // One line about where it is, for the status bar; translated.
    virtual QString description(const Store::PortalRecord &portal) const = 0;
};

// The app's portals: connected HubSpot portals, and the demo portal (saved with the base URL
// demoBaseUrl()): a sandbox on this computer, its token from there, synced on demand only.
class DemoPortalPolicy final : public PortalPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Sync::PortalPolicy)
    Q_DISABLE_COPY_MOVE(DemoPortalPolicy)

public:
    DemoPortalPolicy() = default;

    bool needsKeychainToken(const Store::PortalRecord &portal) const override;
    bool hasScheduledSyncs(const Store::PortalRecord &portal) const override;
    bool canTakeNewToken(const Store::PortalRecord &portal) const override;
    bool isShowcase(const Store::PortalRecord &portal) const override;
    QString displayName(const Store::PortalRecord &portal) const override;
    QString description(const Store::PortalRecord &portal) const override;
};

} // namespace SeqDesk::Sync
