// Exactly once across crashes: the real seqdesk-cli enrolls 500 contacts from the real
// seqdesk-sandbox (out of process), is killed with SIGKILL 20 times and resumed with
// --resume each time; the sandbox must have accepted every contact exactly once.
//
// The kills are keyed to the job's progress, not to wall-clock time, so they land on a
// fast (optimized) build and a slow (Debug, loaded machine) one alike: each run is killed
// either right after it printed "Job N: enrolling" (recovering what the previous run left
// in flight) or once the sandbox has accepted a random number of further enrollments, each
// time plus a random 0..2x latency (before a request, while the sandbox holds its answer,
// or between the answer and the journal). The numbers are spaced over the contacts still
// to send, with a reserve, so all 20 kills fit in the job; the sandbox's rate limit bounds
// how far the CLI gets between the trigger and the kill. The plan is drawn from the printed
// seed (SEQDESK_KILLRESUME_SEED=N replays it).
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SeqDesk;

namespace {

constexpr int kContacts = 500;
constexpr int kKills = 20;
// Contacts always left for the run after the last kill: the CLI cannot finish them in the
// moment between a trigger and its kill (at most kRateLimit requests per kRateWindowMs).
constexpr int kReserve = 80;
constexpr int kLatencyMs = 15; // each answer is held this long: kills land mid-request too
constexpr int kRateLimit = 40; // requests per window: at most 400 enrollments/s
constexpr int kRateWindowMs = 100;
constexpr int kPollMs = 5; // between two reads of the sandbox's enrollment count
const QString kToken = QStringLiteral("pat-na1-00000000-demo-0000-0000-000000000000");

QString binary(const char *name)
{
    return QStringLiteral(SEQDESK_BIN_DIR "/") + QLatin1String(name);
}

} // namespace

class TestKillResume final : public QObject
{
    Q_OBJECT

private slots:
    void killedAtRandomProgressAndResumedEnrollsEachContactOnce_data();
    void killedAtRandomProgressAndResumedEnrollsEachContactOnce();

private:
    QByteArray get(const QString &path);
    int acceptedSoFar();

    QNetworkAccessManager m_nam;
    QUrl m_base;
};

