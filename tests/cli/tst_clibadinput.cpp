// seqdesk-cli's bad inputs, one table: files (empty, binary, UTF-16, too large, an unclosed
// quote), ids that are not ids, a sequence or sender HubSpot does not know, base URLs that
// lead nowhere or to something that is not HTTP, a wrong token, an output nobody can write,
// resumes of a missing job and of one another process runs. Each ends with a one-line reason
// on stderr and its documented exit code, and nothing is journaled or enrolled.
#include "CliHarness.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QFile>
#include <QLockFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace SeqDesk;
using namespace SeqDesk::Cli;
using CliTest::CliHarness;
using CliTest::Run;

namespace {

enum class Case {
    EmptyFile,
    BinaryFile,
    Utf16File,
    FileTooLarge,
    UnclosedQuote,
    SignedIds,
    DecimalIds,
    ExponentIds,
    MissingFile,
    UnknownSequence,
    SenderNotAUser,
    ClosedPort,
    NotHttp,
    NoScheme,
    WrongToken,
    OutputFolderMissing,
    OutputUnwritable,
    ResumeMissingJob,
    ResumeJobRunningElsewhere,
};

} // namespace

Q_DECLARE_METATYPE(Case)

class TestCliBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachBadInputHasOneLineAndItsExitCode_data();
    void eachBadInputHasOneLineAndItsExitCode();

