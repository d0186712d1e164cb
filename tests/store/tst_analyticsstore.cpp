#include "StoreTestSupport.h"

#include <QTest>

#include <algorithm>
#include <ctime>
#include <tuple>

using namespace StoreTest;

namespace SeqDesk::Store {
// QCOMPARE prints these on a mismatch.
char *toString(const OutcomeCounts &c)
{
    return QTest::toString(QStringLiteral("{enrolled %1, skipped %2, failed %3, deferred %4}")
                               .arg(c.enrolled)
                               .arg(c.skipped)
                               .arg(c.failed)
                               .arg(c.deferred));
}
} // namespace SeqDesk::Store

namespace {

OutcomeCounts oc(int enrolled, int skipped, int failed, int deferred)
{
    OutcomeCounts c;
    c.enrolled = enrolled;
    c.skipped = skipped;
    c.failed = failed;
    c.deferred = deferred;
    return c;
}

// A local time of March 2026 in the test's time zone (Asia/Kolkata, UTC+5:30, no DST).
qint64 local(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::LocalTime).toMSecsSinceEpoch();
}

QDateTime localDay(int day)
{
    return QDateTime(QDate(2026, 3, day), QTime(0, 0), Qt::LocalTime).toUTC();
}

QDate march(int day)
{
    return QDate(2026, 3, day);
}

struct Items
{
    Items(ItemState s, int count, qint64 attemptedMs = 0, qint64 finishedMs = 0,
          const QString &hubspotCode = QString())
        : state(s)
        , n(count)
        , attempted(attemptedMs)
        , finished(finishedMs)
        , code(hubspotCode)
    { }
    ItemState state;
    int n;
    qint64 attempted; // 0: NULL
    qint64 finished; // 0: NULL
    QString code;
};

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromLatin1(s));
    return out;
}

const QString kAna = QStringLiteral("ana@example.com");
const QString kBob = QStringLiteral("bob@example.com");
const QString kLabel = QStringLiteral("label:Spring push");
const QString kFile = QStringLiteral("file:leads.csv");
const QString kWizard = QStringLiteral("wizard");
const QString kCli = QStringLiteral("cli");

} // namespace

// The fixture (every test starts from it; days are local days of March 2026, Monday 9 and
// Monday 16 start weeks). Expected counts below are worked out by hand from this table.
//
// job portal seq   sender           source            counted items (local time)
// J1  p1     seq-a Ana@Example.com  wizard            Mar 9: E3 09:10, S1 ALREADY_ENROLLED,
//                                                     F1 INTERNAL_ERROR, E1 23:59, D2 09:15;
//                                                     not counted: 2 pending, 1 in flight
// J2  p1     seq-a bob              cli, leads.csv    Mar 9: S2 UNSUBSCRIBED 23:30, D1 (no
//                                                     attempt: at the job's 23:00); Mar 10: E2
//                                                     00:01, F1 INTERNAL_ERROR 00:05, E1 (no
//                                                     finish: at its attempt 01:00)
// J3  p1     seq-b ANA@example.com  wizard + label    Mar 11: E4, S1 ALREADY_ENROLLED,
//                                                     S1 NOT_FOUND, E1 (no times: the job's);
//                                                     Mar 15: E1 23:50 (Sunday)
// J4  p2     seq-c bob              cli               Mar 16: E2 00:10, F1 FORBIDDEN, D3;
//                                                     not counted: 1 pending
// J5  p2     seq-x ana              cli, file + label Mar 20: E1, S1 ALREADY_ENROLLED
//
// In UTC, J1's 23:59 and J2's 00:01 to 01:00 are all on Mar 9 (18:29 to 19:30 UTC), and J3's
// Sunday 23:50 and J4's Monday items are all on Sunday Mar 15: only local days split them.
class TestAnalyticsStore final : public QObject
{
    Q_OBJECT

private slots:
    void aRulesJobsAreOneSourceNamedByTheRule();
    void initTestCase();
    void init();
    void cleanup();

    void sourceKeyIsLabelThenListThenFileThenSource();
    void emptyHistoryGivesZerosAndNoRows();
    void totalsCountFinishedAndDeferredItemsOnly();
    void bySequenceIsSortedByVolumeWithTheMirrorsNames();
    void daysFollowTheLocalTimeZoneAcrossMidnight();
    void weeksStartOnTheLocalMonday();
    void bySourceKeysJobsByLabelFileOrSource();
    void aListIsOneSourceUnderItsNewestNameAndFiltersItsJobs();
    void reasonsAreSortedByCount();
    void rowsArePerJobAndLocalDayNewestFirstWithLimitAndCount();
    void filtersNarrowTheTotals_data();
    void filtersNarrowTheTotals();
    void combinedFiltersNarrowEveryPart();
    void filterMatchingNothingGivesEmptyParts();
    void snapshotIsEveryPartInOneRead();
    void choicesListWhatThereIsToPick();
    void rollupFollowsAnItemThroughItsStates();
    void rollupFollowsDeferredItemsAndChangedOutcomes();
    void retryFailedTakesFailedItemsOutOfTheRollup();
    void deletingAJobOrPortalCascadesTheRollup();

private:
    qint64 addJob(const QString &portalId, const QString &sequenceId, const QString &sender,
                  EnrollmentSource source, const QString &file, const QString &label,
                  qint64 createdAt, const QList<Items> &items);
    qint64 addListJob(const QString &portalId, const QString &listId, const QString &listName,
                      const QString &label, qint64 createdAt, const QList<Items> &items);
    void verifyRollupIsExact();
    AnalyticsStore &analytics() { return m_store->stores->analytics; }

    std::unique_ptr<TempStore> m_store;
    qint64 m_j[6] {};
};

void TestAnalyticsStore::initTestCase()
{
    // Local days must not be UTC days here: India is UTC+5:30 (a half-hour offset, which is
    // why the rollup keeps quarter hours). SQLite's 'localtime' and QDateTime both follow TZ.
    qputenv("TZ", "Asia/Kolkata");
    tzset();
    QCOMPARE(local(10, 0, 0), QDateTime(march(9), QTime(18, 30), Qt::UTC).toMSecsSinceEpoch());
}

