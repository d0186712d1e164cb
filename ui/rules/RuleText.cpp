#include "rules/RuleText.h"

#include "sequences/SequenceText.h"

#include <QLocale>

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;

QString RuleText::stateName(RuleState state)
{
    switch (state) {
    case RuleState::Enabled:
        return tr("Enabled");
    case RuleState::Paused:
        return tr("Paused");
    case RuleState::Stopped:
        return tr("Stopped");
    }
    return {};
}

QString RuleText::runStateName(RuleRunState state)
{
    switch (state) {
    case RuleRunState::Running:
        return tr("Running");
    case RuleRunState::Done:
        return tr("Done");
    case RuleRunState::Stopped:
        return tr("Stopped");
    case RuleRunState::Failed:
        return tr("Failed");
    }
    return {};
}

QString RuleText::jobStateName(JobState state)
{
    switch (state) {
    case JobState::Draft:
        return tr("Not started");
    case JobState::Running:
        return tr("Running");
    case JobState::Paused:
        return tr("Paused");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Completed:
        return tr("Completed");
    case JobState::Failed:
        return tr("Failed");
    }
    return {};
}

QString RuleText::sender(const RuleRecord &rule)
{
    switch (rule.senderMode) {
    case RuleSenderMode::Single:
        return rule.senders.value(0);
    case RuleSenderMode::Rotation:
        return tr("Rotation of %n inbox(es)", nullptr, int(rule.senders.size()));
    case RuleSenderMode::ContactOwner:
        return rule.fallbackSender.isEmpty()
            ? tr("Contact owner (no fallback)")
            : tr("Contact owner (fallback %1)").arg(rule.fallbackSender);
    }
    return {};
}

QString RuleText::senderDetail(const RuleRecord &rule)
{
    switch (rule.senderMode) {
    case RuleSenderMode::Single:
        return tr("Every contact is enrolled as %1.").arg(rule.senders.value(0));
    case RuleSenderMode::Rotation:
        return tr("Each contact goes to the inbox with the most room under its send cap:\n%1")
            .arg(rule.senders.join(QLatin1Char('\n')));
    case RuleSenderMode::ContactOwner:
        return rule.fallbackSender.isEmpty()
            ? tr("Each contact is enrolled as its HubSpot owner. Contacts whose owner cannot "
                 "use the sequence are skipped.")
            : tr("Each contact is enrolled as its HubSpot owner. Contacts whose owner cannot "
                 "use the sequence go to %1.")
                  .arg(rule.fallbackSender);
    }
    return {};
}

QString RuleText::ago(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never");
    const qint64 minutes = then.secsTo(now) / 60;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%1 min ago").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1 h ago").arg(minutes / 60);
    return SequenceText::localDateTime(then);
}

QString RuleText::until(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid() || then <= now)
        return tr("due now");
    const qint64 minutes = (now.secsTo(then) + 59) / 60;
    if (minutes < 60)
        return tr("in %1 min").arg(minutes);
    if (minutes < 24 * 60)
        return tr("in %1 h").arg(minutes / 60);
    return SequenceText::localDateTime(then);
}

int RuleText::waiting(const RuleRunRecord &run)
{
    const int recorded = run.enrolled + run.skipped + run.failed + run.deferred + run.pending;
    const int leftOut = run.state == RuleRunState::Done ? qMax(0, run.newMembers - recorded) : 0;
    return run.pending + run.deferred + leftOut;
}

QString RuleText::waitingDetail(const RuleRunRecord &run)
{
    const int recorded = run.enrolled + run.skipped + run.failed + run.deferred + run.pending;
    const int leftOut = run.state == RuleRunState::Done ? qMax(0, run.newMembers - recorded) : 0;
    const QLocale locale;
    return tr("Still to send: %1\nDeferred by the send cap: %2\nLeft for a later run (no room "
              "in an inbox, or the rule's limit): %3")
        .arg(locale.toString(run.pending), locale.toString(run.deferred), locale.toString(leftOut));
}

QString RuleText::counts(const RuleRunRecord &run)
{
    if (run.newMembers == 0)
        return tr("no new members");
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 new").arg(locale.toString(run.newMembers));
    parts << tr("%1 enrolled").arg(locale.toString(run.enrolled));
    if (run.skipped > 0)
        parts << tr("%1 skipped").arg(locale.toString(run.skipped));
    if (run.failed > 0)
        parts << tr("%1 failed").arg(locale.toString(run.failed));
    if (const int w = waiting(run); w > 0)
        parts << tr("%1 waiting").arg(locale.toString(w));
    return parts.join(QStringLiteral(", "));
}

QString RuleText::lastRun(const RuleRunRecord &run, const QDateTime &now)
{
    const QString when = ago(run.startedAt, now);
    switch (run.state) {
    case RuleRunState::Running:
        return tr("%1: running").arg(when);
    case RuleRunState::Stopped:
        return tr("%1: stopped").arg(when);
    case RuleRunState::Failed:
        return tr("%1: failed").arg(when);
    case RuleRunState::Done:
        break;
    }
    return tr("%1: %2").arg(when, counts(run));
}

} // namespace SeqDesk::Ui
