#pragma once

#include "rules/RuleServices.h"
#include "store/Records.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <QPointer>
#include <QTimer>
#include <functional>

namespace SeqDesk::Rules {
struct RuleRunResult;
}

namespace SeqDesk::Ui {

class RulePreviewDialog;
class RulesPage;

// Between the Rules page and the services: reads the portal's rules, their newest run and
// totals, and the selected rule's history off the UI thread; carries out the page's
// actions (pause, resume, delete through the store; Run now and Preview through the
// RuleScheduler); opens the rule editor, the preview and a run's jobs; and follows the
// scheduler and the job runner so a running rule shows what it does and its counts.
class RulesPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPresenter)

public:
    static constexpr int kHistoryLimit = 200;

    // Not owned; `services.runner` and `services.rules` may be null (nothing runs then).
    RulesPresenter(const RuleServices &services, RulesPage *page, QObject *parent = nullptr);
    ~RulesPresenter() override;

    bool isAvailable() const { return m_services.runner && m_services.rules; }
    // Shows `portalId`'s rules (reads them again when called again).
    void showPortal(const QString &portalId);
    QString portalId() const { return m_portalId; }
    // Reads the current portal's rules again.
    void refresh();
    // A new rule starts with the portal's default sender and send cap.
    void useSettings(Settings::AppSettings *settings) { m_services.settings = settings; }
    void clear();

signals:
    // The page shows the portal's rules as the mirror has them, and the runs of the rule that
    // stayed selected.
    void loaded();
    // The history pane shows the selected rule's runs.
    void historyLoaded(qint64 ruleId);
    // For the status bar: what a run did (transient) or a failure.
    void message(const QString &text);
    void problem(const QString &text);

private:
    void reload();
    // `then` (if any) once the runs are shown, or at once when there is no rule.
    void loadHistory(qint64 ruleId, std::function<void()> then = {});
    void openEditor(qint64 ruleId);
    void openPreview(qint64 ruleId);
    void openRunJobs(qint64 ruleId, qint64 runId);
    void setPaused(qint64 ruleId, bool pause);
    void remove(qint64 ruleId);
    void runNow(qint64 ruleId);
    void followScheduler();
    void followRunner();
    void onRunFinished(const Rules::RuleRunResult &result);
    void reloadSoon(); // at most once a second while jobs run
    QString ruleName(qint64 ruleId) const;
    QDateTime now() const;

    RuleServices m_services;
    RulesPage *m_page;
    QString m_portalId;
    QHash<QString, QString> m_sequenceNames; // the portal's, by id
    int m_generation = 0; // answers for an older portal are dropped
    qint64 m_selectAfterLoad = 0; // a rule just saved
    qint64 m_running = 0; // the rule the scheduler runs now (not a preview)
    QHash<qint64, QPointer<RulePreviewDialog>> m_previews; // by rule, until previewed
    QHash<qint64, qint64> m_ruleOfJob; // jobs of runs seen here that still run, by job id
    QTimer m_throttle;
    QTimer m_clockTick; // relative times ("5 min ago") move on
};

} // namespace SeqDesk::Ui
