#include "jobs/DemoHistory.h"

#include "store/Stores.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace SeqDesk::Jobs {

using namespace SeqDesk::Store;

namespace {

constexpr int kJobs = 40;
constexpr int kDays = 60;

struct Source
{
    EnrollmentSource source;
    const char *file;
    const char *label;
};

const Source kSources[] = {
    {EnrollmentSource::Wizard, "", ""},
    {EnrollmentSource::Wizard, "webinar-attendees.csv", ""},
    {EnrollmentSource::Cli, "", ""},
    {EnrollmentSource::Cli, "", "Q4 push"},
    {EnrollmentSource::Wizard, "", "Trade show"},
};

// Why a contact did not go in, and how often (per thousand of those skipped or failed).
const std::pair<const char *, bool> kReasons[] = {
    {"already_enrolled", false}, {"already_enrolled", false}, {"unsubscribed", false},
    {"bounced", false},          {"duplicate", false},        {"no_email", false},
    {"INVALID_SENDER", true},    {"CONTACT_NOT_FOUND", true},
};

} // namespace

int seedDemoHistory(Stores &stores, const QString &portalId, const QDateTime &now,
                    const QStringList &featured)
{
    if (!stores.enrollments.jobs(portalId, QString(), 1).isEmpty())
        return 0;
    QList<SequenceRecord> sequences;
    QList<SequenceRecord> chosen;
    for (const SequenceRecord &s : stores.sequences.sequences(portalId)) {
        if (s.isEnrollable())
            (featured.contains(s.name) ? chosen : sequences).append(s);
    }
    // The featured ones among the less popular.
    sequences = sequences.mid(0, std::max(0, 8 - int(chosen.size())));
    for (int i = 0; i < chosen.size(); ++i)
        sequences.insert(std::min(int(sequences.size()), 4 + 2 * i), chosen.at(i));
    const QList<OwnerRecord> owners = stores.owners.activeOwners(portalId);
    if (sequences.isEmpty() || owners.isEmpty())
        return 0;

    QRandomGenerator random(20261123);
    int written = 0;
    int contact = 5000;
    for (int j = 0; j < kJobs; ++j) {
        // Busier recently, and on weekdays; never within the last two days, so the sample
        // takes nothing of a sender's rolling 24 h cap from the user's own first jobs.
        const int daysAgo = 2 + int((kDays - 2) * std::pow(random.bounded(1.0), 1.5));
        QDateTime at = now.addDays(-daysAgo).addSecs(-qint64(random.bounded(8 * 3600)));
        if (at.toLocalTime().date().dayOfWeek() > 5)
            at = at.addDays(-2);
        // The first sequences are the popular ones.
        const SequenceRecord &sequence
            = sequences.at(int(random.bounded(sequences.size()) * random.bounded(1.0)));
        const OwnerRecord &owner = owners.at(int(random.bounded(owners.size())));
        const Source &source = kSources[random.bounded(int(std::size(kSources)))];

        EnrollmentJobRecord job;
        job.portalId = portalId;
        job.sequenceId = sequence.sequenceId;
        job.senderEmail = owner.email.toLower();
        job.userId = owner.userId ? QString::number(*owner.userId) : QString();
        job.source = source.source;
        job.sourceFileName = QLatin1String(source.file);
        job.label = QLatin1String(source.label);
        job.createdAt = at;
        job.startedAt = at;
        job.finishedAt = at.addSecs(600);
        job.state = JobState::Completed;

        QList<EnrollmentItemRecord> items;
        const int size = 20 + int(random.bounded(180));
        const bool capped = random.bounded(10) == 0;
        for (int i = 0; i < size; ++i) {
            EnrollmentItemRecord item;
            item.contactId = QString::number(++contact);
            item.inputLine = i + 1;
            item.inputText = item.contactId;
            item.attemptedAt = at.addSecs(i / 8);
            const int roll = int(random.bounded(1000));
            if (capped && i >= size * 3 / 4) {
                item.state = ItemState::Deferred;
                item.eligibleAt = at.addDays(1);
                item.finishedAt = QDateTime();
            } else if (roll < 120) {
                const auto &[code, failed] = kReasons[random.bounded(int(std::size(kReasons)))];
                item.state = failed ? ItemState::Failed : ItemState::Skipped;
                item.hubspotCode = QLatin1String(code);
                item.finishedAt = item.attemptedAt;
            } else {
                item.state = ItemState::Enrolled;
                item.enrollmentId = QString::number(7'700'000'000LL + contact);
                item.finishedAt = item.attemptedAt;
            }
            items.append(item);
        }
        if (capped) // stopped at the cap; never resumed (these contacts are not in the sandbox)
            job.state = JobState::Cancelled;
        if (stores.enrollments.createJob(job, items))
            ++written;
    }
    return written;
}

} // namespace SeqDesk::Jobs
