#pragma once

#include "enroll/RateMeter.h"
#include "store/Records.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace SeqDesk::Ui {

class EnrollWizard;

// Step 6: the job runs. Saves it from the preview's plan, starts it in the JobRunner and
// follows it: a progress bar, counts by outcome, the pace beside HubSpot's limit, the time
// left, pause/resume/cancel, and every contact's state as it changes.
class ProgressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPage)

public:
    explicit ProgressPage(EnrollWizard *wizard);
    ~ProgressPage() override;

    void initializePage() override;
    bool isComplete() const override;
    // The job is about to run again ("Retry failed"): follow it.
    void expectRun();

private:
    void createAndRun();
    void showCounts(const Store::JobCounts &counts);
    void showRate(int remaining);
    void onFinished(const Store::EnrollmentJobRecord &job);
    void togglePause();
    void confirmCancel();
    void setRunning(bool running);

    EnrollWizard *m_wizard;
    QLabel *m_state;
    QProgressBar *m_bar;
    QLabel *m_counts;
    QLabel *m_rate;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QTableView *m_table;
    RateMeter m_meter;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_finished = false; // the last run stopped (any state)
    Store::JobState m_lastState = Store::JobState::Draft;
    Store::JobCounts m_lastCounts; // when the last run stopped
};

} // namespace SeqDesk::Ui
