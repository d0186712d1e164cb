// Every file and folder SeqDesk writes is owner-only (folders 0700, files 0600), also under a
// umask of 000 and when an older SeqDesk (or a loose umask) left them open: the log, the
// mirror with its -wal and -shm, the job and rule locks, and what the real seqdesk-cli and
// seqdesk write at start.
#include "core/Logging.h"
#include "core/OwnerOnly.h"
#include "core/RunLock.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using SeqDesk::Store::Database;

namespace {

// The mode bits of a path (without following a symlink), e.g. 0600.
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 0, 8);
}

bool makeLooseDir(const QString &path)
{
    return QDir().mkpath(path) && ::chmod(QFile::encodeName(path).constData(), 0777) == 0;
}

bool makeLooseFile(const QString &path, const QByteArray &content = "old\n")
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), 0666) == 0;
}

// seqdesk-cli --jobs with its HOME, data and config in `home`; empty, or what went wrong.
QString runCliJobs(const QTemporaryDir &home)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("HUBSPOT_ACCESS_TOKEN"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SEQDESK_CLI_PATH), {QStringLiteral("--jobs")});
    if (!cli.waitForFinished(60000))
        return QStringLiteral("seqdesk-cli --jobs did not finish");
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        return QStringLiteral("seqdesk-cli --jobs exited with %1: %2")
            .arg(cli.exitCode())
            .arg(QString::fromLocal8Bit(cli.readAllStandardError()));
    return {};
}

} // namespace

#define QCOMPARE_MODE(path, expected)                                                              \
    QVERIFY2(                                                                                      \
        modeOf(path) == (expected),                                                                \
        qPrintable(                                                                                \
            QStringLiteral("%1 is %2, not %3").arg(path, octal(modeOf(path)), octal(expected))))

class TestFileModes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loggingMakesAnExistingLooseFolderAndLogOwnerOnly();
    void databaseMakesItsFolderAndFilesOwnerOnly();
    void databaseMakesLooseWalAndShmOfAnOpenMirrorOwnerOnly();
    void runLockCreatesItsLockFileOwnerOnly();
    void runLockTakingOverAStaleLooseLockLeavesItOwnerOnly();
    void ensureTreeMakesAFolderOwnerOnlyWithoutFollowingLinks();
    void aSharedFolderIsNeverChanged();
    void restrictedProcessCreatesOwnerOnlyButKeepsAnExistingFilesMode();
    void cliMakesSeqDesksDataFolderOwnerOnlyAtStart();
    void cliKeepsItsMirrorInTheDataFolderTheAppsSettingsName();
    void guiMakesSeqDesksFilesAndItsScreenshotOwnerOnly();

private:
    mode_t m_umask = 022;
};

void TestFileModes::initTestCase()
{
    // The loosest umask a user could have: whatever stays owner-only here does everywhere.
    m_umask = ::umask(0);
}

void TestFileModes::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestFileModes::loggingMakesAnExistingLooseFolderAndLogOwnerOnly()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString logs = tmp.filePath(QStringLiteral("logs"));
    const QString log = logs + QStringLiteral("/seqdesk.log");
    QVERIFY(makeLooseDir(logs));
    QVERIFY(makeLooseFile(log));

    SeqDesk::Logging::install(log);
    qWarning("a line after the start");
    qInstallMessageHandler(nullptr);

    QCOMPARE_MODE(logs, 0700);
    QCOMPARE_MODE(log, 0600);
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("old\n")); // appended to, not replaced
    QVERIFY(content.contains("a line after the start"));
}

void TestFileModes::databaseMakesItsFolderAndFilesOwnerOnly()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(QStringLiteral("data/SeqDesk"));
    const QString path = folder + QStringLiteral("/seqdesk.sqlite");
    Database db(Database::uniqueConnectionName(QStringLiteral("modes")));
    QVERIFY2(db.open(path), qPrintable(db.lastError()));
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE probe(a INTEGER)")));

    QCOMPARE_MODE(tmp.filePath(QStringLiteral("data")), 0700);
    QCOMPARE_MODE(folder, 0700);
    QCOMPARE_MODE(path, 0600);
    QCOMPARE_MODE(path + QStringLiteral("-wal"), 0600); // SQLite gives them the mirror's mode
    QCOMPARE_MODE(path + QStringLiteral("-shm"), 0600);
}

