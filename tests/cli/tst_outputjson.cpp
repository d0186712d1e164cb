// seqdesk-cli's --output-json: what it accepts, what it does to what is there (a FIFO, a
// device, a descriptor, a symbolic link, a file and its mode), and that a destination it
// cannot write is refused before anything is sent. In-process against the sandbox over
// loopback, as tst_clirunner.
//
// The tests run as root and as a user alike. Root ignores permission bits, so the
// destinations nobody can write are in /proc (no file can be created there, and its files
// cannot be replaced); a read-only file and a read-only folder are checked only where the
// bits hold (not as root). The devices are, as root, nodes of the test's own (a SeqDesk that
// replaced devices would replace those, not the machine's); as a user, /dev/null and
// /dev/full, which a user cannot replace.
#include "CliHarness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace SeqDesk;
using namespace SeqDesk::Cli;
using CliTest::CliHarness;
using CliTest::Run;

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// lstat(2) of `path`; st_mode 0 when there is nothing.
struct stat statOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(native(path).constData(), &st) != 0)
        st.st_mode = 0;
    return st;
}

mode_t typeOf(const QString &path)
{
    return statOf(path).st_mode & S_IFMT;
}

mode_t modeOf(const QString &path)
{
    return statOf(path).st_mode & 07777;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject jsonOf(const QByteArray &bytes)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(e.errorString()), bytes.constData());
    return doc.object();
}

// The process's umask, for a scope.
class Umask final
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    { }
    ~Umask() { ::umask(m_old); }
    Q_DISABLE_COPY_MOVE(Umask)

private:
    mode_t m_old;
};

enum class Unwritable {
    ProcFolder, // a new file in /proc: nobody can create one there
    ProcFile, // /proc/version: a file nobody can replace
    ReadOnlyFile, // mode 0444 (not as root)
    ReadOnlyFolder, // a new file in a folder of mode 0555 (not as root)
    ReadOnlyDescriptor, // /dev/fd/N of a pipe's reading end
    Socket, // a Unix socket
};

} // namespace

Q_DECLARE_METATYPE(Unwritable)

class TestOutputJson final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fifoGetsTheReportAndStaysAFifo_data();
    void fifoGetsTheReportAndStaysAFifo();
    void characterDeviceIsWrittenThroughNotReplaced();
    void descriptorGetsTheReportWhereItStands();
    void symlinkStaysASymlinkAndItsFileGetsTheReport();
    void newReportIsOwnerOnlyWhateverTheUmask();
    void existingReportKeepsItsMode();
    void unwritableDestinationIsRefusedBeforeAnythingIsSent_data();
    void unwritableDestinationIsRefusedBeforeAnythingIsSent();
    void dryRunAndResumeCheckTheDestinationFirstToo();
    void failedWriteAfterTheJobSaysWhereTheResultsAre();
    void failedWriteAfterADryRunSaysNothingWasEnrolled();
    void reportToStandardOutputIsPrintedThereAlone();

private:
    Run run(QStringList args);
    QStringList base() const;
    // An enrollment of `count` contacts who can be enrolled, into a shared sequence.
    QStringList enrollArgs(int count) const;
    qint64 jobIdIn(const QString &err) const;
    int jobCount();
    QString characterDevice(const char *name, unsigned major, unsigned minor);

    std::unique_ptr<CliHarness> m_cli;
    std::unique_ptr<QTemporaryDir> m_dir; // where the reports go
};