QByteArray TestKillResume::get(const QString &path)
{
    QNetworkReply *reply = m_nam.get(QNetworkRequest(m_base.resolved(QUrl(path))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return {};
    reply->deleteLater();
    return reply->readAll();
}

int TestKillResume::acceptedSoFar()
{
    return QJsonDocument::fromJson(get(QStringLiteral("/_sandbox/enrollments")))
        .object()
        .value(QStringLiteral("total"))
        .toInt(-1);
}

void TestKillResume::killedAtRandomProgressAndResumedEnrollsEachContactOnce_data()
{
    QTest::addColumn<int>("listMembers"); // 0: a file of kContacts plain contacts
    QTest::addColumn<int>("plannedKills");
    QTest::newRow("contacts file") << 0 << kKills;
    // A HubSpot list (seqdesk-cli --list-id): members of every kind, read in pages of 250.
    QTest::newRow("HubSpot list") << 300 << 8;
}

void TestKillResume::killedAtRandomProgressAndResumedEnrollsEachContactOnce()
{
    QFETCH(int, listMembers);
    QFETCH(int, plannedKills);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // The same seeded data as the sandbox process: which contacts are plain and enrollable.
    Sandbox::SandboxConfig config;
    config.listMembers = listMembers;
    const Sandbox::SandboxServer model(config);
    const auto &data = model.state().data();
    QStringList contacts; // those to be enrolled
    QString listId;
    if (listMembers > 0) {
        const auto list = std::find_if(data.lists.cbegin(), data.lists.cend(), [&](const auto &l) {
            return l.isContactList() && l.members.size() == listMembers;
        });
        QVERIFY(list != data.lists.cend());
        listId = QString::number(list->listId);
        QHash<qint64, Sandbox::ContactKind> kinds;
        for (const auto &c : data.contacts)
            kinds.insert(c.id, c.kind);
        for (qint64 id : list->members) {
            if (kinds.value(id, Sandbox::ContactKind::NoEmail) == Sandbox::ContactKind::Normal)
                contacts << QString::number(id);
        }
        QVERIFY(contacts.size() > 100 && contacts.size() < listMembers); // some are skipped
    } else {
        for (const auto &c : data.contacts) {
            if (c.kind == Sandbox::ContactKind::Normal && contacts.size() < kContacts)
                contacts << QString::number(c.id);
        }
        QCOMPARE(contacts.size(), kContacts);
    }
    const int toEnroll = int(contacts.size());
    const auto &owner = data.owners.at(0);
    QString sequenceId;
    for (const auto &s : data.sequences) {
        if (s.shared && !s.steps.isEmpty()) {
            sequenceId = QString::number(s.id);
            break;
        }
    }
    QFile list(home.filePath(QStringLiteral("contacts.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(contacts.join(QLatin1Char('\n')).toUtf8());
    list.close();

    QProcess sandbox;
    sandbox.start(binary("seqdesk-sandbox"),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency-ms"),
                   QString::number(kLatencyMs), QStringLiteral("--rate-limit"),
                   QString::number(kRateLimit), QStringLiteral("--rate-window-ms"),
                   QString::number(kRateWindowMs), QStringLiteral("--list-members"),
                   QString::number(listMembers)});
    QVERIFY(sandbox.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
    m_base = QUrl(QString::fromUtf8(sandbox.readLine()).trimmed());
    QVERIFY(m_base.isValid() && m_base.scheme() == QLatin1String("http"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), kToken);
    const QStringList common {QStringLiteral("--base-url"), m_base.toString()};
    const QStringList args = common
        + QStringList {QStringLiteral("--sequence-id"),
                       sequenceId,
                       QStringLiteral("--sender-email"),
                       owner.inboxes.value(0),
                       listId.isEmpty() ? QStringLiteral("--contact-ids-file")
                                        : QStringLiteral("--list-id"),
                       listId.isEmpty() ? list.fileName() : listId};

    const QByteArray given = qgetenv("SEQDESK_KILLRESUME_SEED");
    bool seedOk = true;
    const quint32 seed
        = given.isEmpty() ? QRandomGenerator::global()->generate() : given.toUInt(&seedOk);
    QVERIFY2(seedOk, "SEQDESK_KILLRESUME_SEED is not a number");
    qInfo("kill plan seeded with %u (replay: SEQDESK_KILLRESUME_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);
    QElapsedTimer clock;
    clock.start();
    static const QRegularExpression started(QStringLiteral("Job (\\d+): enrolling"));
    qint64 jobId = 0;
    int kills = 0;
    int exitCode = -1;
    QByteArray finalReport;
    for (int attempt = 0; attempt < 200 && exitCode != 0; ++attempt) {
        const int before = acceptedSoFar();
        QVERIFY(before >= 0);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(binary("seqdesk-cli"),
                  jobId ? common
                          + QStringList {QStringLiteral("--resume"), QString::number(jobId),
                                         QStringLiteral("--json")}
                        : args);
        QVERIFY(cli.waitForStarted());
        if (kills >= plannedKills) {
            QVERIFY(cli.waitForFinished(120000));
        } else {
            // This run's kill: at the start of its job, or after `more` enrollments.
            const int room = toEnroll - kReserve - before;
            const int maxStep = qMax(1, room / (plannedKills - kills));
            const bool atJobStart = random.bounded(4) == 0;
            const int more = atJobStart ? 0 : 1 + int(random.bounded(maxStep));
            const int extraMs = int(random.bounded(2 * kLatencyMs + 1));
            const QByteArray ended = QStringLiteral("kill %1 of %2 (seed %3): the CLI ended first")
                                         .arg(kills + 1)
                                         .arg(plannedKills)
                                         .arg(seed)
                                         .toUtf8();
            // Every run prints this once it has read the job, before it recovers what a
            // killed run left in flight and enrolls.
            cli.setReadChannel(QProcess::StandardError);
            QString seen;
            QElapsedTimer waited;
            waited.start();
            while (!started.match(seen).hasMatch()) {
                QVERIFY2(cli.state() == QProcess::Running, ended.constData());
                QVERIFY2(waited.elapsed() < 30000, "no \"Job N: enrolling\" line in 30 s");
                cli.waitForReadyRead(kPollMs);
                seen += QString::fromUtf8(cli.readAllStandardError());
            }
            if (!jobId) {
                jobId = started.match(seen).captured(1).toLongLong();
                QVERIFY(jobId > 0);
            }
            for (int accepted = before; accepted < before + more; accepted = acceptedSoFar()) {
                QVERIFY2(!cli.waitForFinished(kPollMs), ended.constData());
                QVERIFY2(waited.elapsed() < 60000, "the sandbox saw no progress in 60 s");
            }
            QVERIFY2(extraMs == 0 || !cli.waitForFinished(extraMs), ended.constData());
            QVERIFY2(cli.state() == QProcess::Running, ended.constData());
            cli.kill(); // SIGKILL: no cleanup, no flush
            QVERIFY(cli.waitForFinished(10000));
            ++kills;
            const int after = acceptedSoFar();
            if (atJobStart)
                qInfo("kill %d at the job's start + %d ms: %d enrolled before, %d after", kills,
                      extraMs, before, after);
            else
                qInfo("kill %d after %d more enrollments + %d ms: %d enrolled before, %d after",
                      kills, more, extraMs, before, after);
            continue;
        }
        exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
        if (exitCode == 0)
            finalReport = cli.readAllStandardOutput();
        QVERIFY2(exitCode == 0 || cli.exitStatus() != QProcess::NormalExit,
                 cli.readAllStandardError().constData());
    }
    QCOMPARE(exitCode, 0);
    QCOMPARE(kills, plannedKills);
    qInfo("%d kills landed; the job completed after %lld ms", kills, clock.elapsed());

    const QJsonArray accepted
        = QJsonDocument::fromJson(get(QStringLiteral("/_sandbox/enrollments")))
              .object()
              .value(QStringLiteral("results"))
              .toArray();
    // The journal agrees: all enrolled, none twice, no two contacts with one enrollment.
    const QJsonObject report = QJsonDocument::fromJson(finalReport).object();
    QCOMPARE(report.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    const QJsonArray enrolled = report.value(QStringLiteral("enrolled")).toArray();
    QCOMPARE(enrolled.size(), toEnroll);
    QSet<QString> enrollmentIds;
    QSet<QString> enrolledContacts;
    for (const QJsonValue &v : enrolled) {
        enrollmentIds.insert(v.toObject().value(QStringLiteral("enrollmentId")).toString());
        enrolledContacts.insert(v.toObject().value(QStringLiteral("contactId")).toString());
    }
    QCOMPARE(enrolledContacts.size(), toEnroll);
    QCOMPARE(enrolledContacts, QSet<QString>(contacts.cbegin(), contacts.cend()));
    if (listMembers > 0) // the others were skipped, each with its reason
        QCOMPARE(report.value(QStringLiteral("skipped")).toArray().size(), listMembers - toEnroll);
    QCOMPARE(enrollmentIds.size(), enrolledContacts.size()); // one enrollment each

    QHash<QString, int> times;
    for (const QJsonValue &v : accepted)
        ++times[v.toObject().value(QStringLiteral("contactId")).toString()];
    QCOMPARE(times.size(), toEnroll);
    for (const QString &id : std::as_const(contacts))
        QVERIFY2(times.value(id) == 1,
                 qPrintable(
                     QStringLiteral("contact %1 enrolled %2 times").arg(id).arg(times.value(id))));
    sandbox.kill();
    sandbox.waitForFinished();
}

QTEST_GUILESS_MAIN(TestKillResume)
#include "tst_killresume.moc"
