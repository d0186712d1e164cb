// Exactly once for enrollment rules, across crashes and across processes: the real
// seqdesk-cli against the real seqdesk-sandbox (out of process), on a mirror in a temporary
// HOME that this test connected and synced as the app does.
//
// 1. A rule over a list of 300 members that grows between the runs: `--run-rules` is killed
//    with SIGKILL again and again, each kill keyed to the run's progress (its stderr lines,
//    the sandbox's request counts and its accepted enrollments), never to wall-clock time:
//    as the rule's run starts, during its list read, as its dry run's batch reads are
//    answered (around the moment its jobs are saved), as a job starts (recovering what a
//    killed run left in flight) and after a random number of further enrollments, each plus
//    a random 0..2x latency. Then it is run again until it exits 0, and the sandbox must
//    have enrolled every eligible member of the final list exactly once and nobody else.
//    The plan is drawn from the printed seed (SEQDESK_KILLRESUME_RULES_SEED=N replays it).
// 2. Two `--run-rules --rule ID` started together: one runs the rule, the other reports it
//    skipped (its lock is held by the other process), both exit 0, and the new members are
//    enrolled once. In some rounds the lock's holder is stopped (SIGSTOP) as soon as the lock
//    file names it, until the other process has exited, so the "skipped" path is taken
//    whatever the machine's speed; in the others the two race freely.
// 3. A rule's lock, or a job's, that a process died creating (an empty lock file: QLockFile
//    writes its holder's details just after it creates the file) does not keep the rule or
//    the job from ever running again.
#include "../sandbox/DemoLookup.h"
#include "../support/AccountPortal.h"
#include "hubspot/ApiVersion.h"
#include "hubspot/HubSpotClient.h"
#include "sandbox/SandboxServer.h"
#include "store/StoreWorker.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <csignal>
#include <memory>
#include <optional>

using namespace SeqDesk;

namespace {

constexpr int kLatencyMs = 20; // each answer is held this long: kills land mid-request too
constexpr int kRateLimit = 40; // requests per window: at most 400 enrollments/s
constexpr int kRateWindowMs = 100;
constexpr int kPollMs = 5; // between two looks at the CLI's progress
// Enrollments always left for the run after a round's last kill: the CLI cannot make them
// in the moment between a trigger and its kill.
constexpr int kReserve = 30;
constexpr int kRounds = 4; // of the list growing, then runs killed, then one to its end
constexpr int kPageSize = 250; // ListMembersReader's page of memberships
constexpr int kBatch = 100; // DryRunPlanner's batch read
const char kSeedVariable[] = "SEQDESK_KILLRESUME_RULES_SEED";
const QString kListGet = QStringLiteral("lists.get");
const QString kMembersPage = QStringLiteral("lists.memberships");
const QString kBatchRead = QStringLiteral("contacts.batchRead");

QString binary(const char *name)
{
    return QStringLiteral(SEQDESK_BIN_DIR "/") + QLatin1String(name);
}

struct Finished
{
    int exitCode = -1; // -1: crashed or did not end
    QString out;
    QString err;
};

// Where a run is killed. The pre-save ones come before the run's jobs are saved; around the
// save: once every batch read of its dry run arrived; mid-job: as a job starts or after more
// enrollments.
enum class Phase { RuleStart, ListRead, MembersPage, DryRunRead, JobStart, Enrollments };

const char *phaseName(Phase p)
{
    switch (p) {
    case Phase::RuleStart:
        return "the rule's start";
    case Phase::ListRead:
        return "the list read";
    case Phase::MembersPage:
        return "a page of members";
    case Phase::DryRunRead:
        return "the dry run's reads";
    case Phase::JobStart:
        return "a job's start";
    case Phase::Enrollments:
        return "more enrollments";
    }
    return "";
}

struct KillPoint
{
    Phase phase = Phase::RuleStart;
    int n = 0; // the page, the batch reads, or the further enrollments
    int extraMs = 0;
};

QStringList tableRow(const QString &out, qint64 ruleId)
{
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.value(0) == QString::number(ruleId))
            return cells;
    }
    return {};
}

} // namespace

class TestKillResumeRules final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void killedRuleRunsResumeAndEnrollEachMemberOnce();
    void twoProcessesStartedTogetherRunTheRuleOnce();
    void locksAProcessDiedCreatingDoNotHoldTheRuleForever();

