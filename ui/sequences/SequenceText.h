#pragma once

#include "store/Records.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace SeqDesk::Ui {

// How the sequences page words and colours things: status names, badge colours, the status
// derivation, step delays in human units, send windows and dates in the user's local time.
class SequenceText final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Ui::SequenceText)

public:
    struct BadgeColors
    {
        QColor background;
        QColor foreground;
    };

    SequenceText() = delete;

    static QString statusName(Store::SequenceStatus status);
    static BadgeColors badgeColors(Store::SequenceStatus status);
    // Why this sequence has its status, in one sentence.
    static QString statusReason(const Store::SequenceRecord &sequence);
    // The whole derivation rule, for tooltips.
    static QString statusRules();
    // A row a running sync read and has not saved yet: its badge, colours and why.
    static QString unsavedName();
    static BadgeColors unsavedColors();
    static QString unsavedReason();

    // "2 days", "1 day 4 hours", "30 minutes"; "no delay" for 0.
    static QString duration(qint64 millis);
    // "Email", "Call task", "LinkedIn task"; the subject is appended when there is one.
    static QString stepAction(const Store::SequenceStepRecord &step);
    // "Day 1: Email" for the first step, then "after 2 days: Call task".
    static QStringList stepLines(QList<Store::SequenceStepRecord> steps);
    // "08:00–17:30", or "not set" when HubSpot did not say.
    static QString sendWindow(const Store::SequenceRecord &sequence);
    // Short date and time in the user's locale and time zone; "—" when unknown.
    static QString localDateTime(const QDateTime &utc);
    // "Ana Lima", or "User 42" when the id is not a known owner.
    static QString userName(const QHash<QString, QString> &names, const QString &userId);
};

} // namespace SeqDesk::Ui
