// parseSequenceDetail: one sequence with steps, settings and dependencies (fact sheet §3.2).
#include "hubspot/Parsers.h"

#include "hubspot/JsonReader.h"

namespace SeqDesk::HubSpot {

namespace {

SequenceStep::ActionType actionType(const QString &raw)
{
    if (raw == QLatin1String("EMAIL"))
        return SequenceStep::ActionType::Email;
    if (raw == QLatin1String("TASK"))
        return SequenceStep::ActionType::Task;
    if (raw == QLatin1String("FINISH_ENROLLMENT"))
        return SequenceStep::ActionType::FinishEnrollment;
    if (raw == QLatin1String("ADAPTIVE_CONTAINER"))
        return SequenceStep::ActionType::AdaptiveContainer;
    return SequenceStep::ActionType::Unknown;
}

std::optional<int> optInt(JsonReader &r, const char *key)
{
    const auto value = r.optInteger(key);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

EmailPattern readEmailPattern(const QJsonObject &o, const QString &path, QString *error)
{
    JsonReader r(o, path, error);
    EmailPattern p;
    p.id = r.id("id");
    p.templateId = r.id("templateId");
    p.threadEmailToStepOrder = optInt(r, "threadEmailToStepOrder");
    p.createdAt = r.timestamp("createdAt");
    p.updatedAt = r.timestamp("updatedAt");
    return p;
}

TaskPattern readTaskPattern(const QJsonObject &o, const QString &path, QString *error)
{
    JsonReader r(o, path, error);
    TaskPattern p;
    p.id = r.id("id");
    p.taskType = r.string("taskType");
    p.taskPriority = r.string("taskPriority");
    p.subject = r.optString("subject");
    p.notes = r.optString("notes");
    p.queueId = optInt(r, "queueId");
    p.templateId = r.optId("templateId");
    p.threadEmailToStepOrder = optInt(r, "threadEmailToStepOrder");
    p.createdAt = r.timestamp("createdAt");
    p.updatedAt = r.timestamp("updatedAt");
    return p;
}

SequenceStep readStep(const QJsonObject &o, const QString &path, QString *error)
{
    JsonReader r(o, path, error);
    SequenceStep s;
    s.id = r.id("id");
    s.stepOrder = int(r.integer("stepOrder"));
    s.actionTypeRaw = r.string("actionType");
    s.actionType = actionType(s.actionTypeRaw);
    s.delayMillis = r.integer("delayMillis");
    s.createdAt = r.timestamp("createdAt");
    s.updatedAt = r.timestamp("updatedAt");
    if (const auto email = r.optObject("emailPattern"))
        s.emailPattern = readEmailPattern(*email, r.path("emailPattern"), error);
    if (const auto task = r.optObject("taskPattern"))
        s.taskPattern = readTaskPattern(*task, r.path("taskPattern"), error);
    return s;
}

SequenceSettings readSettings(const QJsonObject &o, QString *error)
{
    JsonReader r(o, QStringLiteral("settings"), error);
    SequenceSettings s;
    s.id = r.id("id");
    s.eligibleFollowUpDays = r.string("eligibleFollowUpDays");
    s.individualTaskRemindersEnabled = r.boolean("individualTaskRemindersEnabled");
    s.sellingStrategy = r.optString("sellingStrategy"); // deprecated: tolerate absence
    s.sendWindowStartMinute = int(r.integer("sendWindowStartMinute"));
    s.sendWindowEndMinute = int(r.integer("sendWindowEndMinute"));
    s.taskReminderMinute = int(r.integer("taskReminderMinute"));
    s.createdAt = r.timestamp("createdAt");
    s.updatedAt = r.timestamp("updatedAt");
    return s;
}

SequenceDependency readDependency(const QJsonObject &o, const QString &path, QString *error)
{
    JsonReader r(o, path, error);
    SequenceDependency d;
    d.id = r.id("id");
    d.dependencyType = r.string("dependencyType");
    d.reliesOnSequenceStepId = r.id("reliesOnSequenceStepId");
    d.reliesOnStepOrder = int(r.integer("reliesOnStepOrder"));
    d.requiredBySequenceStepId = r.id("requiredBySequenceStepId");
    d.requiredByStepOrder = int(r.integer("requiredByStepOrder"));
    d.createdAt = r.timestamp("createdAt");
    d.updatedAt = r.timestamp("updatedAt");
    return d;
}

// Calls read(object, "key[i]") for every element; a non-object element is an error.
template<typename F> void forEachObject(JsonReader &r, const char *key, F read)
{
    const QJsonArray items = r.array(key);
    for (int i = 0; i < items.size() && r.ok(); ++i) {
        const QString path = r.path(key) + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject()) {
            r.fail(QStringLiteral("'%1' is not an object").arg(path));
            return;
        }
        read(items.at(i).toObject(), path);
    }
}

} // namespace

Result<SequenceDetail> parseSequenceDetail(const QByteArray &body)
{
    QString error;
    QJsonObject o;
    SequenceDetail d;
    if (Detail::parseObject(body, &o, &error)) {
        JsonReader r(o, QString(), &error);
        d.id = r.id("id");
        d.name = r.string("name");
        d.userId = r.id("userId");
        d.folderId = r.optId("folderId");
        d.createdAt = r.timestamp("createdAt");
        d.updatedAt = r.timestamp("updatedAt");
        forEachObject(r, "steps", [&](const QJsonObject &step, const QString &path) {
            d.steps.append(readStep(step, path, &error));
        });
        forEachObject(r, "dependencies", [&](const QJsonObject &dep, const QString &path) {
            d.dependencies.append(readDependency(dep, path, &error));
        });
        if (const auto settings = r.optObject("settings"))
            d.settings = readSettings(*settings, &error);
    }
    return error.isEmpty()
        ? Result<SequenceDetail>::success(d)
        : Result<SequenceDetail>::failure(ApiError::parseError(Endpoint::Sequence, error));
}

} // namespace SeqDesk::HubSpot
