#include "cli/EnrollOutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SeqDesk::Cli {

using Enroll::Plan;
using Enroll::PlannedContact;
using Enroll::Prediction;
using Store::ItemState;

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonArray invalidJson(const QList<Enroll::InputProblem> &invalid)
{
    QJsonArray out;
    for (const Enroll::InputProblem &p : invalid)
        out.append(QJsonObject {{QStringLiteral("line"), p.line},
                                {QStringLiteral("text"), p.text},
                                {QStringLiteral("reason"), p.reason}});
    return out;
}

QString itemStateName(ItemState s)
{
    switch (s) {
    case ItemState::Pending:
        return QStringLiteral("pending");
    case ItemState::InFlight:
        return QStringLiteral("in_flight");
    case ItemState::Enrolled:
        return QStringLiteral("enrolled");
    case ItemState::Skipped:
        return QStringLiteral("skipped");
    case ItemState::Failed:
        return QStringLiteral("failed");
    case ItemState::Deferred:
        return QStringLiteral("deferred");
    }
    return QString();
}

QString itemReason(const Store::EnrollmentItemRecord &item)
{
    switch (item.state) {
    case ItemState::Enrolled:
        return item.hubspotCode == QLatin1String("RECOVERED")
            ? QCoreApplication::translate("Cli", "enrolled (confirmed after an interruption)")
            : QCoreApplication::translate("Cli", "enrolled");
    case ItemState::Deferred:
        return QCoreApplication::translate("Cli", "the sender's rolling 24 h send cap is reached");
    case ItemState::Pending:
    case ItemState::InFlight:
        return QCoreApplication::translate("Cli", "not sent yet");
    default:
        return item.hubspotMessage.isEmpty() ? item.hubspotCode : item.hubspotMessage;
    }
}

} // namespace

QString stateName(Store::JobState state)
{
    switch (state) {
    case Store::JobState::Draft:
        return QStringLiteral("draft");
    case Store::JobState::Running:
        return QStringLiteral("running");
    case Store::JobState::Paused:
        return QStringLiteral("paused");
    case Store::JobState::Cancelled:
        return QStringLiteral("cancelled");
    case Store::JobState::Completed:
        return QStringLiteral("completed");
    case Store::JobState::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

QByteArray planJson(const QList<PlannedContact> &plan, const QList<Enroll::InputProblem> &invalid,
                    const QString &sequenceId, const QString &senderEmail)
{
    QJsonArray wouldEnroll;
    QJsonArray skipped;
    QJsonArray deferred;
    for (const PlannedContact &p : plan) {
        QJsonObject o {{QStringLiteral("contactId"), p.contactId},
                       {QStringLiteral("email"), p.email},
                       {QStringLiteral("input"), p.input},
                       {QStringLiteral("line"), p.line},
                       {QStringLiteral("outcome"), Prediction::code(p.plan)},
                       {QStringLiteral("reason"),
                        p.detail.isEmpty()
                            ? Prediction::name(p.plan)
                            : Prediction::name(p.plan) + QStringLiteral(": ") + p.detail}};
        if (p.plan == Plan::Enroll) {
            wouldEnroll.append(o);
        } else if (p.plan == Plan::Deferred) {
            o.insert(QStringLiteral("eligibleAt"), iso(p.eligibleAt));
            deferred.append(o);
        } else {
            skipped.append(o);
        }
    }
    const QJsonObject counts {{QStringLiteral("wouldEnroll"), wouldEnroll.size()},
                              {QStringLiteral("skipped"), skipped.size()},
                              {QStringLiteral("deferred"), deferred.size()},
                              {QStringLiteral("invalid"), int(invalid.size())}};
    const QJsonObject doc {{QStringLiteral("dryRun"), true},
                           {QStringLiteral("sequenceId"), sequenceId},
                           {QStringLiteral("senderEmail"), senderEmail},
                           {QStringLiteral("counts"), counts},
                           {QStringLiteral("wouldEnroll"), wouldEnroll},
                           // The classic keys, empty: a dry run enrolls nobody.
                           {QStringLiteral("enrolled"), QJsonArray()},
                           {QStringLiteral("failed"), QJsonArray()},
                           {QStringLiteral("skipped"), skipped},
                           {QStringLiteral("deferred"), deferred},
                           {QStringLiteral("invalid"), invalidJson(invalid)}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QString planTable(const QList<PlannedContact> &plan)
{
    QString out;
    for (const PlannedContact &p : plan) {
        QString detail = p.detail;
        if (p.plan == Plan::Deferred)
            detail = iso(p.eligibleAt);
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                   .arg(p.line)
                   .arg(p.contactId, p.email, Prediction::code(p.plan), detail);
    }
    return out;
}

QByteArray jobJson(const Store::EnrollmentJobRecord &job,
                   const QList<Store::EnrollmentItemRecord> &items,
                   const QList<Enroll::InputProblem> &invalid)
{
    QJsonObject lists;
    for (const char *key : {"enrolled", "skipped", "failed", "deferred", "pending"})
        lists.insert(QLatin1String(key), QJsonArray());
    for (const Store::EnrollmentItemRecord &item : items) {
        QJsonObject o {{QStringLiteral("contactId"), item.contactId},
                       {QStringLiteral("email"), item.email},
                       {QStringLiteral("line"), item.inputLine},
                       {QStringLiteral("reason"), itemReason(item)}};
        if (!item.hubspotCode.isEmpty())
            o.insert(QStringLiteral("code"), item.hubspotCode);
        if (!item.enrollmentId.isEmpty())
            o.insert(QStringLiteral("enrollmentId"), item.enrollmentId);
        if (item.state == ItemState::Deferred)
            o.insert(QStringLiteral("eligibleAt"), iso(item.eligibleAt));
        const QString key = item.state == ItemState::InFlight ? QStringLiteral("pending")
                                                              : itemStateName(item.state);
        QJsonArray list = lists.value(key).toArray();
        list.append(o);
        lists.insert(key, list);
    }
    const QJsonObject counts {
        {QStringLiteral("enrolled"), job.counts.enrolled},
        {QStringLiteral("skipped"), job.counts.skipped},
        {QStringLiteral("failed"), job.counts.failed},
        {QStringLiteral("deferred"), job.counts.deferred},
        {QStringLiteral("pending"), job.counts.pending + job.counts.inFlight}};
    QJsonObject doc {{QStringLiteral("job"), job.id},
                     {QStringLiteral("state"), stateName(job.state)},
                     {QStringLiteral("message"), job.message},
                     {QStringLiteral("sequenceId"), job.sequenceId},
                     {QStringLiteral("senderEmail"), job.senderEmail},
                     {QStringLiteral("counts"), counts},
                     {QStringLiteral("invalid"), invalidJson(invalid)}};
    if (job.resumeAt.isValid())
        doc.insert(QStringLiteral("resumeAt"), iso(job.resumeAt));
    for (auto it = lists.constBegin(); it != lists.constEnd(); ++it)
        doc.insert(it.key(), it.value());
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QString jobTable(const QList<Store::EnrollmentItemRecord> &items)
{
    QString out;
    for (const Store::EnrollmentItemRecord &item : items) {
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                   .arg(item.inputLine)
                   .arg(item.contactId, item.email, itemStateName(item.state), itemReason(item));
    }
    return out;
}

} // namespace SeqDesk::Cli
