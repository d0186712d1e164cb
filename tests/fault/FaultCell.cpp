#include "FaultCell.h"
#include "SandboxProcess.h"

#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>
#include <sys/resource.h>

namespace SeqDesk::Fault {

namespace {

const QString kToken = QStringLiteral("pat-na1-00000000-demo-0000-0000-000000000000");
constexpr int kPollMs = 10; // between two reads of the sandbox's enrollment count
constexpr int kMaxRuns = 40; // the first run and its resumes
constexpr qint64 kRunLimitMs = 600000; // a run longer than this is a hang
constexpr qint64 kLockHoldMs = 12000; // longer than the CLI's busy timeout (5 s)

} // namespace

QString lastLine(const QByteArray &text)
{
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

void compareWithSandbox(SandboxProcess &sandbox, const QSet<QString> &enrolled,
                        const QString &sequenceId, CellResult &result)
{
    QHash<QString, int> times;
    const QJsonArray accepted = sandbox.call(QStringLiteral("/_sandbox/enrollments"))
                                    .value(QStringLiteral("results"))
                                    .toArray();
    for (const QJsonValue &v : accepted) {
        const QJsonObject e = v.toObject();
        if (sequenceId.isEmpty() || e.value(QStringLiteral("sequenceId")).toString() == sequenceId)
            ++times[e.value(QStringLiteral("contactId")).toString()];
    }
    QSet<QString> inSandbox;
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        inSandbox.insert(it.key());
        if (it.value() > 1)
            ++result.doubles;
    }
    result.lost = int((inSandbox - enrolled).size() + (enrolled - inSandbox).size());
    const QJsonObject stats = sandbox.call(QStringLiteral("/_sandbox/stats"));
    QStringList faults;
    for (const char *key : {"status5xx", "status429", "dropped", "malformed", "truncated"}) {
        const int n = stats.value(QLatin1String(key)).toInt();
        if (n > 0)
            faults << QStringLiteral("%1 %2")
                          .arg(QLatin1String(key).mid(key[0] == 's' ? 6 : 0))
                          .arg(n);
    }
    result.faults = faults.isEmpty() ? QStringLiteral("-") : faults.join(QStringLiteral(", "));
}

namespace {

struct Job
{
    QStringList contacts;
    QString sequenceId;
    QString sender;
};

// The same seeded data as the sandbox process: plain contacts nobody enrolled yet.
Job pickJob(quint32 seed, int count)
{
    Sandbox::SandboxConfig config;
    config.seed = seed;
    const Sandbox::SandboxServer model(config);
    const auto &data = model.state().data();
    Job job;
    for (const auto &c : data.contacts) {
        if (c.kind == Sandbox::ContactKind::Normal && job.contacts.size() < count)
            job.contacts << QString::number(c.id);
    }
    for (const auto &s : data.sequences) {
        if (s.shared && !s.steps.isEmpty()) {
            job.sequenceId = QString::number(s.id);
            break;
        }
    }
    job.sender = data.owners.at(0).inboxes.value(0);
    return job;
}

// Holds the mirror's write lock, as another process writing to it would.
class MirrorLock final
{
public:
    explicit MirrorLock(const QString &path)
        : m_name(QStringLiteral("fault-lock"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE"));
    }
    ~MirrorLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_held)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool held() const { return m_held; }

private:
    QString m_name;
    bool m_held = false;
};

} // namespace

CellResult runCell(const CellSpec &spec, const RunSettings &settings, int index)
{
    CellResult result;
    result.name = spec.name;
    result.contacts = settings.contacts;
    QElapsedTimer wall;
    wall.start();
    const quint32 seed = settings.seed + quint32(index);
    QRandomGenerator random(seed);
    const Job job = pickJob(seed, settings.contacts);
    if (job.contacts.size() < settings.contacts || job.sequenceId.isEmpty()) {
        result.error = QStringLiteral("the sandbox's data has too few plain contacts");
        return result;
    }

    const QString home = settings.workDir + QLatin1Char('/') + spec.name;
    QDir(home).removeRecursively();
    QDir().mkpath(home);
    const QString contactsFile = home + QStringLiteral("/contacts.txt");
    QFile file(contactsFile);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("cannot write %1").arg(contactsFile);
        return result;
    }
    file.write(job.contacts.join(QLatin1Char('\n')).toUtf8());
    file.close();
    const QString mirror = home + QStringLiteral("/data/SeqDesk/seqdesk.sqlite");

