#include "core/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using SeqDesk::Logging;

class TestLogging final : public QObject
{
    Q_OBJECT

private slots:
    void logFileIsOwnerOnlyAndScrubbed();
};

void TestLogging::logFileIsOwnerOnlyAndScrubbed()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.path() + QStringLiteral("/a/b/logs/app.log");
    Logging::install(path);
    qInfo("request with Authorization: Bearer pat-na1-feedface-0000-1111 failed");
    qWarning("plain warning");

    const QFileInfo file(path);
    QVERIFY(file.exists());
    QCOMPARE(file.permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const QStringList dirs {tmp.path() + QStringLiteral("/a"), tmp.path() + QStringLiteral("/a/b"),
                            tmp.path() + QStringLiteral("/a/b/logs")};
    for (const QString &dir : dirs) {
        const QFileInfo d(dir);
        QVERIFY2(!(d.permissions()
                   & (QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup)),
                 qPrintable(dir));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(content.contains("plain warning"));
    QVERIFY(content.contains("[redacted]"));
    QVERIFY(!content.contains("feedface"));
    qInstallMessageHandler(nullptr);
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