qint64 TestAnalyticsStore::addJob(const QString &portalId, const QString &sequenceId,
                                  const QString &sender, EnrollmentSource source,
                                  const QString &file, const QString &label, qint64 createdAt,
                                  const QList<Items> &items)
{
    EnrollmentJobRecord job;
    job.portalId = portalId;
    job.sequenceId = sequenceId;
    job.senderEmail = sender;
    job.source = source;
    job.sourceFileName = file;
    job.label = label;
    job.createdAt = at(createdAt);
    job.state = JobState::Completed;
    QList<EnrollmentItemRecord> rows;
    for (const Items &spec : items) {
        for (int i = 0; i < spec.n; ++i) {
            EnrollmentItemRecord r;
            r.contactId = QString::number(1000 + rows.size());
            r.state = spec.state;
            r.hubspotCode = spec.code;
            if (spec.attempted)
                r.attemptedAt = at(spec.attempted);
            if (spec.finished)
                r.finishedAt = at(spec.finished);
            rows.append(r);
        }
    }
    const std::optional<qint64> id = m_store->stores->enrollments.createJob(job, rows);
    return id.value_or(0);
}

// A job of the members of HubSpot list `listId`, named `listName` when the job was made
// (sequence seq-a, sender Ana, from the wizard).
qint64 TestAnalyticsStore::addListJob(const QString &portalId, const QString &listId,
                                      const QString &listName, const QString &label,
                                      qint64 createdAt, const QList<Items> &items)
{
    const qint64 id = addJob(portalId, QStringLiteral("seq-a"), kAna, EnrollmentSource::Wizard, {},
                             label, createdAt, items);
    QSqlQuery q(m_store->db.handle());
    q.prepare(QStringLiteral("UPDATE enrollment_jobs SET source_list_id = ?, source_list_name = ?"
                             " WHERE id = ?"));
    q.addBindValue(listId);
    q.addBindValue(listName);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1 ? id : 0;
}

void TestAnalyticsStore::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->open());
    Stores &s = *m_store->stores;
    QVERIFY(s.portals.upsert(portal(QStringLiteral("p1"))));
    QVERIFY(s.portals.upsert(portal(QStringLiteral("p2"))));
    QSqlQuery q(m_store->db.handle());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sequences (portal_id, sequence_id, name) VALUES"
                                  " ('p1', 'seq-a', 'Alpha'), ('p1', 'seq-b', 'Bravo'),"
                                  " ('p2', 'seq-c', 'Charlie')")));
    const QString ae = QStringLiteral("ALREADY_ENROLLED");
    const QString ie = QStringLiteral("INTERNAL_ERROR");
    m_j[1]
        = addJob(QStringLiteral("p1"), QStringLiteral("seq-a"), QStringLiteral("Ana@Example.com"),
                 EnrollmentSource::Wizard, {}, {}, local(9, 9, 0),
                 {{ItemState::Enrolled, 3, local(9, 9, 10), local(9, 9, 10)},
                  {ItemState::Skipped, 1, local(9, 9, 11), local(9, 9, 11), ae},
                  {ItemState::Failed, 1, local(9, 9, 12), local(9, 9, 12), ie},
                  {ItemState::Enrolled, 1, local(9, 23, 59), local(9, 23, 59)},
                  {ItemState::Deferred, 2, local(9, 9, 15)},
                  {ItemState::Pending, 2},
                  {ItemState::InFlight, 1, local(9, 9, 16)}});
    m_j[2] = addJob(QStringLiteral("p1"), QStringLiteral("seq-a"), kBob, EnrollmentSource::Cli,
                    QStringLiteral("leads.csv"), {}, local(9, 23, 0),
                    {{ItemState::Skipped, 2, local(9, 23, 30), local(9, 23, 30),
                      QStringLiteral("UNSUBSCRIBED")},
                     {ItemState::Deferred, 1},
                     {ItemState::Enrolled, 2, local(10, 0, 1), local(10, 0, 1)},
                     {ItemState::Failed, 1, local(10, 0, 5), local(10, 0, 5), ie},
                     {ItemState::Enrolled, 1, local(10, 1, 0)}});
    m_j[3]
        = addJob(QStringLiteral("p1"), QStringLiteral("seq-b"), QStringLiteral("ANA@example.com"),
                 EnrollmentSource::Wizard, {}, QStringLiteral("Spring push"), local(11, 10, 0),
                 {{ItemState::Enrolled, 4, local(11, 10, 5), local(11, 10, 5)},
                  {ItemState::Skipped, 1, local(11, 10, 6), local(11, 10, 6), ae},
                  {ItemState::Skipped, 1, 0, local(11, 10, 6), QStringLiteral("NOT_FOUND")},
                  {ItemState::Enrolled, 1},
                  {ItemState::Enrolled, 1, local(15, 23, 50), local(15, 23, 50)}});
    m_j[4] = addJob(
        QStringLiteral("p2"), QStringLiteral("seq-c"), kBob, EnrollmentSource::Cli, {}, {},
        local(15, 23, 40),
        {{ItemState::Enrolled, 2, local(16, 0, 10), local(16, 0, 10)},
         {ItemState::Failed, 1, local(16, 0, 20), local(16, 0, 20), QStringLiteral("FORBIDDEN")},
         {ItemState::Deferred, 3, local(16, 0, 30)},
         {ItemState::Pending, 1}});
    m_j[5] = addJob(QStringLiteral("p2"), QStringLiteral("seq-x"), kAna, EnrollmentSource::Cli,
                    QStringLiteral("y.csv"), QStringLiteral("Spring push"), local(20, 12, 0),
                    {{ItemState::Enrolled, 1, local(20, 12, 5), local(20, 12, 5)},
                     {ItemState::Skipped, 1, local(20, 12, 5), local(20, 12, 5), ae}});
    for (int j = 1; j <= 5; ++j)
        QVERIFY2(m_j[j] > 0, qPrintable(s.enrollments.lastError()));
}

void TestAnalyticsStore::cleanup()
{
    m_store.reset();
}

