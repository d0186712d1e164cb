#include "store/AnalyticsStore.h"

#include "store/SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

// Every query reads enrollment_rollup (see migration 6): counted items per job, quarter hour
// (counted-at ms / 900,000), state and reason. Narrowing by time is a range on the quarter;
// narrowing by job (portal, sequence, source, sender) is `r.job_id IN (jobs that match)`,
// which SQLite answers with one seek per matching job into the rollup's key (job first).
// Jobs and sequences are joined only to the aggregated rows (per job, sequence or source),
// never to the rollup row by row.

namespace SeqDesk::Store {

namespace {

constexpr qint64 kQuarterMs = 900'000;

// A job's source key (AnalyticsSource::keyOf) in SQL, over enrollment_jobs `j`.
const char *const kSourceKey
    = "(CASE WHEN j.label <> '' THEN 'label:' || j.label"
      " WHEN j.rule_id <> 0 THEN 'rule:' || j.rule_id"
      " WHEN j.source_list_id <> '' THEN 'list:' || j.portal_id || ':' || j.source_list_id"
      " WHEN j.source_file_name <> '' THEN 'file:' || j.source_file_name"
      " ELSE j.source END)";

// The name a job's source key shows when it is a rule's or a list's (else ''): the rule's
// name now (deleted rules too); for a list, the name recorded with the portal's newest job
// from that list, over all of its jobs (the filter does not change it), so a renamed list is
// one source under one name. Evaluated only for those keys; the index of migration 7 answers
// the list's.
const char *const kSourceName
    = "(CASE WHEN j.label = '' AND j.rule_id <> 0"
      " THEN COALESCE((SELECT u.name FROM rules u WHERE u.id = j.rule_id), '')"
      " WHEN j.label = '' AND j.source_list_id <> ''"
      " THEN (SELECT l.source_list_name FROM enrollment_jobs l WHERE l.portal_id = j.portal_id"
      "  AND l.source_list_id = j.source_list_id AND l.source_list_id <> ''"
      "  ORDER BY l.created_at DESC, l.id DESC LIMIT 1)"
      " ELSE '' END)";

// The four outcome counts of rollup rows `r`, then of rows that already carry them.
const char *const kSums = "SUM(CASE WHEN r.state = 'enrolled' THEN r.count ELSE 0 END) AS n_e,"
                          " SUM(CASE WHEN r.state = 'skipped' THEN r.count ELSE 0 END) AS n_s,"
                          " SUM(CASE WHEN r.state = 'failed' THEN r.count ELSE 0 END) AS n_f,"
                          " SUM(CASE WHEN r.state = 'deferred' THEN r.count ELSE 0 END) AS n_d";
const char *const kResums = "SUM(n_e) AS n_e, SUM(n_s) AS n_s, SUM(n_f) AS n_f, SUM(n_d) AS n_d";

// SQLite's 'localtime' day of quarter `q`, and the Monday of its week.
const char *const kDayOf = "date(%1 * 900, 'unixepoch', 'localtime')";
const char *const kWeekOf = "date(%1 * 900, 'unixepoch', 'localtime', '-6 days', 'weekday 1')";

qint64 ceilDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && a > 0) ? q + 1 : q;
}