    SandboxProcess sandbox;
    const QStringList sandboxArgs
        = QStringList {QStringLiteral("--port"),           QStringLiteral("0"),
                       QStringLiteral("--seed"),           QString::number(seed),
                       QStringLiteral("--rate-limit"),     QStringLiteral("1000"),
                       QStringLiteral("--rate-window-ms"), QStringLiteral("1000")}
        + spec.sandboxArgs; // a cell's own value wins: the parser takes an option's last
    if (!sandbox.start(settings.binDir + QStringLiteral("/seqdesk-sandbox"), sandboxArgs,
                       &result.error))
        return result;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), kToken);
    const QStringList common {QStringLiteral("--base-url"), sandbox.base.toString(),
                              QStringLiteral("--json")};
    const QStringList first
        = common + QStringList {QStringLiteral("--sequence-id"),      job.sequenceId,
                                QStringLiteral("--sender-email"),     job.sender,
                                QStringLiteral("--contact-ids-file"), contactsFile};
    const QString cliPath = settings.binDir + QStringLiteral("/seqdesk-cli");

    qint64 jobId = 0;
    int killsLeft = spec.action == Action::Kill ? spec.kills : 0;
    bool actionDone = spec.action == Action::None || spec.action == Action::Kill;
    QByteArray report;
    QString stoppedShort; // the first message of a run that ended with work left or an error
    for (int run = 0; run < kMaxRuns; ++run) {
        const int before = sandbox.accepted();
        int trigger = -1; // the sandbox's count of accepted enrollments that sets off the action
        if (killsLeft > 0) {
            const int room = qMax(1, (settings.contacts - settings.contacts / 10 - before));
            trigger = before + 1 + int(random.bounded(qMax(1, room / killsLeft)));
        } else if (!actionDone) {
            trigger = settings.contacts / 3;
        }
        QProcess cli;
        cli.setProcessEnvironment(env);
        if (spec.action == Action::DiskFull && !actionDone)
            cli.setChildProcessModifier([] { std::signal(SIGXFSZ, SIG_IGN); });
        cli.start(cliPath,
                  jobId ? common + QStringList {QStringLiteral("--resume"), QString::number(jobId)}
                        : first);
        if (!cli.waitForStarted()) {
            result.error = QStringLiteral("seqdesk-cli did not start");
            return result;
        }
        QElapsedTimer ran;
        ran.start();
        bool killed = false;
        std::unique_ptr<MirrorLock> lock;
        qint64 lockedAt = 0;
        while (!cli.waitForFinished(kPollMs)) {
            if (ran.elapsed() > kRunLimitMs) {
                cli.kill();
                cli.waitForFinished();
                result.error = QStringLiteral("run %1 did not end within %2 s: %3")
                                   .arg(run + 1)
                                   .arg(kRunLimitMs / 1000)
                                   .arg(lastLine(cli.readAllStandardError()));
                return result;
            }
            if (lock && ran.elapsed() - lockedAt > kLockHoldMs)
                lock.reset();
            if (trigger < 0 || sandbox.accepted() < trigger)
                continue;
            trigger = -1;
            switch (spec.action) {
            case Action::Kill:
                cli.kill(); // SIGKILL: no cleanup, no flush
                cli.waitForFinished();
                killed = true;
                --killsLeft;
                break;
            case Action::RevokeToken:
                sandbox.control({{QStringLiteral("revokeToken"), true}});
                break;
            case Action::DailyLimit:
                sandbox.control({{QStringLiteral("settings"),
                                  QJsonObject {{QStringLiteral("dailyApiLimit"), 1}}}});
                break;
            case Action::DiskFull: {
                // Every journal file may not grow past its size now: the next append fails.
                const qint64 wal = QFileInfo(mirror + QStringLiteral("-wal")).size();
                const rlimit limit {rlim_t(qMax<qint64>(wal, 1)), rlim_t(qMax<qint64>(wal, 1))};
                if (prlimit(pid_t(cli.processId()), RLIMIT_FSIZE, &limit, nullptr) != 0)
                    result.error = QStringLiteral("prlimit failed");
                break;
            }
            case Action::DbLocked:
                lock = std::make_unique<MirrorLock>(mirror);
                lockedAt = ran.elapsed();
                if (!lock->held())
                    result.error = QStringLiteral("could not lock the mirror");
                break;
            case Action::None:
                break;
            }
            actionDone = true;
            if (killed)
                break;
        }
        lock.reset();
        const int code = killed                        ? -9
            : cli.exitStatus() == QProcess::NormalExit ? cli.exitCode()
                                                       : -cli.error() - 100;
        result.exitCodes << code;
        if (run > 0)
            ++result.resumes;
        const QByteArray stderrText = cli.readAllStandardError();
        QFile log(home + QStringLiteral("/run-%1.err").arg(run + 1));
        if (log.open(QIODevice::WriteOnly))
            log.write(stderrText);
        const QString said = lastLine(stderrText);
        if (code != 0 && code != -9 && stoppedShort.isEmpty())
            stoppedShort = said;
        result.message = stoppedShort.isEmpty() ? said : stoppedShort;
        report = cli.readAllStandardOutput();
        if (!result.error.isEmpty())
            return result;
        if (spec.action == Action::RevokeToken && code == 3)
            sandbox.control({{QStringLiteral("token"), kToken}});
        if (spec.action == Action::DailyLimit && actionDone)
            sandbox.control({{QStringLiteral("settings"),
                              QJsonObject {{QStringLiteral("dailyApiLimit"), 1000000000}}},
                             {QStringLiteral("resetRateLimit"), true}});
        if (!jobId) {
            QProcess jobs;
            jobs.setProcessEnvironment(env);
            jobs.start(cliPath, {QStringLiteral("--jobs"), QStringLiteral("--json")});
            jobs.waitForFinished();
            const QJsonArray list = QJsonDocument::fromJson(jobs.readAllStandardOutput()).array();
            jobId = list.isEmpty()
                ? 0
                : list.first().toObject().value(QStringLiteral("id")).toVariant().toLongLong();
            if (!jobId && code != -9) {
                result.error = QStringLiteral("no job saved (exit %1): %2").arg(code).arg(said);
                return result;
            }
        }
        const bool more = code == 4 || code == -9
            || (code == 3 && actionDone && spec.action == Action::RevokeToken
                && result.exitCodes.count(3) == 1);
        if (!more)
            break;
    }

    // The journal's view: the report of the last run. The sandbox's: what it accepted.
    const QJsonObject journal = QJsonDocument::fromJson(report).object();
    const auto contactIds = [&](const QString &key) {
        QSet<QString> ids;
        for (const QJsonValue &v : journal.value(key).toArray())
            ids.insert(v.toObject().value(QStringLiteral("contactId")).toString());
        return ids;
    };
    const QSet<QString> enrolled = contactIds(QStringLiteral("enrolled"));
    result.enrolled = int(enrolled.size());
    result.skipped = int(contactIds(QStringLiteral("skipped")).size());
    result.failed = int(contactIds(QStringLiteral("failed")).size());
    result.pending = int(contactIds(QStringLiteral("pending")).size()
                         + contactIds(QStringLiteral("deferred")).size());
    compareWithSandbox(sandbox, enrolled, job.sequenceId, result);
    if (journal.isEmpty())
        result.error = QStringLiteral("no report from the last run");
    result.wallMs = wall.elapsed();
    return result;
}

} // namespace SeqDesk::Fault
