#pragma once

#include "store/StoreBase.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SeqDesk::Store {

// What the Analytics page asks: outcomes of enrollment items in a time range, narrowed by
// portal, sequences, sources and senders. Empty lists and invalid times do not narrow.
struct AnalyticsFilter
{
    QString portalId; // empty: every portal
    QDateTime from; // UTC, inclusive (the start of a local day); invalid: no start
    QDateTime to; // UTC, exclusive; invalid: no end
    QStringList sequenceIds;
    QStringList sources; // source keys, see AnalyticsSource
    QStringList senders; // sender inbox emails, lower-cased
};

// Where a job's contacts came from, as one key for charts and filters: "label:<label>" when
// the job has a label, else "rule:<rule id>" when an enrollment rule made it, else
// "list:<portal id>:<list id>" when its contacts are a HubSpot list's members, else
// "file:<file name>", else "wizard" or "cli". A rule is shown by its name; a list is one
// source whatever it was named when each job was made, shown by its newest name (the name
// recorded with the portal's latest job from it, whatever the filter): see sourceName below.
struct AnalyticsSource
{
    static QString keyOf(const QString &source, const QString &fileName, const QString &label,
                         const QString &portalId = {}, const QString &listId = {},
                         qint64 ruleId = 0);
    // Whether the store gives the key's name (a rule's or a list's key).
    static bool isNamed(const QString &key);
    // The list id of a "list:" key; empty for other keys.
    static QString listIdOf(const QString &key);
};

// Counted items: finished ones (enrolled, skipped, failed) and deferred ones. Pending and in
// flight items are not counted. An item counts at its finished_at, a deferred one at the
// time it was deferred (attempted_at, else its job's created_at).
struct OutcomeCounts
{
    int enrolled = 0;
    int skipped = 0;
    int failed = 0;
    int deferred = 0;

    int total() const { return enrolled + skipped + failed + deferred; }
    // enrolled / (enrolled + skipped + failed); 0 when none of those.
    double successRate() const
    {
        const int decided = enrolled + skipped + failed;
        return decided > 0 ? double(enrolled) / decided : 0.0;
    }
    bool operator==(const OutcomeCounts &o) const
    {
        return enrolled == o.enrolled && skipped == o.skipped && failed == o.failed
            && deferred == o.deferred;
    }
};

struct SequenceOutcomes
{
    QString sequenceId;
    QString name; // from the mirror; empty when the sequence is not (or no longer) in it
    OutcomeCounts counts;
};

enum class TimeBucket { Day, Week }; // local days; weeks start on Monday

struct TimeOutcomes
{
    QDate start; // the local day, or the Monday of the week
    OutcomeCounts counts;
};

struct SourceOutcomes
{
    QString source; // key, see AnalyticsSource
    OutcomeCounts counts;
    QString sourceName; // a rule's key: its name; a list's: its newest recorded name; else ''
};

// Why contacts were skipped or failed: HubSpot's code (or SeqDesk's, for predicted skips).
struct ReasonCount
{
    bool failed = false; // false: skipped
    QString code;
    int count = 0;
};

// One row of the table under the charts: a job's counted items of one local day.
struct AnalyticsRow
{
    QDate day;
    qint64 jobId = 0;
    QString portalId;
    QString sequenceId;
    QString sequenceName;
    QString sender;
    QString source; // key
    OutcomeCounts counts;
    QString sourceName; // as SourceOutcomes::sourceName
};

// Everything the Analytics page shows, read in one transaction.
struct AnalyticsSnapshot
{
    OutcomeCounts totals;
    QList<SequenceOutcomes> bySequence; // by total, largest first, then by name
    QList<TimeOutcomes> overTime; // ascending; buckets without items are left out
    QList<SourceOutcomes> bySource; // by total, largest first
    QList<ReasonCount> reasons; // by count, largest first
    QList<AnalyticsRow> rows; // newest day first, then job id descending; at most rowLimit
    int rowCount = 0; // rows there are in all (the table may show fewer)
};

// The filter's choices: what there is to pick from for a portal (all of its history).
struct AnalyticsChoices
{
    QList<SequenceOutcomes> sequences; // every sequence with counted items (counts: all time)
    QStringList sources;
    QHash<QString, QString> sourceNames; // of the rule and list keys among `sources`
    QStringList senders;
};

// Aggregates enrollment history for the Analytics page. Reads a rollup that triggers keep in
// step with enrollment_items (items per job, state, reason and quarter hour), never the items
// row by row; local days come from SQLite's 'localtime' (the process's time zone).
class AnalyticsStore final : public StoreBase
{
    Q_DISABLE_COPY_MOVE(AnalyticsStore)

public:
    explicit AnalyticsStore(QSqlDatabase db);

    // nullopt on a store error (lastError()).
    std::optional<AnalyticsSnapshot> snapshot(const AnalyticsFilter &filter, TimeBucket bucket,
                                              int rowLimit);
    std::optional<AnalyticsChoices> choices(const QString &portalId);

    // Each part alone (snapshot() runs them all), for the tests and the benchmark.
    std::optional<OutcomeCounts> totals(const AnalyticsFilter &filter);
    std::optional<QList<SequenceOutcomes>> bySequence(const AnalyticsFilter &filter);
    std::optional<QList<TimeOutcomes>> overTime(const AnalyticsFilter &filter, TimeBucket bucket);
    std::optional<QList<SourceOutcomes>> bySource(const AnalyticsFilter &filter);
    std::optional<QList<ReasonCount>> reasons(const AnalyticsFilter &filter);
    // Rows of the table, and how many there are in all.
    std::optional<std::pair<QList<AnalyticsRow>, int>> rows(const AnalyticsFilter &filter,
                                                            int limit);
};

} // namespace SeqDesk::Store
