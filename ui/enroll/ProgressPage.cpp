#include "enroll/ProgressPage.h"
#include "HeaderState.h"

#include "enroll/ContactTable.h"
#include "enroll/EnrollPresenter.h"
#include "enroll/EnrollWizard.h"
#include "enroll/JobItemsModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;

namespace {

QString duration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return ProgressPage::tr("%n second(s)", nullptr, int(s));
    if (s < 3600)
        return ProgressPage::tr("%n minute(s)", nullptr, int((s + 59) / 60));
    return ProgressPage::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

ProgressPage::ProgressPage(EnrollWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_state(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_cancel(new QPushButton(tr("Cancel job…"), this))
    , m_table(new QTableView(this))
{
    setTitle(tr("Enrolling"));
    setButtonText(QWizard::CancelButton, tr("Close")); // the job goes on: it is not a cancel
    setSubTitle(tr("Every contact is journaled, so none is lost or sent twice. Closing this "
                   "window does not stop the job."));
    m_state->setObjectName(QStringLiteral("jobState"));
    m_state->setWordWrap(true);
    m_state->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_bar->setObjectName(QStringLiteral("jobProgress"));
    m_counts->setObjectName(QStringLiteral("jobCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_rate->setObjectName(QStringLiteral("jobRate"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_table->setObjectName(QStringLiteral("itemTable"));
    m_table->setAccessibleName(tr("Contacts of the job"));
    setUpContactTable(m_table, wizard->items());
    HeaderState::track(m_table->horizontalHeader(), m_table->objectName());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rate, 1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_pause, &QPushButton::clicked, this, &ProgressPage::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressPage::confirmCancel);

    EnrollPresenter *presenter = wizard->presenter();
    connect(presenter, &EnrollPresenter::jobStarted, this, [this] {
        m_meter.reset();
        setRunning(true);
    });
    connect(presenter, &EnrollPresenter::jobLoaded, this,
            [this](const EnrollmentJobRecord &job, const QList<EnrollmentItemRecord> &items) {
                m_wizard->items()->setItems(items);
                m_table->resizeColumnsToContents();
                showCounts(job.counts);
            });
    connect(presenter, &EnrollPresenter::itemUpdated, wizard->items(), &JobItemsModel::updateItem);
    connect(presenter, &EnrollPresenter::countsChanged, this, &ProgressPage::showCounts);
    connect(presenter, &EnrollPresenter::jobFinished, this, &ProgressPage::onFinished);
    connect(presenter, &EnrollPresenter::jobProblem, this, [this](const QString &message) {
        m_state->setText(tr("The job could not start: %1").arg(message));
        m_finished = true;
        setRunning(false);
    });
    connect(presenter, &EnrollPresenter::jobSaved, this, [this] {
        setRunning(true); // queued in the runner, or starting
    });
    connect(presenter, &EnrollPresenter::jobNotSaved, this, [this](const QString &error) {
        m_state->setText(tr("The job could not be saved: %1").arg(error));
        m_finished = true;
        setRunning(false);
    });
    m_clock.start();
}

ProgressPage::~ProgressPage() = default;

void ProgressPage::initializePage()
{
    if (m_wizard->draft().jobId == 0)
        createAndRun();
}

void ProgressPage::createAndRun()
{
    m_state->setText(tr("Saving the job…"));
    setRunning(true);
    m_pause->setEnabled(false); // until the job has an id
    m_cancel->setEnabled(false);
    m_wizard->presenter()->startJob();
}

void ProgressPage::showCounts(const JobCounts &c)
{
    const int done = c.enrolled + c.skipped + c.failed + c.deferred;
    m_bar->setRange(0, std::max(1, c.total()));
    m_bar->setValue(done);
    const QLocale l;
    m_counts->setText(tr("<b>%1</b> enrolled · <b>%2</b> skipped · <b>%3</b> failed · <b>%4</b> "
                         "deferred · <b>%5</b> to go")
                          .arg(l.toString(c.enrolled), l.toString(c.skipped), l.toString(c.failed),
                               l.toString(c.deferred), l.toString(c.pending + c.inFlight)));
    m_meter.add(m_clock.elapsed(), done);
    if (m_running)
        showRate(c.pending + c.inFlight);
}

void ProgressPage::showRate(int remaining)
{
    const HubSpot::RateLimitInfo limit = m_wizard->presenter()->rateLimit();
    QString limitText;
    if (limit.known && limit.intervalMs > 0)
        limitText = tr("HubSpot allows %1 requests per %2 s")
                        .arg(limit.max)
                        .arg(limit.intervalMs / 1000.0, 0, 'g', 3);
    const auto rate = m_meter.perSecond();
    QString text = rate ? tr("%1 contacts/s").arg(*rate, 0, 'f', 1) : tr("Measuring the pace…");
    if (!limitText.isEmpty())
        text += QStringLiteral(" (") + limitText + QLatin1Char(')');
    if (const auto eta = m_meter.etaMs(remaining); eta && remaining > 0)
        text += QStringLiteral(" · ") + tr("about %1 left").arg(duration(*eta));
    m_rate->setText(text);
}

void ProgressPage::onFinished(const EnrollmentJobRecord &job)
{
    m_lastState = job.state;
    m_lastCounts = job.counts;
    m_finished = true;
    setRunning(false);
    showCounts(job.counts);
    QString text;
    switch (job.state) {
    case JobState::Completed:
        text = tr("Job %1 is complete.").arg(job.id);
        break;
    case JobState::Paused:
        text = job.resumeAt.isValid()
            ? tr("Job %1 waits: %2").arg(job.id).arg(job.message)
            : tr("Job %1 is paused. Resume it, or close: it stays paused.").arg(job.id);
        break;
    case JobState::Cancelled:
        text = tr("Job %1 was cancelled; contacts not yet sent were left out.").arg(job.id);
        break;
    case JobState::Failed:
        text = tr("Job %1 stopped: %2").arg(job.id).arg(job.message);
        break;
    default:
        text = job.message;
    }
    m_state->setText(text);
    m_rate->clear();
}

void ProgressPage::expectRun()
{
    setRunning(true);
}

void ProgressPage::setRunning(bool running)
{
    m_running = running;
    const qint64 jobId = m_wizard->draft().jobId;
    if (running) {
        m_finished = false;
        const qint64 ahead = m_wizard->presenter()->jobAhead();
        m_state->setText(ahead != 0 ? tr("Job %1 waits for job %2 to finish.").arg(jobId).arg(ahead)
                                    : tr("Job %1: enrolling…").arg(jobId));
    }
    // A paused job resumes; so does a failed one with contacts still to send (after a new
    // token, say): the engine checks those in flight first.
    const bool resumable = !running && m_finished
        && (m_lastState == JobState::Paused
            || (m_lastState == JobState::Failed
                && m_lastCounts.pending + m_lastCounts.inFlight > 0));
    m_pause->setText(running ? tr("Pause") : tr("Resume"));
    m_pause->setEnabled(jobId != 0 && (running || resumable));
    m_cancel->setEnabled(jobId != 0 && (running || resumable));
    emit completeChanged();
}

void ProgressPage::togglePause()
{
    if (m_running) {
        m_pause->setEnabled(false); // until the answers in flight are written
        m_state->setText(tr("Pausing: waiting for the requests already sent…"));
        m_wizard->presenter()->pauseJob();
    } else {
        m_wizard->presenter()->resumeJob();
    }
}

void ProgressPage::confirmCancel()
{
    QMessageBox box(QMessageBox::Question, tr("Cancel the job?"),
                    tr("Contacts not enrolled yet will not be. Those already enrolled stay in "
                       "the sequence."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("cancelJobBox"));
    QPushButton *yes = box.addButton(tr("Cancel job"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmCancelJobButton"));
    box.addButton(tr("Keep going"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    m_wizard->presenter()->cancelJob();
}

bool ProgressPage::isComplete() const
{
    return m_finished && !m_running;
}

} // namespace SeqDesk::Ui
