#pragma once

#include "enroll/ContactInput.h"
#include "enroll/Prediction.h"
#include "enroll/SendCap.h"
#include "hubspot/ApiError.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace SeqDesk {
class Clock;
}
namespace SeqDesk::HubSpot {
class HubSpotClient;
struct Contact;
} // namespace SeqDesk::HubSpot

namespace SeqDesk::Enroll {

// One row of a dry run: who, and what will happen to them.
struct PlannedContact
{
    QString input; // what the user gave: an id or an email
    int line = 0; // where (0: not from numbered input)
    QString contactId; // HubSpot's id; empty when not found
    QString email;
    Plan plan = Plan::Enroll;
    QString detail; // the sequence a contact is in, a bounce reason, "line 4" for a duplicate
    QDateTime eligibleAt; // Deferred: not before this (UTC)
    QString ownerId; // the contact's HubSpot owner (hubspot_owner_id); empty: none or unknown
};

struct PlanRequest
{
    QList<ContactKey> contacts; // unique, in input order (ContactList::contacts)
    QList<DuplicateKey> duplicates; // shown as Duplicate (ContactList::duplicates)
    int dailyCap = SendCap::kDefault; // the sender inbox's rolling 24 h cap
    QList<QDateTime> recentSends; // the sender's enrollments in the last 24 h (local history)
};

// The dry run: resolves emails to contacts and reads every contact's email, opt-out, bounce
// and sequence properties in batches of 100 (never the enroll endpoint), then predicts each
// contact's outcome (Prediction) and defers those beyond the sender's cap. Asynchronous on
// the client; cancel() drops every answer.
class DryRunPlanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunPlanner)

public:
    static constexpr int kBatch = 100; // HubSpot's batch-read limit

    // Not owned; `clock` may be null (system clock).
    explicit DryRunPlanner(HubSpot::HubSpotClient *client, const Clock *clock = nullptr,
                           QObject *parent = nullptr);
    ~DryRunPlanner() override;

    void start(const PlanRequest &request);
    void cancel();
    bool isRunning() const { return m_context != nullptr; }

    // The prediction from what HubSpot answered, keyed by id and by lower-cased email.
    static QList<PlannedContact> plan(const PlanRequest &request,
                                      const QHash<QString, HubSpot::Contact> &byId,
                                      const QHash<QString, HubSpot::Contact> &byEmail,
                                      const QDateTime &now);

signals:
    void progress(int done, int total); // contacts looked up
    void finished(const QList<SeqDesk::Enroll::PlannedContact> &plan);
    void failed(const SeqDesk::HubSpot::ApiError &error);

private:
    struct Run;

    void readBatch(const QStringList &values, bool byEmail);
    void finishIfDone();

    HubSpot::HubSpotClient *m_client;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    std::unique_ptr<Run> m_run;
    QPointer<QObject> m_context; // receiver of the run's answers; deleted on cancel
};

} // namespace SeqDesk::Enroll

Q_DECLARE_METATYPE(SeqDesk::Enroll::PlannedContact)
