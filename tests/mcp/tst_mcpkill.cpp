// A job started over MCP whose server is killed (SIGKILL) mid-way resumes through resume_job
// in a new server, each contact enrolled once. The kills are keyed to the job's progress as
// the sandbox sees it (a number of further enrollments it accepted) or to resume_job's answer
// (the new server is then checking what the killed one left in flight), never to a time, so
// they land in an optimized and a Debug build alike. SEQDESK_MCPKILL_SEED=N replays a plan.
#include "McpHarness.h"

#include <QRandomGenerator>

using namespace McpTest;
using SeqDesk::Sandbox::ContactKind;

namespace {

constexpr int kContacts = 120;
constexpr int kKills = 5;
constexpr int kReserve = 30; // contacts left for the run after the last kill

} // namespace

class TestMcpKill final : public QObject
{
    Q_OBJECT

private slots:
    void killedServerJobResumesInANewServerEachContactOnce();
};

void TestMcpKill::killedServerJobResumesInANewServerEachContactOnce()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    Sandbox sandbox;
    // Answers held a little and at most 40 requests per 100 ms: kills land mid-request too.
    QVERIFY(sandbox.start({QStringLiteral("--latency-ms"), QStringLiteral("15"),
                           QStringLiteral("--rate-limit"), QStringLiteral("40"),
                           QStringLiteral("--rate-window-ms"), QStringLiteral("100")}));
    const QStringList contacts = sandbox.contactsOfKind(ContactKind::Normal, kContacts);
    QCOMPARE(contacts.size(), kContacts);

    auto server = std::make_unique<Server>();
    QVERIFY(server->start(home.path(), sandbox.base));
    server->initialize();
    const QJsonObject p
        = server->call(QStringLiteral("preview_enrollment"),
                       {{QStringLiteral("sequenceId"), sandbox.sequence()},
                        {QStringLiteral("senderEmail"), sandbox.sender()},
                        {QStringLiteral("contactIds"), QJsonArray::fromStringList(contacts)}});
    QVERIFY2(!isError(p), qPrintable(text(p)));
    QCOMPARE(data(p).value(QStringLiteral("wouldEnroll")).toInt(), kContacts);
    const QJsonObject started
        = server->call(QStringLiteral("start_enrollment"),
                       {{QStringLiteral("previewId"), data(p).value(QStringLiteral("previewId"))},
                        {QStringLiteral("confirm"), true}});
    const qint64 jobId = data(started).value(QStringLiteral("jobId")).toInteger();
    QVERIFY2(jobId > 0, qPrintable(text(started)));

    const QByteArray given = qgetenv("SEQDESK_MCPKILL_SEED");
    const quint32 seed = given.isEmpty() ? QRandomGenerator::global()->generate() : given.toUInt();
    qInfo("kill plan seeded with %u (replay: SEQDESK_MCPKILL_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);
    for (int kill = 1; kill <= kKills; ++kill) {
        // This server's kill: after `more` further enrollments the sandbox accepted, or (a
        // resumed job, one time in three) as soon as resume_job answered.
        const int before = sandbox.accepted();
        const int room = kContacts - kReserve - before;
        const bool atResume = kill > 1 && random.bounded(3) == 0;
        const int more
            = atResume ? 0 : 1 + int(random.bounded(qMax(1, room / (kKills - kill + 1))));
        QElapsedTimer waited;
        waited.start();
        while (sandbox.accepted() < before + more) {
            QVERIFY2(server->pump(5), "the server ended before its kill");
            QVERIFY2(waited.elapsed() < 60000, "the sandbox saw no progress in 60 s");
        }
        server->process.kill(); // SIGKILL: no cleanup, no flush
        QVERIFY(server->process.waitForFinished(10000));
        qInfo("kill %d %s %d more enrollments: %d before, %d after", kill,
              atResume ? "as resume_job answered," : "after", more, before, sandbox.accepted());
        QVERIFY(sandbox.accepted() < kContacts);

        // A new server: the job was left running by a process that ended; resume_job.
        server = std::make_unique<Server>();
        QVERIFY(server->start(home.path(), sandbox.base));
        server->initialize();
        QJsonObject job
            = data(server->call(QStringLiteral("get_job"), {{QStringLiteral("jobId"), jobId}}));
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY(!job.value(QStringLiteral("runningHere")).toBool());
        const QJsonObject resumed
            = server->call(QStringLiteral("resume_job"), {{QStringLiteral("jobId"), jobId}});
        QVERIFY2(!isError(resumed), qPrintable(text(resumed)));
    }
    const QJsonObject job = waitForJobEnd(*server, jobId);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(
        job.value(QStringLiteral("counts")).toObject().value(QStringLiteral("enrolled")).toInt(),
        kContacts);

    const QHash<QString, int> times = sandbox.enrollments();
    QCOMPARE(times.size(), kContacts);
    for (const QString &id : contacts)
        QVERIFY2(times.value(id) == 1,
                 qPrintable(
                     QStringLiteral("contact %1 enrolled %2 times").arg(id).arg(times.value(id))));
}

QTEST_GUILESS_MAIN(TestMcpKill)
#include "tst_mcpkill.moc"
