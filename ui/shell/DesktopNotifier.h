#pragma once

#include "shell/Notifier.h"

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

namespace SeqDesk::Ui {

// The freedesktop notification service (org.freedesktop.Notifications over the session
// D-Bus); where there is none, a message from a tray icon shown for it; else nothing.
class DesktopNotifier final : public QObject, public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    // `appIcon`: for the tray fallback. The D-Bus service gets the desktop file's icon.
    explicit DesktopNotifier(const QIcon &appIcon, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void notify(const QString &title, const QString &body) override;

private:
    bool notifyOverDBus(const QString &title, const QString &body);

    QIcon m_icon;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace SeqDesk::Ui
