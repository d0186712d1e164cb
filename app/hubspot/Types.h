#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Plain results of the HubSpot API (fact sheet §3). Ids are strings everywhere except
// AccountDetails::portalId and Owner::userId (integers in HubSpot's schema). Enum-like
// fields keep the raw string; the ones SeqDesk branches on also get an enum with Unknown.
namespace SeqDesk::HubSpot {

struct AccountDetails
{
    qint64 portalId = 0;
    QString accountType; // APP_DEVELOPER | DEVELOPER_TEST | SANDBOX | STANDARD | ...
    QString timeZone;
    QString companyCurrency;
    QStringList additionalCurrencies;
    QString utcOffset;
    qint64 utcOffsetMilliseconds = 0;
    QString uiDomain;
    QString dataHostingLocation;
    QString portalName; // optional
};

struct OwnerTeam
{
    QString id;
    QString name;
    bool primary = false;
};

struct Owner
{
    enum class Type { Person, Queue, Unknown };
    QString id; // owner id (hubspot_owner_id)
    Type type = Type::Unknown;
    QString typeRaw;
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString email;
    QString firstName;
    QString lastName;
    std::optional<qint64> userId; // what the sequences API wants; absent for queues/inactive
    std::optional<qint64> userIdIncludingInactive;
    QList<OwnerTeam> teams;

    // An active PERSON owner with a userId: can own and send sequences.
    bool isActiveUser() const { return type == Type::Person && userId.has_value() && !archived; }
};

struct SequenceSummary
{
    QString id;
    QString name;
    QString userId;
    QString folderId; // empty when absent
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct EmailPattern
{
    QString id;
    QString templateId;
    std::optional<int> threadEmailToStepOrder;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct TaskPattern
{
    QString id;
    QString taskType; // CALL | EMAIL | LINKED_IN_CONNECT | ... (raw)
    QString taskPriority; // HIGH | LOW | MEDIUM | NONE (raw)
    QString subject;
    QString notes;
    std::optional<int> queueId;
    QString templateId;
    std::optional<int> threadEmailToStepOrder;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SequenceStep
{
    enum class ActionType { Email, Task, FinishEnrollment, AdaptiveContainer, Unknown };
    QString id;
    int stepOrder = 0;
    ActionType actionType = ActionType::Unknown;
    QString actionTypeRaw;
    qint64 delayMillis = 0;
    std::optional<EmailPattern> emailPattern;
    std::optional<TaskPattern> taskPattern;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SequenceSettings
{
    QString id;
    QString eligibleFollowUpDays; // raw enum
    bool individualTaskRemindersEnabled = false;
    QString sellingStrategy; // raw enum (deprecated by HubSpot)
    int sendWindowStartMinute = 0;
    int sendWindowEndMinute = 0;
    int taskReminderMinute = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SequenceDependency
{
    QString id;
    QString dependencyType; // raw enum
    QString reliesOnSequenceStepId;
    int reliesOnStepOrder = 0;
    QString requiredBySequenceStepId;
    int requiredByStepOrder = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SequenceDetail
{
    QString id;
    QString name;
    QString userId;
    QString folderId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<SequenceStep> steps;
    std::optional<SequenceSettings> settings;
    QList<SequenceDependency> dependencies;
};

// Input of enroll(): exactly the fields HubSpot accepts (no start step exists).
struct EnrollmentRequest
{
    QString userId; // query parameter: the user on whose behalf HubSpot sends
    QString contactId;
    QString sequenceId;
    QString senderEmail;
    QString senderAliasAddress; // optional; sent only when not empty
};

struct EnrollmentResult
{
    QString id; // enrollment id
    QString toEmail;
    QDateTime enrolledAt;
    QDateTime updatedAt;
    // True when the POST's answer was lost and the enrollment was confirmed by reading the
    // contact's enrollment instead; id/toEmail/enrolledAt then come from that read.
    bool recovered = false;
};

struct ContactEnrollment
{
    QString id;
    QString sequenceId;
    QString sequenceName;
    QDateTime enrolledAt;
    QString enrolledBy;
    QString enrolledByEmail;
    QString toEmail;
    QDateTime updatedAt;
};

struct Contact
{
    QString id;
    // null QString for a property HubSpot returned as null
    QMap<QString, QString> properties;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool archived = false;
};

enum class IdProperty { Id, Email };

struct BatchReadResult
{
    QList<Contact> found;
    QStringList notFound; // inputs (ids or emails) HubSpot did not find
    QStringList errors; // other per-item error messages of a 207
};

struct SearchFilter
{
    QString propertyName;
    QString op; // EQ, NEQ, IN, HAS_PROPERTY, ...
    QString value; // sent when not null
    QStringList values; // sent when not empty (IN / NOT_IN)
    QString highValue; // sent when not null (BETWEEN)
};

struct SearchFilterGroup
{
    QList<SearchFilter> filters;
};

struct SearchSort
{
    QString propertyName;
    bool descending = false;
};

struct SearchRequest
{
    QList<SearchFilterGroup> filterGroups; // at most 6
    QStringList properties;
    QList<SearchSort> sorts;
    int limit = 100; // 1..200
    QString after;
    QString query; // optional free text
};

struct SearchPage
{
    int total = 0;
    QList<Contact> results;
    QString nextAfter; // empty on the last page
};

struct ListMembership
{
    QString recordId;
    QDateTime membershipTimestamp;
};

// HubSpot's processingType of a list: MANUAL (static), DYNAMIC (active), SNAPSHOT.
enum class ListKind { Manual, Dynamic, Snapshot, Unknown };

inline const QString contactObjectTypeId = QStringLiteral("0-1");

// A list as the lists search and the one-list call describe it.
struct ListSummary
{
    QString id; // listId (ILS id)
    QString name;
    QString objectTypeId; // "0-1" contacts, "0-2" companies, ...
    QString processingType; // as HubSpot sent it
    ListKind kind = ListKind::Unknown;
    QString processingStatus; // e.g. COMPLETE, PROCESSING
    std::optional<qint64> size; // `size`, else additionalProperties.hs_list_size
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastAddedAt; // hs_last_record_added_at; invalid when none or unknown

    bool isContactList() const { return objectTypeId == contactObjectTypeId; }
};

// POST .../lists/search (ListSearchRequest).
struct ListSearchRequest
{
    QString query; // name search; empty = every list
    int offset = 0; // 0, then the previous page's nextOffset
    int count = 100; // 1..500
    QString objectTypeId = contactObjectTypeId; // empty = lists of every object type
    QStringList processingTypes; // MANUAL, DYNAMIC, SNAPSHOT; empty = all
    QStringList listIds; // empty = all
};

struct ListSearchPage
{
    QList<ListSummary> lists;
    bool hasMore = false;
    int nextOffset = 0; // the answer's offset: pass it back for the next page
    int total = 0; // every list matching the request
};

// One page of a cursor-paged collection.
template<typename T> struct Page
{
    QList<T> items;
    QString nextAfter; // empty when there is no next page
    std::optional<qint64> total;
};

} // namespace SeqDesk::HubSpot
