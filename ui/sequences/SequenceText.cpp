#include "SequenceText.h"

#include <QLocale>
#include <QTime>

#include <algorithm>

namespace SeqDesk::Ui {

using Store::SequenceStatus;

QString SequenceText::statusName(SequenceStatus status)
{
    switch (status) {
    case SequenceStatus::Active:
        return tr("Active");
    case SequenceStatus::Paused:
        return tr("Paused");
    case SequenceStatus::Draft:
        return tr("Draft");
    case SequenceStatus::Archived:
        return tr("Archived");
    }
    return {};
}

SequenceText::BadgeColors SequenceText::badgeColors(SequenceStatus status)
{
    switch (status) {
    case SequenceStatus::Active:
        return {QColor(0x1e, 0x7e, 0x34), QColor(Qt::white)};
    case SequenceStatus::Paused:
        return {QColor(0xf2, 0xa9, 0x00), QColor(0x33, 0x24, 0x00)};
    case SequenceStatus::Draft:
        return {QColor(0xdc, 0xdf, 0xe3), QColor(0x3c, 0x40, 0x43)};
    case SequenceStatus::Archived:
        return {QColor(0x5f, 0x63, 0x68), QColor(Qt::white)};
    }
    return {};
}

QString SequenceText::unsavedName()
{
    return tr("Syncing");
}

SequenceText::BadgeColors SequenceText::unsavedColors()
{
    return {QColor(0xd8, 0xe7, 0xfb), QColor(0x17, 0x44, 0x80)};
}

QString SequenceText::unsavedReason()
{
    return tr("Syncing: read from HubSpot by the sync in progress and not saved yet. It gets "
              "its status, and can be enrolled into, when the sync finishes.");
}

QString SequenceText::statusReason(const Store::SequenceRecord &sequence)
{
    switch (sequence.status()) {
    case SequenceStatus::Archived:
        if (sequence.archivedAt.isValid())
            return tr("Archived: it is gone from HubSpot (since %1).")
                .arg(localDateTime(sequence.archivedAt));
        return tr("Archived: archived in SeqDesk. HubSpot still has it; restore it to use it "
                  "again.");
    case SequenceStatus::Draft:
        return tr("Draft: it has no steps yet, so there is nothing to enroll contacts into.");
    case SequenceStatus::Paused:
        return tr("Paused: paused in SeqDesk. SeqDesk will not enroll contacts into it until "
                  "it is resumed.");
    case SequenceStatus::Active:
        return tr("Active: present in HubSpot, has steps and is not paused in SeqDesk.");
    }
    return {};
}

QString SequenceText::statusRules()
{
    return tr("HubSpot has no sequence status; SeqDesk derives it:\n"
              "Archived = gone from HubSpot or archived in SeqDesk\n"
              "Draft = no steps\n"
              "Paused = paused in SeqDesk (no enrollments until resumed)\n"
              "Active = otherwise");
}

QString SequenceText::duration(qint64 millis)
{
    const qint64 minutes = millis / 60000;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    QStringList parts;
    if (days > 0)
        parts << (days == 1 ? tr("1 day") : tr("%1 days").arg(days));
    if (hours > 0)
        parts << (hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours));
    if (mins > 0 && days == 0)
        parts << (mins == 1 ? tr("1 minute") : tr("%1 minutes").arg(mins));
    if (parts.isEmpty())
        return tr("no delay");
    return parts.join(QLatin1Char(' '));
}

QString SequenceText::stepAction(const Store::SequenceStepRecord &step)
{
    const QString type = step.actionType.toUpper();
    QString action;
    if (type == QLatin1String("EMAIL") || type == QLatin1String("AUTOMATED_EMAIL")) {
        action = tr("Email");
    } else if (type == QLatin1String("TASK")) {
        const QString task = step.taskType.toUpper();
        if (task == QLatin1String("CALL"))
            action = tr("Call task");
        else if (task == QLatin1String("EMAIL"))
            action = tr("Email task");
        else if (task.startsWith(QLatin1String("LINKED_IN"))
                 || task.startsWith(QLatin1String("LINKEDIN")))
            action = tr("LinkedIn task");
        else
            action = tr("To-do task");
    } else if (type.startsWith(QLatin1String("LINKED_IN"))
               || type.startsWith(QLatin1String("LINKEDIN"))) {
        action = tr("LinkedIn task");
    } else if (type == QLatin1String("FINISH_ENROLLMENT")) {
        action = tr("Finish enrollment");
    } else if (type == QLatin1String("ADAPTIVE_CONTAINER")) { // v4 and 2026-03 only
        action = tr("Adaptive step");
    } else {
        // A type from a newer API version: shown as HubSpot wrote it.
        action = step.actionType.isEmpty() ? tr("Step") : step.actionType;
    }
    if (!step.subject.isEmpty())
        return tr("%1 “%2”").arg(action, step.subject);
    return action;
}

QStringList SequenceText::stepLines(QList<Store::SequenceStepRecord> steps)
{
    std::stable_sort(steps.begin(), steps.end(),
                     [](const auto &a, const auto &b) { return a.stepOrder < b.stepOrder; });
    QStringList lines;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto &step = steps.at(i);
        QString when;
        if (i == 0 && step.delayMillis <= 0)
            when = tr("Day 1");
        else if (step.delayMillis <= 0)
            when = tr("right after");
        else
            when = tr("after %1").arg(duration(step.delayMillis));
        lines << tr("%1: %2").arg(when, stepAction(step));
    }
    return lines;
}

QString SequenceText::sendWindow(const Store::SequenceRecord &sequence)
{
    const int start = sequence.sendWindowStartMinute;
    const int end = sequence.sendWindowEndMinute;
    if (start < 0 || end < 0 || start >= 24 * 60 || end > 24 * 60)
        return tr("not set");
    auto clock = [](int minute) {
        return QStringLiteral("%1:%2")
            .arg(minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
    };
    return tr("%1–%2").arg(clock(start), clock(end));
}

QString SequenceText::localDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return tr("—");
    // The locale's short format, without seconds (some locales' short time has them).
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    return locale.toString(utc.toLocalTime(), format);
}

QString SequenceText::userName(const QHash<QString, QString> &names, const QString &userId)
{
    const QString name = names.value(userId);
    if (!name.isEmpty())
        return name;
    if (userId.isEmpty())
        return tr("Unknown");
    return tr("User %1").arg(userId);
}

} // namespace SeqDesk::Ui
