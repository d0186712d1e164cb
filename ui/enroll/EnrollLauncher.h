#pragma once

#include "enroll/EnrollDraft.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QStatusBar;
class QWidget;

namespace SeqDesk::Ui {

class EnrollWizard;

// The main window's side of enrollment: opens the wizard (one at a time), tells the status
// bar how the running job goes, and asks before quitting during a job.
class EnrollLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollLauncher)

public:
    // Not owned; `services.runner` may be null (no enrollment then).
    EnrollLauncher(const EnrollServices &services, QWidget *window, QStatusBar *statusBar);
    ~EnrollLauncher() override;

    bool isAvailable() const { return m_services.runner != nullptr; }
    // Opens the wizard on `portalId`, preselecting `sequenceId` (may be empty); raises the
    // open one instead while its job has not started (it may hold the user's work).
    void open(const QString &portalId, const QString &sequenceId);
    EnrollWizard *wizard() const { return m_wizard; }
    // The wizards opened from now on preselect the portal's default sender and send cap.
    void useSettings(Settings::AppSettings *settings) { m_services.settings = settings; }

    // Closing the window: true when it may close now. During a job the user is asked;
    // after "Quit" the job is paused to resume at the next start and `closeLater` runs once
    // nothing is in flight.
    bool confirmClose(std::function<void()> closeLater);

signals:
    void openAnalytics(const QString &portalId, const QString &sequenceId);

private:
    EnrollServices m_services;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    QPointer<EnrollWizard> m_wizard;
    bool m_quitting = false; // pausing the job to quit
    bool m_closeAllowed = false;
};

} // namespace SeqDesk::Ui
