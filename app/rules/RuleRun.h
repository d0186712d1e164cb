#pragma once

#include "enroll/DryRunPlanner.h"
#include "rules/SenderChoice.h"
#include "store/Records.h"

#include <QLockFile>
#include <QObject>

#include <memory>

namespace SeqDesk {
class Clock;
}
namespace SeqDesk::HubSpot {
class HubSpotClient;
}
namespace SeqDesk::Store {
class StoreWorker;
}
namespace SeqDesk::Enroll {
class ListMembersReader;
struct ListMembers;
} // namespace SeqDesk::Enroll

namespace SeqDesk::Rules {

// What one run of a rule found and did.
struct RuleRunResult
{
    Store::RuleRecord rule;
    Store::RuleRunRecord run; // a dry run's is not recorded (id 0)
    QList<qint64> jobIds; // the jobs it saved (Draft): the caller runs them
    QList<Enroll::PlannedContact> plan; // the dry run of the new members
    SenderChoice choice; // who sends whom
    bool stopped = false; // the rule cannot run (its sequence): it is Stopped with the reason
};

// One run of an enrollment rule: reads its list's members, keeps those it has not handled
// (or may handle again), predicts them with the wizard's dry run (batch reads of the new
// members only), chooses each one's sender under the inboxes' caps and the rule's limits,
// and saves a job per sender inbox whose items record every new member: enrolled ones and
// skipped ones alike, so a later run never reads them again. Running the jobs is the
// caller's (JobRunner in the app; the engine in seqdesk-cli). One run of a rule at a time
// across processes: a lock file per rule beside the mirror.
class RuleRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleRun)

public:
    // Not owned; `clock` may be null (system clock). `caller`: who runs the rule (the app or
    // seqdesk-cli), recorded as the jobs' source.
    RuleRun(HubSpot::HubSpotClient *client, Store::StoreWorker *store, const Clock *clock,
            Store::EnrollmentSource caller, QObject *parent = nullptr);
    ~RuleRun() override;

    // Where rule locks live (the store's folder); empty: no locking (tests of one process).
    void setLockDirectory(const QString &directory) { m_lockDirectory = directory; }

    // Runs rule `ruleId` once. `dryRun`: predicts, records and changes nothing.
    void start(qint64 ruleId, bool dryRun);
    // Once failed(): because another process runs the rule (holds its lock).
    bool heldElsewhere() const { return m_heldElsewhere; }
    // Once failed(): the HubSpot error behind it (nullopt: a local cause or a refusal), so a
    // caller can tell a token without a scope from HubSpot not answering.
    std::optional<HubSpot::ApiError> apiError() const { return m_apiError; }

signals:
    void progress(const QString &what); // translated
    void finished(const SeqDesk::Rules::RuleRunResult &result);
    // Could not run: another process runs it, the mirror failed, the list or HubSpot failed
    // (the run is recorded Failed with `message`, translated).
    void failed(const QString &message);

private:
    struct Loaded;

    void loaded(const Loaded &data);
    void membersRead(const Enroll::ListMembers &members);
    void planned(const QList<Enroll::PlannedContact> &plan);
    void save(const SenderChoice &choice);
    void stopRule(const QString &reason);
    void fail(const QString &message);
    void failApi(const HubSpot::ApiError &error);
    void finish(Store::RuleRunState state, const QString &message);
    QDateTime nextRun() const; // the rule's schedule from now

    HubSpot::HubSpotClient *m_client;
    Store::StoreWorker *m_store;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    Store::EnrollmentSource m_caller;
    QString m_lockDirectory;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Enroll::ListMembersReader> m_reader;
    std::unique_ptr<Enroll::DryRunPlanner> m_planner;
    std::unique_ptr<Loaded> m_data;
    RuleRunResult m_result;
    bool m_dryRun = false;
    bool m_heldElsewhere = false;
    std::optional<HubSpot::ApiError> m_apiError;
    qint64 m_requestsAtStart = 0;
};

} // namespace SeqDesk::Rules
