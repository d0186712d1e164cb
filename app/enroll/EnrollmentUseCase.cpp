#include "enroll/EnrollmentUseCase.h"

#include "core/Clock.h"
#include "store/StoreWorker.h"

namespace SeqDesk::Enroll {

using namespace SeqDesk::Store;

ContactOrigin ContactOrigin::of(const ContactList &list)
{
    ContactOrigin origin;
    origin.kind = list.format == InputFormat::PastedText ? Kind::PastedText : Kind::File;
    origin.name = list.source;
    return origin;
}

ContactOrigin ContactOrigin::ofList(const QString &listId, const QString &listName)
{
    ContactOrigin origin;
    origin.kind = Kind::HubSpotList;
    origin.name = listName;
    origin.listId = listId;
    return origin;
}

EnrollmentContacts EnrollmentContacts::of(const ContactList &list)
{
    return {list.contacts, list.duplicates, ContactOrigin::of(list)};
}

EnrollmentUseCase::EnrollmentUseCase(StoreWorker *store, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
{ }

EnrollmentUseCase::~EnrollmentUseCase() = default;

QString EnrollmentUseCase::capProblem(int dailyCap)
{
    if (SendCap::isAllowed(dailyCap))
        return QString();
    return tr("The send cap must be from %1 to %2 emails per 24 hours, not %3.")
        .arg(SendCap::kMin)
        .arg(SendCap::kMax)
        .arg(dailyCap);
}

QDateTime EnrollmentUseCase::windowStart() const
{
    return SendCap::windowStart(m_clock->nowUtc());
}

void EnrollmentUseCase::senderUsage(const QString &senderEmail, QObject *context,
                                    std::function<void(std::optional<int>)> done) const
{
    const QString sender = SendCap::senderKey(senderEmail);
    const QDateTime since = windowStart();
    m_store->run(
        [sender, since](Stores &s) { return s.enrollments.enrolledBySenderSince(sender, since); },
        context, [done = std::move(done)](std::optional<int> used) { done(used); });
}

void EnrollmentUseCase::planRequest(const EnrollmentTarget &target,
                                    const EnrollmentContacts &contacts, QObject *context,
                                    PlanCallback done) const
{
    if (const QString problem = capProblem(target.dailyCap); !problem.isEmpty())
        return done(std::nullopt, problem);
    const QString sender = SendCap::senderKey(target.senderEmail);
    const QDateTime since = windowStart();
    m_store->run(
        [sender, since](Stores &s) {
            return s.enrollments.enrollTimesBySenderSince(sender, since);
        },
        context,
        [target, contacts, done = std::move(done)](const std::optional<QList<QDateTime>> &sends) {
            if (!sends)
                return done(std::nullopt,
                            tr("The sender's recent enrollments could not be "
                               "read from the mirror."));
            done(planRequest(target, contacts, *sends), QString());
        });
}

PlanRequest EnrollmentUseCase::planRequest(const EnrollmentTarget &target,
                                           const EnrollmentContacts &contacts,
                                           const QList<QDateTime> &recentSends)
{
    PlanRequest request;
    request.contacts = contacts.contacts;
    request.duplicates = contacts.duplicates;
    request.dailyCap = target.dailyCap;
    request.recentSends = recentSends;
    return request;
}

JobSpec EnrollmentUseCase::jobSpec(const EnrollmentTarget &target, const ContactOrigin &origin,
                                   EnrollmentSource caller, const QString &label)
{
    JobSpec spec;
    spec.portalId = target.portalId;
    spec.sequenceId = target.sequenceId;
    spec.senderEmail = target.senderEmail;
    spec.userId = target.userId;
    spec.source = caller;
    switch (origin.kind) {
    case ContactOrigin::Kind::PastedText:
        break;
    case ContactOrigin::Kind::File:
        spec.sourceFileName = origin.name;
        break;
    case ContactOrigin::Kind::HubSpotList:
        spec.sourceListId = origin.listId;
        spec.sourceListName = origin.name;
        break;
    }
    spec.label = label;
    spec.dailyCap = target.dailyCap; // stored with the job: every resume keeps to it
    return spec;
}

} // namespace SeqDesk::Enroll
