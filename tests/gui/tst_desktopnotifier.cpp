// DesktopNotifier against a notification service on a private session bus (the test owns
// org.freedesktop.Notifications itself): the title, the body and the app's name arrive.
#include "shell/DesktopNotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QTest>
#include <QVariantMap>

namespace {

class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList received;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(expireTimeout)
        received << appName + QLatin1Char('|') + summary + QLatin1Char('|') + body;
        return uint(received.size());
    }
};

const QString kService = QStringLiteral("org.freedesktop.Notifications");

} // namespace

class TestDesktopNotifier final : public QObject
{
    Q_OBJECT

private slots:
    void withoutAServiceNothingBreaks();
    void notificationReachesTheService();
};

void TestDesktopNotifier::withoutAServiceNothingBreaks()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "the suite runs in a private D-Bus session");
    QVERIFY(!bus.interface()->isServiceRegistered(kService).value());
    // A notification daemon installed on this machine would be started by the bus (and show a
    // real popup): then there is no "without a service" here.
    const QDBusReply<QStringList> activatable
        = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    if (activatable.isValid() && activatable.value().contains(kService))
        QSKIP("this machine's session bus starts a notification service on demand");
    SeqDesk::Ui::DesktopNotifier notifier(QIcon {});
    notifier.notify(QStringLiteral("Sync finished"), QStringLiteral("Nobody listens")); // no-op
    QVERIFY(!bus.interface()->isServiceRegistered(kService).value()); // nothing was started
}

void TestDesktopNotifier::notificationReachesTheService()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    FakeNotifications service;
    QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
                               QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(kService));
    SeqDesk::Ui::DesktopNotifier notifier(QIcon {});
    notifier.notify(QStringLiteral("Enrollment finished"),
                    QStringLiteral("118 enrolled, 0 skipped, 2 failed"));
    QTRY_COMPARE(service.received.size(), 1);
    QCOMPARE(service.received.first(),
             QStringLiteral("SeqDesk|Enrollment finished|118 enrolled, 0 skipped, 2 failed"));
    bus.unregisterService(kService);
    bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("SeqDesk"));
    QApplication::setDesktopFileName(QStringLiteral("io.seqdesk.SeqDesk"));
    TestDesktopNotifier test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktopnotifier.moc"
