#pragma once

#include "store/Records.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace SeqDesk::Ui {

// Top right of the main window: when the portal last synced (or what the running sync is
// doing, with a progress bar and a cancel button) and the "Sync Data" button.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    // Idle: "Last synced 5 minutes ago", or why the last run failed.
    void showIdle(const QDateTime &lastSyncAt, const Store::SyncRunRecord &lastRun);
    // Running: the stage and, when `total` > 0, done of total; the cancel button only while
    // the run can still be cancelled.
    void showRunning(const QString &stage, int done, int total, bool cancellable = true);
    // No portal: everything disabled.
    void showNoPortal();

    // "just now", "5 minutes ago", "yesterday, 14:05", ... for `then` seen at `now`.
    static QString relativeTime(const QDateTime &then, const QDateTime &now);

signals:
    void syncRequested();
    void cancelRequested();

private:
    void refreshIdleText();

    QLabel *m_text;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QPushButton *m_sync;
    QTimer m_tick; // keeps "N minutes ago" current
    QDateTime m_lastSyncAt;
    Store::SyncRunRecord m_lastRun;
    bool m_running = false;
};

} // namespace SeqDesk::Ui