void TestOutputJson::init()
{
    m_cli = std::make_unique<CliHarness>();
    QVERIFY(m_cli->start());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOutputJson::cleanup()
{
    m_cli.reset();
    m_dir.reset();
}

QStringList TestOutputJson::base() const
{
    return m_cli->withToken();
}

Run TestOutputJson::run(QStringList args)
{
    return m_cli->run(std::move(args));
}

QStringList TestOutputJson::enrollArgs(int count) const
{
    return m_cli->enrollArgs(m_cli->normalContacts(count));
}

qint64 TestOutputJson::jobIdIn(const QString &err) const
{
    static const QRegularExpression created(QStringLiteral("Job (\\d+): enrolling"));
    const QRegularExpressionMatch m = created.match(err);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

int TestOutputJson::jobCount()
{
    const Run r = run({QStringLiteral("--jobs"), QStringLiteral("--json")});
    if (r.exitCode != int(ExitOk))
        qWarning("--jobs --json exited with %d: %s", r.exitCode, qPrintable(r.err));
    return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
}

QString TestOutputJson::characterDevice(const char *name, unsigned major, unsigned minor)
{
    const QString machines = QStringLiteral("/dev/") + QLatin1String(name);
    if (::geteuid() != 0)
        return machines;
    const QString own = m_dir->filePath(QLatin1String(name));
    if (::mknod(native(own).constData(), S_IFCHR | 0666, makedev(major, minor)) != 0) {
        qWarning("cannot make a device node (%s): using %s", strerror(errno), qPrintable(machines));
        return machines;
    }
    const int fd = ::open(native(own).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) { // a folder mounted nodev
        qWarning("cannot use a device node in %s (%s): using %s", qPrintable(m_dir->path()),
                 strerror(errno), qPrintable(machines));
        return machines;
    }
    ::close(fd);
    return own;
}

void TestOutputJson::fifoGetsTheReportAndStaysAFifo_data()
{
    QTest::addColumn<bool>("throughSymlink");
    QTest::newRow("fifo") << false;
    QTest::newRow("symlink to a fifo") << true;
}

void TestOutputJson::fifoGetsTheReportAndStaysAFifo()
{
    QFETCH(bool, throughSymlink);
    const QString fifo = m_dir->filePath(QStringLiteral("report.fifo"));
    QCOMPARE(::mkfifo(native(fifo).constData(), 0600), 0);
    QString path = fifo;
    if (throughSymlink) {
        path = m_dir->filePath(QStringLiteral("report.json"));
        QVERIFY(QFile::link(fifo, path));
    }
    QProcess reader; // as `seqdesk-cli --output-json >(jq ...)` or a named pipe's reader
    reader.start(QStringLiteral("cat"), {fifo});
    QVERIFY(reader.waitForStarted());

    const Run r = run(enrollArgs(3)
                      << QStringLiteral("--dry-run") << QStringLiteral("--output-json") << path);
    const bool readerDone = reader.waitForFinished(10000);
    if (!readerDone) {
        reader.kill();
        reader.waitForFinished();
    }
    QCOMPARE(r.exitCode, int(ExitOk));
    QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));
    if (throughSymlink)
        QCOMPARE(typeOf(path), mode_t(S_IFLNK));
    QVERIFY2(readerDone, "the reader never got to the end of the report");
    const QJsonObject json = jsonOf(reader.readAllStandardOutput());
    QCOMPARE(json.value(QStringLiteral("dryRun")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("wouldEnroll")).toArray().size(), 3);
}

void TestOutputJson::characterDeviceIsWrittenThroughNotReplaced()
{
    const QString device = characterDevice("null", 1, 3);
    const struct stat before = statOf(device);
    QCOMPARE(before.st_mode & S_IFMT, mode_t(S_IFCHR));
    const Run r = run(enrollArgs(2)
                      << QStringLiteral("--dry-run") << QStringLiteral("--output-json") << device);
    QCOMPARE(r.exitCode, int(ExitOk));
    const struct stat after = statOf(device);
    QCOMPARE(after.st_mode & S_IFMT, mode_t(S_IFCHR));
    QCOMPARE(after.st_rdev, before.st_rdev);
    QCOMPARE(after.st_ino, before.st_ino);
}