// SQLite's lower() folds ASCII only; fold the filter's senders the same way.
QString asciiLower(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return out;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// The filter as " WHERE ..." over rollup rows `r`, with its values to bind in order.
struct Where
{
    QString sql;
    QVariantList binds;
};

Where whereOf(const AnalyticsFilter &f)
{
    Where w;
    QStringList terms;
    // quarter * 900000 >= from  <=>  quarter >= ceil(from / 900000); likewise for `to`.
    if (f.from.isValid()) {
        terms.append(QStringLiteral("r.quarter >= ?"));
        w.binds.append(ceilDiv(f.from.toMSecsSinceEpoch(), kQuarterMs));
    }
    if (f.to.isValid()) {
        terms.append(QStringLiteral("r.quarter < ?"));
        w.binds.append(ceilDiv(f.to.toMSecsSinceEpoch(), kQuarterMs));
    }
    QStringList jobTerms;
    if (!f.portalId.isEmpty()) {
        jobTerms.append(QStringLiteral("j.portal_id = ?"));
        w.binds.append(f.portalId);
    }
    const auto addIn = [&](const QString &expr, const QStringList &values, bool lower) {
        if (values.isEmpty())
            return;
        jobTerms.append(expr + QStringLiteral(" IN (") + placeholders(values.size())
                        + QLatin1Char(')'));
        for (const QString &v : values)
            w.binds.append(lower ? asciiLower(v) : v);
    };
    addIn(QStringLiteral("j.sequence_id"), f.sequenceIds, false);
    addIn(QLatin1String(kSourceKey), f.sources, false);
    addIn(QStringLiteral("lower(j.sender_email)"), f.senders, true);
    if (!jobTerms.isEmpty())
        terms.append(QStringLiteral("r.job_id IN (SELECT j.id FROM enrollment_jobs j WHERE ")
                     + jobTerms.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
    w.sql = terms.isEmpty() ? QStringLiteral(" WHERE 1 = 1")
                            : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return w;
}

// Counted items per job under the filter: the common table `per_job`.
QString perJob(const Where &w)
{
    return QStringLiteral("WITH per_job AS (SELECT r.job_id AS job_id, %1"
                          " FROM enrollment_rollup r%2 GROUP BY r.job_id) ")
        .arg(QLatin1String(kSums), w.sql);
}

OutcomeCounts countsAt(const QSqlQuery &q, int first)
{
    OutcomeCounts c;
    c.enrolled = q.value(first).toInt();
    c.skipped = q.value(first + 1).toInt();
    c.failed = q.value(first + 2).toInt();
    c.deferred = q.value(first + 3).toInt();
    return c;
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QString AnalyticsSource::keyOf(const QString &source, const QString &fileName, const QString &label,
                               const QString &portalId, const QString &listId, qint64 ruleId)
{
    if (!label.isEmpty())
        return QStringLiteral("label:") + label;
    if (ruleId != 0)
        return QStringLiteral("rule:") + QString::number(ruleId);
    if (!listId.isEmpty())
        return QStringLiteral("list:") + portalId + QLatin1Char(':') + listId;
    if (!fileName.isEmpty())
        return QStringLiteral("file:") + fileName;
    return source;
}

bool AnalyticsSource::isNamed(const QString &key)
{
    return key.startsWith(QLatin1String("list:")) || key.startsWith(QLatin1String("rule:"));
}

QString AnalyticsSource::listIdOf(const QString &key)
{
    if (!key.startsWith(QLatin1String("list:")))
        return {};
    return key.mid(key.lastIndexOf(QLatin1Char(':')) + 1);
}

AnalyticsStore::AnalyticsStore(QSqlDatabase db)
    : StoreBase(std::move(db))
{ }

std::optional<AnalyticsSnapshot> AnalyticsStore::snapshot(const AnalyticsFilter &filter,
                                                          TimeBucket bucket, int rowLimit)
{
    // One read transaction: every part sees the same rollup, also while a job writes.
    Sql::Transaction transaction(db());
    if (!transaction.begin(errorSlot()))
        return std::nullopt;
    AnalyticsSnapshot s;
    const auto totalsPart = totals(filter);
    if (!totalsPart)
        return std::nullopt;
    s.totals = *totalsPart;
    auto sequences = bySequence(filter);
    if (!sequences)
        return std::nullopt;
    s.bySequence = std::move(*sequences);
    auto time = overTime(filter, bucket);
    if (!time)
        return std::nullopt;
    s.overTime = std::move(*time);
    auto sources = bySource(filter);
    if (!sources)
        return std::nullopt;
    s.bySource = std::move(*sources);
    auto why = reasons(filter);
    if (!why)
        return std::nullopt;
    s.reasons = std::move(*why);
    auto table = rows(filter, rowLimit);
    if (!table)
        return std::nullopt;
    s.rows = std::move(table->first);
    s.rowCount = table->second;
    if (!transaction.commit(errorSlot()))
        return std::nullopt;
    ok();
    return s;
}

std::optional<AnalyticsChoices> AnalyticsStore::choices(const QString &portalId)
{
    Sql::Transaction transaction(db());
    if (!transaction.begin(errorSlot()))
        return std::nullopt;
    AnalyticsFilter all;
    all.portalId = portalId;
    auto sequences = bySequence(all);
    if (!sequences)
        return std::nullopt;
    AnalyticsChoices c;
    c.sequences = std::move(*sequences);
    std::stable_sort(c.sequences.begin(), c.sequences.end(),
                     [](const SequenceOutcomes &a, const SequenceOutcomes &b) {
                         // By name; sequences not in the mirror (no name) last, by id.
                         if (a.name.isEmpty() != b.name.isEmpty())
                             return b.name.isEmpty();
                         const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
                         return byName != 0 ? byName < 0 : a.sequenceId < b.sequenceId;
                     });
    // Sources and senders of the jobs that have counted items.
    const QString jobs = QStringLiteral(" FROM enrollment_jobs j WHERE (? = '' OR j.portal_id = ?)"
                                        " AND EXISTS (SELECT 1 FROM enrollment_rollup r"
                                        "  WHERE r.job_id = j.id) ORDER BY 1");
    const QVariantList binds {portalId, portalId};
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT DISTINCT ") + QLatin1String(kSourceKey)
                      + QStringLiteral(", ") + QLatin1String(kSourceName) + jobs,
                  binds, errorSlot()))
        return std::nullopt;
    while (q.next()) {
        const QString key = q.value(0).toString();
        c.sources.append(key);
        if (AnalyticsSource::isNamed(key))
            c.sourceNames.insert(key, q.value(1).toString());
    }
    if (!Sql::run(q, QStringLiteral("SELECT DISTINCT lower(j.sender_email)") + jobs, binds,
                  errorSlot()))
        return std::nullopt;
    while (q.next())
        c.senders.append(q.value(0).toString());
    if (!transaction.commit(errorSlot()))
        return std::nullopt;
    ok();
    return c;
}

std::optional<OutcomeCounts> AnalyticsStore::totals(const AnalyticsFilter &filter)
{
    const Where w = whereOf(filter);
    QSqlQuery q(db());
    if (!Sql::run(q,
                  QStringLiteral("SELECT ") + QLatin1String(kSums)
                      + QStringLiteral(" FROM enrollment_rollup r") + w.sql,
                  w.binds, errorSlot())
        || !q.next())
        return std::nullopt;
    ok();
    return countsAt(q, 0);
}

std::optional<QList<SequenceOutcomes>> AnalyticsStore::bySequence(const AnalyticsFilter &filter)
{
    const Where w = whereOf(filter);
    // A sequence id names one sequence; its name comes from the mirror of its portal.
    const QString sql = perJob(w)
        + QStringLiteral(", g AS (SELECT j.sequence_id AS sequence_id, MIN(j.portal_id) AS"
                         " portal_id, %1 FROM per_job p JOIN enrollment_jobs j ON j.id = p.job_id"
                         " GROUP BY j.sequence_id)"
                         " SELECT g.sequence_id, COALESCE((SELECT s.name FROM sequences s"
                         "  WHERE s.portal_id = g.portal_id AND s.sequence_id = g.sequence_id),"
                         "  '') AS name, g.n_e, g.n_s, g.n_f, g.n_d FROM g"
                         " ORDER BY g.n_e + g.n_s + g.n_f + g.n_d DESC, name COLLATE NOCASE,"
                         " g.sequence_id")
              .arg(QLatin1String(kResums));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!Sql::run(q, sql, w.binds, errorSlot()))
        return std::nullopt;
    QList<SequenceOutcomes> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), countsAt(q, 2)});
    ok();
    return out;
}

