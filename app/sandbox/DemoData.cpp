#include "sandbox/DemoData.h"

#include "sandbox/DemoLists.h"
#include "sandbox/DemoNames.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace SeqDesk::Sandbox {

namespace {

namespace N = DemoNames;

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
const QString userDomain = QStringLiteral("acmesoft.example");

QString lat(const char *text)
{
    return QString::fromLatin1(text);
}

class Generator final
{
public:
    explicit Generator(const DemoDataSpec &spec)
        : m_spec(spec)
        , m_rng(spec.seed)
        , m_ownerRng(spec.seed ^ 0x6f776e72u) // "ownr"
    { }

    PortalData run()
    {
        makeOwners();
        makeFolders();
        makeSequences();
        makeContacts();
        makeDemoLists(m_data, m_rng, m_spec.bigListMembers);
        return std::move(m_data);
    }

private:
    template<typename T, int Size> QString pick(T (&pool)[Size])
    {
        return lat(pool[m_rng.bounded(Size)]);
    }
    QDateTime daysBeforeEpoch(int minDays, int maxDays)
    {
        const qint64 span = qint64(maxDays - minDays) * dayMs;
        const qint64 offset = qint64(minDays) * dayMs + qint64(m_rng.bounded(double(span)));
        return demoEpoch().addMSecs(-offset);
    }
    QDateTime laterButNotAfterEpoch(const QDateTime &from, int maxDays)
    {
        const QDateTime t = from.addMSecs(qint64(m_rng.bounded(double(maxDays * dayMs))));
        return std::min(t, demoEpoch());
    }

    void makeOwners();
    void makeFolders();
    void makeSequences();
    void makeSteps(Sequence &sequence);
    void makeContacts();
    void applyKind(Contact &contact, ContactKind kind);

