#include "mcp/PreviewStore.h"

#include "core/OwnerOnly.h"
#include "enroll/Prediction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

namespace SeqDesk::Mcp {

namespace {

using Enroll::ContactOrigin;
using Enroll::Plan;
using Enroll::PlannedContact;

const Plan kPlans[]
    = {Plan::Enroll,  Plan::AlreadyEnrolled, Plan::Unsubscribed, Plan::Bounced,  Plan::Blocked,
       Plan::NoEmail, Plan::NotFound,        Plan::Duplicate,    Plan::Deferred, Plan::NoSender};

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

QString kindCode(ContactOrigin::Kind kind)
{
    switch (kind) {
    case ContactOrigin::Kind::PastedText:
        return QStringLiteral("text");
    case ContactOrigin::Kind::File:
        return QStringLiteral("file");
    case ContactOrigin::Kind::HubSpotList:
        return QStringLiteral("list");
    }
    return QString();
}

ContactOrigin::Kind kindOf(const QString &code)
{
    if (code == QLatin1String("list"))
        return ContactOrigin::Kind::HubSpotList;
    if (code == QLatin1String("file"))
        return ContactOrigin::Kind::File;
    return ContactOrigin::Kind::PastedText;
}

QJsonObject contactJson(const PlannedContact &c)
{
    return {{QStringLiteral("input"), c.input},
            {QStringLiteral("line"), c.line},
            {QStringLiteral("contactId"), c.contactId},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("plan"), Enroll::Prediction::code(c.plan)},
            {QStringLiteral("detail"), c.detail},
            {QStringLiteral("eligibleAt"), time(c.eligibleAt)},
            {QStringLiteral("ownerId"), c.ownerId}};
}

std::optional<PlannedContact> contactOf(const QJsonObject &o)
{
    PlannedContact c;
    c.input = o.value(QStringLiteral("input")).toString();
    c.line = o.value(QStringLiteral("line")).toInt();
    c.contactId = o.value(QStringLiteral("contactId")).toString();
    c.email = o.value(QStringLiteral("email")).toString();
    c.detail = o.value(QStringLiteral("detail")).toString();
    c.eligibleAt = timeOf(o.value(QStringLiteral("eligibleAt")));
    c.ownerId = o.value(QStringLiteral("ownerId")).toString();
    const QString code = o.value(QStringLiteral("plan")).toString();
    for (Plan p : kPlans) {
        if (Enroll::Prediction::code(p) == code) {
            c.plan = p;
            return c;
        }
    }
    return std::nullopt;
}

} // namespace

PreviewStore::PreviewStore(const QString &directory)
    : m_directory(directory)
{ }

QString PreviewStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool PreviewStore::isId(const QString &id)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"));
    return uuid.match(id).hasMatch();
}

QString PreviewStore::path(const QString &id, const char *suffix) const
{
    return QDir(m_directory).filePath(id + QLatin1String(suffix));
}

bool PreviewStore::save(const Preview &p, QString *error)
{
    if (!OwnerOnly::ensureDir(m_directory, error))
        return false;
    QJsonArray plan;
    for (const PlannedContact &c : p.plan)
        plan.append(contactJson(c));
    QJsonArray invalid;
    for (const Enroll::InputProblem &i : p.invalid)
        invalid.append(QJsonObject {{QStringLiteral("line"), i.line},
                                    {QStringLiteral("text"), i.text},
                                    {QStringLiteral("reason"), i.reason}});
    const QJsonObject o {{QStringLiteral("id"), p.id},
                         {QStringLiteral("createdAt"), time(p.createdAt)},
                         {QStringLiteral("portalId"), p.target.portalId},
                         {QStringLiteral("sequenceId"), p.target.sequenceId},
                         {QStringLiteral("senderEmail"), p.target.senderEmail},
                         {QStringLiteral("userId"), p.target.userId},
                         {QStringLiteral("dailyCap"), p.target.dailyCap},
                         {QStringLiteral("source"), kindCode(p.origin.kind)},
                         {QStringLiteral("sourceName"), p.origin.name},
                         {QStringLiteral("sourceListId"), p.origin.listId},
                         {QStringLiteral("sequenceName"), p.sequenceName},
                         {QStringLiteral("sequenceUpdatedAt"), time(p.sequenceUpdatedAt)},
                         {QStringLiteral("plan"), plan},
                         {QStringLiteral("invalid"), invalid}};
    QSaveFile file(path(p.id, ".json"));
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    // Contacts' emails: owner-only whatever the umask (the folder is too).
    file.setPermissions(OwnerOnly::kFile);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return OwnerOnly::ensureFile(path(p.id, ".json"), error);
}

std::optional<Preview> PreviewStore::load(const QString &id) const
{
    if (!isId(id))
        return std::nullopt;
    QFile file(path(id, ".json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QStringLiteral("id")).toString() != id)
        return std::nullopt;
    Preview p;
    p.id = id;
    p.createdAt = timeOf(o.value(QStringLiteral("createdAt")));
    p.target.portalId = o.value(QStringLiteral("portalId")).toString();
    p.target.sequenceId = o.value(QStringLiteral("sequenceId")).toString();
    p.target.senderEmail = o.value(QStringLiteral("senderEmail")).toString();
    p.target.userId = o.value(QStringLiteral("userId")).toString();
    p.target.dailyCap = o.value(QStringLiteral("dailyCap")).toInt(Enroll::SendCap::kDefault);
    p.origin.kind = kindOf(o.value(QStringLiteral("source")).toString());
    p.origin.name = o.value(QStringLiteral("sourceName")).toString();
    p.origin.listId = o.value(QStringLiteral("sourceListId")).toString();
    p.sequenceName = o.value(QStringLiteral("sequenceName")).toString();
    p.sequenceUpdatedAt = timeOf(o.value(QStringLiteral("sequenceUpdatedAt")));
    for (const QJsonValue &v : o.value(QStringLiteral("plan")).toArray()) {
        const auto c = contactOf(v.toObject());
        if (!c)
            return std::nullopt;
        p.plan.append(*c);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("invalid")).toArray()) {
        const QJsonObject i = v.toObject();
        p.invalid.append({i.value(QStringLiteral("line")).toInt(),
                          i.value(QStringLiteral("text")).toString(),
                          i.value(QStringLiteral("reason")).toString()});
    }
    if (!p.createdAt.isValid() || p.target.portalId.isEmpty() || p.target.sequenceId.isEmpty())
        return std::nullopt;
    return p;
}

bool PreviewStore::claim(const QString &id)
{
    if (!isId(id))
        return false;
    QFile file(path(id, ".started"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    file.setPermissions(OwnerOnly::kFile);
    return true;
}

void PreviewStore::setStartedJob(const QString &id, qint64 jobId)
{
    QSaveFile file(path(id, ".started"));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QByteArray::number(jobId));
        file.commit();
    }
}

qint64 PreviewStore::startedJob(const QString &id) const
{
    QFile file(path(id, ".started"));
    if (!isId(id) || !file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

void PreviewStore::release(const QString &id)
{
    if (isId(id))
        QFile::remove(path(id, ".started"));
}

void PreviewStore::prune(const QDateTime &now)
{
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList(QDir::Files);
    for (const QFileInfo &f : files) {
        if (f.lastModified().toUTC().msecsTo(now) > kKeptMs)
            QFile::remove(f.absoluteFilePath());
    }
}

} // namespace SeqDesk::Mcp
