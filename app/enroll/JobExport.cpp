#include "enroll/JobExport.h"

#include "core/CellGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace SeqDesk::Enroll {

using Store::EnrollmentItemRecord;
using Store::ItemState;

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonArray invalidJson(const QList<InputProblem> &invalid)
{
    QJsonArray out;
    for (const InputProblem &p : invalid)
        out.append(QJsonObject {{QStringLiteral("line"), p.line},
                                {QStringLiteral("text"), p.text},
                                {QStringLiteral("reason"), p.reason}});
    return out;
}

QString planReason(const PlannedContact &p)
{
    return p.detail.isEmpty() ? Prediction::name(p.plan)
                              : Prediction::name(p.plan) + QStringLiteral(": ") + p.detail;
}

} // namespace

QString itemStateCode(ItemState state)
{
    switch (state) {
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

QString jobStateCode(Store::JobState state)
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

QJsonObject jobCountsJson(const Store::JobCounts &c)
{
    return {{QStringLiteral("enrolled"), c.enrolled}, {QStringLiteral("skipped"), c.skipped},
            {QStringLiteral("failed"), c.failed},     {QStringLiteral("deferred"), c.deferred},
            {QStringLiteral("pending"), c.pending},   {QStringLiteral("inFlight"), c.inFlight},
            {QStringLiteral("total"), c.total()}};
}

QString itemReason(const EnrollmentItemRecord &item)
{
    switch (item.state) {
    case ItemState::Enrolled:
        return item.hubspotCode == QLatin1String("RECOVERED")
            ? QCoreApplication::translate("JobExport", "enrolled (confirmed after an interruption)")
            : QCoreApplication::translate("JobExport", "enrolled");
    case ItemState::Deferred:
        return QCoreApplication::translate("JobExport",
                                           "the sender's rolling 24 h send cap is reached");
    case ItemState::Pending:
    case ItemState::InFlight:
        return QCoreApplication::translate("JobExport", "not sent yet");
    default:
        return item.hubspotMessage.isEmpty() ? item.hubspotCode : item.hubspotMessage;
    }
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QString csvField(const QString &value)
{
    QString v = CellGuard::defused(value);
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::any_of(v.cbegin(), v.cend(), [](QChar c) { return special.contains(c); }))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return v;
}

QByteArray planJson(const QList<PlannedContact> &plan, const QList<InputProblem> &invalid,
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
                       {QStringLiteral("reason"), planReason(p)}};
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

QByteArray planCsv(const QList<PlannedContact> &plan, const QList<InputProblem> &invalid)
{
    QByteArray out
        = csvLine({QStringLiteral("line"), QStringLiteral("input"), QStringLiteral("contact_id"),
                   QStringLiteral("email"), QStringLiteral("outcome"), QStringLiteral("detail"),
                   QStringLiteral("eligible_at")});
    for (const PlannedContact &p : plan) {
        out += csvLine({QString::number(p.line), p.input, p.contactId, p.email,
                        Prediction::code(p.plan), p.detail, iso(p.eligibleAt)});
    }
    for (const InputProblem &p : invalid) {
        out += csvLine({QString::number(p.line), p.text, QString(), QString(),
                        QStringLiteral("invalid"), p.reason, QString()});
    }
    return out;
}

QByteArray jobJson(const Store::EnrollmentJobRecord &job, const QList<EnrollmentItemRecord> &items,
                   const QList<InputProblem> &invalid)
{
    // One array per state, filled in place (copying them out of an object per item made a
    // 100,000-contact export take minutes).
    QHash<ItemState, QJsonArray> lists;
    for (const EnrollmentItemRecord &item : items) {
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
        lists[item.state == ItemState::InFlight ? ItemState::Pending : item.state].append(o);
    }
    const QJsonObject counts {
        {QStringLiteral("enrolled"), job.counts.enrolled},
        {QStringLiteral("skipped"), job.counts.skipped},
        {QStringLiteral("failed"), job.counts.failed},
        {QStringLiteral("deferred"), job.counts.deferred},
        {QStringLiteral("pending"), job.counts.pending + job.counts.inFlight}};
    QJsonObject doc {{QStringLiteral("job"), job.id},
                     {QStringLiteral("state"), jobStateCode(job.state)},
                     {QStringLiteral("message"), job.message},
                     {QStringLiteral("sequenceId"), job.sequenceId},
                     {QStringLiteral("senderEmail"), job.senderEmail},
                     {QStringLiteral("counts"), counts},
                     {QStringLiteral("invalid"), invalidJson(invalid)}};
    if (job.resumeAt.isValid())
        doc.insert(QStringLiteral("resumeAt"), iso(job.resumeAt));
    if (!job.sourceListId.isEmpty()) {
        doc.insert(QStringLiteral("sourceListId"), job.sourceListId);
        doc.insert(QStringLiteral("sourceListName"), job.sourceListName);
    }
    for (ItemState s : {ItemState::Enrolled, ItemState::Skipped, ItemState::Failed,
                        ItemState::Deferred, ItemState::Pending})
        doc.insert(itemStateCode(s), lists.value(s));
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray jobCsv(const QList<EnrollmentItemRecord> &items)
{
    QByteArray out = csvLine(
        {QStringLiteral("line"), QStringLiteral("input"), QStringLiteral("contact_id"),
         QStringLiteral("email"), QStringLiteral("state"), QStringLiteral("code"),
         QStringLiteral("reason"), QStringLiteral("enrollment_id"), QStringLiteral("attempted_at"),
         QStringLiteral("finished_at"), QStringLiteral("eligible_at")});
    for (const EnrollmentItemRecord &item : items) {
        out += csvLine({QString::number(item.inputLine), item.inputText, item.contactId, item.email,
                        itemStateCode(item.state), item.hubspotCode, itemReason(item),
                        item.enrollmentId, iso(item.attemptedAt), iso(item.finishedAt),
                        iso(item.eligibleAt)});
    }
    return out;
}

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("JobExport", "Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace SeqDesk::Enroll