std::optional<QList<TimeOutcomes>> AnalyticsStore::overTime(const AnalyticsFilter &filter,
                                                            TimeBucket bucket)
{
    const Where w = whereOf(filter);
    // Local dates are computed once per quarter hour, not per rollup row.
    const QString start = QLatin1String(bucket == TimeBucket::Day ? kDayOf : kWeekOf)
                              .arg(QStringLiteral("quarter"));
    const QString sql = QStringLiteral("SELECT %1 AS start, %2 FROM (SELECT r.quarter AS quarter,"
                                       " %3 FROM enrollment_rollup r%4 GROUP BY r.quarter)"
                                       " GROUP BY start ORDER BY start")
                            .arg(start, QLatin1String(kResums), QLatin1String(kSums), w.sql);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!Sql::run(q, sql, w.binds, errorSlot()))
        return std::nullopt;
    QList<TimeOutcomes> out;
    while (q.next())
        out.append({dateOf(q.value(0)), countsAt(q, 1)});
    ok();
    return out;
}

std::optional<QList<SourceOutcomes>> AnalyticsStore::bySource(const AnalyticsFilter &filter)
{
    const Where w = whereOf(filter);
    const QString sql = perJob(w)
        + QStringLiteral("SELECT %1 AS source_key, %2, MAX(%3) FROM per_job p"
                         " JOIN enrollment_jobs j ON j.id = p.job_id GROUP BY source_key"
                         " ORDER BY n_e + n_s + n_f + n_d DESC, source_key")
              .arg(QLatin1String(kSourceKey), QLatin1String(kResums), QLatin1String(kSourceName));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!Sql::run(q, sql, w.binds, errorSlot()))
        return std::nullopt;
    QList<SourceOutcomes> out;
    while (q.next())
        out.append({q.value(0).toString(), countsAt(q, 1), q.value(5).toString()});
    ok();
    return out;
}

