#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// Plain data of the fake HubSpot portal. No logic, no Qt objects: SandboxState owns it.
namespace SeqDesk::Sandbox {

struct TeamMembership
{
    QString id;
    QString name;
    bool primary = false;
};

struct Owner
{
    qint64 id = 0;
    QString type; // PERSON | QUEUE
    QString email; // login email; empty for queues
    QString firstName;
    QString lastName;
    std::optional<qint64> userId; // active users only
    std::optional<qint64> userIdIncludingInactive;
    bool archived = false;
    bool salesSeat = false;
    QStringList inboxes; // connected inbox addresses (sender emails)
    QVector<TeamMembership> teams;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isActiveUser() const { return type == QLatin1String("PERSON") && userId.has_value(); }
};

struct SequenceStep
{
    qint64 id = 0;
    int stepOrder = 0;
    QString actionType; // EMAIL | TASK | FINISH_ENROLLMENT
    qint64 delayMillis = 0;
    qint64 patternId = 0;
    qint64 templateId = 0;
    QString taskType; // TASK steps only
    QString taskPriority;
    QString subject;
    QString notes;
    int threadEmailToStepOrder = -1; // -1 = absent
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SequenceSettings
{
    qint64 id = 0;
    QString eligibleFollowUpDays;
    bool individualTaskRemindersEnabled = false;
    QString sellingStrategy;
    int sendWindowStartMinute = 0;
    int sendWindowEndMinute = 0;
    int taskReminderMinute = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SequenceDependency
{
    qint64 id = 0;
    QString dependencyType;
    qint64 reliesOnStepId = 0;
    int reliesOnStepOrder = 0;
    qint64 requiredByStepId = 0;
    int requiredByStepOrder = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Sequence
{
    qint64 id = 0;
    QString name;
    qint64 userId = 0; // creator
    bool shared = true; // team sequence (visible to every active user) vs private
    std::optional<qint64> folderId;
    QVector<SequenceStep> steps;
    std::optional<SequenceSettings> settings;
    QVector<SequenceDependency> dependencies;
    QDateTime createdAt;
    QDateTime updatedAt;
};

enum class ContactKind { Normal, Unsubscribed, Bounced, Blocked, NoEmail, Enrolled };

struct Contact
{
    qint64 id = 0;
    QString email; // empty = no email
    QString firstName;
    QString lastName;
    QString company;
    QString jobTitle;
    QString lifecycleStage;
    std::optional<qint64> ownerId;
    bool optedOut = false;
    bool quarantined = false;
    bool badAddress = false;
    QString hardBounceReason; // empty = none
    int enrolledCount = 0; // all-time
    bool enrolled = false; // currently in a sequence
    std::optional<qint64> latestSequenceId;
    QDateTime latestSequenceEnrolledAt;
    ContactKind kind = ContactKind::Normal; // what the generator made it
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Enrollment
{
    qint64 id = 0;
    qint64 contactId = 0;
    qint64 sequenceId = 0;
    QString sequenceName;
    qint64 userId = 0;
    QString userEmail;
    QString senderEmail;
    QString toEmail;
    QDateTime enrolledAt;
    QDateTime updatedAt;
    bool active = true;
    bool seeded = false; // part of the demo data, not accepted over the API
};

struct ContactList
{
    qint64 listId = 0;
    QString name;
    QString objectTypeId = QStringLiteral("0-1"); // 0-1 contacts, 0-2 companies
    QString processingType; // MANUAL | DYNAMIC | SNAPSHOT
    int listVersion = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastAddedAt; // invalid: never
    QDateTime lastRemovedAt; // invalid: never
    QVector<qint64> members; // record ids (contact ids of a 0-1 list), ascending
    QVector<qint64> joinedAtMs; // membership timestamps, parallel to members
    QByteArray filterBranch; // compact JSON of the filterBranch it was created with; empty = none

    bool isContactList() const { return objectTypeId == QLatin1String("0-1"); }
};

struct Folder
{
    qint64 id = 0;
    QString name;
};

struct PortalData
{
    QVector<Owner> owners; // ascending id
    QVector<Sequence> sequences; // ascending id
    QVector<Contact> contacts; // ascending id
    QVector<ContactList> lists; // ascending id
    QVector<Folder> folders;
    QVector<Enrollment> seededEnrollments;
};

} // namespace SeqDesk::Sandbox
