#include "shell/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace SeqDesk::Ui {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(const QIcon &appIcon, QObject *parent)
    : QObject(parent)
    , m_icon(appIcon)
{ }

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &title, const QString &body)
{
    if (notifyOverDBus(title, body))
        return;
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        m_tray->setToolTip(QGuiApplication::applicationDisplayName());
    }
    m_tray->show();
    m_tray->showMessage(title, body, m_icon);
}

bool DesktopNotifier::notifyOverDBus(const QString &title, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (!bus.interface()->isServiceRegistered(kService).value()) {
        // Not running: a notification daemon the bus starts on the first call will do.
        const QDBusMessage names = bus.call(QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListActivatableNames")));
        if (names.type() != QDBusMessage::ReplyMessage || names.arguments().isEmpty()
            || !names.arguments().constFirst().toStringList().contains(kService))
            return false;
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    call << QGuiApplication::applicationDisplayName() // app_name
         << uint(0) // replaces_id
         << QGuiApplication::desktopFileName() // app_icon: the installed icon's name
         << title << body << QStringList() // actions
         << hints << int(-1); // expire_timeout: the server's default
    return bus.send(call); // no need to wait for the id
}

} // namespace SeqDesk::Ui
