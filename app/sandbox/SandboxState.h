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
};

enum class ListEditError { None, UnknownList, UnknownContact };

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
    // Whether edit can be applied: the list exists and, for a contact list, every id to
    // add is a contact (*badId names the first one that is not).
    ListEditError checkListEdit(const ListEdit &edit, qint64 *badId = nullptr) const;
    // Applies a checked edit: ids already in (or not in) the list are ignored; the added
    // members join now; updatedAt and the last added/removed times follow.
    void applyListEdit(const ListEdit &edit);

private:
    Sequence *mutableSequence(qint64 sequenceId);
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
