#include "core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using SeqDesk::Logging;

class TestLogging final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void logFileIsOwnerOnlyAndScrubbed();
    void contactAndSenderEmailsAreScrubbed();
    void eachProgramsLogIsFoundFromAnother();
    void rotatesPastTheLimitAndKeepsThreeOwnerOnlyFiles();
    void rotatesAtStartWhenAnEarlierRunLeftItFull();

private:
    static QByteArray read(const QString &path);
    static bool ownerOnly(const QString &path);
};

void TestLogging::cleanup()
{
    qInstallMessageHandler(nullptr);
    Logging::install(QString()); // closes the test's file
    qInstallMessageHandler(nullptr);
}

QByteArray TestLogging::read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool TestLogging::ownerOnly(const QString &path)
{
    const QFileInfo file(path);
    return file.exists()
        && !(file.permissions()
             & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther));
}

void TestLogging::logFileIsOwnerOnlyAndScrubbed()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.path() + QStringLiteral("/a/b/logs/app.log");
    Logging::install(path);
    qInfo("request with Authorization: Bearer pat-na1-feedface-0000-1111 failed");
    qWarning("plain warning");

    QVERIFY(ownerOnly(path));
    const QStringList dirs {tmp.path() + QStringLiteral("/a"), tmp.path() + QStringLiteral("/a/b"),
                            tmp.path() + QStringLiteral("/a/b/logs")};
    for (const QString &dir : dirs) {
        const QFileInfo d(dir);
        QVERIFY2(!(d.permissions()
                   & (QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup)),
                 qPrintable(dir));
    }
    const QByteArray content = read(path);
    QVERIFY(content.contains("plain warning"));
    QVERIFY(content.contains("[redacted]"));
    QVERIFY(!content.contains("feedface"));
}

void TestLogging::contactAndSenderEmailsAreScrubbed()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.path() + QStringLiteral("/app.log");
    Logging::install(path);
    qInfo("enrolled ana.lopez+trial@example.co.uk as sales@seqdesk.test (contact 101)");
    qInfo("GET /crm/v3/objects/contacts/bo%%40example.com?idProperty=email");
    qWarning("{\"email\":\"Chloe_O'Neil@Sub.Example.org\",\"token\":\"pat-eu1-00ff-11-22\"}");
    qInfo("no address here: 3 @ 4 and user@ and @domain");

    const QByteArray content = read(path);
    for (const char *leak : {"ana.lopez", "example.co.uk", "sales@", "seqdesk.test", "bo%40example",
                             "Sub.Example.org", "00ff-11-22"})
        QVERIFY2(!content.contains(leak), leak);
    QCOMPARE(content.count("[email]"), 4);
    QVERIFY(content.contains("(contact 101)"));
    QVERIFY(content.contains("3 @ 4 and user@ and @domain"));
}

void TestLogging::rotatesPastTheLimitAndKeepsThreeOwnerOnlyFiles()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.path() + QStringLiteral("/logs/app.log");
    Logging::install(path, 2000, 3);
    const QByteArray filler(100, 'x');
    for (int i = 0; i < 200; ++i) // ~30 KB: rotated many times over
        qInfo("line %d %s", i, filler.constData());
    qInfo("the last line");

    const QStringList files = QDir(tmp.path() + QStringLiteral("/logs")).entryList(QDir::Files);
    QCOMPARE(files,
             (QStringList {QStringLiteral("app.log"), QStringLiteral("app.log.1"),
                           QStringLiteral("app.log.2"), QStringLiteral("app.log.3")}));
    for (const QString &name : files) {
        const QString file = tmp.path() + QStringLiteral("/logs/") + name;
        QVERIFY2(ownerOnly(file), qPrintable(name));
        QVERIFY2(QFileInfo(file).size() <= 2000 + 200, qPrintable(name));
    }
    QVERIFY(read(path).contains("the last line"));
    // Oldest to newest, the files hold the newest lines in order, and nothing is lost between
    // them; the oldest lines are gone.
    const QByteArray all = read(path + QStringLiteral(".3")) + read(path + QStringLiteral(".2"))
        + read(path + QStringLiteral(".1")) + read(path);
    QVERIFY(!all.contains("line 0 "));
    const int first = all.indexOf("line ") + 5;
    const int firstLine = all.mid(first, all.indexOf(' ', first) - first).toInt();
    QVERIFY(firstLine > 150);
    int at = 0;
    for (int i = firstLine; i < 200; ++i) {
        const int next = all.indexOf(QByteArray("line " + QByteArray::number(i) + ' '), at);
        QVERIFY2(next > at || (i == firstLine && next >= 0), qPrintable(QString::number(i)));
        at = next;
    }
}

void TestLogging::rotatesAtStartWhenAnEarlierRunLeftItFull()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.path() + QStringLiteral("/app.log");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(5000, 'o'));
        old.setPermissions(old.permissions() | QFileDevice::ReadOther); // an older, looser one
    }
    Logging::install(path, 2000, 3);
    qInfo("after the start");
    QCOMPARE(QFileInfo(path + QStringLiteral(".1")).size(), 5000);
    QVERIFY(ownerOnly(path + QStringLiteral(".1")));
    QVERIFY(ownerOnly(path));
    // A fresh file: its first line is this run's (a timestamp), not the old content.
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT"))
                .match(QString::fromUtf8(read(path)))
                .hasMatch());
    QVERIFY(read(path).contains("after the start"));
}

void TestLogging::eachProgramsLogIsFoundFromAnother()
{
    // The diagnostics of seqdesk-cli list the app's log too: the same path the app writes.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("SeqDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("seqdesk"));
    const QString own = Logging::defaultLogFilePath();
    const QString found = Logging::logFilePathOf(QStringLiteral("seqdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("seqdesk-cli"));
    const QString fromCli = Logging::logFilePathOf(QStringLiteral("seqdesk"));
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    QCOMPARE(found, own);
    QCOMPARE(fromCli, own);
    QVERIFY(own.endsWith(QStringLiteral("/SeqDesk/seqdesk/logs/seqdesk.log")));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