private:
    // The sandbox process, the same seeded data in this process, and the CLI's mirror with
    // the portal connected and synced.
    void setUp(int listMembers, const QString &listName);
    void syncMirror();
    void addRule(const QString &name);
    void startCli(QProcess &cli, const QStringList &args) const;
    Finished runToEnd(const QStringList &args);
    QStringList runArgs(bool oneRule) const;
    void grow(QRandomGenerator &random, int fresh, int rejoin);
    // Starts seqdesk-cli with `args` and kills it at `point`.
    void runAndKill(const QStringList &args, const KillPoint &point, int before,
                    const QByteArray &what);
    void checkExactlyOnce(bool complete);
    // Once the rule's lock file names one of `pids`, stops that process (SIGSTOP) and
    // returns its index; -1 when it let go of the lock before it was stopped.
    int stopLockHolder(const QString &lockPath, const qint64 (&pids)[2]);

    QJsonObject getJson(const QString &path);
    bool control(const QJsonObject &change);
    int acceptedSoFar()
    {
        return getJson(QStringLiteral("/_sandbox/enrollments"))[u"total"].toInt(-1);
    }
    int requests(const QString &route);
    QHash<qint64, int> acceptedByContact();
    template<typename Job, typename R = std::invoke_result_t<Job &, Store::Stores &>>
    std::optional<R> call(Job job);
    QList<Store::EnrollmentJobRecord> ruleJobs();
    QHash<qint64, int> handled(); // contact -> items of the rule's jobs
    QSet<qint64> eligibleMembers() const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Sandbox::SandboxServer> m_model; // not started: its data is the process's
    std::unique_ptr<QProcess> m_sandbox;
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QProcessEnvironment m_env;
    QString m_mirror; // the file seqdesk-cli opens (Database::defaultPath under m_home)
    QObject m_context;
    std::unique_ptr<Store::StoreWorker> m_store; // as the app's, open beside the CLI
    QString m_portalId;
    QHash<qint64, Sandbox::ContactKind> m_kinds;
    qint64 m_listId = 0;
    QSet<qint64> m_members; // the list's members, as this test made them
    QList<qint64> m_fresh; // contacts in no list yet (grow() draws from them)
    QString m_sequenceId;
    QString m_sender;
    qint64 m_ruleId = 0;
};

void TestKillResumeRules::cleanup()
{
    m_store.reset();
    if (m_sandbox) {
        m_sandbox->kill();
        m_sandbox->waitForFinished();
        m_sandbox.reset();
    }
    m_home.reset();
    m_members.clear();
    m_fresh.clear();
    m_kinds.clear();
    m_ruleId = 0;
}

void TestKillResumeRules::setUp(int listMembers, const QString &listName)
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    Sandbox::SandboxConfig config;
    config.listMembers = listMembers;
    m_model = std::make_unique<Sandbox::SandboxServer>(config);
    const auto &data = m_model->state().data();
    for (const Sandbox::Contact &c : data.contacts)
        m_kinds.insert(c.id, c.kind);
    QSet<qint64> listed;
    for (const Sandbox::ContactList &l : data.lists) {
        if (l.name == listName) {
            m_listId = l.listId;
            m_members = QSet<qint64>(l.members.cbegin(), l.members.cend());
        }
        if (l.isContactList())
            listed.unite(QSet<qint64>(l.members.cbegin(), l.members.cend()));
    }
    QVERIFY2(m_listId > 0, qPrintable(listName));
    for (const Sandbox::Contact &c : data.contacts) {
        if (!listed.contains(c.id))
            m_fresh << c.id;
    }
    m_sequenceId = QString::number(DemoLookup::teamSequenceWithSteps(m_model->state())->id);
    m_sender = DemoLookup::owner(m_model->state(), DemoLookup::Primary).email;

    m_sandbox = std::make_unique<QProcess>();
    m_sandbox->start(binary("seqdesk-sandbox"),
                     {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency-ms"),
                      QString::number(kLatencyMs), QStringLiteral("--rate-limit"),
                      QString::number(kRateLimit), QStringLiteral("--rate-window-ms"),
                      QString::number(kRateWindowMs), QStringLiteral("--list-members"),
                      QString::number(listMembers)});
    QVERIFY(m_sandbox->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->canReadLine(), 10000);
    m_base = QUrl(QString::fromUtf8(m_sandbox->readLine()).trimmed());
    QVERIFY(m_base.isValid() && m_base.scheme() == QLatin1String("http"));

    // seqdesk-cli's mirror is GenericDataLocation/SeqDesk/seqdesk.sqlite: under
    // XDG_DATA_HOME.
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home->path());
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    m_env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), m_model->token());
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // its English lines
    m_env.remove(QStringLiteral("LANGUAGE"));
    m_mirror = m_home->filePath(QStringLiteral("data/SeqDesk/seqdesk.sqlite"));
    syncMirror();
}

