#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain rows of the local mirror, shared by the store, the sync engine and the UI models.
namespace SeqDesk::Store {

// Derived, since HubSpot's API has no sequence status (README "Sequence status"):
// Archived = gone from HubSpot or archived by the user in SeqDesk; Draft = no steps;
// Paused = paused in SeqDesk (SeqDesk will not enroll into it); Active = otherwise.
enum class SequenceStatus { Active, Paused, Draft, Archived };

struct PortalRecord
{
    QString portalId; // HubSpot hub id
    QString name;
    QString timeZone;
    QString uiDomain;
    QString apiVersion; // "2026-09", "2026-03" or "v4" (HubSpot::storedApiVersion reads it)
    QString baseUrl; // empty = https://api.hubapi.com
    QDateTime lastSyncAt; // UTC; invalid = never
};

struct OwnerRecord
{
    QString portalId;
    QString ownerId;
    std::optional<qint64> userId;
    QString email;
    QString firstName;
    QString lastName;
    QString type; // PERSON | QUEUE
    bool active = false; // PERSON with a userId, not archived
};

struct SequenceStepRecord
{
    int stepOrder = 0;
    QString actionType; // EMAIL | TASK | ...
    qint64 delayMillis = 0;
    QString taskType; // TASK steps
    QString subject;
};

struct SequenceRecord
{
    QString portalId;
    QString sequenceId;
    QString name;
    QString ownerUserId; // HubSpot userId of the creator
    QString folderId;
    QDateTime createdAt; // in HubSpot, UTC
    QDateTime updatedAt; // in HubSpot, UTC
    int stepCount = 0;
    QDateTime firstSeenAt; // by SeqDesk, UTC
    QDateTime lastSeenAt;
    QDateTime archivedAt; // gone from HubSpot (invalid = present)
    bool archivedByUser = false;
    bool pausedInSeqDesk = false;
    int sendWindowStartMinute = -1; // -1 = unknown
    int sendWindowEndMinute = -1;
    QStringList visibleToUserIds;
    int enrolledThroughSeqDesk = 0; // contacts enrolled by SeqDesk jobs