std::optional<QList<ReasonCount>> AnalyticsStore::reasons(const AnalyticsFilter &filter)
{
    const Where w = whereOf(filter);
    const QString sql = QStringLiteral("SELECT r.state = 'failed' AS failed, r.code,"
                                       " SUM(r.count) AS n FROM enrollment_rollup r")
        + w.sql
        + QStringLiteral(" AND r.state IN ('skipped', 'failed') GROUP BY r.state, r.code"
                         " ORDER BY n DESC, failed DESC, r.code");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!Sql::run(q, sql, w.binds, errorSlot()))
        return std::nullopt;
    QList<ReasonCount> out;
    while (q.next())
        out.append({q.value(0).toBool(), q.value(1).toString(), q.value(2).toInt()});
    ok();
    return out;
}

std::optional<std::pair<QList<AnalyticsRow>, int>>
AnalyticsStore::rows(const AnalyticsFilter &filter, int limit)
{
    const Where w = whereOf(filter);
    // Per job and quarter, then per job and local day; the count of all rows rides along
    // (a window over every row, before LIMIT). Jobs and names are joined to the page only.
    const QString sql
        = QStringLiteral(
              "WITH per_quarter AS (SELECT r.job_id AS job_id, r.quarter AS quarter, %1"
              "  FROM enrollment_rollup r%2 GROUP BY r.job_id, r.quarter),"
              " per_day AS (SELECT job_id, %3 AS day, %4 FROM per_quarter GROUP BY job_id, day),"
              " page AS (SELECT per_day.*, COUNT(*) OVER () AS total_rows FROM per_day"
              "  ORDER BY day DESC, job_id DESC LIMIT ?)"
              " SELECT p.day, p.job_id, j.portal_id, j.sequence_id, COALESCE(s.name, ''),"
              " j.sender_email, %5, p.n_e, p.n_s, p.n_f, p.n_d, p.total_rows, %6"
              " FROM page p JOIN enrollment_jobs j ON j.id = p.job_id"
              " LEFT JOIN sequences s ON s.portal_id = j.portal_id"
              "  AND s.sequence_id = j.sequence_id"
              " ORDER BY p.day DESC, p.job_id DESC")
              .arg(QLatin1String(kSums), w.sql,
                   QLatin1String(kDayOf).arg(QStringLiteral("quarter")), QLatin1String(kResums),
                   QLatin1String(kSourceKey), QLatin1String(kSourceName));
    QVariantList binds = w.binds;
    binds.append(std::max(limit, 1)); // one row at least, for the count
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!Sql::run(q, sql, binds, errorSlot()))
        return std::nullopt;
    QList<AnalyticsRow> out;
    int total = 0;
    while (q.next()) {
        total = q.value(11).toInt();
        if (out.size() >= limit)
            continue;
        AnalyticsRow row;
        row.day = dateOf(q.value(0));
        row.jobId = q.value(1).toLongLong();
        row.portalId = q.value(2).toString();
        row.sequenceId = q.value(3).toString();
        row.sequenceName = q.value(4).toString();
        row.sender = q.value(5).toString();
        row.source = q.value(6).toString();
        row.counts = countsAt(q, 7);
        row.sourceName = q.value(12).toString();
        out.append(row);
    }
    ok();
    return std::make_pair(out, total);
}

} // namespace SeqDesk::Store
