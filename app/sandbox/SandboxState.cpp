#include "sandbox/SandboxState.h"

#include "core/Clock.h"

#include <algorithm>

namespace SeqDesk::Sandbox {

namespace {

constexpr qint64 rollingWindowMs = 24LL * 60 * 60 * 1000;

template<typename T> auto findById(T &items, qint64 id) -> decltype(items.data())
{
    const auto it = std::lower_bound(items.begin(), items.end(), id,
                                     [](const auto &item, qint64 key) { return item.id < key; });
    return it != items.end() && it->id == id ? &*it : nullptr;
}

} // namespace

SandboxState::SandboxState(PortalData data, const Clock &clock)
    : m_data(std::move(data))
    , m_clock(clock)
{
    for (int i = 0; i < m_data.contacts.size(); ++i) {
        if (!m_data.contacts[i].email.isEmpty())
            m_contactByEmail.insert(m_data.contacts[i].email.toLower(), i);
    }
    for (const Enrollment &e : std::as_const(m_data.seededEnrollments))
        m_active.insert(e.contactId, e);
}

QDateTime SandboxState::now() const
{
    return m_clock.nowUtc();
}

const Owner *SandboxState::owner(qint64 ownerId) const
{
    return findById(m_data.owners, ownerId);
}

const Owner *SandboxState::activeUser(qint64 userId) const
{
    for (const Owner &o : m_data.owners) {
        if (o.isActiveUser() && *o.userId == userId)
            return &o;
    }
    return nullptr;
}

const Owner *SandboxState::ownerByUserId(qint64 userId) const
{
    for (const Owner &o : m_data.owners) {
        if (o.userId == userId || o.userIdIncludingInactive == userId)
            return &o;
    }
    return nullptr;
}

bool SandboxState::isVisible(const Sequence &sequence, qint64 userId) const
{
    return activeUser(userId) && (sequence.shared || sequence.userId == userId);
}

QVector<const Sequence *> SandboxState::visibleSequences(qint64 userId) const
{
    QVector<const Sequence *> out;
    if (!activeUser(userId))
        return out;
    for (const Sequence &s : m_data.sequences) {
        if (s.shared || s.userId == userId)
            out.append(&s);
    }
    return out;
}

const Sequence *SandboxState::sequence(qint64 sequenceId) const
{
    return findById(m_data.sequences, sequenceId);
}

Sequence *SandboxState::mutableSequence(qint64 sequenceId)
{
    return findById(m_data.sequences, sequenceId);
}

const Contact *SandboxState::contact(qint64 contactId) const
{
    return findById(m_data.contacts, contactId);
}

Contact *SandboxState::mutableContact(qint64 contactId)
{
    return findById(m_data.contacts, contactId);
}

const Contact *SandboxState::contactByEmail(const QString &email) const
{
    const auto it = m_contactByEmail.constFind(email.trimmed().toLower());
    return it == m_contactByEmail.cend() ? nullptr : &m_data.contacts[*it];
}

const Enrollment *SandboxState::activeEnrollment(qint64 contactId) const
{
    const auto it = m_active.constFind(contactId);
    return it == m_active.cend() ? nullptr : &*it;
}

int SandboxState::sendsInWindow(const QString &inbox) const
{
    auto it = m_sends.find(inbox.toLower());
    if (it == m_sends.end())
        return 0;
    const QDateTime cutoff = now().addMSecs(-rollingWindowMs);
    std::deque<QDateTime> &times = *it;
    while (!times.empty() && times.front() <= cutoff)
        times.pop_front();
    return int(times.size());
}

EnrollResult SandboxState::enroll(qint64 userId, qint64 contactId, qint64 sequenceId,
                                  const QString &senderEmail)
{
    EnrollResult result;
    const Owner *user = activeUser(userId);
    const Sequence *seq = sequence(sequenceId);
    Contact *c = mutableContact(contactId);
    const auto isSenderInbox = [&] {
        return std::any_of(user->inboxes.cbegin(), user->inboxes.cend(), [&](const QString &i) {
            return i.compare(senderEmail.trimmed(), Qt::CaseInsensitive) == 0;
        });
    };
    if (!user)
        result.error = EnrollError::UnknownUser;
    else if (!user->salesSeat)
        result.error = EnrollError::NoSeat;
    else if (!seq || !isVisible(*seq, userId))
        result.error = EnrollError::UnknownSequence;
    else if (!c)
        result.error = EnrollError::UnknownContact;
    else if (!isSenderInbox())
        result.error = EnrollError::NoConnectedInbox;
    else if (c->email.isEmpty())
        result.error = EnrollError::MissingEmail;
    else if (m_active.contains(contactId))
        result.error = EnrollError::AlreadyEnrolled;
    else if (c->optedOut)
        result.error = EnrollError::Unsubscribed;
    else if (!c->hardBounceReason.isEmpty())
        result.error = EnrollError::Bounced;
    else if (c->quarantined)
        result.error = EnrollError::Blocked;
    else if (sendsInWindow(senderEmail) >= m_dailyCap)
        result.error = EnrollError::SendLimitReached;
    if (result.error != EnrollError::None)
        return result;

    const QDateTime t = now();
    Enrollment &e = result.enrollment;
    e.id = m_nextEnrollmentId++;
    e.contactId = contactId;
    e.sequenceId = sequenceId;
    e.sequenceName = seq->name;
    e.userId = userId;
    e.userEmail = user->email;
    e.senderEmail = senderEmail.trimmed();
    e.toEmail = c->email;
    e.enrolledAt = t;
    e.updatedAt = t;
    m_active.insert(contactId, e);
    m_accepted.append(e);
    m_sends[e.senderEmail.toLower()].push_back(t);
    c->enrolled = true;
    c->enrolledCount += 1;
    c->latestSequenceId = sequenceId;
    c->latestSequenceEnrolledAt = t;
    c->updatedAt = t;
    return result;
}

void SandboxState::endEnrollment(qint64 contactId)
{
    m_active.remove(contactId);
    if (Contact *c = mutableContact(contactId)) {
        c->enrolled = false;
        c->updatedAt = now();
    }
}

bool SandboxState::renameSequence(qint64 sequenceId, const QString &name)
{
    Sequence *s = mutableSequence(sequenceId);
    if (!s)
        return false;
    s->name = name;
    s->updatedAt = now();
    return true;
}

bool SandboxState::deleteSequence(qint64 sequenceId)
{
    const auto it = std::find_if(m_data.sequences.begin(), m_data.sequences.end(),
                                 [&](const Sequence &s) { return s.id == sequenceId; });
    if (it == m_data.sequences.end())
        return false;
    m_data.sequences.erase(it);
    QVector<qint64> ended;
    for (const Enrollment &e : std::as_const(m_active)) {
        if (e.sequenceId == sequenceId)
            ended.append(e.contactId);
    }
    for (qint64 contactId : std::as_const(ended))
        endEnrollment(contactId);
    return true;
}

bool SandboxState::clearSequenceSteps(qint64 sequenceId)
{
    Sequence *s = mutableSequence(sequenceId);
    if (!s)
        return false;
    s->steps.clear();
    s->dependencies.clear();
    s->updatedAt = now();
    return true;
}

qint64 SandboxState::addSequence(const NewSequence &spec)
{
    const Owner *user = activeUser(spec.userId);
    if (!user || !user->salesSeat)
        return 0;
    Sequence s;
    s.id = m_data.sequences.isEmpty() ? 712000000 : m_data.sequences.constLast().id + 1000;
    s.name = spec.name;
    s.userId = spec.userId;
    s.shared = spec.shared;
    s.createdAt = now();
    s.updatedAt = s.createdAt;
    for (int k = 0; k < spec.stepCount; ++k) {
        SequenceStep step;
        step.id = s.id * 100 + k;
        step.stepOrder = k;
        step.actionType = QStringLiteral("EMAIL");
        step.delayMillis = k == 0 ? 0 : 2LL * 24 * 60 * 60 * 1000;
        step.patternId = step.id + 50;
        step.templateId = 190000000 + k;
        step.createdAt = s.createdAt;
        step.updatedAt = s.createdAt;
        s.steps.append(step);
    }
    m_data.sequences.append(s);
    return s.id;
}

} // namespace SeqDesk::Sandbox