// The rollup equals a direct count over the items, and holds no empty rows.
void TestAnalyticsStore::verifyRollupIsExact()
{
    const auto lines = [&](const QString &sql) {
        QStringList out;
        QSqlQuery q(m_store->db.handle());
        if (!q.exec(sql))
            return QStringList {q.lastError().text()};
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    };
    const QStringList rollup
        = lines(QStringLiteral("SELECT job_id || '|' || quarter || '|' || state || '|' || code"
                               " || '|' || count FROM enrollment_rollup ORDER BY 1"));
    const QStringList direct = lines(QStringLiteral(
        "SELECT job_id || '|' || quarter || '|' || state || '|' || code || '|' || COUNT(*)"
        " FROM (SELECT i.job_id AS job_id, i.state AS state,"
        "  (CASE WHEN i.state = 'deferred' THEN COALESCE(i.attempted_at, j.created_at)"
        "   ELSE COALESCE(i.finished_at, i.attempted_at, j.created_at) END / 900000) AS quarter,"
        "  (CASE WHEN i.state IN ('skipped', 'failed') THEN i.hubspot_code ELSE '' END) AS code"
        "  FROM enrollment_items i JOIN enrollment_jobs j ON j.id = i.job_id"
        "  WHERE i.state IN ('enrolled', 'skipped', 'failed', 'deferred'))"
        " GROUP BY job_id, quarter, state, code ORDER BY 1"));
    QCOMPARE(rollup, direct);
    QCOMPARE(m_store
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment_rollup"
                                         " WHERE count <= 0"))
                 .toInt(),
             0);
}

void TestAnalyticsStore::sourceKeyIsLabelThenListThenFileThenSource()
{
    QCOMPARE(AnalyticsSource::keyOf(kCli, {}, QStringLiteral("Spring push"), QStringLiteral("p1"),
                                    QStringLiteral("318")),
             kLabel);
    QCOMPARE(AnalyticsSource::keyOf(kWizard, {}, {}, QStringLiteral("p1"), QStringLiteral("318")),
             QStringLiteral("list:p1:318"));
    QCOMPARE(AnalyticsSource::listIdOf(QStringLiteral("list:p1:318")), QStringLiteral("318"));
    QCOMPARE(AnalyticsSource::listIdOf(kFile), QString());
    QCOMPARE(AnalyticsSource::keyOf(kCli, QStringLiteral("y.csv"), QStringLiteral("Spring push")),
             kLabel);
    QCOMPARE(AnalyticsSource::keyOf(kCli, QStringLiteral("leads.csv"), QString()), kFile);
    QCOMPARE(AnalyticsSource::keyOf(kWizard, QString(), QString()), kWizard);
    QCOMPARE(AnalyticsSource::keyOf(kCli, QString(), QString()), kCli);
}

void TestAnalyticsStore::emptyHistoryGivesZerosAndNoRows()
{
    TempStore empty;
    QVERIFY(empty.open());
    const auto s = empty.stores->analytics.snapshot({}, TimeBucket::Day, 50);
    QVERIFY2(s, qPrintable(empty.stores->analytics.lastError()));
    QCOMPARE(s->totals, OutcomeCounts());
    QCOMPARE(s->totals.successRate(), 0.0);
    QVERIFY(s->bySequence.isEmpty() && s->overTime.isEmpty() && s->bySource.isEmpty());
    QVERIFY(s->reasons.isEmpty() && s->rows.isEmpty());
    QCOMPARE(s->rowCount, 0);
    const auto c = empty.stores->analytics.choices(QString());
    QVERIFY(c && c->sequences.isEmpty() && c->sources.isEmpty() && c->senders.isEmpty());
}

void TestAnalyticsStore::totalsCountFinishedAndDeferredItemsOnly()
{
    verifyRollupIsExact();
    const auto t = analytics().totals({});
    QVERIFY2(t, qPrintable(analytics().lastError()));
    QCOMPARE(*t, oc(16, 6, 3, 6));
    QCOMPARE(t->total(), 31);
    QCOMPARE(t->successRate(), 16.0 / 25.0);
}

void TestAnalyticsStore::bySequenceIsSortedByVolumeWithTheMirrorsNames()
{
    const auto seqs = analytics().bySequence({});
    QVERIFY2(seqs, qPrintable(analytics().lastError()));
    QCOMPARE(seqs->size(), 4);
    QCOMPARE(seqs->at(0).sequenceId, QStringLiteral("seq-a"));
    QCOMPARE(seqs->at(0).name, QStringLiteral("Alpha"));
    QCOMPARE(seqs->at(0).counts, oc(7, 3, 2, 3));
    QCOMPARE(seqs->at(1).sequenceId, QStringLiteral("seq-b"));
    QCOMPARE(seqs->at(1).name, QStringLiteral("Bravo"));
    QCOMPARE(seqs->at(1).counts, oc(6, 2, 0, 0));
    QCOMPARE(seqs->at(2).sequenceId, QStringLiteral("seq-c"));
    QCOMPARE(seqs->at(2).name, QStringLiteral("Charlie"));
    QCOMPARE(seqs->at(2).counts, oc(2, 0, 1, 3));
    QCOMPARE(seqs->at(3).sequenceId, QStringLiteral("seq-x")); // not in the mirror
    QCOMPARE(seqs->at(3).name, QString());
    QCOMPARE(seqs->at(3).counts, oc(1, 1, 0, 0));
}

void TestAnalyticsStore::daysFollowTheLocalTimeZoneAcrossMidnight()
{
    const auto days = analytics().overTime({}, TimeBucket::Day);
    QVERIFY2(days, qPrintable(analytics().lastError()));
    const QList<TimeOutcomes> expected {
        {march(9), oc(4, 3, 1, 3)}, // J1 (its 23:59 too) and J2 before midnight
        {march(10), oc(3, 0, 1, 0)}, // J2 from 00:01: Mar 9 in UTC
        {march(11), oc(5, 2, 0, 0)}, {march(15), oc(1, 0, 0, 0)},
        {march(16), oc(2, 0, 1, 3)}, {march(20), oc(1, 1, 0, 0)},
    };
    QCOMPARE(days->size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(days->at(i).start, expected[i].start);
        QCOMPARE(days->at(i).counts, expected[i].counts);
    }
}

