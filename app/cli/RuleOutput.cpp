#include "cli/RuleOutput.h"

#include "core/CellGuard.h"
#include "core/Redactor.h"
#include "enroll/Prediction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace SeqDesk::Cli {

using Store::RuleRecord;
using Store::RuleRunRecord;

namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs))
                       : QJsonValue(QJsonValue::Null);
}

// Portal ids are HubSpot's numbers (as --jobs --json gives them).
QJsonValue portalNumber(const QString &portalId)
{
    bool numeric = false;
    const qint64 n = portalId.toLongLong(&numeric);
    return numeric ? QJsonValue(n) : QJsonValue(portalId);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString cellTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QStringLiteral("-");
}

// Text from outside SeqDesk (names, emails, inputs, HubSpot's messages), guarded; SeqDesk's
// own numbers, codes, times and "-" go into rows as they are.
QString cell(const QString &text)
{
    return CellGuard::tsvCell(text);
}

QString row(const QStringList &cells)
{
    return cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
}

QString header(std::initializer_list<const char *> names)
{
    QStringList cells;
    for (const char *name : names)
        cells << QCoreApplication::translate("Cli", name);
    return row(cells);
}

QString named(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

QString senderCell(const RuleRecord &r)
{
    QString out = senderModeCode(r.senderMode);
    if (!r.senders.isEmpty())
        out += QStringLiteral(": ") + r.senders.join(QStringLiteral(", "));
    if (!r.fallbackSender.isEmpty())
        out += QStringLiteral(", ")
            + QCoreApplication::translate("Cli", "fallback %1").arg(r.fallbackSender);
    return out;
}

QString runStateCode(Store::RuleRunState state)
{
    switch (state) {
    case Store::RuleRunState::Running:
        return QStringLiteral("running");
    case Store::RuleRunState::Done:
        return QStringLiteral("done");
    case Store::RuleRunState::Stopped:
        return QStringLiteral("stopped");
    case Store::RuleRunState::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

// Who a dry run would enroll as whom, and why not the others: by contact.
struct PreviewLine
{
    QString contactId;
    QString email;
    QString outcome;
    QString sender;
    QString reason;
};

QString keyOf(const Enroll::PlannedContact &p)
{
    return p.contactId.isEmpty() ? p.input : p.contactId;
}

QList<PreviewLine> previewLines(const Rules::RuleRunResult &r)
{
    QHash<QString, PreviewLine> chosen;
    for (const Rules::SenderChoice::Job &j : r.choice.jobs) {
        for (const Enroll::PlannedContact &p : j.contacts)
            chosen.insert(
                keyOf(p),
                {keyOf(p), p.email, Enroll::Prediction::code(p.plan), j.inbox.email, QString()});
    }
    for (const Enroll::PlannedContact &p : r.choice.skipped) {
        chosen.insert(keyOf(p),
                      {keyOf(p), p.email, Enroll::Prediction::code(p.plan), QString(),
                       p.detail.isEmpty() ? Enroll::Prediction::name(p.plan) : p.detail});
    }
    QList<PreviewLine> lines;
    for (const Enroll::PlannedContact &p : r.plan) {
        const auto found = chosen.constFind(keyOf(p));
        if (found != chosen.cend()) {
            lines << *found;
            continue;
        }
        lines << PreviewLine {
            keyOf(p), p.email, QStringLiteral("waiting"), QString(),
            QCoreApplication::translate("Cli",
                                        "no room under the inboxes' caps or the rule's limits "
                                        "in this run")};
    }
    return lines;
}

QJsonValue countOrNull(const std::optional<RuleRunRecord> &run, int RuleRunRecord::*field)
{
    return run ? QJsonValue((*run).*field) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString senderModeCode(Store::RuleSenderMode mode)
{
    switch (mode) {
    case Store::RuleSenderMode::Single:
        return QStringLiteral("single");
    case Store::RuleSenderMode::Rotation:
        return QStringLiteral("rotation");
    case Store::RuleSenderMode::ContactOwner:
        return QStringLiteral("owner");
    }
    return QString();
}

QString ruleStateCode(Store::RuleState state)
{
    switch (state) {
    case Store::RuleState::Enabled:
        return QStringLiteral("enabled");
    case Store::RuleState::Paused:
        return QStringLiteral("paused");
    case Store::RuleState::Stopped:
        return QStringLiteral("stopped");
    }
    return QString();
}

QString resultCode(RuleOutcome::Result result)
{
    switch (result) {
    case RuleOutcome::Result::Done:
        return QStringLiteral("done");
    case RuleOutcome::Result::Stopped:
        return QStringLiteral("stopped");
    case RuleOutcome::Result::Failed:
        return QStringLiteral("failed");
    case RuleOutcome::Result::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

QString rulesTable(const QList<RuleListing> &rules)
{
    QString out
        = header({QT_TRANSLATE_NOOP("Cli", "ID"), QT_TRANSLATE_NOOP("Cli", "NAME"),
                  QT_TRANSLATE_NOOP("Cli", "LIST"), QT_TRANSLATE_NOOP("Cli", "SEQUENCE"),
                  QT_TRANSLATE_NOOP("Cli", "SENDER"), QT_TRANSLATE_NOOP("Cli", "STATE"),
                  QT_TRANSLATE_NOOP("Cli", "LAST RUN"), QT_TRANSLATE_NOOP("Cli", "NEXT RUN"),
                  QT_TRANSLATE_NOOP("Cli", "MEMBERS"), QT_TRANSLATE_NOOP("Cli", "NEW"),
                  QT_TRANSLATE_NOOP("Cli", "ENROLLED"), QT_TRANSLATE_NOOP("Cli", "SKIPPED"),
                  QT_TRANSLATE_NOOP("Cli", "FAILED"), QT_TRANSLATE_NOOP("Cli", "DEFERRED")});
    for (const RuleListing &l : rules) {
        const RuleRecord &r = l.rule;
        QString state = ruleStateCode(r.state);
        if (!r.stopReason.isEmpty())
            state += QStringLiteral(": ") + r.stopReason;
        QStringList cells {QString::number(r.id),
                           cell(r.name),
                           cell(named(r.listName, r.listId)),
                           cell(named(l.sequenceName, r.sequenceId)),
                           cell(senderCell(r)),
                           cell(state),
                           cellTime(r.lastRunAt),
                           cellTime(r.nextRunAt)};
        if (const auto &run = l.lastRun) {
            for (int n : {run->members, run->newMembers, run->enrolled, run->skipped, run->failed,
                          run->deferred})
                cells << QString::number(n);
        } else {
            for (int i = 0; i < 6; ++i)
                cells << QStringLiteral("-");
        }
        out += row(cells);
    }
    return out;
}

QJsonObject ruleJson(const RuleListing &l)
{
    const RuleRecord &r = l.rule;
    QJsonValue lastRun(QJsonValue::Null);
    if (const auto &run = l.lastRun) {
        lastRun
            = QJsonObject {{QStringLiteral("id"), run->id},
                           {QStringLiteral("state"), runStateCode(run->state)},
                           {QStringLiteral("startedAt"), isoOrNull(run->startedAt)},
                           {QStringLiteral("finishedAt"), isoOrNull(run->finishedAt)},
                           {QStringLiteral("message"), textOrNull(Redactor::scrub(run->message))},
                           {QStringLiteral("members"), run->members},
                           {QStringLiteral("newMembers"), run->newMembers},
                           {QStringLiteral("planned"), run->planned},
                           {QStringLiteral("enrolled"), run->enrolled},
                           {QStringLiteral("skipped"), run->skipped},
                           {QStringLiteral("failed"), run->failed},
                           {QStringLiteral("deferred"), run->deferred},
                           {QStringLiteral("pending"), run->pending}};
    }
    return QJsonObject {{QStringLiteral("id"), r.id},
                        {QStringLiteral("portalId"), portalNumber(r.portalId)},
                        {QStringLiteral("name"), r.name},
                        {QStringLiteral("listId"), r.listId},
                        {QStringLiteral("listName"), textOrNull(r.listName)},
                        {QStringLiteral("sequenceId"), r.sequenceId},
                        {QStringLiteral("sequenceName"), textOrNull(l.sequenceName)},
                        {QStringLiteral("senderMode"), senderModeCode(r.senderMode)},
                        {QStringLiteral("senders"), QJsonArray::fromStringList(r.senders)},
                        {QStringLiteral("fallbackSender"), textOrNull(r.fallbackSender)},
                        {QStringLiteral("perRun"), r.perRun},
                        {QStringLiteral("perDay"), r.perDay},
                        {QStringLiteral("everyMinutes"), r.everyMinutes},
                        {QStringLiteral("againAfterDays"), r.againAfterDays},
                        {QStringLiteral("dailyCap"), r.dailyCap},
                        {QStringLiteral("state"), ruleStateCode(r.state)},
                        {QStringLiteral("stopReason"), textOrNull(r.stopReason)},
                        {QStringLiteral("createdAt"), isoOrNull(r.createdAt)},
                        {QStringLiteral("lastRunAt"), isoOrNull(r.lastRunAt)},
                        {QStringLiteral("nextRunAt"), isoOrNull(r.nextRunAt)},
                        {QStringLiteral("lastRun"), lastRun}};
}

QByteArray rulesJson(const QList<RuleListing> &rules)
{
    QJsonArray out;
    for (const RuleListing &l : rules)
        out.append(ruleJson(l));
    if (out.isEmpty())
        return "[]\n"; // Qt would indent it as "[\n]"
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QString runTable(const QList<RuleOutcome> &outcomes)
{
    QString out = header({QT_TRANSLATE_NOOP("Cli", "RULE"), QT_TRANSLATE_NOOP("Cli", "NAME"),
                          QT_TRANSLATE_NOOP("Cli", "MEMBERS"), QT_TRANSLATE_NOOP("Cli", "NEW"),
                          QT_TRANSLATE_NOOP("Cli", "ENROLLED"), QT_TRANSLATE_NOOP("Cli", "SKIPPED"),
                          QT_TRANSLATE_NOOP("Cli", "FAILED"), QT_TRANSLATE_NOOP("Cli", "WAITING"),
                          QT_TRANSLATE_NOOP("Cli", "RESULT")});
    for (const RuleOutcome &o : outcomes) {
        QStringList cells {QString::number(o.rule.id), cell(o.rule.name)};
        if (const auto &run = o.run) {
            for (int n : {run->members, run->newMembers, run->enrolled, run->skipped, run->failed,
                          run->deferred + run->pending + o.noRoom})
                cells << QString::number(n);
        } else {
            for (int i = 0; i < 6; ++i)
                cells << QStringLiteral("-");
        }
        QString result = resultCode(o.result);
        if (o.result != RuleOutcome::Result::Done && !o.message.isEmpty())
            result += QStringLiteral(": ") + Redactor::scrub(o.message);
        cells << cell(result);
        out += row(cells);
    }
    return out;
}

QByteArray runJson(const QList<RuleOutcome> &outcomes)
{
    QJsonArray out;
    for (const RuleOutcome &o : outcomes) {
        QJsonArray jobs;
        for (qint64 id : o.jobIds)
            jobs.append(id);
        const std::optional<RuleRunRecord> &run = o.run;
        QJsonObject object {
            {QStringLiteral("id"), o.rule.id},
            {QStringLiteral("name"), o.rule.name},
            {QStringLiteral("portalId"), portalNumber(o.rule.portalId)},
            {QStringLiteral("listId"), o.rule.listId},
            {QStringLiteral("listName"), textOrNull(o.rule.listName)},
            {QStringLiteral("sequenceId"), o.rule.sequenceId},
            {QStringLiteral("result"), resultCode(o.result)},
            {QStringLiteral("message"), textOrNull(Redactor::scrub(o.message))},
            {QStringLiteral("dryRun"), o.dryRun},
            {QStringLiteral("runId"),
             run && run->id > 0 ? QJsonValue(run->id) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("members"), countOrNull(run, &RuleRunRecord::members)},
            {QStringLiteral("newMembers"), countOrNull(run, &RuleRunRecord::newMembers)},
            {QStringLiteral("planned"), countOrNull(run, &RuleRunRecord::planned)},
            {QStringLiteral("enrolled"), countOrNull(run, &RuleRunRecord::enrolled)},
            {QStringLiteral("skipped"), countOrNull(run, &RuleRunRecord::skipped)},
            {QStringLiteral("failed"), countOrNull(run, &RuleRunRecord::failed)},
            {QStringLiteral("deferred"), countOrNull(run, &RuleRunRecord::deferred)},
            {QStringLiteral("pending"), countOrNull(run, &RuleRunRecord::pending)},
            {QStringLiteral("noRoom"), run ? QJsonValue(o.noRoom) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("jobs"), jobs}};
        if (o.preview) {
            QJsonArray plan;
            for (const PreviewLine &line : previewLines(*o.preview)) {
                plan.append(QJsonObject {{QStringLiteral("contactId"), line.contactId},
                                         {QStringLiteral("email"), textOrNull(line.email)},
                                         {QStringLiteral("outcome"), line.outcome},
                                         {QStringLiteral("sender"), textOrNull(line.sender)},
                                         {QStringLiteral("reason"), textOrNull(line.reason)}});
            }
            object.insert(QStringLiteral("plan"), plan);
        }
        out.append(object);
    }
    if (out.isEmpty())
        return "[]\n";
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QString previewTable(const QList<RuleOutcome> &outcomes)
{
    QString out = header({QT_TRANSLATE_NOOP("Cli", "RULE"), QT_TRANSLATE_NOOP("Cli", "CONTACT"),
                          QT_TRANSLATE_NOOP("Cli", "EMAIL"), QT_TRANSLATE_NOOP("Cli", "OUTCOME"),
                          QT_TRANSLATE_NOOP("Cli", "DETAIL")});
    for (const RuleOutcome &o : outcomes) {
        if (!o.preview)
            continue;
        for (const PreviewLine &line : previewLines(*o.preview)) {
            out += row({QString::number(o.rule.id), cell(line.contactId), cell(line.email),
                        line.outcome, cell(line.sender.isEmpty() ? line.reason : line.sender)});
        }
    }
    return out;
}

} // namespace SeqDesk::Cli
