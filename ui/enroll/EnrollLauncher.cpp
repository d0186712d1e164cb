#include "enroll/EnrollLauncher.h"

#include "enroll/EnrollWizard.h"
#include "jobs/JobRunner.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;

EnrollLauncher::EnrollLauncher(const EnrollServices &services, QWidget *window,
                               QStatusBar *statusBar)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_statusBar(statusBar)
{
    Jobs::JobRunner *runner = m_services.runner;
    if (!runner)
        return;
    connect(runner, &Jobs::JobRunner::countsChanged, this,
            [this](qint64 jobId, const JobCounts &c) {
                const QLocale l;
                m_statusBar->showMessage(
                    tr("Job %1: %2 of %3 done, %4 enrolled, %5 failed")
                        .arg(jobId)
                        .arg(l.toString(c.enrolled + c.skipped + c.failed + c.deferred),
                             l.toString(c.total()), l.toString(c.enrolled), l.toString(c.failed)));
            });
    connect(runner, &Jobs::JobRunner::jobFinished, this, [this](const EnrollmentJobRecord &job) {
        const JobCounts &c = job.counts;
        const QLocale l;
        QString ended;
        switch (job.state) {
        case JobState::Completed:
            ended = tr("Job %1 done").arg(job.id);
            break;
        case JobState::Paused:
            ended = tr("Job %1 paused").arg(job.id);
            break;
        case JobState::Failed:
            ended = tr("Job %1 failed").arg(job.id);
            break;
        case JobState::Cancelled:
            ended = tr("Job %1 cancelled").arg(job.id);
            break;
        case JobState::Draft:
        case JobState::Running:
            ended = tr("Job %1 stopped").arg(job.id);
            break;
        }
        m_statusBar->showMessage(tr("%1: %2 enrolled, %3 skipped, %4 failed, %5 deferred. %6")
                                     .arg(ended, l.toString(c.enrolled), l.toString(c.skipped),
                                          l.toString(c.failed), l.toString(c.deferred),
                                          job.message));
    });
    connect(runner, &Jobs::JobRunner::problem, this, [this](qint64 jobId, const QString &message) {
        m_statusBar->showMessage(tr("Job %1 could not run: %2").arg(jobId).arg(message));
    });
}

EnrollLauncher::~EnrollLauncher() = default;

void EnrollLauncher::open(const QString &portalId, const QString &sequenceId)
{
    if (!isAvailable() || portalId.isEmpty())
        return;
    if (m_wizard) {
        if (m_wizard->draft().jobId == 0) {
            // Not thrown away: it may hold a pasted list or a dry run.
            m_wizard->raise();
            m_wizard->activateWindow();
            m_statusBar->showMessage(
                tr("An enrollment is open: finish or close it to start another."), 5000);
            return;
        }
        m_wizard->close(); // its job goes on in the runner
    }
    m_wizard = new EnrollWizard(m_services, portalId, sequenceId, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);

    connect(m_wizard, &EnrollWizard::openAnalytics, this, &EnrollLauncher::openAnalytics);
    m_wizard->show();
}

bool EnrollLauncher::confirmClose(std::function<void()> closeLater)
{
    Jobs::JobRunner *runner = m_services.runner;
    if (m_closeAllowed || !runner)
        return true;
    if (m_quitting)
        return false; // already pausing
    if (!runner->isBusy()) {
        runner->suspend([] {}); // nothing runs: no job starts while the window closes
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("Quit during enrollment?"),
                    tr("Job %1 is enrolling contacts. If you quit, it pauses now and goes on "
                       "when SeqDesk starts again; no contact is lost or enrolled twice.")
                        .arg(runner->currentJob()),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("quitDuringJobBox"));
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("confirmQuitButton"));
    box.addButton(tr("Keep running"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != quit)
        return false;
    if (!runner->isBusy()) { // the job ended while the question was open
        runner->suspend([] {});
        return true;
    }
    m_quitting = true;
    m_statusBar->showMessage(tr("Pausing the job before quitting…"));
    runner->suspend([this, closeLater = std::move(closeLater)] {
        m_closeAllowed = true;
        // Not from inside a close event (a nested close() is ignored by Qt).
        QTimer::singleShot(0, this, closeLater);
    });
    return false;
}

} // namespace SeqDesk::Ui