    SequenceStatus status() const
    {
        if (archivedAt.isValid() || archivedByUser)
            return SequenceStatus::Archived;
        if (stepCount == 0)
            return SequenceStatus::Draft;
        if (pausedInSeqDesk)
            return SequenceStatus::Paused;
        return SequenceStatus::Active;
    }
    bool isEnrollable() const { return status() == SequenceStatus::Active; }
};

// A sequence as one sync saw it. `steps` is set only when the sync fetched the sequence's
// details this time (SequenceStore::sequencesNeedingDetails); nullopt keeps the stored steps.
struct SequenceSnapshotItem
{
    SequenceRecord sequence; // visibleToUserIds = the users whose listing returned it
    std::optional<QList<SequenceStepRecord>> steps;
};

// The portal as HubSpot's account call described it, written with a snapshot. An empty
// name keeps the stored one (the account call does not always return it).
struct PortalAccount
{
    QString name;
    QString timeZone;
    QString uiDomain;
};

// What SequenceStore::applySnapshot did. A sequence that came back is counted in `changed`
// and in `restored`.
struct SnapshotCounts
{
    int added = 0;
    int changed = 0;
    int archived = 0;
    int restored = 0;
    int unchanged = 0;
};

struct SequenceStatusCounts
{
    int active = 0;
    int paused = 0;
    int draft = 0;
    int archived = 0;
    int total() const { return active + paused + draft + archived; }
};

enum class SyncTrigger { Connect, Manual, Scheduled, Startup, Token };
enum class SyncStatus { Running, Succeeded, Failed, Cancelled };

struct SyncRunRecord
{
    qint64 id = 0;
    QString portalId;
    SyncTrigger trigger = SyncTrigger::Manual;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running
    SyncStatus status = SyncStatus::Running;
    int added = 0;
    int changed = 0;
    int archived = 0;
    int requests = 0;
    QString error;
    // A failed run that HubSpot answered (v9): its HTTP status (0: none, e.g. a network
    // failure), category and correlation id (what HubSpot's support asks for).
    int httpStatus = 0;
    QString errorCategory;
    QString correlationId;
};

// Which program made a job: the desktop app (its wizard, or its rule runner) or seqdesk-cli
// (an enrollment, or --run-rules). A rule's jobs also have the rule's id (ruleId).
enum class EnrollmentSource { Wizard, Cli };
enum class JobState { Draft, Running, Paused, Cancelled, Completed, Failed };
enum class ItemState { Pending, InFlight, Enrolled, Skipped, Failed, Deferred };

// Derived from the job's items on every read (never a stale copy).
struct JobCounts
{
    int pending = 0;
    int inFlight = 0;
    int enrolled = 0;
    int skipped = 0;
    int failed = 0;
    int deferred = 0;
    int total() const { return pending + inFlight + enrolled + skipped + failed + deferred; }
};

struct EnrollmentJobRecord
{
    qint64 id = 0;
    QString portalId;
    QString sequenceId;
    QString senderEmail;
    QString userId; // HubSpot userId the enrollments are made as
    EnrollmentSource source = EnrollmentSource::Wizard;
    QString sourceFileName;
    // A job whose contacts are a HubSpot list's members: the list's id, and its name when the
    // job was created (the list may be renamed later). Empty for pasted text and files.
    QString sourceListId;
    QString sourceListName;
    QString label;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    JobState state = JobState::Draft;
    QString message; // why it stopped (failed) or waits
    // Paused until then (the sender's send cap, HubSpot's daily API limit, or HubSpot not
    // answering); invalid = not waiting (e.g. paused by the user).
    QDateTime resumeAt;
    int dailyCap = 1000; // the sender inbox's rolling 24 h send cap this job keeps to
    qint64 ruleId = 0; // the enrollment rule whose run made the job; 0: none
    qint64 ruleRunId = 0; // that run
    JobCounts counts; // filled by EnrollmentStore reads
};

struct EnrollmentItemRecord
{
    qint64 id = 0;
    qint64 jobId = 0;
    QString contactId;
    QString email;
    int inputLine = 0; // 1-based line of the input file; 0 = not from a file
    QString inputText; // that line as read
    ItemState state = ItemState::Pending;
    QString hubspotCode; // error code / status HubSpot answered
    QString hubspotMessage;
    QString errorCategory;
    // HubSpot's HTTP status and correlation id of the error answer the item last got (v9);
    // 0 and empty once enrolled, and for outcomes SeqDesk decided itself.
    int httpStatus = 0;
    QString correlationId;
    QString enrollmentId; // HubSpot's id once enrolled
    QDateTime attemptedAt;
    QDateTime finishedAt;
    QDateTime eligibleAt; // deferred: not before this time
};

// Who sends a rule's enrollments: one inbox; a rotation over several (the next with room
// under its cap); or the contact's HubSpot owner (a fallback inbox, or skip, when the owner
// cannot use the sequence).
enum class RuleSenderMode { Single, Rotation, ContactOwner };
// Stopped: by SeqDesk, with a reason (its sequence cannot be enrolled into any more).
enum class RuleState { Enabled, Paused, Stopped };

// An enrollment rule: the members who join a HubSpot contact list are enrolled into a
// sequence, by themselves, on a schedule.
struct RuleRecord
{
    qint64 id = 0;
    QString portalId;
    QString name;
    QString listId;
    QString listName; // as HubSpot named the list when the rule was saved or last ran
    QString sequenceId;
    RuleSenderMode senderMode = RuleSenderMode::Single;
    QStringList senders; // Single: one inbox; Rotation: two or more; ContactOwner: none
    QString fallbackSender; // ContactOwner: when the owner cannot send; empty: skip them
    int perRun = 0; // most contacts enrolled per run; 0: no limit of the rule's own
    int perDay = 0; // most per rolling 24 h; 0: no limit of the rule's own
    int everyMinutes = 15;
    int againAfterDays = 0; // 0: a contact is enrolled by the rule at most once, ever
    int dailyCap = 1000; // each inbox's rolling 24 h send cap
    RuleState state = RuleState::Enabled;
    QString stopReason; // Stopped: why
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastRunAt; // invalid: never ran
    QDateTime nextRunAt; // when it is due
};

enum class RuleRunState { Running, Done, Stopped, Failed };

// One run of a rule: what it read and what it started (its jobs have ruleRunId = id).
struct RuleRunRecord
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running
    RuleRunState state = RuleRunState::Running;
    int members = 0; // the list's members when read
    int newMembers = 0; // members the rule had not handled (or may handle again)
    int planned = 0; // of those, the ones put into jobs this run
    int enrolled = 0; // filled by reads: the run's jobs' items
    int skipped = 0;
    int failed = 0;
    int deferred = 0;
    int pending = 0;
    int requests = 0; // HubSpot requests the run made before its jobs
    QString message; // why it stopped or failed; what it did otherwise
};

} // namespace SeqDesk::Store
