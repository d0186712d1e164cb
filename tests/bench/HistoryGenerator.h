#pragma once

// A generated enrollment history for the benchmarks (bench_analytics, bench_cold_start): 2,000
// jobs of 500 items over 90 days by default (40 sequences, 5 senders, the wizard, the CLI,
// CLI files and labels; a mix of outcomes and reasons, a third of the jobs resumed the next
// day), written through the real schema and EnrollmentStore::createJob. The same seed every
// run, so every run sees the same data.
#include "store/Stores.h"

#include <QSqlQuery>

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <random>

namespace SeqDesk::Bench::History {

using namespace SeqDesk::Store;

constexpr int kItemsPerJob = 500; // 1,000,000 in all
constexpr int kDays = 90;
constexpr int kSequences = 40;
constexpr int kSenders = 5;

inline const QString kPortal = QStringLiteral("4242424");

// The last day of the generated history (a fixed day, so that every run sees the same data).
inline const QDateTime kEnd(QDate(2026, 11, 23), QTime(0, 0), Qt::LocalTime);

struct Reason
{
    const char *code;
    int weight;
};
constexpr Reason kSkips[] = {{"ALREADY_ENROLLED", 50},
                             {"UNSUBSCRIBED", 20},
                             {"BOUNCED", 10},
                             {"NOT_FOUND", 10},
                             {"NO_EMAIL", 10}};
constexpr Reason kFailures[]
    = {{"INTERNAL_ERROR", 40}, {"RATE_LIMITED", 30}, {"FORBIDDEN", 20}, {"TIMEOUT", 10}};

template<size_t N> QString pick(const Reason (&reasons)[N], int roll)
{
    for (const Reason &r : reasons) {
        if (roll < r.weight)
            return QLatin1String(r.code);
        roll -= r.weight;
    }
    return QLatin1String(reasons[0].code);
}

inline QString sequenceId(int i)
{
    return QString::number(700'000 + i);
}

inline QString sender(int i)
{
    return QStringLiteral("rep%1@acme.example").arg(i);
}

// One job and its items: started 30 s after creation, 8 contacts a second; a third of the
// jobs stop after 300 contacts (send cap) and go on 24 h later.
inline void generateJob(std::mt19937 &rng, int jobIndex, EnrollmentJobRecord *job,
                        QList<EnrollmentItemRecord> *items)
{
    std::uniform_int_distribution<qint64> when(0, qint64(kDays) * 86'400'000 - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    const qint64 created = kEnd.toMSecsSinceEpoch() - qint64(kDays) * 86'400'000 + when(rng);
    *job = EnrollmentJobRecord();
    job->portalId = kPortal;
    // Some sequences are used far more than others.
    const int s = std::min(int(std::exponential_distribution<>(0.08)(rng)), kSequences - 1);
    job->sequenceId = sequenceId(s);
    job->senderEmail = sender(jobIndex % kSenders);
    const int src = percent(rng);
    job->source = src < 40 ? EnrollmentSource::Wizard : EnrollmentSource::Cli;
    if (src >= 70 && src < 90)
        job->sourceFileName = QStringLiteral("leads-%1.csv").arg(jobIndex % 10);
    else if (src >= 90)
        job->label = QStringLiteral("Campaign %1").arg(jobIndex % 5);
    job->createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
    job->state = JobState::Completed;
    const bool resumed = jobIndex % 3 == 0;
    items->clear();
    for (int k = 0; k < kItemsPerJob; ++k) {
        EnrollmentItemRecord item;
        item.contactId = QString::number(qint64(jobIndex) * kItemsPerJob + k);
        qint64 at = created + 30'000 + k * 125;
        if (resumed && k >= 300)
            at += 86'400'000;
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        const int roll = percent(rng);
        if (roll < 70) {
            item.state = ItemState::Enrolled;
        } else if (roll < 85) {
            item.state = ItemState::Skipped;
            item.hubspotCode = pick(kSkips, percent(rng));
        } else if (roll < 90) {
            item.state = ItemState::Failed;
            item.hubspotCode = pick(kFailures, percent(rng));
        } else if (roll < 98) {
            item.state = ItemState::Deferred;
            item.attemptedAt = t;
            item.eligibleAt = t.addDays(1);
            items->append(item);
            continue;
        } else {
            items->append(item); // pending
            continue;
        }
        item.attemptedAt = t;
        item.finishedAt = t.addMSecs(80);
        items->append(item);
    }
}

// The history's sequences in the mirror (names only: "Sequence 0" to "Sequence 39").
inline bool addSequences(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sequences (portal_id, sequence_id, name)"
                             " VALUES (?, ?, ?)"));
    for (int s = 0; s < kSequences; ++s) {
        q.addBindValue(kPortal);
        q.addBindValue(sequenceId(s));
        q.addBindValue(QStringLiteral("Sequence %1").arg(s));
        if (!q.exec())
            return false;
    }
    return true;
}

// Writes every job; the figure is the time of the createJob calls only.
inline qint64 fill(Stores &stores, int jobs, bool *ok)
{
    std::mt19937 rng(20261123);
    EnrollmentJobRecord job;
    QList<EnrollmentItemRecord> items;
    qint64 ns = 0;
    QElapsedTimer timer;
    for (int j = 0; j < jobs && *ok; ++j) {
        generateJob(rng, j, &job, &items);
        timer.start();
        *ok = stores.enrollments.createJob(job, items).has_value();
        ns += timer.nsecsElapsed();
    }
    if (!*ok)
        std::fprintf(stderr, "history: %s\n", qPrintable(stores.enrollments.lastError()));
    return ns;
}

} // namespace SeqDesk::Bench::History
