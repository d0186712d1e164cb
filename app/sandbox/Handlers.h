#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/Router.h"

namespace SeqDesk::Sandbox {

class SandboxState;
struct SandboxSettings;

struct HandlerContext
{
    SandboxState &state;
    const SandboxSettings &settings;
    bool legacyErrorShape = false; // shape of enrollment rejections for this request
    int dailyLimit = 0;
    int dailyUsed = 0;
};

// HubSpot routes (auth, scopes and rate limits are checked before these run).
Reply dispatchHubSpot(const Route &route, const SandboxRequest &request, HandlerContext &ctx);

namespace Handlers {
Reply accountDetails(const SandboxRequest &request, HandlerContext &ctx);
Reply accountUsage(const SandboxRequest &request, HandlerContext &ctx);
Reply ownersList(const SandboxRequest &request, HandlerContext &ctx);
Reply ownersGet(const QString &ownerId, const SandboxRequest &request, HandlerContext &ctx);
Reply sequencesList(const SandboxRequest &request, HandlerContext &ctx);
Reply sequencesGet(const QString &sequenceId, const SandboxRequest &request, HandlerContext &ctx);
Reply enroll(const SandboxRequest &request, HandlerContext &ctx);
Reply enrollmentsGet(const QString &contactId, const SandboxRequest &request, HandlerContext &ctx);
Reply contactsBatchRead(const SandboxRequest &request, HandlerContext &ctx);
Reply contactsSearch(const SandboxRequest &request, HandlerContext &ctx);
Reply listsSearch(const SandboxRequest &request, HandlerContext &ctx);
Reply listsGet(const QString &listId, const SandboxRequest &request, HandlerContext &ctx);
Reply listsMemberships(const QString &listId, const SandboxRequest &request, HandlerContext &ctx);
Reply listsCreate(const SandboxRequest &request, HandlerContext &ctx);
Reply listsMembershipsAdd(const QString &listId, const SandboxRequest &request,
                          HandlerContext &ctx);
Reply listsMembershipsRemove(const QString &listId, const SandboxRequest &request,
                             HandlerContext &ctx);
Reply listsMembershipsAddAndRemove(const QString &listId, const SandboxRequest &request,
                                   HandlerContext &ctx);

// Builds {"results": [...], "paging": {"next": {"after", "link"}}} helpers.
QJsonObject pagingNext(const SandboxRequest &request, qint64 lastKey);
} // namespace Handlers

} // namespace SeqDesk::Sandbox
