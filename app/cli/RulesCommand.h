#pragma once

#include "cli/CliCommand.h"
#include "cli/CliOptions.h"
#include "cli/RuleOutput.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

class QTextStream;

namespace SeqDesk::HubSpot {
class HubSpotClient;
}
namespace SeqDesk::Store {
class StoreWorker;
}
namespace SeqDesk::Enroll {
class EnrollmentEngine;
}
namespace SeqDesk::Rules {
class RuleRun;
}

namespace SeqDesk::Cli {

// seqdesk-cli --run-rules: the portal's due rules (or --rule ID), one after another, each
// once, as the app's RuleScheduler runs them: a Rules::RuleRun, then each job it saved with
// the EnrollmentEngine (job locks, journal, deferral) as an enrollment of seqdesk-cli runs.
// First, the jobs of the portal's rules that were left to do (saved by a run whose process
// died, interrupted, or waiting for the send cap and due now) go on, so a machine that only
// runs the timer finishes them too. --dry-run previews and saves nothing. A rule another
// process is running is reported and skipped. finished() once.
class RulesCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesCommand)

public:
    // Not owned; the store is open. `lockDirectory`: where job and rule locks live (the
    // store's folder).
    RulesCommand(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                 const QString &lockDirectory, const CliOptions &options, QTextStream &out,
                 QTextStream &err, QObject *parent = nullptr);
    ~RulesCommand() override;

    void start();

private:
    struct Loaded;

    void load(const QString &portalId);
    void loaded(const Loaded &data);
    // Runs `jobIds` one after another, then `then`.
    void runJobs(QList<qint64> jobIds, std::function<void()> then);
    void jobFinished(const Store::EnrollmentJobRecord &job);
    void runNextRule();
    void ruleRan(const Rules::RuleRunResult &result);
    void ruleFailed(const QString &message);
    void ruleDone(RuleOutcome outcome); // reads its run's counts when it has one
    void report();
    void progress(const QString &line, bool always);
    void note(int exitCode); // an exit code for the end (the most serious one wins)

    HubSpot::HubSpotClient *m_client;
    Store::StoreWorker *m_store;
    QString m_lockDirectory;
    CliOptions m_options;
    QList<Store::RuleRecord> m_rules; // still to run
    std::optional<Store::RuleRecord> m_current;
    QList<RuleOutcome> m_outcomes;
    std::unique_ptr<Rules::RuleRun> m_run;
    std::unique_ptr<Enroll::EnrollmentEngine> m_engine;
    QElapsedTimer m_sinceProgress; // a progress line a second at most
    QString m_lastProgress; // and never the same twice
    QList<int> m_exitCodes;
};

} // namespace SeqDesk::Cli