private:
    QString file(const char *name, const QByteArray &content) const;
    QStringList enroll(const QStringList &contacts, const QString &sequenceId = QString()) const;
    QStringList enrollFile(const QString &path) const;
    int jobCount() const;

    std::unique_ptr<CliHarness> m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliBadInput::init()
{
    m_cli = std::make_unique<CliHarness>();
    QVERIFY(m_cli->start());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliBadInput::cleanup()
{
    m_cli.reset();
    m_dir.reset();
}

QString TestCliBadInput::file(const char *name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

QStringList TestCliBadInput::enroll(const QStringList &contacts, const QString &sequenceId) const
{
    return m_cli->enrollArgs(contacts, sequenceId);
}

QStringList TestCliBadInput::enrollFile(const QString &path) const
{
    return enroll({}) << QStringLiteral("--contact-ids-file") << path;
}

int TestCliBadInput::jobCount() const
{
    Store::Database db(Store::Database::uniqueConnectionName(QStringLiteral("count")));
    if (!QFile::exists(m_cli->storePath()))
        return 0;
    if (!db.open(m_cli->storePath()))
        return -1;
    Store::Stores stores(db.handle());
    return int(stores.enrollments.recentJobs(1000).size());
}

void TestCliBadInput::eachBadInputHasOneLineAndItsExitCode_data()
{
    QTest::addColumn<Case>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const auto row = [](const char *name, Case kind, ExitCode code, const char *says) {
        QTest::newRow(name) << kind << int(code) << QString::fromUtf8(says);
    };
    row("empty file", Case::EmptyFile, ExitUsage, "empty");
    row("binary file", Case::BinaryFile, ExitUsage, "binary data");
    row("UTF-16 file", Case::Utf16File, ExitUsage, "UTF-16");
    row("file too large", Case::FileTooLarge, ExitUsage, "MiB");
    row("unclosed quote", Case::UnclosedQuote, ExitUsage, "quote");
    row("signed ids", Case::SignedIds, ExitUsage, "No valid contact id or email");
    row("decimal ids", Case::DecimalIds, ExitUsage, "No valid contact id or email");
    row("1e5", Case::ExponentIds, ExitUsage, "No valid contact id or email");
    row("missing file", Case::MissingFile, ExitUsage, "no-such-file.csv");
    row("unknown sequence", Case::UnknownSequence, ExitUsage, "Sequence 999999 does not exist");
    row("sender not a user", Case::SenderNotAUser, ExitUsage, "nobody@nowhere.example");
    row("closed port", Case::ClosedPort, ExitNetwork, "connection");
    row("not HTTP", Case::NotHttp, ExitNetwork, "");
    row("no scheme", Case::NoScheme, ExitUsage, "--base-url \"127.0.0.1:");
    row("wrong token", Case::WrongToken, ExitAuth, "token");
    row("output folder missing", Case::OutputFolderMissing, ExitUsage, "does not exist");
    row("output unwritable", Case::OutputUnwritable, ExitUsage, "/proc/version");
    row("resume a missing job", Case::ResumeMissingJob, ExitUsage, "There is no job 42");
    row("resume a job running elsewhere", Case::ResumeJobRunningElsewhere, ExitUsage,
        "running in another SeqDesk process");
}

void TestCliBadInput::eachBadInputHasOneLineAndItsExitCode()
{
    QFETCH(Case, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QStringList args;
    std::unique_ptr<QTcpServer> silent;
    std::unique_ptr<QLockFile> held;
    int jobsBefore = 0;
    switch (kind) {
    case Case::EmptyFile:
        args = enrollFile(file("empty.csv", {}));
        break;
    case Case::BinaryFile:
        args = enrollFile(file("binary.csv", QByteArray("\x01\x02\x00\xff\xfe\x00zz", 8)));
        break;
    case Case::Utf16File:
        args = enrollFile(file("utf16.csv",
                               QByteArray("\xff\xfe"
                                          "1\0"
                                          "0\0"
                                          "1\0",
                                          8)));
        break;
    case Case::FileTooLarge: {
        QFile big(m_dir->filePath(QStringLiteral("big.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(65) * 1024 * 1024)); // sparse: over the 64 MiB limit
        args = enrollFile(big.fileName());
        break;
    }
    case Case::UnclosedQuote:
        args = enrollFile(file("quote.csv", "email,name\n\"ana@acme.example,Ana\n"));
        break;
    case Case::SignedIds:
        args = enroll({QStringLiteral("+101"), QStringLiteral("-102")});
        break;
    case Case::DecimalIds:
        args = enroll({QStringLiteral("101.5"), QStringLiteral("7.25")});
        break;
    case Case::ExponentIds:
        args = enroll({QStringLiteral("1e5")});
        break;
    case Case::MissingFile:
        args = enrollFile(m_dir->filePath(QStringLiteral("no-such-file.csv")));
        break;
    case Case::UnknownSequence:
        args = enroll({QStringLiteral("101")}, QStringLiteral("999999"));
        break;
    case Case::SenderNotAUser:
        args = enroll({QStringLiteral("101")});
        args[args.indexOf(QStringLiteral("--sender-email")) + 1]
            = QStringLiteral("nobody@nowhere.example");
        break;
    case Case::ClosedPort: {
        QTcpServer probe; // a port nobody listens on once it is closed
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        args = enroll({QStringLiteral("101")});
        args[1] = QStringLiteral("http://127.0.0.1:%1").arg(port);
        break;
    }
    case Case::NotHttp:
        silent = std::make_unique<QTcpServer>();
        QVERIFY(silent->listen(QHostAddress::LocalHost));
        QObject::connect(silent.get(), &QTcpServer::newConnection, silent.get(), [&silent] {
            QTcpSocket *s = silent->nextPendingConnection();
            s->write("SSH-2.0-OpenSSH_9.2\r\n"); // not HTTP, then gone
            s->disconnectFromHost();
        });
        args = enroll({QStringLiteral("101")});
        args[1] = QStringLiteral("http://127.0.0.1:%1").arg(silent->serverPort());
        break;
    case Case::NoScheme:
        args = enroll({QStringLiteral("101")});
        args[1] = QStringLiteral("127.0.0.1:%1").arg(m_cli->server->baseUrl().port());
        break;
    case Case::WrongToken:
        args = enroll({QStringLiteral("101")});
        args[args.indexOf(QStringLiteral("--token")) + 1] = QStringLiteral("pat-na1-wrong");
        break;
    case Case::OutputFolderMissing:
        args = enroll({QStringLiteral("101")})
            << QStringLiteral("--output-json") << m_dir->filePath(QStringLiteral("no/out.json"));
        break;
    case Case::OutputUnwritable:
        args = enroll({QStringLiteral("101")})
            << QStringLiteral("--output-json") << QStringLiteral("/proc/version");
        break;
    case Case::ResumeMissingJob:
        args = m_cli->withToken() << QStringLiteral("--resume") << QStringLiteral("42");
        break;
    case Case::ResumeJobRunningElsewhere: {
        // A job paused by its cap, then "run" by another process: its lock is held.
        const Run first
            = m_cli->run(enroll({QString::number(m_cli->server->state().data().contacts.at(0).id)})
                         << QStringLiteral("--daily-cap") << QStringLiteral("1"));
        QVERIFY2(first.exitCode == int(ExitOk) || first.exitCode == int(ExitDeferred),
                 qPrintable(first.err));
        jobsBefore = jobCount();
        QCOMPARE(jobsBefore, 1);
        held = std::make_unique<QLockFile>(m_cli->storeDir.filePath(QStringLiteral("job-1.lock")));
        QVERIFY(held->tryLock(0));
        args = m_cli->withToken() << QStringLiteral("--resume") << QStringLiteral("1");
        break;
    }
    }
    const int acceptedBefore = int(m_cli->server->acceptedEnrollments().size());
    const Run r = m_cli->run(args);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(r.err)));
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    const QString reason = lines.constLast();
    QVERIFY2(!reason.trimmed().isEmpty(), "a reason is given");
    QVERIFY2(reason.contains(says), qPrintable(r.err));
    // The reason is the last line; what came before is progress, never a second complaint.
    for (const QString &line : lines.mid(0, lines.size() - 1)) {
        QVERIFY2(!line.contains(QStringLiteral("error"), Qt::CaseInsensitive), qPrintable(r.err));
    }
    QCOMPARE(int(m_cli->server->acceptedEnrollments().size()), acceptedBefore);
    QCOMPARE(jobCount(), jobsBefore); // nothing journaled
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_clibadinput.moc"