void TestKillResumeRules::syncMirror()
{
    // As connecting the portal in the app does: the portal row from the account's details,
    // then a sync of its sequences and users into the same file seqdesk-cli opens.
    m_store = std::make_unique<Store::StoreWorker>();
    std::optional<QString> opened;
    m_store->open(m_mirror, &m_context, [&](const QString &error) { opened = error; });
    QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, 10000));
    QVERIFY2(opened->isEmpty(), qPrintable(*opened));
    HubSpot::ClientConfig config;
    config.baseUrl = m_base;
    HubSpot::HubSpotClient client(&m_nam, config);
    client.setAccessToken(m_model->token());
    const std::optional<Store::PortalRecord> found
        = TestSupport::portalOfAccount(client, &m_context, m_base);
    QVERIFY(found);
    const Store::PortalRecord portal = *found;
    m_portalId = portal.portalId;
    QVERIFY(call([portal](Store::Stores &s) { return s.portals.upsert(portal); }).value_or(false));
    Sync::SyncEngine engine(&client, m_store.get(), m_portalId);
    QSignalSpy synced(&engine, &Sync::SyncEngine::finished);
    QVERIFY(engine.start(Store::SyncTrigger::Connect));
    QVERIFY(synced.wait(60000));
    QCOMPARE(synced.first().first().value<Store::SyncRunRecord>().status,
             Store::SyncStatus::Succeeded);
}

void TestKillResumeRules::addRule(const QString &name)
{
    const Finished added = runToEnd(
        {QStringLiteral("--base-url"), m_base.toString(), QStringLiteral("--portal-id"), m_portalId,
         QStringLiteral("--add-rule"), QStringLiteral("--name"), name, QStringLiteral("--list-id"),
         QString::number(m_listId), QStringLiteral("--sequence-id"), m_sequenceId,
         QStringLiteral("--sender-email"), m_sender});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    m_ruleId = added.out.trimmed().toLongLong();
    QVERIFY(m_ruleId > 0);
}

void TestKillResumeRules::startCli(QProcess &cli, const QStringList &args) const
{
    cli.setProcessEnvironment(m_env);
    cli.setReadChannel(QProcess::StandardError);
    cli.start(binary("seqdesk-cli"), args);
}

Finished TestKillResumeRules::runToEnd(const QStringList &args)
{
    QProcess cli;
    startCli(cli, args);
    Finished f;
    if (!cli.waitForStarted() || !cli.waitForFinished(180000))
        return f;
    f.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    f.out = QString::fromUtf8(cli.readAllStandardOutput());
    f.err = QString::fromUtf8(cli.readAllStandardError());
    return f;
}

QStringList TestKillResumeRules::runArgs(bool oneRule) const
{
    QStringList args {QStringLiteral("--base-url"), m_base.toString(),
                      QStringLiteral("--portal-id"), m_portalId, QStringLiteral("--run-rules")};
    if (oneRule)
        args << QStringLiteral("--rule") << QString::number(m_ruleId);
    return args;
}