void TestAnalyticsStore::weeksStartOnTheLocalMonday()
{
    const auto weeks = analytics().overTime({}, TimeBucket::Week);
    QVERIFY2(weeks, qPrintable(analytics().lastError()));
    QCOMPARE(weeks->size(), 2);
    QCOMPARE(weeks->at(0).start, march(9));
    QCOMPARE(weeks->at(0).counts, oc(13, 5, 2, 3)); // Sunday 15 23:50 is still this week
    QCOMPARE(weeks->at(1).start, march(16));
    QCOMPARE(weeks->at(1).counts, oc(3, 1, 1, 3)); // Monday 16 00:10 (Sunday in UTC) on
}

void TestAnalyticsStore::bySourceKeysJobsByLabelFileOrSource()
{
    const auto sources = analytics().bySource({});
    QVERIFY2(sources, qPrintable(analytics().lastError()));
    QCOMPARE(sources->size(), 4);
    QCOMPARE(sources->at(0).source, kLabel); // J3 and J5 (whose file is not its key)
    QCOMPARE(sources->at(0).counts, oc(7, 3, 0, 0));
    QCOMPARE(sources->at(1).source, kWizard);
    QCOMPARE(sources->at(1).counts, oc(4, 1, 1, 2));
    QCOMPARE(sources->at(2).source, kFile);
    QCOMPARE(sources->at(2).counts, oc(3, 2, 1, 1));
    QCOMPARE(sources->at(3).source, kCli);
    QCOMPARE(sources->at(3).counts, oc(2, 0, 1, 3));
}

void TestAnalyticsStore::aListIsOneSourceUnderItsNewestNameAndFiltersItsJobs()
{
    // List 318 of p1, renamed between its two jobs; the same id in p2 is another list; a
    // labelled job from list 318 counts under its label (as a labelled file's job does).
    const QString ae = QStringLiteral("ALREADY_ENROLLED");
    const qint64 first
        = addListJob(QStringLiteral("p1"), QStringLiteral("318"),
                     QStringLiteral("Webinar no-shows"), {}, local(12, 10, 0),
                     {{ItemState::Enrolled, 2, local(12, 10, 5), local(12, 10, 5)},
                      {ItemState::Skipped, 1, local(12, 10, 6), local(12, 10, 6), ae}});
    const qint64 renamed
        = addListJob(QStringLiteral("p1"), QStringLiteral("318"),
                     QStringLiteral("Webinar no-shows (March)"), {}, local(13, 10, 0),
                     {{ItemState::Enrolled, 1, local(13, 10, 5), local(13, 10, 5)},
                      {ItemState::Failed, 1, local(13, 10, 6), local(13, 10, 6),
                       QStringLiteral("INTERNAL_ERROR")}});
    const qint64 otherPortal = addListJob(
        QStringLiteral("p2"), QStringLiteral("318"), QStringLiteral("Trial signups"), {},
        local(13, 11, 0), {{ItemState::Enrolled, 4, local(13, 11, 5), local(13, 11, 5)}});
    const qint64 labelled = addListJob(
        QStringLiteral("p1"), QStringLiteral("318"), QStringLiteral("Webinar no-shows"),
        QStringLiteral("Spring push"), local(12, 12, 0),
        {{ItemState::Enrolled, 1, local(12, 12, 5), local(12, 12, 5)}});
    QVERIFY(first > 0 && renamed > 0 && otherPortal > 0 && labelled > 0);
    const QString list = QStringLiteral("list:p1:318");
    const QString p2List = QStringLiteral("list:p2:318");

    // By source: the two jobs of p1's list are one source (2+1 enrolled, 1 skipped, 1
    // failed), named as its newest job recorded it; p2's list is its own.
    AnalyticsFilter p1;
    p1.portalId = QStringLiteral("p1");
    const auto sources = analytics().bySource(p1);
    QVERIFY2(sources, qPrintable(analytics().lastError()));
    QCOMPARE(sources->size(), 4); // label 9, wizard 8, file 7, list 5
    QCOMPARE(sources->at(0).source, kLabel);
    QCOMPARE(sources->at(0).counts, oc(7, 2, 0, 0)); // J3's 6 + the labelled list job's 1
    QCOMPARE(sources->at(0).sourceName, QString());
    QCOMPARE(sources->at(3).source, list);
    QCOMPARE(sources->at(3).counts, oc(3, 1, 1, 0));
    QCOMPARE(sources->at(3).sourceName, QStringLiteral("Webinar no-shows (March)"));
    for (const SourceOutcomes &s : *sources) {
        if (s.source != list)
            QCOMPARE(s.sourceName, QString());
    }
    const auto every = analytics().bySource({});
    QVERIFY(every);
    const auto inP2 = std::find_if(every->cbegin(), every->cend(),
                                   [&](const SourceOutcomes &s) { return s.source == p2List; });
    QVERIFY(inP2 != every->cend());
    QCOMPARE(inP2->counts, oc(4, 0, 0, 0));
    QCOMPARE(inP2->sourceName, QStringLiteral("Trial signups"));

    // Narrowed to the day of the first job only, the list keeps its newest name.
    AnalyticsFilter day12 = p1;
    day12.from = localDay(12);
    day12.to = localDay(13);
    const auto onThe12th = analytics().bySource(day12);
    QVERIFY(onThe12th);
    const auto it = std::find_if(onThe12th->cbegin(), onThe12th->cend(),
                                 [&](const SourceOutcomes &s) { return s.source == list; });
    QVERIFY(it != onThe12th->cend());
    QCOMPARE(it->counts, oc(2, 1, 0, 0));
    QCOMPARE(it->sourceName, QStringLiteral("Webinar no-shows (March)"));

    // Filtered by the list: its two jobs only, in every part.
    AnalyticsFilter byList;
    byList.sources = QStringList {list};
    const auto s = analytics().snapshot(byList, TimeBucket::Day, 50);
    QVERIFY2(s, qPrintable(analytics().lastError()));
    QCOMPARE(s->totals, oc(3, 1, 1, 0));
    QCOMPARE(s->bySource.size(), 1);
    QCOMPARE(s->bySource[0].source, list);
    QCOMPARE(s->bySequence.size(), 1);
    QCOMPARE(s->bySequence[0].sequenceId, QStringLiteral("seq-a"));
    QCOMPARE(s->overTime.size(), 2);
    QCOMPARE(s->overTime[0].start, march(12));
    QCOMPARE(s->overTime[1].start, march(13));
    QCOMPARE(s->rowCount, 2);
    QCOMPARE(s->rows[0].jobId, renamed);
    QCOMPARE(s->rows[1].jobId, first);
    for (const AnalyticsRow &row : s->rows) {
        QCOMPARE(row.source, list);
        QCOMPARE(row.sourceName, QStringLiteral("Webinar no-shows (March)"));
    }
    // With another source, both.
    byList.sources.append(kWizard);
    const auto both = analytics().totals(byList);
    QVERIFY(both);
    QCOMPARE(*both, oc(7, 2, 2, 2)); // the list's 3, 1, 1, 0 and J1's 4, 1, 1, 2

    // The filter offers the list by its key, with the name to show.
    const auto choices = analytics().choices(QStringLiteral("p1"));
    QVERIFY(choices);
    QCOMPARE(choices->sources, (QStringList {kFile, kLabel, list, kWizard}));
    QCOMPARE(choices->sourceNames.size(), 1);
    QCOMPARE(choices->sourceNames.value(list), QStringLiteral("Webinar no-shows (March)"));
    verifyRollupIsExact();
}

