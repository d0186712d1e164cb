#include "shell/ActivityNotices.h"

#include "jobs/JobRunner.h"
#include "jobs/RuleScheduler.h"
#include "rules/RuleRun.h"
#include "shell/Notifier.h"
#include "sync/PortalManager.h"

#include <QApplication>
#include <QLocale>
#include <QWidget>

namespace SeqDesk::Ui {

using Store::JobState;
using Store::SyncStatus;

ActivityNotices::ActivityNotices(const Sources &sources, Notifier *notifier, QWidget *window)
    : QObject(window)
    , m_sources(sources)
    , m_notifier(notifier)
{
    connect(m_sources.portals, &Sync::PortalManager::syncFinished, this,
            &ActivityNotices::onSyncFinished);
    if (m_sources.runner) {
        connect(m_sources.runner, &Jobs::JobRunner::jobFinished, this,
                &ActivityNotices::onJobFinished);
        connect(m_sources.runner, &Jobs::JobRunner::problem, this,
                [this](qint64, const QString &message) {
                    notify(tr("Enrollment could not start"), message);
                });
    }
    if (m_sources.rules) {
        connect(m_sources.rules, &Jobs::RuleScheduler::runFinished, this,
                &ActivityNotices::onRuleRun);
        connect(m_sources.rules, &Jobs::RuleScheduler::runFailed, this,
                &ActivityNotices::onRuleFailed);
    }
}

ActivityNotices::~ActivityNotices() = default;

void ActivityNotices::notify(const QString &title, const QString &body)
{
    // Quiet while any of SeqDesk's windows is the active one (the main window, the Enroll
    // wizard watching the job, a dialog): the user sees it there.
    if (m_notifier && !QApplication::activeWindow())
        m_notifier->notify(title, body);
}

void ActivityNotices::onSyncFinished(const QString &portalId, const Store::SyncRunRecord &run)
{
    const auto portal = m_sources.portals->portal(portalId);
    const QString name = portal ? portal->name : portalId;
    if (run.status == SyncStatus::Succeeded) {
        notify(tr("Sync finished"),
               tr("%1 synced: %2 new, %3 changed, %4 archived")
                   .arg(name, QLocale().toString(run.added), QLocale().toString(run.changed),
                        QLocale().toString(run.archived)));
    } else if (run.status != SyncStatus::Cancelled) {
        notify(tr("Sync failed"), tr("Sync of %1 failed: %2").arg(name, run.error));
    }
}

void ActivityNotices::onJobFinished(const Store::EnrollmentJobRecord &job)
{
    if (job.state == JobState::Completed) {
        notify(tr("Enrollment finished"),
               tr("%1 enrolled, %2 skipped, %3 failed")
                   .arg(QLocale().toString(job.counts.enrolled),
                        QLocale().toString(job.counts.skipped),
                        QLocale().toString(job.counts.failed)));
    } else if (job.state == JobState::Failed) {
        notify(
            tr("Enrollment failed"),
            tr("%n enrolled before it stopped: %1", nullptr, job.counts.enrolled).arg(job.message));
    } else if (job.state == JobState::Paused && job.resumeAt.isValid()) {
        notify(
            tr("Enrollment paused"),
            tr("%n enrolled; the others wait: %1", nullptr, job.counts.enrolled).arg(job.message));
    }
}

void ActivityNotices::onRuleRun(const Rules::RuleRunResult &result)
{
    if (result.stopped) {
        notify(tr("Rule stopped"),
               tr("The rule \"%1\" stopped: %2").arg(result.rule.name, result.run.message));
    } else if (result.run.planned > 0) {
        notify(tr("Rule ran"),
               tr("The rule \"%1\" is enrolling %n new members of its list.", nullptr,
                  result.run.planned)
                   .arg(result.rule.name));
    }
}

void ActivityNotices::onRuleFailed(qint64 ruleId, const QString &message)
{
    Q_UNUSED(ruleId)
    notify(tr("Rule run failed"), message);
}

} // namespace SeqDesk::Ui
