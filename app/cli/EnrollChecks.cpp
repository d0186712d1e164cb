#include "cli/EnrollChecks.h"

#include "enroll/SequenceUse.h"
#include "hubspot/ApiVersion.h"
#include "hubspot/HubSpotClient.h"
#include "store/StoreWorker.h"

#include <QCoreApplication>

namespace SeqDesk::Cli {

using HubSpot::Result;

void ensurePortalRow(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                     const QString &apiVersion, const QUrl &baseUrl, QObject *context,
                     std::function<void(const PortalCheck &)> done)
{
    client->accountDetails(context, [=](Result<HubSpot::AccountDetails> r) {
        PortalCheck check;
        if (!r.ok()) {
            check.apiError = r.error();
            return done(check);
        }
        const HubSpot::AccountDetails account = r.value();
        Store::PortalRecord portal;
        portal.portalId = QString::number(account.portalId);
        portal.name = account.portalName.isEmpty()
            ? QCoreApplication::translate("SeqDesk::Cli::EnrollCommand", "HubSpot portal %1")
                  .arg(portal.portalId)
            : account.portalName;
        portal.timeZone = account.timeZone;
        portal.uiDomain = account.uiDomain;
        portal.apiVersion = HubSpot::apiVersionName(
            HubSpot::parseApiVersion(apiVersion).value_or(HubSpot::defaultApiVersion));
        if (baseUrl != QUrl(QStringLiteral("https://api.hubapi.com")))
            portal.baseUrl = baseUrl.toString();
        // Jobs belong to a portal row; one the GUI made is left as it is.
        store->run(
            [portal](Store::Stores &s) {
                if (s.portals.portal(portal.portalId))
                    return QString();
                return s.portals.upsert(portal) ? QString() : s.portals.lastError();
            },
            context,
            [done, portalId = portal.portalId](const QString &error) {
                PortalCheck check;
                check.storeError = error;
                if (error.isEmpty())
                    check.portalId = portalId;
                done(check);
            });
    });
}

void findSendingUser(HubSpot::HubSpotClient *client, const QString &senderEmail, QObject *context,
                     std::function<void(const SenderCheck &)> done)
{
    client->owners(context, [senderEmail, done](Result<QList<HubSpot::Owner>> r) {
        SenderCheck check;
        if (!r.ok()) {
            check.apiError = r.error();
            return done(check);
        }
        for (const HubSpot::Owner &o : r.value()) {
            if (o.userId && o.email.compare(senderEmail, Qt::CaseInsensitive) == 0) {
                check.userId = QString::number(*o.userId);
                check.email = o.email;
                break;
            }
        }
        done(check);
    });
}

void checkSequence(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                   const QString &portalId, const QString &sequenceId, const QString &userId,
                   QObject *context, std::function<void(const SequenceCheck &)> done)
{
    client->sequence(sequenceId, userId, context, [=](Result<HubSpot::SequenceDetail> r) {
        SequenceCheck check;
        if (!r.ok()) {
            const auto reason = r.error().fatalReason;
            if (reason == HubSpot::FatalReason::SequenceNotFound
                || reason == HubSpot::FatalReason::NotFound) {
                check.outcome = SequenceCheck::Outcome::NotFound;
            } else {
                check.outcome = SequenceCheck::Outcome::Failed;
                check.apiError = r.error();
            }
            return done(check);
        }
        const HubSpot::SequenceDetail detail = r.value();
        store->run([portalId, sequenceId](
                       Store::Stores &s) { return s.sequences.sequence(portalId, sequenceId); },
                   context,
                   [done, detail](const std::optional<Store::SequenceRecord> &mirror) {
                       SequenceCheck check;
                       check.sequence = Enroll::SequenceUse::current(mirror, detail);
                       check.updatedAt = detail.updatedAt;
                       check.problem = Enroll::SequenceUse::problem(check.sequence);
                       check.outcome = check.problem.isEmpty() ? SequenceCheck::Outcome::Usable
                                                               : SequenceCheck::Outcome::Unusable;
                       done(check);
                   });
    });
}

} // namespace SeqDesk::Cli