void TestAnalyticsStore::aRulesJobsAreOneSourceNamedByTheRule()
{
    // Two runs of a rule over a list (their jobs have the list too): the rule is the source.
    RuleRecord rule;
    rule.portalId = QStringLiteral("p1");
    rule.name = QStringLiteral("No-shows to nurture");
    rule.listId = QStringLiteral("318");
    rule.sequenceId = QStringLiteral("seq-a");
    rule.senders = {kAna};
    rule.createdAt = rule.updatedAt = at(local(12, 9, 0));
    const auto ruleId = m_store->stores->rules.create(rule);
    QVERIFY(ruleId);
    QList<qint64> jobs;
    for (int day : {12, 13}) {
        const qint64 id = addListJob(
            QStringLiteral("p1"), QStringLiteral("318"), QStringLiteral("Webinar no-shows"), {},
            local(day, 10, 0), {{ItemState::Enrolled, 2, local(day, 10, 5), local(day, 10, 5)}});
        QSqlQuery q(m_store->db.handle());
        q.prepare(QStringLiteral("UPDATE enrollment_jobs SET rule_id = ? WHERE id = ?"));
        q.addBindValue(*ruleId);
        q.addBindValue(id);
        QVERIFY(q.exec() && q.numRowsAffected() == 1);
        jobs << id;
    }
    QVERIFY(addListJob(QStringLiteral("p1"), QStringLiteral("318"),
                       QStringLiteral("Webinar no-shows"), {}, local(13, 11, 0),
                       {{ItemState::Enrolled, 1, local(13, 11, 5), local(13, 11, 5)}}));
    const QString key = QStringLiteral("rule:%1").arg(*ruleId);
    QCOMPARE(AnalyticsSource::keyOf(QStringLiteral("cli"), {}, {}, QStringLiteral("p1"),
                                    QStringLiteral("318"), *ruleId),
             key);
    AnalyticsFilter p1;
    p1.portalId = QStringLiteral("p1");
    const auto sources = analytics().bySource(p1);
    QVERIFY2(sources, qPrintable(analytics().lastError()));
    const auto byRule = std::find_if(sources->cbegin(), sources->cend(),
                                     [&](const SourceOutcomes &s) { return s.source == key; });
    QVERIFY(byRule != sources->cend());
    QCOMPARE(byRule->counts, oc(4, 0, 0, 0));
    QCOMPARE(byRule->sourceName, rule.name);
    const auto byList
        = std::find_if(sources->cbegin(), sources->cend(), [&](const SourceOutcomes &s) {
              return s.source == QStringLiteral("list:p1:318");
          });
    QVERIFY(byList != sources->cend());
    QCOMPARE(byList->counts, oc(1, 0, 0, 0)); // the wizard's job from the same list
    AnalyticsFilter onlyRule = p1;
    onlyRule.sources = QStringList {key};
    QCOMPARE(analytics().totals(onlyRule).value_or(OutcomeCounts {}), oc(4, 0, 0, 0));
    // A deleted rule keeps its name in the history.
    QVERIFY(m_store->stores->rules.remove(*ruleId, at(local(14, 0, 0))));
    const auto choices = analytics().choices(QStringLiteral("p1"));
    QVERIFY(choices);
    QVERIFY(choices->sources.contains(key));
    QCOMPARE(choices->sourceNames.value(key), rule.name);
    verifyRollupIsExact();
}

void TestAnalyticsStore::reasonsAreSortedByCount()
{
    const auto reasons = analytics().reasons({});
    QVERIFY2(reasons, qPrintable(analytics().lastError()));
    const QList<ReasonCount> expected {
        {false, QStringLiteral("ALREADY_ENROLLED"), 3},
        {true, QStringLiteral("INTERNAL_ERROR"), 2}, // ties: failures first, then by code
        {false, QStringLiteral("UNSUBSCRIBED"), 2},
        {true, QStringLiteral("FORBIDDEN"), 1},
        {false, QStringLiteral("NOT_FOUND"), 1},
    };
    QCOMPARE(reasons->size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(reasons->at(i).failed, expected[i].failed);
        QCOMPARE(reasons->at(i).code, expected[i].code);
        QCOMPARE(reasons->at(i).count, expected[i].count);
    }
}

