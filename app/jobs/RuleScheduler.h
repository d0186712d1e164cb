#pragma once

#include "rules/RuleRun.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace SeqDesk {
class Clock;
}
namespace SeqDesk::HubSpot {
class HubSpotClient;
}
namespace SeqDesk::Store {
class StoreWorker;
}
namespace SeqDesk::Sync {
class PortalManager;
}

namespace SeqDesk::Jobs {

class JobRunner;

// The app's enrollment rules: runs the due ones every minute (each rule every N minutes of
// its own), every rule of a portal after its Sync Data, and one on "Run now"; previews a
// rule's next run. One run at a time in the app (a queue); a rule seqdesk-cli is running is
// skipped (its lock). The jobs a run saves go to the JobRunner, as the wizard's do.
class RuleScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleScheduler)

public:
    // Not owned. Rules run on the runner's clock.
    RuleScheduler(Sync::PortalManager *portals, Store::StoreWorker *store, JobRunner *runner,
                  QObject *parent = nullptr);
    ~RuleScheduler() override;

    // Where rule locks live (beside the mirror, shared with seqdesk-cli); empty: none.
    void setLockDirectory(const QString &directory) { m_lockDirectory = directory; }
    // How often due rules are looked for (default a minute); 0 stops looking.
    void setCheckInterval(int ms);

    // Queues the enabled rules that are due now (all portals).
    void runDue();
    // Queues every enabled rule of the portal (after its Sync Data).
    void runPortal(const QString &portalId);
    // Queues the rule now, due or not (a paused one too: the user asked).
    void runNow(qint64 ruleId);
    // The rule's next run as a dry run: previewed() or previewFailed(); records nothing.
    void preview(qint64 ruleId);

    bool isRunning(qint64 ruleId) const { return m_current == ruleId; }
    // A run or a preview under way or queued; idle() once none is.
    bool isBusy() const { return m_current != 0 || !m_queue.isEmpty() || !m_previews.isEmpty(); }
    bool isQueued(qint64 ruleId) const { return m_queue.contains(ruleId); }

signals:
    void runStarted(qint64 ruleId);
    void runProgress(qint64 ruleId, const QString &what);
    void runFinished(const SeqDesk::Rules::RuleRunResult &result);
    void runFailed(qint64 ruleId, const QString &message);
    void previewed(const SeqDesk::Rules::RuleRunResult &result);
    void previewFailed(qint64 ruleId, const QString &message);
    void idle(); // the last queued run ended (its jobs are the JobRunner's)

private:
    void enqueue(const QList<qint64> &ruleIds);
    void startNext();
    // A run (or dry run) of `ruleId` on its portal's client; ended() either way.
    void startRun(qint64 ruleId, bool dryRun);
    void ended();

    Sync::PortalManager *m_portals;
    Store::StoreWorker *m_store;
    JobRunner *m_runner;
    QString m_lockDirectory;
    QList<qint64> m_queue;
    qint64 m_current = 0; // running (or previewing)
    bool m_currentIsPreview = false;
    QList<qint64> m_previews; // asked while another run was on
    std::shared_ptr<HubSpot::HubSpotClient> m_client; // of the current run
    std::unique_ptr<Rules::RuleRun> m_run;
    QTimer m_timer;
};

} // namespace SeqDesk::Jobs
