#pragma once

#include "hubspot/ApiError.h"
#include "store/Records.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace SeqDesk::HubSpot {
class HubSpotClient;
}
namespace SeqDesk::Store {
class StoreWorker;
}

// The checks an enrollment passes before anything is planned or saved, once for every caller
// of seqdesk-cli (an enrollment, the MCP server's tools): the token's portal with its row in
// the mirror, the HubSpot user who sends, and a sequence that user can enroll into. Each
// caller words the refusals for its own users.
namespace SeqDesk::Cli {

struct PortalCheck
{
    QString portalId; // set on success
    std::optional<HubSpot::ApiError> apiError; // HubSpot refused the account call
    QString storeError; // the mirror could not be written
};

// The token's portal (one account request) with a row in the mirror: jobs belong to a portal
// row. One the app made is left as it is; a new one stores `apiVersion` and, unless it is
// HubSpot's, `baseUrl`.
void ensurePortalRow(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                     const QString &apiVersion, const QUrl &baseUrl, QObject *context,
                     std::function<void(const PortalCheck &)> done);

struct SenderCheck
{
    QString userId; // empty without apiError: no active user has the email
    QString email; // the owner's login email
    std::optional<HubSpot::ApiError> apiError;
};

// The HubSpot user who sends as `senderEmail`: the owner whose login email it is.
void findSendingUser(HubSpot::HubSpotClient *client, const QString &senderEmail, QObject *context,
                     std::function<void(const SenderCheck &)> done);

struct SequenceCheck
{
    enum class Outcome { Usable, Unusable, NotFound, Failed };
    Outcome outcome = Outcome::Failed;
    Store::SequenceRecord sequence; // as it is now (Usable, Unusable)
    QDateTime updatedAt; // HubSpot's updatedAt of the sequence (Usable, Unusable)
    QString problem; // Unusable: why and what to do (SequenceUse::problem), translated
    std::optional<HubSpot::ApiError> apiError; // Failed
};

// Whether user `userId` can enroll into `sequenceId` now: HubSpot's answer says whether it
// exists and has steps, the mirror (when the portal was synced) whether it is paused or
// archived in SeqDesk.
void checkSequence(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                   const QString &portalId, const QString &sequenceId, const QString &userId,
                   QObject *context, std::function<void(const SequenceCheck &)> done);

} // namespace SeqDesk::Cli