void TestAnalyticsStore::rowsArePerJobAndLocalDayNewestFirstWithLimitAndCount()
{
    const auto all = analytics().rows({}, 100);
    QVERIFY2(all, qPrintable(analytics().lastError()));
    QCOMPARE(all->second, 7);
    const QList<std::tuple<QDate, qint64, OutcomeCounts>> expected {
        {march(20), m_j[5], oc(1, 1, 0, 0)}, {march(16), m_j[4], oc(2, 0, 1, 3)},
        {march(15), m_j[3], oc(1, 0, 0, 0)}, {march(11), m_j[3], oc(5, 2, 0, 0)},
        {march(10), m_j[2], oc(3, 0, 1, 0)}, {march(9), m_j[2], oc(0, 2, 0, 1)},
        {march(9), m_j[1], oc(4, 1, 1, 2)},
    };
    QCOMPARE(all->first.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(all->first[i].day, std::get<0>(expected[i]));
        QCOMPARE(all->first[i].jobId, std::get<1>(expected[i]));
        QCOMPARE(all->first[i].counts, std::get<2>(expected[i]));
    }
    const AnalyticsRow &j3 = all->first[3];
    QCOMPARE(j3.portalId, QStringLiteral("p1"));
    QCOMPARE(j3.sequenceId, QStringLiteral("seq-b"));
    QCOMPARE(j3.sequenceName, QStringLiteral("Bravo"));
    QCOMPARE(j3.sender, QStringLiteral("ANA@example.com")); // as the job has it
    QCOMPARE(j3.source, kLabel);
    QCOMPARE(all->first[0].sequenceName, QString()); // seq-x is not in the mirror
    QCOMPARE(all->first[6].source, kWizard);

    const auto page = analytics().rows({}, 3);
    QVERIFY(page);
    QCOMPARE(page->second, 7);
    QCOMPARE(page->first.size(), 3);
    QCOMPARE(page->first[2].jobId, m_j[3]);
    QCOMPARE(page->first[2].day, march(15));
    const auto none = analytics().rows({}, 0);
    QVERIFY(none && none->first.isEmpty());
    QCOMPARE(none->second, 7);
}

void TestAnalyticsStore::filtersNarrowTheTotals_data()
{
    QTest::addColumn<QString>("portal");
    QTest::addColumn<int>("fromDay"); // local March day; 0: no bound
    QTest::addColumn<int>("toDay"); // exclusive
    QTest::addColumn<QStringList>("sequences");
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QStringList>("senders");
    QTest::addColumn<QList<int>>("expected"); // enrolled, skipped, failed, deferred

    const QStringList none;
    const QString p1 = QStringLiteral("p1");
    const QString p2 = QStringLiteral("p2");
    const auto row = [](const char *name) -> QTestData & {
        return QTest::newRow(name);
    };
    row("nothing") << QString() << 0 << 0 << none << none << none << QList<int> {16, 6, 3, 6};
    row("portal p1") << p1 << 0 << 0 << none << none << none << QList<int> {13, 5, 2, 3};
    row("portal p2") << p2 << 0 << 0 << none << none << none << QList<int> {3, 1, 1, 3};
    row("unknown portal") << QStringLiteral("p9") << 0 << 0 << none << none << none
                          << QList<int> {0, 0, 0, 0};
    // Local midnight of Mar 10 splits J1's 23:59 from J2's 00:01 (same UTC hour).
    row("from Mar 10 to Mar 16") << QString() << 10 << 16 << none << none << none
                                 << QList<int> {9, 2, 1, 0};
    row("from Mar 16") << QString() << 16 << 0 << none << none << none << QList<int> {3, 1, 1, 3};
    row("until Mar 10") << QString() << 0 << 10 << none << none << none << QList<int> {4, 3, 1, 3};
    row("sequence seq-a") << QString() << 0 << 0 << ids({"seq-a"}) << none << none
                          << QList<int> {7, 3, 2, 3};
    row("sequences seq-b, seq-c") << QString() << 0 << 0 << ids({"seq-b", "seq-c"}) << none << none
                                  << QList<int> {8, 2, 1, 3};
    row("source label") << QString() << 0 << 0 << none << QStringList {kLabel} << none
                        << QList<int> {7, 3, 0, 0};
    row("sources cli, wizard") << QString() << 0 << 0 << none << QStringList {kCli, kWizard} << none
                               << QList<int> {6, 1, 2, 5};
    row("source file") << QString() << 0 << 0 << none << QStringList {kFile} << none
                       << QList<int> {3, 2, 1, 1};
    // Jobs of Ana@Example.com, ANA@example.com and ana@example.com alike.
    row("sender ana, any case") << QString() << 0 << 0 << none << none << ids({"Ana@EXAMPLE.com"})
                                << QList<int> {11, 4, 1, 2};
    row("sender bob") << QString() << 0 << 0 << none << none << QStringList {kBob}
                      << QList<int> {5, 2, 2, 4};
    row("p1, bob, Mar 10 to 16") << p1 << 10 << 16 << none << none << QStringList {kBob}
                                 << QList<int> {3, 0, 1, 0};
    row("label, seq-b, Mar 11") << QString() << 11 << 12 << ids({"seq-b"}) << QStringList {kLabel}
                                << none << QList<int> {5, 2, 0, 0};
    row("every filter: J1") << p1 << 9 << 10 << ids({"seq-a", "seq-c"})
                            << QStringList {kWizard, kCli} << QStringList {kAna}
                            << QList<int> {4, 1, 1, 2};
    row("p2 and seq-a: nothing") << p2 << 0 << 0 << ids({"seq-a"}) << none << none
                                 << QList<int> {0, 0, 0, 0};
}

void TestAnalyticsStore::filtersNarrowTheTotals()
{
    QFETCH(QString, portal);
    QFETCH(int, fromDay);
    QFETCH(int, toDay);
    AnalyticsFilter f;
    f.portalId = portal;
    if (fromDay)
        f.from = localDay(fromDay);
    if (toDay)
        f.to = localDay(toDay);
    QFETCH(QStringList, sequences);
    QFETCH(QStringList, sources);
    QFETCH(QStringList, senders);
    QFETCH(QList<int>, expected);
    f.sequenceIds = sequences;
    f.sources = sources;
    f.senders = senders;
    const auto t = analytics().totals(f);
    QVERIFY2(t, qPrintable(analytics().lastError()));
    QCOMPARE(*t, oc(expected[0], expected[1], expected[2], expected[3]));
    // Every other part adds up to the same counts under the same filter.
    const auto s = analytics().snapshot(f, TimeBucket::Day, 1000);
    QVERIFY2(s, qPrintable(analytics().lastError()));
    const auto sum = [](const auto &list) {
        OutcomeCounts c;
        for (const auto &e : list) {
            c.enrolled += e.counts.enrolled;
            c.skipped += e.counts.skipped;
            c.failed += e.counts.failed;
            c.deferred += e.counts.deferred;
        }
        return c;
    };
    QCOMPARE(s->totals, *t);
    QCOMPARE(sum(s->bySequence), *t);
    QCOMPARE(sum(s->overTime), *t);
    QCOMPARE(sum(s->bySource), *t);
    QCOMPARE(sum(s->rows), *t);
    int skipped = 0;
    int failed = 0;
    for (const ReasonCount &r : s->reasons)
        (r.failed ? failed : skipped) += r.count;
    QCOMPARE(skipped, t->skipped);
    QCOMPARE(failed, t->failed);
}

