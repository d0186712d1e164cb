#include "Prediction.h"

#include "enroll/SendCap.h"
#include "hubspot/Types.h"

#include <algorithm>

namespace SeqDesk::Enroll {

namespace {

const QString kEmail = QStringLiteral("email");
const QString kEnrolled = QStringLiteral("hs_sequences_is_enrolled");
const QString kActiveCount = QStringLiteral("hs_sequences_actively_enrolled_count");
const QString kLatestSequence = QStringLiteral("hs_latest_sequence_enrolled");
const QString kOptOut = QStringLiteral("hs_email_optout");
const QString kBounceReason = QStringLiteral("hs_email_hard_bounce_reason_enum");
const QString kBadAddress = QStringLiteral("hs_email_bad_address");
const QString kQuarantined = QStringLiteral("hs_email_quarantined");
const QString kOwner = QStringLiteral("hubspot_owner_id");

bool isTrue(const QString &value)
{
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

QStringList Prediction::properties()
{
    return {kEmail,        kEnrolled,   kActiveCount, kLatestSequence, kOptOut,
            kBounceReason, kBadAddress, kQuarantined, kOwner};
}

Plan Prediction::predict(const HubSpot::Contact &contact, QString *detail)
{
    const auto prop = [&contact](const QString &name) {
        return contact.properties.value(name);
    };
    if (detail)
        detail->clear();
    if (contact.archived)
        return Plan::NotFound;
    if (prop(kEmail).trimmed().isEmpty())
        return Plan::NoEmail;
    if (isTrue(prop(kEnrolled)) || prop(kActiveCount).toInt() > 0) {
        if (detail && !prop(kLatestSequence).isEmpty())
            *detail = prop(kLatestSequence); // a sequence id; the caller may name it
        return Plan::AlreadyEnrolled;
    }
    if (isTrue(prop(kOptOut)))
        return Plan::Unsubscribed;
    if (!prop(kBounceReason).isEmpty() || isTrue(prop(kBadAddress))) {
        if (detail)
            *detail = prop(kBounceReason);
        return Plan::Bounced;
    }
    if (isTrue(prop(kQuarantined)))
        return Plan::Blocked;
    return Plan::Enroll;
}

bool Prediction::isSkip(Plan plan)
{
    return plan != Plan::Enroll && plan != Plan::Deferred;
}

QString Prediction::name(Plan plan)
{
    switch (plan) {
    case Plan::Enroll:
        return tr("Will enroll");
    case Plan::AlreadyEnrolled:
        return tr("Already in a sequence");
    case Plan::Unsubscribed:
        return tr("Unsubscribed");
    case Plan::Bounced:
        return tr("Bounced");
    case Plan::Blocked:
        return tr("Blocked address");
    case Plan::NoEmail:
        return tr("No email address");
    case Plan::NotFound:
        return tr("Not found");
    case Plan::Duplicate:
        return tr("Duplicate");
    case Plan::Deferred:
        return tr("Deferred (send cap)");
    case Plan::NoSender:
        return tr("No sender (owner cannot use the sequence)");
    }
    return QString();
}

QString Prediction::code(Plan plan)
{
    switch (plan) {
    case Plan::Enroll:
        return QStringLiteral("enroll");
    case Plan::AlreadyEnrolled:
        return QStringLiteral("already_enrolled");
    case Plan::Unsubscribed:
        return QStringLiteral("unsubscribed");
    case Plan::Bounced:
        return QStringLiteral("bounced");
    case Plan::Blocked:
        return QStringLiteral("blocked");
    case Plan::NoEmail:
        return QStringLiteral("no_email");
    case Plan::NotFound:
        return QStringLiteral("not_found");
    case Plan::Duplicate:
        return QStringLiteral("duplicate");
    case Plan::Deferred:
        return QStringLiteral("deferred");
    case Plan::NoSender:
        return QStringLiteral("no_sender");
    }
    return QString();
}

QList<QDateTime> Prediction::eligibility(QList<QDateTime> sends, int cap, int wanted,
                                         const QDateTime &now)
{
    QList<QDateTime> out;
    out.reserve(wanted);
    cap = std::max(cap, 1); // a cap of 0 would never send; settings keep it at 1 or more
    const QDateTime windowStart = SendCap::windowStart(now);
    sends.erase(
        std::remove_if(sends.begin(), sends.end(),
                       [&](const QDateTime &t) { return !t.isValid() || t <= windowStart; }),
        sends.end());
    std::sort(sends.begin(), sends.end());
    // Simulate: each enrollment takes a slot; when none is free, the next one frees when the
    // oldest send in the window is a day old.
    QList<QDateTime> window = sends; // ascending; sends that still count at time `t`
    QDateTime t = now;
    for (int i = 0; i < wanted; ++i) {
        while (!window.isEmpty() && window.first().addMSecs(SendCap::kWindowMs) <= t)
            window.removeFirst();
        if (window.size() >= cap) {
            t = window.first().addMSecs(SendCap::kWindowMs);
            window.removeFirst();
        }
        out.append(t == now ? QDateTime() : t);
        window.append(t);
    }
    return out;
}

} // namespace SeqDesk::Enroll
