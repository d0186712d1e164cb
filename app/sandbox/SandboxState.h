#pragma once

#include "sandbox/Model.h"

#include <QHash>

#include <deque>

namespace SeqDesk {
class Clock;
}

namespace SeqDesk::Sandbox {

// Why an enrollment was refused (None = accepted).
enum class EnrollError {
    None,
    UnknownUser,
    NoSeat,
    UnknownSequence, // also: not visible to that user
    UnknownContact,
    NoConnectedInbox,
    MissingEmail,
    AlreadyEnrolled,
    Unsubscribed,
    Bounced,
    Blocked,
    SendLimitReached,
};

struct EnrollResult
{
    EnrollError error = EnrollError::None;
    Enrollment enrollment; // when accepted
};

// Members to add to and remove from one list (record ids; additions first).
struct ListEdit
{
    qint64 listId = 0;
    QVector<qint64> add;
    QVector<qint64> remove;
    QDateTime at; // when it happens (the join time of added members); invalid = now
};

// What an applied ListEdit changed; each ascending, without duplicates.
struct ListEditResult
{
    QVector<qint64> added; // were not members, are now
    QVector<qint64> removed; // were members, are no longer
    QVector<qint64> missing; // on a contact list: ids to add or remove that are no contact
};

enum class ListEditError { None, UnknownList, UnknownContact };

struct NewList
{
    QString name;
    QString objectTypeId; // 0-1 | 0-2
    QString processingType; // MANUAL | DYNAMIC | SNAPSHOT
    QByteArray filterBranch; // compact JSON or empty
};

struct NewSequence
{
    QString name;
    qint64 userId = 0;
    bool shared = true;
    int stepCount = 3;
};

// The portal's state and HubSpot's rules, without sockets: who sees which sequence, who
// may enroll whom, the per-inbox rolling 24 h send cap. Not thread-safe; lives in the
// server's thread.
class SandboxState final
{
public:
    SandboxState(PortalData data, const Clock &clock);
    Q_DISABLE_COPY_MOVE(SandboxState)

    const PortalData &data() const { return m_data; }

    const Owner *owner(qint64 ownerId) const;
    // Active PERSON user with this userId; nullptr for unknown or deactivated users.
    const Owner *activeUser(qint64 userId) const;
    // Matches userId or userIdIncludingInactive.
    const Owner *ownerByUserId(qint64 userId) const;

    bool isVisible(const Sequence &sequence, qint64 userId) const;
    // Ascending id.
    QVector<const Sequence *> visibleSequences(qint64 userId) const;
    const Sequence *sequence(qint64 sequenceId) const;

    const Contact *contact(qint64 contactId) const;
    const Contact *contactByEmail(const QString &email) const;
    const ContactList *list(qint64 listId) const;
    // The list called name (trimmed, case-insensitive: HubSpot's names are unique across
    // the portal's lists of every object type); nullptr when none.
    const ContactList *listNamed(const QString &name) const;

    EnrollResult enroll(qint64 userId, qint64 contactId, qint64 sequenceId,
                        const QString &senderEmail);
    const Enrollment *activeEnrollment(qint64 contactId) const;
    // Enrollments accepted over the API, in order.
    const QVector<Enrollment> &acceptedEnrollments() const { return m_accepted; }

    void setDailyCap(int cap) { m_dailyCap = cap; }
    int dailyCap() const { return m_dailyCap; }
    // Sends counted against this inbox in the rolling 24 h before now.
    int sendsInWindow(const QString &inbox) const;

    // Control operations; false when the sequence does not exist.
    bool renameSequence(qint64 sequenceId, const QString &name);
    bool deleteSequence(qint64 sequenceId); // ends its active enrollments
    bool clearSequenceSteps(qint64 sequenceId);
    // Returns the new id, or 0 when userId is not an active user with a seat.
    qint64 addSequence(const NewSequence &spec);
    // A new list without members, the next list id, created now; the caller checked the
    // spec (docs/hubspot-wire.md "Writing lists"). The reference lives until the next list.
    const ContactList &createList(const NewList &spec);
    // Whether edit can be applied strictly (the control endpoint): the list exists and, for
    // a contact list, every id to add is a contact (*badId names the first one that is not).
    ListEditError checkListEdit(const ListEdit &edit, qint64 *badId = nullptr) const;
    // The one place lists change (HubSpot's membership endpoints, /_sandbox/control, list
    // growth): on a contact list ids that are no contact are left out as missing; ids
    // already in (or not in) the list are ignored; added members join at edit.at; the
    // list's updatedAt and last added/removed times follow. Nothing for an unknown list.
    ListEditResult applyListEdit(const ListEdit &edit);

private:
    Sequence *mutableSequence(qint64 sequenceId);
    ContactList *mutableList(qint64 listId);
    Contact *mutableContact(qint64 contactId);
    void endEnrollment(qint64 contactId);
    QDateTime now() const;

    PortalData m_data;
    const Clock &m_clock;
    QHash<QString, int> m_contactByEmail; // lower-case email -> index
    QHash<qint64, Enrollment> m_active; // contactId -> active enrollment
    QVector<Enrollment> m_accepted;
    mutable QHash<QString, std::deque<QDateTime>> m_sends; // lower-case inbox -> send times
    int m_dailyCap = 1000;
    qint64 m_nextEnrollmentId = 880000001;
};

} // namespace SeqDesk::Sandbox