void TestAnalyticsStore::combinedFiltersNarrowEveryPart()
{
    AnalyticsFilter f; // Ana's jobs of portal p1 from Mar 9 to the end of Mar 11.
    f.portalId = QStringLiteral("p1");
    f.from = localDay(9);
    f.to = localDay(12);
    f.senders = QStringList {kAna};
    const auto s = analytics().snapshot(f, TimeBucket::Day, 10);
    QVERIFY2(s, qPrintable(analytics().lastError()));
    QCOMPARE(s->totals, oc(9, 3, 1, 2));
    QCOMPARE(s->bySequence.size(), 2);
    QCOMPARE(s->bySequence[0].sequenceId, QStringLiteral("seq-a"));
    QCOMPARE(s->bySequence[0].counts, oc(4, 1, 1, 2));
    QCOMPARE(s->bySequence[1].sequenceId, QStringLiteral("seq-b"));
    QCOMPARE(s->bySequence[1].counts, oc(5, 2, 0, 0));
    QCOMPARE(s->overTime.size(), 2);
    QCOMPARE(s->overTime[0].start, march(9));
    QCOMPARE(s->overTime[1].start, march(11));
    QCOMPARE(s->bySource.size(), 2);
    QCOMPARE(s->bySource[0].source, kWizard); // J1: 8
    QCOMPARE(s->bySource[1].source, kLabel); // J3 until Mar 11: 7
    QCOMPARE(s->reasons.size(), 3);
    QCOMPARE(s->reasons[0].code, QStringLiteral("ALREADY_ENROLLED"));
    QCOMPARE(s->reasons[0].count, 2);
    QCOMPARE(s->rowCount, 2);
    QCOMPARE(s->rows[0].jobId, m_j[3]);
    QCOMPARE(s->rows[1].jobId, m_j[1]);
}

void TestAnalyticsStore::filterMatchingNothingGivesEmptyParts()
{
    AnalyticsFilter f;
    f.portalId = QStringLiteral("p2");
    f.sources = QStringList {kWizard};
    const auto s = analytics().snapshot(f, TimeBucket::Week, 10);
    QVERIFY2(s, qPrintable(analytics().lastError()));
    QCOMPARE(s->totals, OutcomeCounts());
    QVERIFY(s->bySequence.isEmpty() && s->overTime.isEmpty() && s->bySource.isEmpty());
    QVERIFY(s->reasons.isEmpty() && s->rows.isEmpty());
    QCOMPARE(s->rowCount, 0);
}

void TestAnalyticsStore::snapshotIsEveryPartInOneRead()
{
    AnalyticsFilter f;
    f.sequenceIds = QStringList {QStringLiteral("seq-a"), QStringLiteral("seq-c")};
    const auto s = analytics().snapshot(f, TimeBucket::Week, 2);
    QVERIFY2(s, qPrintable(analytics().lastError()));
    QCOMPARE(s->totals, *analytics().totals(f));
    QCOMPARE(s->bySequence.size(), analytics().bySequence(f)->size());
    const auto weeks = analytics().overTime(f, TimeBucket::Week);
    QCOMPARE(s->overTime.size(), weeks->size());
    for (int i = 0; i < weeks->size(); ++i)
        QCOMPARE(s->overTime[i].counts, weeks->at(i).counts);
    QCOMPARE(s->bySource.size(), analytics().bySource(f)->size());
    QCOMPARE(s->reasons.size(), analytics().reasons(f)->size());
    QCOMPARE(s->rows.size(), 2);
    QCOMPARE(s->rowCount, 4);
    QVERIFY(analytics().lastError().isEmpty());
    // The transaction is closed: a write goes through at once.
    QVERIFY(m_store->stores->enrollments.setJobState(m_j[1], JobState::Completed, at(1)));
}

void TestAnalyticsStore::choicesListWhatThereIsToPick()
{
    const auto p1 = analytics().choices(QStringLiteral("p1"));
    QVERIFY2(p1, qPrintable(analytics().lastError()));
    QCOMPARE(p1->sequences.size(), 2);
    QCOMPARE(p1->sequences[0].name, QStringLiteral("Alpha"));
    QCOMPARE(p1->sequences[0].counts, oc(7, 3, 2, 3));
    QCOMPARE(p1->sequences[1].name, QStringLiteral("Bravo"));
    QCOMPARE(p1->sources, (QStringList {kFile, kLabel, kWizard}));
    QCOMPARE(p1->senders, (QStringList {kAna, kBob}));

    const auto every = analytics().choices(QString());
    QVERIFY(every);
    QStringList seqIds;
    for (const SequenceOutcomes &s : every->sequences)
        seqIds.append(s.sequenceId);
    QCOMPARE(seqIds, (ids({"seq-a", "seq-b", "seq-c", "seq-x"}))); // by name, unnamed last
    QCOMPARE(every->sources, (QStringList {kCli, kFile, kLabel, kWizard}));
    QCOMPARE(every->senders, (QStringList {kAna, kBob}));

    const auto p2 = analytics().choices(QStringLiteral("p2"));
    QVERIFY(p2);
    QCOMPARE(p2->sequences.size(), 2);
    QCOMPARE(p2->sources, (QStringList {kCli, kLabel}));
    QCOMPARE(p2->senders, (QStringList {kAna, kBob}));
}