void TestOutputJson::descriptorGetsTheReportWhereItStands()
{
    // A pipe, as bash's >(...) names one: /dev/fd/N.
    int fds[2];
    QCOMPARE(::pipe2(fds, O_CLOEXEC), 0);
    Run r = run(enrollArgs(2) << QStringLiteral("--dry-run") << QStringLiteral("--output-json")
                              << QStringLiteral("/dev/fd/%1").arg(fds[1]));
    ::close(fds[1]);
    QByteArray piped;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        piped.append(buffer, n);
    ::close(fds[0]);
    QCOMPARE(r.exitCode, int(ExitOk));
    QCOMPARE(jsonOf(piped).value(QStringLiteral("wouldEnroll")).toArray().size(), 2);

    // A file the shell opened (what /dev/stdout names after `> out.txt`): the report goes
    // where the descriptor stands, between what was written before and after; the file is
    // the same one, not replaced.
    const QString file = m_dir->filePath(QStringLiteral("stdout.txt"));
    const int fd = ::open(native(file).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "before\n", 7), ssize_t(7));
    const ino_t inode = statOf(file).st_ino;
    r = run(enrollArgs(2) << QStringLiteral("--dry-run") << QStringLiteral("--output-json")
                          << QStringLiteral("/proc/self/fd/%1").arg(fd));
    QCOMPARE(::write(fd, "after\n", 6), ssize_t(6));
    ::close(fd);
    QCOMPARE(r.exitCode, int(ExitOk));
    QCOMPARE(statOf(file).st_ino, inode);
    const QByteArray written = readAll(file);
    QVERIFY2(written.startsWith("before\n{") && written.endsWith("}\nafter\n"),
             written.constData());
    QCOMPARE(jsonOf(written.mid(7, written.size() - 13))
                 .value(QStringLiteral("wouldEnroll"))
                 .toArray()
                 .size(),
             2);
}