void TestFileModes::databaseMakesLooseWalAndShmOfAnOpenMirrorOwnerOnly()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(QStringLiteral("SeqDesk"));
    const QString path = folder + QStringLiteral("/seqdesk.sqlite");
    QVERIFY(makeLooseDir(folder));
    // Another process has the mirror open (its -wal and -shm are in use, so not empty), all
    // of it left readable by an older SeqDesk.
    Database other(Database::uniqueConnectionName(QStringLiteral("other")));
    QVERIFY2(other.open(path), qPrintable(other.lastError()));
    QSqlQuery query(other.handle());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE probe(a INTEGER)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO probe VALUES (1)")));
    const QStringList files {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    for (const QString &file : files) {
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0666) == 0);
    }
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);

    Database db(Database::uniqueConnectionName(QStringLiteral("modes")));
    QVERIFY2(db.open(path), qPrintable(db.lastError()));

    QCOMPARE_MODE(folder, 0700);
    for (const QString &file : files)
        QCOMPARE_MODE(file, 0600);
}

void TestFileModes::runLockCreatesItsLockFileOwnerOnly()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QLockFile lock(tmp.filePath(QStringLiteral("job-1.lock")));
    lock.setStaleLockTime(0);
    QVERIFY(SeqDesk::RunLock::tryLock(lock));
    QCOMPARE_MODE(lock.fileName(), 0600);
}

void TestFileModes::runLockTakingOverAStaleLooseLockLeavesItOwnerOnly()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("rule-3.lock"));
    // A lock its holder's death left behind: our own lock's details with a dead process id.
    QByteArray details;
    {
        QLockFile mine(path);
        QVERIFY(mine.tryLock(0));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        details = file.readAll();
    }
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList());
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished());
    details = QByteArray::number(deadPid) + details.mid(details.indexOf('\n'));
    QVERIFY(makeLooseFile(path, details));

    QLockFile lock(path);
    lock.setStaleLockTime(0);
    QVERIFY(SeqDesk::RunLock::tryLock(lock));
    QCOMPARE_MODE(path, 0600);
}

void TestFileModes::ensureTreeMakesAFolderOwnerOnlyWithoutFollowingLinks()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = tmp.filePath(QStringLiteral("SeqDesk"));
    const QString sub = root + QStringLiteral("/seqdesk/logs");
    QVERIFY(makeLooseDir(sub));
    QVERIFY(::chmod(QFile::encodeName(root).constData(), 0777) == 0);
    QVERIFY(::chmod(QFile::encodeName(root + QStringLiteral("/seqdesk")).constData(), 0777) == 0);
    const QStringList files {root + QStringLiteral("/seqdesk.sqlite"),
                             root + QStringLiteral("/.hidden"), sub + QStringLiteral("/a.log")};
    for (const QString &file : files)
        QVERIFY(makeLooseFile(file));
    // Links to what is not SeqDesk's: neither followed nor changed.
    const QString outsideFile = tmp.filePath(QStringLiteral("notes.txt"));
    const QString outsideDir = tmp.filePath(QStringLiteral("shared"));
    QVERIFY(makeLooseFile(outsideFile));
    QVERIFY(makeLooseDir(outsideDir));
    QVERIFY(QFile::link(outsideFile, root + QStringLiteral("/notes-link")));
    QVERIFY(QFile::link(outsideDir, root + QStringLiteral("/shared-link")));

    QString error;
    QVERIFY2(SeqDesk::OwnerOnly::ensureTree(root, &error), qPrintable(error));

    for (const QString &dir : QStringList {root, root + QStringLiteral("/seqdesk"), sub})
        QCOMPARE_MODE(dir, 0700);
    for (const QString &file : files)
        QCOMPARE_MODE(file, 0600);
    QCOMPARE_MODE(outsideFile, 0666);
    QCOMPARE_MODE(outsideDir, 0777);
    QVERIFY(SeqDesk::OwnerOnly::ensureTree(tmp.filePath(QStringLiteral("missing"))));
}

void TestFileModes::aSharedFolderIsNeverChanged()
{
    // A mirror or log put straight into a folder such as /tmp: the folder is everyone's.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString shared = tmp.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(shared));
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 01777) == 0);

    Database db(Database::uniqueConnectionName(QStringLiteral("shared")));
    QVERIFY2(db.open(shared + QStringLiteral("/mirror.sqlite")), qPrintable(db.lastError()));
    QVERIFY(SeqDesk::OwnerOnly::ensureDir(shared));
    QVERIFY(SeqDesk::OwnerOnly::ensureTree(shared));

    QCOMPARE_MODE(shared, 01777);
    QCOMPARE_MODE(shared + QStringLiteral("/mirror.sqlite"), 0600);
    // SeqDesk's folder reached through the user's own link is SeqDesk's all the same.
    const QString real = tmp.filePath(QStringLiteral("disk/SeqDesk"));
    QVERIFY(makeLooseDir(real));
    const QString link = tmp.filePath(QStringLiteral("SeqDesk"));
    QVERIFY(QFile::link(real, link));
    QVERIFY(SeqDesk::OwnerOnly::ensureTree(link));
    QCOMPARE_MODE(real, 0700);
}

