#pragma once

#include "enroll/ContactInput.h"
#include "enroll/DryRunPlanner.h"
#include "enroll/JobSpec.h"
#include "enroll/SendCap.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace SeqDesk {
class Clock;
}
namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Enroll {

// Who enrolls into what, as the caller (wizard, CLI, rules) chose it.
struct EnrollmentTarget
{
    QString portalId;
    QString sequenceId;
    QString senderEmail;
    QString userId; // the HubSpot user the enrollments are made as
    int dailyCap = SendCap::kDefault; // the sender inbox's rolling 24 h cap
};

// Where the contacts of an enrollment come from; the job records it. A new source is a new
// Kind, with what the job keeps of it, mapped in EnrollmentUseCase::jobSpec().
struct ContactOrigin
{
    enum class Kind { PastedText, File, HubSpotList };

    Kind kind = Kind::PastedText;
    // What the user sees: "pasted text" (translated), the file's name, or the list's name as
    // HubSpot gave it when the members were read (the job keeps that name).
    QString name;
    QString listId; // HubSpotList: the list's id (HubSpot's listId); empty otherwise

    // Of contacts read from pasted text or a TXT/CSV file (ContactInput).
    static ContactOrigin of(const ContactList &list);
    // Of the members of HubSpot list `listId`, named `listName` now.
    static ContactOrigin ofList(const QString &listId, const QString &listName);
};

// The contacts to enroll, whatever their source: unique keys in order, the repeats (shown as
// duplicates), and their origin. The use case never reads them itself: the caller gives them.
struct EnrollmentContacts
{
    QList<ContactKey> contacts;
    QList<DuplicateKey> duplicates;
    ContactOrigin origin;

    static EnrollmentContacts of(const ContactList &list);
};

// The enrollment use case, once for every caller (the wizard's presenter, seqdesk-cli, the
// coming rules): the send cap's limits, the sender's use of its rolling 24 h window (on the
// injected clock, from the mirror), the dry run's request and the job to save from it.
// Planning (DryRunPlanner) and running (EnrollmentEngine, JobRunner) stay where they are.
class EnrollmentUseCase final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentUseCase)

public:
    // Not owned; `clock` may be null (system clock).
    explicit EnrollmentUseCase(Store::StoreWorker *store, const Clock *clock = nullptr,
                               QObject *parent = nullptr);
    ~EnrollmentUseCase() override;

    // Empty when `dailyCap` is allowed (SendCap::kMin to kMax), else why not (translated).
    static QString capProblem(int dailyCap);

    // Where the sender's rolling 24 h window starts now.
    QDateTime windowStart() const;
    // How many contacts SeqDesk enrolled as `senderEmail` in the window (any job, any
    // process); nullopt when the mirror could not be read. `done` runs on `context`.
    void senderUsage(const QString &senderEmail, QObject *context,
                     std::function<void(std::optional<int> used)> done) const;

    using PlanCallback = std::function<void(std::optional<PlanRequest>, const QString &error)>;
    // The dry run's request: `contacts` with the target's cap and the sender's enrollments in
    // the window. nullopt and why when the cap is not allowed or the mirror could not be read.
    void planRequest(const EnrollmentTarget &target, const EnrollmentContacts &contacts,
                     QObject *context, PlanCallback done) const;
    // The same from the sender's recent sends, for a caller that has them. Pure.
    static PlanRequest planRequest(const EnrollmentTarget &target,
                                   const EnrollmentContacts &contacts,
                                   const QList<QDateTime> &recentSends);

    // The job to save from a dry run of `origin`'s contacts (EnrollmentEngine::createJob,
    // JobRunner::createAndRun); `caller` is who asked. Pure.
    static JobSpec jobSpec(const EnrollmentTarget &target, const ContactOrigin &origin,
                           Store::EnrollmentSource caller, const QString &label);

private:
    Store::StoreWorker *m_store;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
};

} // namespace SeqDesk::Enroll