void TestOutputJson::symlinkStaysASymlinkAndItsFileGetsTheReport()
{
    // A symbolic link to a file: the file is replaced (keeping its mode), the link stays.
    const QString target = m_dir->filePath(QStringLiteral("target.json"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    QCOMPARE(::chmod(native(target).constData(), 0640), 0);
    const QString link = m_dir->filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(target, link));
    Run r = run(enrollArgs(2) << QStringLiteral("--dry-run") << QStringLiteral("--output-json")
                              << link);
    QCOMPARE(r.exitCode, int(ExitOk));
    QCOMPARE(typeOf(link), mode_t(S_IFLNK));
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QCOMPARE(typeOf(target), mode_t(S_IFREG));
    QCOMPARE(modeOf(target), mode_t(0640));
    QCOMPARE(jsonOf(readAll(target)).value(QStringLiteral("wouldEnroll")).toArray().size(), 2);

    // A symbolic link to a file not there yet: the file is made, owner-only; the link stays.
    const QString made = m_dir->filePath(QStringLiteral("made.json"));
    const QString dangling = m_dir->filePath(QStringLiteral("dangling.json"));
    QVERIFY(QFile::link(QStringLiteral("made.json"), dangling)); // relative, as ln -s makes it
    {
        const Umask none(0);
        r = run(enrollArgs(2) << QStringLiteral("--dry-run") << QStringLiteral("--output-json")
                              << dangling);
    }
    QCOMPARE(r.exitCode, int(ExitOk));
    QCOMPARE(typeOf(dangling), mode_t(S_IFLNK));
    QCOMPARE(typeOf(made), mode_t(S_IFREG));
    QCOMPARE(modeOf(made), mode_t(0600));
    QCOMPARE(jsonOf(readAll(made)).value(QStringLiteral("wouldEnroll")).toArray().size(), 2);
}

void TestOutputJson::newReportIsOwnerOnlyWhateverTheUmask()
{
    const QString report = m_dir->filePath(QStringLiteral("report.json"));
    Run r;
    {
        const Umask none(0);
        r = run(enrollArgs(2) << QStringLiteral("--output-json") << report);
    }
    QCOMPARE(r.exitCode, int(ExitOk));
    QCOMPARE(modeOf(report), mode_t(0600)); // it holds the contacts' emails
    QCOMPARE(jsonOf(readAll(report)).value(QStringLiteral("enrolled")).toArray().size(), 2);
    // No file of its own is left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList {QStringLiteral("report.json")});
}

void TestOutputJson::existingReportKeepsItsMode()
{
    const QString report = m_dir->filePath(QStringLiteral("report.json"));
    {
        QFile file(report);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an older report, longer than the new one will be ... ... ... ... ... ...");
    }
    QCOMPARE(::chmod(native(report).constData(), 0640), 0);
    Run r;
    {
        const Umask strict(077);
        r = run(enrollArgs(1) << QStringLiteral("--dry-run") << QStringLiteral("--output-json")
                              << report);
    }
    QCOMPARE(r.exitCode, int(ExitOk));
    QCOMPARE(modeOf(report), mode_t(0640)); // the user's file, the user's mode
    QCOMPARE(jsonOf(readAll(report)).value(QStringLiteral("wouldEnroll")).toArray().size(), 1);
}

void TestOutputJson::unwritableDestinationIsRefusedBeforeAnythingIsSent_data()
{
    QTest::addColumn<Unwritable>("kind");
    QTest::newRow("new file in /proc") << Unwritable::ProcFolder;
    QTest::newRow("/proc/version") << Unwritable::ProcFile;
    QTest::newRow("read-only file") << Unwritable::ReadOnlyFile;
    QTest::newRow("new file in a read-only folder") << Unwritable::ReadOnlyFolder;
    QTest::newRow("descriptor open for reading") << Unwritable::ReadOnlyDescriptor;
    QTest::newRow("socket") << Unwritable::Socket;
}

void TestOutputJson::unwritableDestinationIsRefusedBeforeAnythingIsSent()
{
    QFETCH(Unwritable, kind);
    QString path;
    QString says;
    int pipeFds[2] = {-1, -1};
    int socketFd = -1;
    const QString folder = m_dir->filePath(QStringLiteral("folder"));
    const auto cleanUp = qScopeGuard([&] {
        for (int fd : {pipeFds[0], pipeFds[1], socketFd}) {
            if (fd >= 0)
                ::close(fd);
        }
        ::chmod(native(folder).constData(), 0700); // so that the temporary folder goes
    });
    switch (kind) {
    case Unwritable::ProcFolder:
        path = QStringLiteral("/proc/seqdesk-report.json");
        says = QStringLiteral("no file can be created in the folder /proc");
        break;
    case Unwritable::ProcFile:
        path = QStringLiteral("/proc/version");
        says = QStringLiteral("/proc");
        break;
    case Unwritable::ReadOnlyFile: {
        path = m_dir->filePath(QStringLiteral("report.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(::chmod(native(path).constData(), 0444), 0);
        if (::access(native(path).constData(), W_OK) == 0)
            QSKIP("Permission bits do not hold for root: the /proc rows stand for this one.");
        says = QStringLiteral("is not writable");
        break;
    }
    case Unwritable::ReadOnlyFolder:
        QVERIFY(QDir().mkdir(folder));
        QCOMPARE(::chmod(native(folder).constData(), 0555), 0);
        path = folder + QStringLiteral("/report.json");
        if (::access(native(folder).constData(), W_OK) == 0)
            QSKIP("Permission bits do not hold for root: the /proc rows stand for this one.");
        says = QStringLiteral("no file can be created in the folder ") + folder;
        break;
    case Unwritable::ReadOnlyDescriptor:
        QCOMPARE(::pipe2(pipeFds, O_CLOEXEC), 0);
        path = QStringLiteral("/dev/fd/%1").arg(pipeFds[0]);
        says = QStringLiteral("open for reading only");
        break;
    case Unwritable::Socket: {
        path = m_dir->filePath(QStringLiteral("report.sock"));
        socketFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(socketFd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(native(path).size()) < sizeof address.sun_path);
        qstrcpy(address.sun_path, native(path).constData());
        QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        says = QStringLiteral("socket");
        break;
    }
    }
    const mode_t type = typeOf(path);

    const Run r = run(enrollArgs(3) << QStringLiteral("--output-json") << path);
    QCOMPARE(r.exitCode, int(ExitUsage));
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    QCOMPARE(m_cli->server->stats().total, 0); // nothing sent, not even the portal's check
    QVERIFY(m_cli->server->acceptedEnrollments().isEmpty());
    QCOMPARE(jobCount(), 0); // nothing journaled
    QCOMPARE(typeOf(path), type); // left as it was
}

void TestOutputJson::dryRunAndResumeCheckTheDestinationFirstToo()
{
    const QString nowhere = QStringLiteral("/proc/seqdesk-report.json");
    Run r = run(enrollArgs(2) << QStringLiteral("--dry-run") << QStringLiteral("--output-json")
                              << nowhere);
    QCOMPARE(r.exitCode, int(ExitUsage));
    QVERIFY2(r.err.contains(nowhere), qPrintable(r.err));
    QCOMPARE(m_cli->server->stats().total, 0);

    r = run(enrollArgs(2));
    QCOMPARE(r.exitCode, int(ExitOk));
    const qint64 job = jobIdIn(r.err);
    QVERIFY(job > 0);
    const int requests = m_cli->server->stats().total;
    r = run(base() << QStringLiteral("--resume") << QString::number(job)
                   << QStringLiteral("--output-json") << nowhere);
    QCOMPARE(r.exitCode, int(ExitUsage));
    QVERIFY2(r.err.contains(nowhere), qPrintable(r.err));
    QCOMPARE(m_cli->server->stats().total, requests);
}

void TestOutputJson::failedWriteAfterTheJobSaysWhereTheResultsAre()
{
    // /dev/full opens, and refuses what is written to it (no space left).
    const QString full = characterDevice("full", 1, 7);
    Run r = run(enrollArgs(3) << QStringLiteral("--output-json") << full);
    QCOMPARE(r.exitCode, int(ExitNetwork));
    QCOMPARE(m_cli->server->acceptedEnrollments().size(), 3);
    const qint64 job = jobIdIn(r.err);
    QVERIFY(job > 0);
    QCOMPARE(typeOf(full), mode_t(S_IFCHR));
    QVERIFY2(r.err.contains(full), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Job %1 is in the local journal").arg(job)),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("seqdesk-cli --jobs --json")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("seqdesk-cli --resume %1 --output-json").arg(job)),
             qPrintable(r.err));

    // What it says is so: resumed, the finished job writes its report and sends nothing.
    const QString again = m_dir->filePath(QStringLiteral("again.json"));
    r = run(base() << QStringLiteral("--resume") << QString::number(job)
                   << QStringLiteral("--output-json") << again);
    QCOMPARE(r.exitCode, int(ExitOk));
    QCOMPARE(m_cli->server->acceptedEnrollments().size(), 3);
    QCOMPARE(jsonOf(readAll(again)).value(QStringLiteral("enrolled")).toArray().size(), 3);
}

void TestOutputJson::failedWriteAfterADryRunSaysNothingWasEnrolled()
{
    const QString full = characterDevice("full", 1, 7);
    const Run r = run(enrollArgs(2)
                      << QStringLiteral("--dry-run") << QStringLiteral("--output-json") << full);
    QCOMPARE(r.exitCode, int(ExitNetwork));
    QCOMPARE(typeOf(full), mode_t(S_IFCHR));
    QVERIFY2(r.err.contains(full), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("dry run: nothing was enrolled")), qPrintable(r.err));
    QVERIFY(m_cli->server->acceptedEnrollments().isEmpty());
    QCOMPARE(jobCount(), 0);
}

void TestOutputJson::reportToStandardOutputIsPrintedThereAlone()
{
    // `seqdesk-cli ... --output-json /dev/stdout | jq`: stdout is the report and nothing
    // else (the table is not printed after it). The test's own stdout goes to a file for it,
    // with the test's logging quiet meanwhile.
    const QString file = m_dir->filePath(QStringLiteral("stdout.json"));
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    const int fd = ::open(native(file).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    QVERIFY(saved >= 0 && fd >= 0);
    ::dup2(fd, STDOUT_FILENO);
    ::close(fd);
    const Run r
        = run(enrollArgs(2) << QStringLiteral("--dry-run") << QStringLiteral("--output-json")
                            << QStringLiteral("/dev/stdout"));
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    QLoggingCategory::setFilterRules(QString());
    QCOMPARE(r.exitCode, int(ExitOk));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // no table after the report
    QCOMPARE(jsonOf(readAll(file)).value(QStringLiteral("wouldEnroll")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestOutputJson)
#include "tst_outputjson.moc"