void TestFileModes::restrictedProcessCreatesOwnerOnlyButKeepsAnExistingFilesMode()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString existing = tmp.filePath(QStringLiteral("mine.csv"));
    QVERIFY(makeLooseFile(existing));
    QVERIFY(::chmod(QFile::encodeName(existing).constData(), 0644) == 0);

    SeqDesk::OwnerOnly::restrictNewFiles();
    const QString folder = tmp.filePath(QStringLiteral("exports/2026"));
    const bool made = QDir().mkpath(folder);
    const auto save = [](const QString &path) {
        QSaveFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write("a,b\r\n") == 5 && file.commit();
    };
    const bool savedNew = save(folder + QStringLiteral("/job-1.csv"));
    const bool savedExisting = save(existing);
    ::umask(0); // this suite's
    QVERIFY(made && savedNew && savedExisting);

    QCOMPARE_MODE(folder, 0700);
    QCOMPARE_MODE(folder + QStringLiteral("/job-1.csv"), 0600);
    QCOMPARE_MODE(existing, 0644); // the user's file, the user's mode
}

void TestFileModes::cliMakesSeqDesksDataFolderOwnerOnlyAtStart()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // What an older SeqDesk (or a umask of 000) left: all of SeqDesk's data folder open.
    const QString root = home.filePath(QStringLiteral("data/SeqDesk"));
    const QString appFolder = root + QStringLiteral("/seqdesk-cli");
    const QString logs = appFolder + QStringLiteral("/logs");
    QVERIFY(makeLooseDir(logs));
    QVERIFY(::chmod(QFile::encodeName(root).constData(), 0777) == 0);
    QVERIFY(::chmod(QFile::encodeName(appFolder).constData(), 0777) == 0);
    const QString log = logs + QStringLiteral("/seqdesk-cli.log");
    const QString staleLock = root + QStringLiteral("/job-7.lock");
    QVERIFY(makeLooseFile(log));
    QVERIFY(makeLooseFile(staleLock, QByteArray()));

    const QString error = runCliJobs(home);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    for (const QString &dir : QStringList {root, appFolder, logs})
        QCOMPARE_MODE(dir, 0700);
    for (const QString &file :
         QStringList {log, staleLock, root + QStringLiteral("/seqdesk.sqlite")})
        QCOMPARE_MODE(file, 0600);
}

void TestFileModes::cliKeepsItsMirrorInTheDataFolderTheAppsSettingsName()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // Settings > Data folder, as the app writes it: seqdesk-cli (and the rules' timer) must use
    // the same mirror, or jobs and rules run headless would vanish from the app.
    const QString chosen = home.filePath(QStringLiteral("elsewhere/SeqDesk data"));
    {
        QSettings app(home.filePath(QStringLiteral("config/SeqDesk/seqdesk.conf")),
                      QSettings::IniFormat);
        app.setValue(QStringLiteral("storage/dataFolder"), chosen);
    }

    const QString error = runCliJobs(home);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QVERIFY(QFileInfo::exists(chosen + QStringLiteral("/seqdesk.sqlite")));
    QCOMPARE_MODE(chosen, 0700);
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data/SeqDesk/seqdesk.sqlite"))));
}

void TestFileModes::guiMakesSeqDesksFilesAndItsScreenshotOwnerOnly()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString root = home.filePath(QStringLiteral("data/SeqDesk"));
    const QString logs = root + QStringLiteral("/seqdesk/logs");
    const QString log = logs + QStringLiteral("/seqdesk.log");
    QVERIFY(makeLooseDir(logs));
    QVERIFY(::chmod(QFile::encodeName(root).constData(), 0777) == 0);
    QVERIFY(makeLooseFile(log));
    // A screenshot is a new file at the user's path: owner-only as well (not 0666).
    const QString shot = home.filePath(QStringLiteral("shots/sequences.png"));
    QVERIFY(QDir().mkpath(QFileInfo(shot).absolutePath()));

    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(SEQDESK_GUI_PATH),
              {QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot});
    QVERIFY(gui.waitForFinished(120000));
    QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());

    for (const QString &dir : QStringList {root, root + QStringLiteral("/seqdesk"), logs})
        QCOMPARE_MODE(dir, 0700);
    for (const QString &file : QStringList {log, root + QStringLiteral("/seqdesk.sqlite"), shot})
        QCOMPARE_MODE(file, 0600);
}

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