QJsonObject TestKillResumeRules::getJson(const QString &path)
{
    QNetworkReply *reply = m_nam.get(QNetworkRequest(m_base.resolved(QUrl(path))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool TestKillResumeRules::control(const QJsonObject &change)
{
    QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("/_sandbox/control"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_nam.post(request, QJsonDocument(change).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return false;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

int TestKillResumeRules::requests(const QString &route)
{
    return getJson(QStringLiteral("/_sandbox/stats"))[u"requests"][route].toInt();
}

QHash<qint64, int> TestKillResumeRules::acceptedByContact()
{
    QHash<qint64, int> times;
    const QJsonArray results
        = getJson(QStringLiteral("/_sandbox/enrollments"))[u"results"].toArray();
    for (const QJsonValue &v : results) {
        const QJsonObject e = v.toObject();
        // Every enrollment the sandbox accepted is the rule's: its sequence, its inbox.
        if (e[u"sequenceId"].toString() != m_sequenceId
            || e[u"senderEmail"].toString().compare(m_sender, Qt::CaseInsensitive) != 0)
            times[-1] += 1;
        ++times[e[u"contactId"].toString().toLongLong()];
    }
    return times;
}

template<typename Job, typename R> std::optional<R> TestKillResumeRules::call(Job job)
{
    auto out = std::make_shared<std::optional<R>>(); // outlives a timed-out wait
    m_store->run(std::move(job), &m_context, [out](R r) { *out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out->has_value(); }, 10000))
        return std::nullopt;
    return *out;
}

QList<Store::EnrollmentJobRecord> TestKillResumeRules::ruleJobs()
{
    const qint64 ruleId = m_ruleId;
    return call([ruleId](Store::Stores &s) {
               QList<Store::EnrollmentJobRecord> jobs;
               for (const Store::EnrollmentJobRecord &j : s.enrollments.recentJobs(100000)) {
                   if (j.ruleId == ruleId)
                       jobs << j;
               }
               return jobs;
           })
        .value_or(QList<Store::EnrollmentJobRecord>());
}

QHash<qint64, int> TestKillResumeRules::handled()
{
    const qint64 ruleId = m_ruleId;
    return call([ruleId](Store::Stores &s) {
               QHash<qint64, int> items;
               for (const Store::EnrollmentJobRecord &j : s.enrollments.recentJobs(100000)) {
                   if (j.ruleId != ruleId)
                       continue;
                   for (const Store::EnrollmentItemRecord &i : s.enrollments.items(j.id))
                       ++items[i.contactId.toLongLong()];
               }
               return items;
           })
        .value_or(QHash<qint64, int>());
}

QSet<qint64> TestKillResumeRules::eligibleMembers() const
{
    QSet<qint64> eligible;
    for (qint64 id : m_members) {
        if (m_kinds.value(id, Sandbox::ContactKind::NoEmail) == Sandbox::ContactKind::Normal)
            eligible.insert(id);
    }
    return eligible;
}

void TestKillResumeRules::grow(QRandomGenerator &random, int fresh, int rejoin)
{
    // New members: contacts of every kind that were in no list. And members the rule has
    // handled leave the list and join it again: they must not be enrolled again.
    QJsonArray added;
    for (int i = 0; i < fresh && !m_fresh.isEmpty(); ++i) {
        const qint64 id = m_fresh.takeAt(int(random.bounded(quint32(m_fresh.size()))));
        added.append(QString::number(id));
        m_members.insert(id);
    }
    QList<qint64> handledMembers = handled().keys();
    QJsonArray rejoining;
    for (int i = 0; i < rejoin && !handledMembers.isEmpty(); ++i)
        rejoining.append(QString::number(
            handledMembers.takeAt(int(random.bounded(quint32(handledMembers.size()))))));
    const QString list = QString::number(m_listId);
    if (!rejoining.isEmpty())
        QVERIFY(control({{QStringLiteral("removeListMembers"),
                          QJsonObject {{QStringLiteral("listId"), list},
                                       {QStringLiteral("recordIds"), rejoining}}}}));
    for (const QJsonValue &v : std::as_const(rejoining))
        added.append(v);
    QVERIFY(control(
        {{QStringLiteral("addListMembers"),
          QJsonObject {{QStringLiteral("listId"), list}, {QStringLiteral("recordIds"), added}}}}));
    qInfo("the list grew by %d new members (%d rejoined): %d members, %d of them eligible",
          int(added.size() - rejoining.size()), int(rejoining.size()), int(m_members.size()),
          int(eligibleMembers().size()));
}

void TestKillResumeRules::runAndKill(const QStringList &args, const KillPoint &point, int before,
                                     const QByteArray &what)
{
    static const QRegularExpression jobStart(QStringLiteral("Job \\d+ \\(rule \\d+\\): enrolling"));
    const QRegularExpression ruleStart(QStringLiteral("Rule %1 \".*\": running").arg(m_ruleId));
    const QString route = point.phase == Phase::ListRead ? kListGet
        : point.phase == Phase::MembersPage              ? kMembersPage
                                                         : kBatchRead;
    const int base = requests(route); // the CLI about to start is the only client
    QProcess cli;
    startCli(cli, args);
    QString err;
    const auto reached = [&]() -> bool {
        err += QString::fromUtf8(cli.readAllStandardError());
        switch (point.phase) {
        case Phase::RuleStart:
            return ruleStart.match(err).hasMatch();
        case Phase::ListRead:
        case Phase::MembersPage:
        case Phase::DryRunRead:
            return requests(route) >= base + qMax(1, point.n);
        case Phase::JobStart:
            return jobStart.match(err).hasMatch();
        case Phase::Enrollments:
            return jobStart.match(err).hasMatch() && acceptedSoFar() >= before + point.n;
        }
        return false;
    };
    QVERIFY(cli.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (!reached()) {
        QVERIFY2(cli.state() == QProcess::Running, what.constData());
        QVERIFY2(waited.elapsed() < 60000, "no progress in 60 s");
        cli.waitForReadyRead(kPollMs);
    }
    QVERIFY2(point.extraMs == 0 || !cli.waitForFinished(point.extraMs), what.constData());
    QVERIFY2(cli.state() == QProcess::Running, what.constData());
    cli.kill(); // SIGKILL: no cleanup, no flush
    QVERIFY(cli.waitForFinished(10000));
}

void TestKillResumeRules::checkExactlyOnce(bool complete)
{
    // The sandbox's own record: nobody twice, nobody who is not an eligible member, every
    // eligible member once the runs completed.
    const QHash<qint64, int> times = acceptedByContact();
    QVERIFY2(!times.contains(-1), "an enrollment into another sequence or by another inbox");
    const QSet<qint64> eligible = eligibleMembers();
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        QVERIFY2(it.value() == 1,
                 qPrintable(
                     QStringLiteral("contact %1 enrolled %2 times").arg(it.key()).arg(it.value())));
        QVERIFY2(eligible.contains(it.key()),
                 qPrintable(
                     QStringLiteral("contact %1 enrolled: not an eligible member").arg(it.key())));
    }
    // The rule's journal: each member handled by one item of one job, never twice.
    const QHash<qint64, int> items = handled();
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        QVERIFY2(it.value() == 1,
                 qPrintable(QStringLiteral("contact %1 handled %2 times by the rule")
                                .arg(it.key())
                                .arg(it.value())));
        QVERIFY2(m_members.contains(it.key()),
                 qPrintable(QStringLiteral("contact %1 handled: not a member").arg(it.key())));
    }
    // Nobody was even tried twice: every enroll request the sandbox saw enrolled someone, or
    // was turned away by its rate limit (a second try would be refused as already enrolled).
    const QJsonObject stats = getJson(QStringLiteral("/_sandbox/stats"));
    int accepted = 0;
    for (int n : times)
        accepted += n;
    QVERIFY2(stats[u"requests"][u"enroll"].toInt() - accepted <= stats[u"status429"].toInt(),
             qPrintable(QStringLiteral("%1 enroll requests, %2 accepted, %3 answered 429")
                            .arg(stats[u"requests"][u"enroll"].toInt())
                            .arg(accepted)
                            .arg(stats[u"status429"].toInt())));
    if (!complete)
        return;
    QCOMPARE(times.size(), eligible.size());
    QCOMPARE(QSet<qint64>(items.keyBegin(), items.keyEnd()), m_members);
    for (const Store::EnrollmentJobRecord &j : ruleJobs())
        QCOMPARE(j.state, Store::JobState::Completed);
    // The runs a killed process left running were marked failed by the next run of the rule.
    const qint64 ruleId = m_ruleId;
    const auto runs = call([ruleId](Store::Stores &s) {
                          return s.rules.runs(ruleId, 1000);
                      }).value_or(QList<Store::RuleRunRecord>());
    QVERIFY(!runs.isEmpty());
    for (const Store::RuleRunRecord &r : runs) {
        QVERIFY2(r.state == Store::RuleRunState::Done
                     || (r.state == Store::RuleRunState::Failed
                         && r.message.startsWith(QLatin1String("Interrupted"))),
                 qPrintable(QStringLiteral("run %1: %2").arg(r.id).arg(r.message)));
    }
    // The sandbox's list is the test's.
    for (const QJsonValue &l : getJson(QStringLiteral("/_sandbox/summary"))[u"lists"].toArray()) {
        if (l[u"listId"].toString() == QString::number(m_listId))
            QCOMPARE(l[u"size"].toInt(), int(m_members.size()));
    }
}

int TestKillResumeRules::stopLockHolder(const QString &lockPath, const qint64 (&pids)[2])
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000) {
        qint64 pid = 0;
        QString host;
        QString app;
        const bool named = QLockFile(lockPath).getLockInfo(&pid, &host, &app);
        const int holder = !named ? -1 : pid == pids[0] ? 0 : pid == pids[1] ? 1 : -1;
        if (holder < 0) {
            QTest::qWait(1); // the lock file is polled: it sends no signal
            continue;
        }
        ::kill(pid_t(pid), SIGSTOP);
        // Still its lock once stopped? Else it let go first.
        if (QLockFile(lockPath).getLockInfo(&pid, &host, &app) && pid == pids[holder])
            return holder;
        ::kill(pid_t(pids[holder]), SIGCONT);
        qInfo("the lock's holder let go before it was stopped");
        return -1;
    }
    qWarning("nobody took the rule's lock in 60 s");
    return -1;
}

void TestKillResumeRules::killedRuleRunsResumeAndEnrollEachMemberOnce()
{
    setUp(300, QStringLiteral("Newsletter subscribers (all regions)"));
    if (QTest::currentTestFailed())
        return;
    addRule(QStringLiteral("Newsletter"));
    if (QTest::currentTestFailed())
        return;

    const QByteArray given = qgetenv(kSeedVariable);
    bool seedOk = true;
    const quint32 seed
        = given.isEmpty() ? QRandomGenerator::global()->generate() : given.toUInt(&seedOk);
    QVERIFY2(seedOk, "SEQDESK_KILLRESUME_RULES_SEED is not a number");
    qInfo("kill plan seeded with %u (replay: %s=%u)", seed, kSeedVariable, seed);
    QRandomGenerator random(seed);
    QElapsedTimer clock;
    clock.start();
    int kills = 0;
    int preSave = 0; // kills meant to land before the run saved its jobs
    int beforeSave = 0; // and those that did
    int runs = 0;
    for (int round = 0; round < kRounds; ++round) {
        if (round > 0)
            grow(random, 40 + int(random.bounded(80)), int(random.bounded(6)));
        // The first kills of a round land before its new members' job is saved (the run reads
        // the list and dry-runs the new members), the others once it is: mid-job, or around
        // the save. Round 0 runs the due rules, as the timer does; once the rule ran it is not
        // due again for 15 minutes, so later runs name it (--rule), and any run first goes on
        // with the jobs a killed run left.
        QList<Phase> plan;
        for (int i = 1 + int(random.bounded(2)); i > 0; --i)
            plan << std::array {Phase::RuleStart, Phase::ListRead,
                                Phase::MembersPage}[random.bounded(3)];
        if (random.bounded(2) == 0)
            plan << Phase::DryRunRead;
        for (int i = (round == 0 ? 2 : 1) + int(random.bounded(2)); i > 0; --i)
            plan << (random.bounded(4) == 0 ? Phase::JobStart : Phase::Enrollments);
        int midJobLeft = int(std::count_if(plan.cbegin(), plan.cend(), [](Phase p) {
            return p == Phase::JobStart || p == Phase::Enrollments;
        }));
        for (int step = 0; step < plan.size(); ++step) {
            KillPoint point {plan.at(step), 0, 0};
            const bool midJob = point.phase == Phase::JobStart || point.phase == Phase::Enrollments;
            if (round > 0 && midJob && random.bounded(3) == 0)
                grow(random, 5 + int(random.bounded(30)), 0);
            const int before = acceptedSoFar();
            QVERIFY(before >= 0);
            const int jobsBefore = int(ruleJobs().size());
            const int newMembers = int(m_members.size()) - int(handled().size());
            const int remaining = int(eligibleMembers().size()) - before;
            if (point.phase == Phase::DryRunRead && newMembers == 0)
                point.phase = Phase::RuleStart; // a kill that came late saved them already
            switch (point.phase) {
            case Phase::RuleStart:
            case Phase::ListRead:
                point.extraMs = int(random.bounded(kLatencyMs + 1));
                break;
            case Phase::MembersPage:
                point.n = 1 + int(random.bounded(quint32(m_members.size() / kPageSize + 1)));
                point.extraMs = int(random.bounded(kLatencyMs / 2 + 1));
                break;
            case Phase::DryRunRead:
                // Every batch read arrived: killed while they are answered, as the jobs are
                // saved or as the first starts.
                point.n = (qMax(1, newMembers) + kBatch - 1) / kBatch;
                point.extraMs = int(random.bounded(2 * kLatencyMs + 1));
                break;
            case Phase::JobStart:
            case Phase::Enrollments: {
                const int room = remaining - kReserve;
                if (point.phase == Phase::Enrollments && room >= midJobLeft)
                    point.n = 1 + int(random.bounded(quint32(room / midJobLeft)));
                else
                    point.phase = Phase::JobStart;
                point.extraMs = int(random.bounded(2 * kLatencyMs + 1));
                --midJobLeft;
                break;
            }
            }
            if (midJob && remaining < kReserve) {
                qInfo("round %d: no kill mid-job, %d contacts left to enroll", round, remaining);
                continue;
            }
            // Round 0's first run finds the rule due; a kill in its run later in round 0 needs
            // the rule named (a kill that came late may have let it run).
            const bool oneRule = round > 0 || (step > 0 && !midJob);
            ++runs;
            const QByteArray what
                = QStringLiteral("kill %1 (round %2, at %3; seed %4): the CLI ended first")
                      .arg(kills + 1)
                      .arg(round)
                      .arg(QLatin1String(phaseName(point.phase)))
                      .arg(seed)
                      .toUtf8();
            runAndKill(runArgs(oneRule), point, before, what);
            if (QTest::currentTestFailed())
                return;
            ++kills;
            const char *landed = "";
            if (!midJob) {
                const bool saved = int(ruleJobs().size()) > jobsBefore;
                preSave += point.phase == Phase::DryRunRead ? 0 : 1;
                beforeSave += saved || point.phase == Phase::DryRunRead ? 0 : 1;
                landed = saved ? ", after the run saved its job" : ", before the run saved a job";
            }
            qInfo("kill %d (round %d) at %s %d + %d ms%s: %d enrolled before, %d after", kills,
                  round, phaseName(point.phase), point.n, point.extraMs, landed, before,
                  acceptedSoFar());
            checkExactlyOnce(false);
            if (QTest::currentTestFailed())
                return;
        }
        // Then to its end: exit code 0, the rule done.
        const Finished last = runToEnd(runArgs(round > 0));
        ++runs;
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        if (round > 0) {
            const QStringList row = tableRow(last.out, m_ruleId);
            QVERIFY2(row.value(8) == QLatin1String("done"), qPrintable(last.out));
        }
        checkExactlyOnce(true);
        if (QTest::currentTestFailed())
            return;
        qInfo("round %d complete: %d members, %d enrolled", round, int(m_members.size()),
              acceptedSoFar());
    }
    const QJsonObject stats = getJson(QStringLiteral("/_sandbox/stats"));
    qInfo("%d kills (%d of %d meant to land before a run saved its job did) in %d runs; %d "
          "members enrolled once in %lld ms; the sandbox saw %d enroll requests (%d answered 429)",
          kills, beforeSave, preSave, runs, acceptedSoFar(), clock.elapsed(),
          stats[u"requests"][u"enroll"].toInt(), stats[u"status429"].toInt());
    // At least one a round (they are planned so that all of them do, with a margin of a few
    // answers' latency).
    QVERIFY2(beforeSave >= kRounds, "too few kills landed before a run saved its jobs");
}

void TestKillResumeRules::twoProcessesStartedTogetherRunTheRuleOnce()
{
    setUp(0, QStringLiteral("Trial signups this week")); // 320 members: two pages
    if (QTest::currentTestFailed())
        return;
    addRule(QStringLiteral("Trial signups"));
    if (QTest::currentTestFailed())
        return;
    const QByteArray given = qgetenv(kSeedVariable);
    const quint32 seed = given.isEmpty() ? QRandomGenerator::global()->generate() : given.toUInt();
    qInfo("growth seeded with %u (replay: %s=%u)", seed, kSeedVariable, seed);
    QRandomGenerator random(seed);
    const QString lockPath
        = QFileInfo(m_mirror).absolutePath() + QStringLiteral("/rule-%1.lock").arg(m_ruleId);
    for (int round = 0; round < 6; ++round) {
        if (round > 0)
            grow(random, 30 + int(random.bounded(60)), int(random.bounded(4)));
        const int newMembers = int(m_members.size()) - int(handled().size());
        const QHash<qint64, int> enrolledBefore = acceptedByContact();
        const int newEligible = int(
            (eligibleMembers() - QSet<qint64>(enrolledBefore.keyBegin(), enrolledBefore.keyEnd()))
                .size());
        QProcess a;
        QProcess b;
        startCli(a, runArgs(true));
        startCli(b, runArgs(true));
        QVERIFY(a.waitForStarted() && b.waitForStarted());
        const qint64 pids[] = {a.processId(), b.processId()};
        // Every other round the process that took the rule's lock is held there until the
        // other one has met the lock (and exited); in the others they race freely.
        const int held = round % 2 == 0 ? stopLockHolder(lockPath, pids) : -1;
        if (held >= 0) {
            QProcess &other = held == 0 ? b : a;
            QVERIFY(other.waitForFinished(120000));
            ::kill(pid_t(pids[held]), SIGCONT);
        }
        QList<Finished> ends;
        for (QProcess *p : {&a, &b}) {
            // (waitForFinished is false once it was seen to end)
            QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(120000));
            Finished f;
            f.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
            f.out = QString::fromUtf8(p->readAllStandardOutput());
            f.err = QString::fromUtf8(p->readAllStandardError());
            // 0: a rule another process runs is reported and skipped, not an error.
            QVERIFY2(f.exitCode == 0, qPrintable(f.err));
            ends << f;
        }
        int ran = -1;
        int skipped = 0;
        for (int i = 0; i < 2; ++i) {
            const QStringList row = tableRow(ends.at(i).out, m_ruleId);
            QVERIFY2(row.size() == 9, qPrintable(ends.at(i).out));
            if (row.at(8).startsWith(QLatin1String("skipped: "))) {
                ++skipped;
                // Named: the other process, which held the lock.
                const QString by = QStringLiteral("is running in another SeqDesk process "
                                                  "(seqdesk-cli, process %1).")
                                       .arg(pids[1 - i]);
                QVERIFY2(row.at(8).endsWith(by), qPrintable(row.at(8)));
                QCOMPARE(row.at(3), QStringLiteral("-"));
            } else {
                QCOMPARE(row.at(8), QStringLiteral("done"));
                if (row.at(3) != QLatin1String("0")) {
                    QVERIFY2(ran < 0, "both runs found the new members"); // never both
                    ran = i;
                    QCOMPARE(row.at(3).toInt(), newMembers);
                } else {
                    QCOMPARE(row.at(4), QStringLiteral("0")); // came after: nothing new
                }
            }
        }
        QVERIFY2(ran >= 0, "neither run found the new members");
        if (held >= 0) {
            QCOMPARE(ran, held);
            QCOMPARE(skipped, 1);
            const QStringList row = tableRow(ends.at(held).out, m_ruleId);
            QCOMPARE(row.at(4).toInt(), newEligible); // ENROLLED: it ran its job itself
            QCOMPARE(row.at(6), QStringLiteral("0"));
        }
        qInfo("round %d: %s; %d new members, %d enrolled", round,
              held >= 0 ? "the lock's holder was held, the other skipped"
                        : (skipped ? "a free race, one skipped" : "a free race, one came after"),
              newMembers, newEligible);
        checkExactlyOnce(true);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestKillResumeRules::locksAProcessDiedCreatingDoNotHoldTheRuleForever()
{
    // QLockFile creates the lock file, then writes its holder's details into it: a process
    // killed (or a machine that lost power) in between leaves an empty lock file, which has no
    // process to find dead. The rule's lock and its jobs' locks are held for as long as a run
    // lasts (never stale by age), so such a file must not keep the rule, or a job of it, from
    // ever running again.
    setUp(0, QStringLiteral("Customer advisory board")); // 12 members
    if (QTest::currentTestFailed())
        return;
    addRule(QStringLiteral("Advisory board"));
    if (QTest::currentTestFailed())
        return;
    const QString dir = QFileInfo(m_mirror).absolutePath();
    const auto leaveEmptyLock = [](const QString &path) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::NewOnly));
        // Not one just being created: a minute old.
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                                 QFileDevice::FileModificationTime));
    };
    leaveEmptyLock(dir + QStringLiteral("/rule-%1.lock").arg(m_ruleId));
    const Finished first = runToEnd(runArgs(true));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(tableRow(first.out, m_ruleId).value(8) == QLatin1String("done"),
             qPrintable(first.out + first.err));
    checkExactlyOnce(true);
    if (QTest::currentTestFailed())
        return;

    // A job of the rule that a run left to do, whose lock was left empty.
    QRandomGenerator random(1);
    grow(random, 20, 0);
    const QList<Store::EnrollmentJobRecord> jobsBefore = ruleJobs();
    runAndKill(runArgs(true), {Phase::JobStart, 0, 0}, acceptedSoFar(), "ended before its job");
    const QList<Store::EnrollmentJobRecord> jobs = ruleJobs();
    QCOMPARE(jobs.size(), jobsBefore.size() + 1);
    const qint64 left = jobs.first().id; // newest first
    QFile::remove(dir + QStringLiteral("/job-%1.lock").arg(left)); // the killed run's
    leaveEmptyLock(dir + QStringLiteral("/job-%1.lock").arg(left));
    const Finished second = runToEnd(runArgs(false)); // the timer's run: the left job
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("Job %1 (rule %2, as").arg(left).arg(m_ruleId)),
             qPrintable(second.err));
    checkExactlyOnce(true);
}

QTEST_GUILESS_MAIN(TestKillResumeRules)
#include "tst_killresume_rules.moc"