void TestAnalyticsStore::rollupFollowsAnItemThroughItsStates()
{
    EnrollmentStore &e = m_store->stores->enrollments;
    const qint64 job
        = addJob(QStringLiteral("p1"), QStringLiteral("seq-b"), kBob, EnrollmentSource::Wizard, {},
                 {}, local(21, 8, 0), {{ItemState::Pending, 3}});
    QVERIFY(job > 0);
    verifyRollupIsExact();
    QCOMPARE(*analytics().totals({}), oc(16, 6, 3, 6));
    QList<EnrollmentItemRecord> items = e.items(job);
    QCOMPARE(items.size(), 3);

    EnrollmentItemRecord &item = items[0];
    item.state = ItemState::InFlight;
    item.attemptedAt = at(local(21, 8, 1));
    QVERIFY(e.updateItem(item));
    verifyRollupIsExact();
    QCOMPARE(*analytics().totals({}), oc(16, 6, 3, 6)); // in flight is not counted

    item.state = ItemState::Enrolled;
    item.finishedAt = at(local(21, 8, 2));
    item.enrollmentId = QStringLiteral("enr-1");
    QVERIFY(e.updateItem(item));
    verifyRollupIsExact();
    QCOMPARE(*analytics().totals({}), oc(17, 6, 3, 6));
    const auto days = analytics().overTime({}, TimeBucket::Day);
    QCOMPARE(days->constLast().start, march(21));
    QCOMPARE(days->constLast().counts, oc(1, 0, 0, 0));

    items[1].state = ItemState::Failed;
    items[1].hubspotCode = QStringLiteral("INTERNAL_ERROR");
    items[1].attemptedAt = items[1].finishedAt = at(local(21, 8, 3));
    items[2].state = ItemState::Skipped;
    items[2].hubspotCode = QStringLiteral("UNSUBSCRIBED");
    items[2].finishedAt = at(local(21, 8, 3));
    QVERIFY(e.updateItems({items[1], items[2]}));
    verifyRollupIsExact();
    QCOMPARE(*analytics().totals({}), oc(17, 7, 4, 6));
}

void TestAnalyticsStore::rollupFollowsDeferredItemsAndChangedOutcomes()
{
    EnrollmentStore &e = m_store->stores->enrollments;
    // J4's deferred items are sent the next day: they leave Mar 16 and count on Mar 17.
    QList<EnrollmentItemRecord> deferred = e.items(m_j[4], ItemState::Deferred);
    QCOMPARE(deferred.size(), 3);
    for (EnrollmentItemRecord &item : deferred) {
        item.state = ItemState::Enrolled;
        item.attemptedAt = item.finishedAt = at(local(17, 9, 0));
    }
    deferred[2].state = ItemState::Skipped;
    deferred[2].hubspotCode = QStringLiteral("ALREADY_ENROLLED");
    QVERIFY(e.updateItems(deferred));
    verifyRollupIsExact();
    QCOMPARE(*analytics().totals({}), oc(18, 7, 3, 3));
    AnalyticsFilter mar17;
    mar17.from = localDay(17);
    mar17.to = localDay(18);
    QCOMPARE(*analytics().totals(mar17), oc(2, 1, 0, 0));

    // A changed reason and a changed finish time move the item in the rollup.
    EnrollmentItemRecord skipped = e.items(m_j[4], ItemState::Skipped).constFirst();
    skipped.hubspotCode = QStringLiteral("UNSUBSCRIBED");
    skipped.finishedAt = at(local(18, 9, 0));
    QVERIFY(e.updateItem(skipped));
    verifyRollupIsExact();
    QCOMPARE(*analytics().totals(mar17), oc(2, 0, 0, 0));
    const auto reasons = analytics().reasons({});
    QCOMPARE(reasons->at(0).code, QStringLiteral("ALREADY_ENROLLED"));
    QCOMPARE(reasons->at(0).count, 3);
    QCOMPARE(reasons->at(1).code, QStringLiteral("UNSUBSCRIBED"));
    QCOMPARE(reasons->at(1).count, 3);
    QCOMPARE(reasons->at(2).code, QStringLiteral("INTERNAL_ERROR"));
    QCOMPARE(reasons->at(2).count, 2);
}

void TestAnalyticsStore::retryFailedTakesFailedItemsOutOfTheRollup()
{
    EnrollmentStore &e = m_store->stores->enrollments;
    QVERIFY(e.retryFailed(m_j[1]));
    QVERIFY(e.retryFailed(m_j[2]));
    verifyRollupIsExact();
    QCOMPARE(*analytics().totals({}), oc(16, 6, 1, 6));
    const auto reasons = analytics().reasons({});
    QVERIFY(std::none_of(reasons->cbegin(), reasons->cend(), [](const ReasonCount &r) {
        return r.code == QLatin1String("INTERNAL_ERROR");
    }));
    // Retried and enrolled on Mar 21.
    QList<EnrollmentItemRecord> pending = e.items(m_j[2], ItemState::Pending);
    QCOMPARE(pending.size(), 1);
    pending[0].state = ItemState::Enrolled;
    pending[0].attemptedAt = pending[0].finishedAt = at(local(21, 7, 0));
    QVERIFY(e.updateItem(pending[0]));
    verifyRollupIsExact();
    QCOMPARE(*analytics().totals({}), oc(17, 6, 1, 6));
}

void TestAnalyticsStore::deletingAJobOrPortalCascadesTheRollup()
{
    QSqlQuery q(m_store->db.handle());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM enrollment_jobs WHERE id = %1").arg(m_j[2])));
    verifyRollupIsExact();
    QCOMPARE(m_store
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment_rollup WHERE job_id = %1")
                              .arg(m_j[2]))
                 .toInt(),
             0);
    QCOMPARE(*analytics().totals({}), oc(13, 4, 2, 5));
    QVERIFY(m_store->stores->portals.remove(QStringLiteral("p2")));
    verifyRollupIsExact();
    QCOMPARE(*analytics().totals({}), oc(10, 3, 1, 2));
    QVERIFY(m_store->stores->portals.remove(QStringLiteral("p1")));
    QCOMPARE(m_store->scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment_rollup")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestAnalyticsStore)
#include "tst_analyticsstore.moc"