    const DemoDataSpec &m_spec;
    QRandomGenerator m_rng;
    PortalData m_data;
    QVector<int> m_seatUsers; // indexes into owners
    QVector<int> m_persons; // active users
    QVector<int> m_contactOwners; // indexes into owners, weighted (DemoData.h)
    QRandomGenerator m_ownerRng; // contact owners only
};

void Generator::makeOwners()
{
    const int firstBase = int(m_rng.bounded(N::count(N::firstNames)));
    const int lastBase = int(m_rng.bounded(N::count(N::lastNames)));
    QSet<QString> emails;
    for (int i = 0; i < m_spec.ownerCount; ++i) {
        Owner o;
        o.id = 30000000 + qint64(i) * 10000 + m_rng.bounded(10000);
        o.createdAt = daysBeforeEpoch(400, 1500);
        o.updatedAt = laterButNotAfterEpoch(o.createdAt, 300);
        o.type = QStringLiteral("PERSON");
        o.firstName = lat(N::firstNames[(firstBase + i * 7) % N::count(N::firstNames)]);
        o.lastName = lat(N::lastNames[(lastBase + i * 11) % N::count(N::lastNames)]);
        QString local = o.firstName.toLower() + QLatin1Char('.') + o.lastName.toLower();
        if (emails.contains(local))
            local += QString::number(i);
        emails.insert(local);
        o.email = local + QLatin1Char('@') + userDomain;
        const qint64 userId = 9000000 + qint64(i) * 10000 + m_rng.bounded(10000);
        o.userId = userId;
        o.userIdIncludingInactive = userId;
        o.salesSeat = true;
        o.inboxes = {o.email};
        const int team = i % N::count(N::teams);
        o.teams.append({QString::number(7000 + team), lat(N::teams[team]), true});
        if (i % 4 == 0)
            o.teams.append(
                {QString::number(7000 + (team + 1) % 3), lat(N::teams[(team + 1) % 3]), false});
        switch (i) {
        case 1: // sends from an address that differs from the login email
            o.inboxes = {o.firstName.toLower() + QStringLiteral("@outreach.") + userDomain};
            break;
        case 2: // two connected inboxes
            o.inboxes.append(o.firstName.toLower() + QStringLiteral(".sales@") + userDomain);
            break;
        case 3: // no Sales seat
            o.salesSeat = false;
            break;
        case 4: // a queue: no user behind it
            o.type = QStringLiteral("QUEUE");
            o.firstName = QStringLiteral("Inbound Leads");
            o.lastName = QStringLiteral("Queue");
            o.email.clear();
            o.userId.reset();
            o.userIdIncludingInactive.reset();
            o.salesSeat = false;
            o.inboxes.clear();
            o.teams.clear();
            break;
        case 5: // deactivated user
            o.userId.reset();
            o.salesSeat = false;
            o.inboxes.clear();
            break;
        default:
            break;
        }
        if (o.isActiveUser())
            m_persons.append(i);
        if (o.isActiveUser() && o.salesSeat)
            m_seatUsers.append(i);
        // Contact owners: users with a seat three times as often as the user without one
        // and the deactivated user (records keep their owner when a user is deactivated).
        const int weight = o.isActiveUser() && o.salesSeat ? 3
            : o.type == QLatin1String("QUEUE")             ? 0
                                                           : 1;
        for (int w = 0; w < weight; ++w)
            m_contactOwners.append(i);
        m_data.owners.append(o);
    }
}

void Generator::makeFolders()
{
    for (int i = 0; i < N::count(N::folders); ++i)
        m_data.folders.append({3100 + qint64(i) * 17 + m_rng.bounded(17), lat(N::folders[i])});
}

void Generator::makeSequences()
{
    constexpr int poolSize = N::count(N::sequenceNames);
    QVector<int> order(poolSize);
    for (int i = 0; i < poolSize; ++i)
        order[i] = i;
    for (int i = poolSize - 1; i > 0; --i)
        std::swap(order[i], order[m_rng.bounded(i + 1)]);
    static const char *regions[] = {"EMEA", "NA", "APAC", "LATAM", "DACH", "Nordics"};
    m_data.sequences.reserve(m_spec.sequenceCount);
    for (int j = 0; j < m_spec.sequenceCount; ++j) {
        Sequence s;
        s.id = 712000000 + qint64(j) * 1000 + m_rng.bounded(1000);
        s.name = lat(N::sequenceNames[order[j % poolSize]]);
        if (j >= poolSize)
            s.name += QStringLiteral(" (%1 %2)")
                          .arg(lat(regions[(j / poolSize) % 6]))
                          .arg(j / poolSize);
        const Owner &owner
            = m_data.owners
                  [m_seatUsers[j < m_seatUsers.size() ? j : m_rng.bounded(m_seatUsers.size())]];
        s.userId = *owner.userId;
        s.shared = j == 0 || (j != 1 && m_rng.bounded(4) != 0);
        if (m_rng.bounded(10) < 7)
            s.folderId = m_data.folders[m_rng.bounded(m_data.folders.size())].id;
        s.createdAt = daysBeforeEpoch(20, 700);
        s.updatedAt = laterButNotAfterEpoch(s.createdAt, 60);
        if (j % 10 != 3)
            makeSteps(s);
        m_data.sequences.append(std::move(s));
    }
}

void Generator::makeSteps(Sequence &s)
{
    static const char *taskTypes[] = {"CALL", "EMAIL", "LINKED_IN_CONNECT", "TODO"};
    static const char *priorities[] = {"HIGH", "MEDIUM", "LOW", "NONE"};
    static const char *followUp[] = {"BUSINESS_DAYS", "EVERYDAY", "WEEKDAYS_ONLY"};
    const int count = 2 + int(m_rng.bounded(5));
    const bool finish = m_rng.bounded(5) == 0;
    for (int k = 0; k < count + (finish ? 1 : 0); ++k) {
        SequenceStep step;
        step.id = s.id * 100 + k;
        step.stepOrder = k;
        step.createdAt = s.createdAt;
        step.updatedAt = s.updatedAt;
        step.patternId = step.id + 50;
        if (k == count) {
            step.actionType = QStringLiteral("FINISH_ENROLLMENT");
            step.delayMillis = dayMs;
        } else if (k == 0 || m_rng.bounded(10) < 7) {
            step.actionType = QStringLiteral("EMAIL");
            step.delayMillis = k == 0 ? 0 : (1 + m_rng.bounded(4)) * dayMs;
            step.templateId = 180000000 + m_rng.bounded(1000000);
            if (k > 0 && m_rng.bounded(2) == 0)
                step.threadEmailToStepOrder = 0;
        } else {
            step.actionType = QStringLiteral("TASK");
            step.delayMillis = (1 + m_rng.bounded(3)) * dayMs;
            step.taskType = pick(taskTypes);
            step.taskPriority = pick(priorities);
            step.subject = pick(N::taskSubjects);
            step.notes = QStringLiteral("Keep it short and reference the previous email.");
        }
        s.steps.append(step);
    }
    for (int k = 0; k + 1 < s.steps.size(); ++k) {
        if (s.steps[k].actionType != QLatin1String("TASK") || m_rng.bounded(2) == 0)
            continue;
        SequenceDependency d;
        d.id = s.steps[k].id + 80;
        d.dependencyType = QStringLiteral("TASK_COMPLETION");
        d.reliesOnStepId = s.steps[k].id;
        d.reliesOnStepOrder = k;
        d.requiredByStepId = s.steps[k + 1].id;
        d.requiredByStepOrder = k + 1;
        d.createdAt = s.createdAt;
        d.updatedAt = s.updatedAt;
        s.dependencies.append(d);
    }
    if (m_rng.bounded(10) != 0) {
        SequenceSettings set;
        set.id = s.id + 9;
        set.eligibleFollowUpDays = pick(followUp);
        set.individualTaskRemindersEnabled = m_rng.bounded(2) == 0;
        set.sellingStrategy = QStringLiteral("LEAD_BASED");
        set.sendWindowStartMinute = 480 + 30 * int(m_rng.bounded(3));
        set.sendWindowEndMinute = 1020 + 30 * int(m_rng.bounded(3));
        set.taskReminderMinute = 480;
        set.createdAt = s.createdAt;
        set.updatedAt = s.updatedAt;
        s.settings = set;
    }
}

void Generator::makeContacts()
{
    QSet<QString> emails;
    emails.reserve(m_spec.contactCount);
    m_data.contacts.reserve(m_spec.contactCount);
    for (int k = 0; k < m_spec.contactCount; ++k) {
        Contact c;
        c.id = 101 + qint64(k) * 50 + m_rng.bounded(50);
        c.firstName = pick(N::firstNames);
        c.lastName = pick(N::lastNames);
        const int company = int(m_rng.bounded(N::count(N::companies)));
        c.company = lat(N::companies[company]);
        c.jobTitle = pick(N::jobTitles);
        c.lifecycleStage = pick(N::lifecycleStages);
        QString local = c.firstName.toLower() + QLatin1Char('.') + c.lastName.toLower();
        QString email = local + QLatin1Char('@') + lat(N::domains[company]);
        for (int n = 2; emails.contains(email); ++n)
            email = local + QString::number(n) + QLatin1Char('@') + lat(N::domains[company]);
        emails.insert(email);
        c.email = email;
        // Two draws of the main stream that once picked the owner stay, so a seed's data
        // is what it was; owners come from a stream of their own.
        if (m_rng.bounded(100) < 85)
            m_rng.bounded(m_persons.size());
        if (m_ownerRng.bounded(100) < 92) // a few contacts have no owner
            c.ownerId
                = m_data.owners[m_contactOwners[m_ownerRng.bounded(int(m_contactOwners.size()))]]
                      .id;
        c.createdAt = daysBeforeEpoch(1, 900);
        c.updatedAt = laterButNotAfterEpoch(c.createdAt, 100);
        const int r = int(m_rng.bounded(100));
        const ContactKind kind = r < 3 ? ContactKind::Unsubscribed
            : r < 5                    ? ContactKind::Bounced
            : r < 7                    ? ContactKind::Blocked
            : r < 9                    ? ContactKind::NoEmail
            : r < 15                   ? ContactKind::Enrolled
                                       : ContactKind::Normal;
        if (kind == ContactKind::Normal && m_rng.bounded(10) == 0) { // finished one before
            c.enrolledCount = 1;
            c.latestSequenceId = m_data.sequences[m_rng.bounded(m_data.sequences.size())].id;
            c.latestSequenceEnrolledAt = daysBeforeEpoch(40, 300);
        }
        applyKind(c, kind);
        m_data.contacts.append(std::move(c));
    }
    const ContactKind special[]
        = {ContactKind::Unsubscribed, ContactKind::Bounced, ContactKind::Blocked,
           ContactKind::NoEmail, ContactKind::Enrolled};
    for (int s = 0; s < 5; ++s) {
        const auto has = std::any_of(m_data.contacts.cbegin(), m_data.contacts.cend(),
                                     [&](const Contact &c) { return c.kind == special[s]; });
        for (int k = (s * 3 + 1) % m_spec.contactCount; !has; k = (k + 1) % m_spec.contactCount) {
            if (m_data.contacts[k].kind == ContactKind::Normal) {
                applyKind(m_data.contacts[k], special[s]);
                break;
            }
        }
    }
}

void Generator::applyKind(Contact &c, ContactKind kind)
{
    static const char *bounceReasons[] = {"UNKNOWN_USER", "MAILBOX_FULL", "OTHER"};
    c.kind = kind;
    switch (kind) {
    case ContactKind::Normal:
        break;
    case ContactKind::Unsubscribed:
        c.optedOut = true;
        break;
    case ContactKind::Bounced:
        c.hardBounceReason = pick(bounceReasons);
        c.badAddress = true;
        break;
    case ContactKind::Blocked:
        c.quarantined = true;
        break;
    case ContactKind::NoEmail:
        c.email.clear();
        break;
    case ContactKind::Enrolled: {
        const Sequence *target = nullptr;
        for (int tries = 0; tries < 50 && !target; ++tries) {
            const Sequence &s = m_data.sequences[m_rng.bounded(m_data.sequences.size())];
            if (!s.steps.isEmpty())
                target = &s;
        }
        if (!target)
            target = &m_data.sequences.constFirst();
        const auto owner = std::find_if(m_data.owners.cbegin(), m_data.owners.cend(),
                                        [&](const Owner &o) { return o.userId == target->userId; });
        Enrollment e;
        e.id = 870000000 + m_data.seededEnrollments.size();
        e.contactId = c.id;
        e.sequenceId = target->id;
        e.sequenceName = target->name;
        e.userId = target->userId;
        e.userEmail = owner->email;
        e.senderEmail = owner->inboxes.constFirst();
        e.toEmail = c.email;
        e.enrolledAt = daysBeforeEpoch(1, 20);
        e.updatedAt = e.enrolledAt;
        e.seeded = true;
        m_data.seededEnrollments.append(e);
        c.enrolled = true;
        c.enrolledCount += 1;
        c.latestSequenceId = target->id;
        c.latestSequenceEnrolledAt = e.enrolledAt;
        break;
    }
    }
}

} // namespace

QDateTime demoEpoch()
{
    return QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
}

PortalData generateDemoData(const DemoDataSpec &spec)
{
    DemoDataSpec sane = spec; // the special owners and contact kinds need a minimum size
    sane.ownerCount = qMax(6, spec.ownerCount);
    sane.sequenceCount = qMax(4, spec.sequenceCount);
    sane.contactCount = std::max({10, spec.contactCount, spec.bigListMembers});
    return Generator(sane).run();
}

} // namespace SeqDesk::Sandbox
