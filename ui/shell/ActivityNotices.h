#pragma once

#include "store/Records.h"

#include <QObject>

class QWidget;

namespace SeqDesk::Jobs {
class JobRunner;
class RuleScheduler;
} // namespace SeqDesk::Jobs
namespace SeqDesk::Rules {
struct RuleRunResult;
}
namespace SeqDesk::Sync {
class PortalManager;
}

namespace SeqDesk::Ui {

class Notifier;

// What ended while the user looked elsewhere: a sync, an enrollment job or a rule's run that
// finished or failed raises a desktop notification when `window` is not the active window.
// A run the user cancelled or paused, and a rule's run that found nobody new, stay quiet.
class ActivityNotices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityNotices)

public:
    struct Sources
    {
        Sync::PortalManager *portals = nullptr;
        Jobs::JobRunner *runner = nullptr; // may be null
        Jobs::RuleScheduler *rules = nullptr; // may be null
    };

    // Not owned; `window` is the parent. Notices go out only while none of the application's
    // windows is active.
    ActivityNotices(const Sources &sources, Notifier *notifier, QWidget *window);
    ~ActivityNotices() override;

private:
    void onSyncFinished(const QString &portalId, const Store::SyncRunRecord &run);
    void onJobFinished(const Store::EnrollmentJobRecord &job);
    void onRuleRun(const Rules::RuleRunResult &result);
    void onRuleFailed(qint64 ruleId, const QString &message);
    void notify(const QString &title, const QString &body);

    Sources m_sources;
    Notifier *m_notifier;
};

} // namespace SeqDesk::Ui
