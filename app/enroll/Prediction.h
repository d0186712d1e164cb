#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace SeqDesk::HubSpot {
struct Contact;
}

namespace SeqDesk::Enroll {

// What a dry run predicts for one contact (and, for skips, what the run will record).
enum class Plan {
    Enroll, // will be enrolled now
    AlreadyEnrolled, // in a sequence already (HubSpot allows one at a time)
    Unsubscribed, // opted out of email
    Bounced, // hard bounce or a bad address
    Blocked, // quarantined address
    NoEmail, // the contact has no email address
    NotFound, // no such contact (or archived)
    Duplicate, // the same contact earlier in the input
    Deferred, // the sender's rolling 24 h cap is used up: enrolled once eligibleAt passed
    NoSender, // a rule sends as the contact's owner, who cannot use the sequence (no fallback)
};

// Rules of the prediction, from a contact's HubSpot properties. Pure functions.
class Prediction final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Enroll::Prediction)

public:
    // The contact properties predict() reads (the batch reads ask for exactly these).
    static QStringList properties();
    // Plan for one contact; `detail` gets what the user needs to know (e.g. which sequence).
    static Plan predict(const HubSpot::Contact &contact, QString *detail);

    static bool isSkip(Plan plan);
    // User-facing name ("Already in a sequence") and a stable code for exports
    // ("already_enrolled").
    static QString name(Plan plan);
    static QString code(Plan plan);

    // HubSpot caps sends per sender inbox over a rolling 24 h. With `sends` the times of the
    // sender's enrollments in the last 24 h (any order) and `cap` the limit, when can each of
    // `wanted` further enrollments go? Invalid QDateTime = now; otherwise the time a slot frees
    // (the k-th oldest send leaves the window), and beyond the known sends one day per `cap`.
    static QList<QDateTime> eligibility(QList<QDateTime> sends, int cap, int wanted,
                                        const QDateTime &now);
};

} // namespace SeqDesk::Enroll
