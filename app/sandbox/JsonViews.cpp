#include "sandbox/JsonViews.h"

#include <QJsonArray>

namespace SeqDesk::Sandbox::JsonViews {

namespace {

QString id(qint64 value)
{
    return QString::number(value);
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

void stamp(QJsonObject &o, const QDateTime &created, const QDateTime &updated)
{
    o.insert(QStringLiteral("createdAt"), isoTime(created));
    o.insert(QStringLiteral("updatedAt"), isoTime(updated));
}

QJsonObject step(const SequenceStep &s)
{
    QJsonObject o {{QStringLiteral("id"), id(s.id)},
                   {QStringLiteral("stepOrder"), s.stepOrder},
                   {QStringLiteral("actionType"), s.actionType},
                   {QStringLiteral("delayMillis"), s.delayMillis}};
    stamp(o, s.createdAt, s.updatedAt);
    if (s.actionType == QLatin1String("EMAIL")) {
        QJsonObject p {{QStringLiteral("id"), id(s.patternId)},
                       {QStringLiteral("templateId"), id(s.templateId)}};
        if (s.threadEmailToStepOrder >= 0)
            p.insert(QStringLiteral("threadEmailToStepOrder"), s.threadEmailToStepOrder);
        stamp(p, s.createdAt, s.updatedAt);
        o.insert(QStringLiteral("emailPattern"), p);
    } else if (s.actionType == QLatin1String("TASK")) {
        QJsonObject p {{QStringLiteral("id"), id(s.patternId)},
                       {QStringLiteral("taskType"), s.taskType},
                       {QStringLiteral("taskPriority"), s.taskPriority},
                       {QStringLiteral("subject"), s.subject},
                       {QStringLiteral("notes"), s.notes}};
        stamp(p, s.createdAt, s.updatedAt);
        o.insert(QStringLiteral("taskPattern"), p);
    }
    return o;
}

} // namespace

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject owner(const Owner &ow)
{
    QJsonObject o {{QStringLiteral("id"), id(ow.id)},
                   {QStringLiteral("type"), ow.type},
                   {QStringLiteral("archived"), ow.archived},
                   {QStringLiteral("firstName"), ow.firstName},
                   {QStringLiteral("lastName"), ow.lastName}};
    if (!ow.email.isEmpty())
        o.insert(QStringLiteral("email"), ow.email);
    if (ow.userId)
        o.insert(QStringLiteral("userId"), *ow.userId);
    if (ow.userIdIncludingInactive)
        o.insert(QStringLiteral("userIdIncludingInactive"), *ow.userIdIncludingInactive);
    QJsonArray teams;
    for (const TeamMembership &t : ow.teams) {
        teams.append(QJsonObject {{QStringLiteral("id"), t.id},
                                  {QStringLiteral("name"), t.name},
                                  {QStringLiteral("primary"), t.primary}});
    }
    o.insert(QStringLiteral("teams"), teams);
    stamp(o, ow.createdAt, ow.updatedAt);
    return o;
}

QJsonObject sequenceLite(const Sequence &s)
{
    QJsonObject o {{QStringLiteral("id"), id(s.id)},
                   {QStringLiteral("name"), s.name},
                   {QStringLiteral("userId"), id(s.userId)}};
    if (s.folderId)
        o.insert(QStringLiteral("folderId"), id(*s.folderId));
    stamp(o, s.createdAt, s.updatedAt);
    return o;
}

QJsonObject sequenceDetail(const Sequence &s)
{
    QJsonObject o = sequenceLite(s);
    QJsonArray steps;
    for (const SequenceStep &st : s.steps)
        steps.append(step(st));
    o.insert(QStringLiteral("steps"), steps);
    QJsonArray deps;
    for (const SequenceDependency &d : s.dependencies) {
        QJsonObject dj {{QStringLiteral("id"), id(d.id)},
                        {QStringLiteral("dependencyType"), d.dependencyType},
                        {QStringLiteral("reliesOnSequenceStepId"), id(d.reliesOnStepId)},
                        {QStringLiteral("reliesOnStepOrder"), d.reliesOnStepOrder},
                        {QStringLiteral("requiredBySequenceStepId"), id(d.requiredByStepId)},
                        {QStringLiteral("requiredByStepOrder"), d.requiredByStepOrder}};
        stamp(dj, d.createdAt, d.updatedAt);
        deps.append(dj);
    }
    o.insert(QStringLiteral("dependencies"), deps);
    if (s.settings) {
        const SequenceSettings &st = *s.settings;
        QJsonObject sj {
            {QStringLiteral("id"), id(st.id)},
            {QStringLiteral("eligibleFollowUpDays"), st.eligibleFollowUpDays},
            {QStringLiteral("individualTaskRemindersEnabled"), st.individualTaskRemindersEnabled},
            {QStringLiteral("sellingStrategy"), st.sellingStrategy},
            {QStringLiteral("sendWindowStartMinute"), st.sendWindowStartMinute},
            {QStringLiteral("sendWindowEndMinute"), st.sendWindowEndMinute},
            {QStringLiteral("taskReminderMinute"), st.taskReminderMinute}};
        stamp(sj, st.createdAt, st.updatedAt);
        o.insert(QStringLiteral("settings"), sj);
    }
    return o;
}

QJsonObject enrollmentLite(const Enrollment &e)
{
    return {{QStringLiteral("id"), id(e.id)},
            {QStringLiteral("toEmail"), e.toEmail},
            {QStringLiteral("enrolledAt"), isoTime(e.enrolledAt)},
            {QStringLiteral("updatedAt"), isoTime(e.updatedAt)}};
}

QJsonObject enrollment(const Enrollment &e)
{
    QJsonObject o = enrollmentLite(e);
    o.insert(QStringLiteral("sequenceId"), id(e.sequenceId));
    o.insert(QStringLiteral("sequenceName"), e.sequenceName);
    o.insert(QStringLiteral("enrolledBy"), id(e.userId));
    o.insert(QStringLiteral("enrolledByEmail"), e.userEmail);
    return o;
}

QJsonObject list(const ContactList &l, const QStringList &extra)
{
    const auto timeMs = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(QString::number(t.toMSecsSinceEpoch()))
                           : QJsonValue(QJsonValue::Null);
    };
    QJsonObject props {{QStringLiteral("hs_list_size"), QString::number(l.members.size())},
                       {QStringLiteral("hs_last_record_added_at"), timeMs(l.lastAddedAt)},
                       {QStringLiteral("hs_last_record_removed_at"), timeMs(l.lastRemovedAt)},
                       {QStringLiteral("hs_folder_name"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("hs_list_reference_count"), QStringLiteral("0")}};
    for (const QString &name : extra) { // asked for but unknown: present as null
        if (!props.contains(name))
            props.insert(name, QJsonValue(QJsonValue::Null));
    }
    QJsonObject o {{QStringLiteral("listId"), id(l.listId)},
                   {QStringLiteral("name"), l.name},
                   {QStringLiteral("objectTypeId"), l.objectTypeId},
                   {QStringLiteral("processingType"), l.processingType},
                   {QStringLiteral("processingStatus"), QStringLiteral("COMPLETE")},
                   {QStringLiteral("listVersion"), l.listVersion},
                   {QStringLiteral("additionalProperties"), props}};
    stamp(o, l.createdAt, l.updatedAt);
    return o;
}

const QStringList &contactPropertyNames()
{
    static const QStringList names {QStringLiteral("email"),
                                    QStringLiteral("firstname"),
                                    QStringLiteral("lastname"),
                                    QStringLiteral("company"),
                                    QStringLiteral("jobtitle"),
                                    QStringLiteral("lifecyclestage"),
                                    QStringLiteral("hubspot_owner_id"),
                                    QStringLiteral("owneremail"),
                                    QStringLiteral("ownername"),
                                    QStringLiteral("hs_object_id"),
                                    QStringLiteral("createdate"),
                                    QStringLiteral("lastmodifieddate"),
                                    QStringLiteral("hs_sequences_is_enrolled"),
                                    QStringLiteral("hs_sequences_actively_enrolled_count"),
                                    QStringLiteral("hs_sequences_enrolled_count"),
                                    QStringLiteral("hs_latest_sequence_enrolled"),
                                    QStringLiteral("hs_latest_sequence_enrolled_date"),
                                    QStringLiteral("hs_email_optout"),
                                    QStringLiteral("hs_email_hard_bounce_reason_enum"),
                                    QStringLiteral("hs_email_bad_address"),
                                    QStringLiteral("hs_email_quarantined")};
    return names;
}

QJsonValue contactProperty(const Contact &c, const QString &name)
{
    if (name == QLatin1String("email"))
        return orNull(c.email);
    if (name == QLatin1String("firstname"))
        return orNull(c.firstName);
    if (name == QLatin1String("lastname"))
        return orNull(c.lastName);
    if (name == QLatin1String("company"))
        return orNull(c.company);
    if (name == QLatin1String("jobtitle"))
        return orNull(c.jobTitle);
    if (name == QLatin1String("lifecyclestage"))
        return orNull(c.lifecycleStage);
    if (name == QLatin1String("hubspot_owner_id"))
        return c.ownerId ? QJsonValue(id(*c.ownerId)) : QJsonValue(QJsonValue::Null);
    if (name == QLatin1String("owneremail") || name == QLatin1String("ownername"))
        return QJsonValue(QJsonValue::Null); // HubSpot's legacy owner properties: unfilled
    if (name == QLatin1String("hs_object_id"))
        return id(c.id);
    if (name == QLatin1String("createdate"))
        return isoTime(c.createdAt);
    if (name == QLatin1String("lastmodifieddate"))
        return isoTime(c.updatedAt);
    if (name == QLatin1String("hs_sequences_is_enrolled"))
        return boolText(c.enrolled);
    if (name == QLatin1String("hs_sequences_actively_enrolled_count"))
        return QString::number(c.enrolled ? 1 : 0);
    if (name == QLatin1String("hs_sequences_enrolled_count"))
        return QString::number(c.enrolledCount);
    if (name == QLatin1String("hs_latest_sequence_enrolled"))
        return c.latestSequenceId ? QJsonValue(id(*c.latestSequenceId))
                                  : QJsonValue(QJsonValue::Null);
    if (name == QLatin1String("hs_latest_sequence_enrolled_date"))
        return c.latestSequenceEnrolledAt.isValid()
            ? QJsonValue(isoTime(c.latestSequenceEnrolledAt))
            : QJsonValue(QJsonValue::Null);
    if (name == QLatin1String("hs_email_optout"))
        return boolText(c.optedOut);
    if (name == QLatin1String("hs_email_hard_bounce_reason_enum"))
        return orNull(c.hardBounceReason);
    if (name == QLatin1String("hs_email_bad_address"))
        return boolText(c.badAddress);
    if (name == QLatin1String("hs_email_quarantined"))
        return boolText(c.quarantined);
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject contact(const Contact &c, const QStringList &properties,
                    const QStringList &propertiesWithHistory)
{
    static const QStringList defaults {QStringLiteral("firstname"), QStringLiteral("lastname"),
                                       QStringLiteral("email")};
    static const QStringList always {QStringLiteral("hs_object_id"), QStringLiteral("createdate"),
                                     QStringLiteral("lastmodifieddate")};
    QJsonObject props;
    for (const QStringList *names : {properties.isEmpty() ? &defaults : &properties, &always}) {
        for (const QString &name : *names) {
            const QJsonValue value = contactProperty(c, name);
            if (!value.isUndefined())
                props.insert(name, value);
        }
    }
    QJsonObject o {{QStringLiteral("id"), id(c.id)},
                   {QStringLiteral("properties"), props},
                   {QStringLiteral("archived"), false}};
    stamp(o, c.createdAt, c.updatedAt);
    if (!propertiesWithHistory.isEmpty()) {
        QJsonObject history;
        for (const QString &name : propertiesWithHistory) {
            const QJsonValue value = contactProperty(c, name);
            if (value.isUndefined())
                continue;
            QJsonArray versions;
            if (!value.isNull()) {
                versions.append(
                    QJsonObject {{QStringLiteral("value"), value},
                                 {QStringLiteral("timestamp"), isoTime(c.updatedAt)},
                                 {QStringLiteral("sourceType"), QStringLiteral("CRM_UI")}});
            }
            history.insert(name, versions);
        }
        o.insert(QStringLiteral("propertiesWithHistory"), history);
    }
    return o;
}

} // namespace SeqDesk::Sandbox::JsonViews
