#include "cli/CliOutput.h"

#include "core/CellGuard.h"
#include "core/Redactor.h"
#include "enroll/JobExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SeqDesk::Cli {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A time, or null when it is not set.
QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString sourceCode(Store::EnrollmentSource source)
{
    switch (source) {
    case Store::EnrollmentSource::Wizard:
        return QStringLiteral("wizard");
    case Store::EnrollmentSource::Cli:
        return QStringLiteral("cli");
    }
    return QString();
}

QString fit(const QString &text, int width)
{
    if (text.size() <= width)
        return text.leftJustified(width);
    return text.left(width - 1) + QChar(0x2026);
}

// The kind code of --list-lists --json.
QString kindCode(HubSpot::ListKind kind)
{
    switch (kind) {
    case HubSpot::ListKind::Manual:
        return QStringLiteral("static");
    case HubSpot::ListKind::Dynamic:
        return QStringLiteral("active");
    case HubSpot::ListKind::Snapshot:
        return QStringLiteral("snapshot");
    case HubSpot::ListKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString kindLabel(const HubSpot::ListSummary &list)
{
    switch (list.kind) {
    case HubSpot::ListKind::Manual:
        return QCoreApplication::translate("Cli", "static");
    case HubSpot::ListKind::Dynamic:
        return QCoreApplication::translate("Cli", "active");
    case HubSpot::ListKind::Snapshot:
        return QCoreApplication::translate("Cli", "snapshot");
    case HubSpot::ListKind::Unknown:
        break;
    }
    return list.processingType;
}

} // namespace

QString listsTable(const QList<HubSpot::ListSummary> &lists)
{
    QString out = QCoreApplication::translate("Cli", "ID") + QLatin1Char('\t')
        + QCoreApplication::translate("Cli", "NAME") + QLatin1Char('\t')
        + QCoreApplication::translate("Cli", "SIZE") + QLatin1Char('\t')
        + QCoreApplication::translate("Cli", "KIND") + QLatin1Char('\t')
        + QCoreApplication::translate("Cli", "UPDATED") + QLatin1Char('\n');
    for (const HubSpot::ListSummary &l : lists) {
        out += CellGuard::tsvCell(l.id) + QLatin1Char('\t') + CellGuard::tsvCell(l.name)
            + QLatin1Char('\t') + (l.size ? QString::number(*l.size) : QStringLiteral("?"))
            + QLatin1Char('\t') + CellGuard::tsvCell(kindLabel(l)) + QLatin1Char('\t')
            + l.updatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char('\n');
    }
    return out;
}

QByteArray listsJson(const QList<HubSpot::ListSummary> &lists)
{
    QJsonArray out;
    for (const HubSpot::ListSummary &l : lists) {
        out.append(QJsonObject {
            {QStringLiteral("id"), l.id},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("size"), l.size ? QJsonValue(*l.size) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("kind"), kindCode(l.kind)},
            {QStringLiteral("processingType"), l.processingType},
            {QStringLiteral("objectTypeId"), l.objectTypeId},
            {QStringLiteral("createdAt"), isoOrNull(l.createdAt)},
            {QStringLiteral("updatedAt"), isoOrNull(l.updatedAt)},
            {QStringLiteral("lastAddedAt"), isoOrNull(l.lastAddedAt)}});
    }
    if (out.isEmpty())
        return "[]\n";
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QString sequencesTable(const Sync::Catalog &catalog)
{
    QString out;
    const QString portal = catalog.account.portalName.isEmpty()
        ? QString::number(catalog.account.portalId)
        : QStringLiteral("%1 (%2)")
              .arg(CellGuard::tsvCell(catalog.account.portalName))
              .arg(catalog.account.portalId);
    out += QCoreApplication::translate("Cli", "Portal %1: %2 sequences, read from %3 users")
               .arg(portal)
               .arg(catalog.sequences.size())
               .arg(catalog.usersQueried)
        + QLatin1Char('\n');
    if (catalog.sequences.isEmpty())
        return out;
    out += fit(QCoreApplication::translate("Cli", "ID"), 12) + QLatin1Char(' ')
        + fit(QCoreApplication::translate("Cli", "NAME"), 40) + QLatin1Char(' ')
        + fit(QCoreApplication::translate("Cli", "OWNER"), 10) + QLatin1Char(' ')
        + fit(QCoreApplication::translate("Cli", "USERS"), 6) + QLatin1Char(' ')
        + QCoreApplication::translate("Cli", "UPDATED") + QLatin1Char('\n');
    for (const Sync::CatalogSequence &s : catalog.sequences) {
        out += fit(CellGuard::tsvCell(s.summary.id), 12) + QLatin1Char(' ')
            + fit(CellGuard::tsvCell(s.summary.name), 40) + QLatin1Char(' ')
            + fit(CellGuard::tsvCell(s.summary.userId), 10) + QLatin1Char(' ')
            + fit(QString::number(s.visibleToUserIds.size()), 6) + QLatin1Char(' ')
            + s.summary.updatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            + QLatin1Char('\n');
    }
    return out;
}

QByteArray sequencesJson(const Sync::Catalog &catalog)
{
    QJsonArray sequences;
    for (const Sync::CatalogSequence &s : catalog.sequences) {
        QJsonObject o {
            {QStringLiteral("id"), s.summary.id},
            {QStringLiteral("name"), s.summary.name},
            {QStringLiteral("userId"), s.summary.userId},
            {QStringLiteral("createdAt"), iso(s.summary.createdAt)},
            {QStringLiteral("updatedAt"), iso(s.summary.updatedAt)},
            {QStringLiteral("visibleToUserIds"), QJsonArray::fromStringList(s.visibleToUserIds)}};
        if (!s.summary.folderId.isEmpty())
            o.insert(QStringLiteral("folderId"), s.summary.folderId);
        sequences.append(o);
    }
    const QJsonObject root {{QStringLiteral("portalId"), catalog.account.portalId},
                            {QStringLiteral("portalName"), catalog.account.portalName},
                            {QStringLiteral("count"), sequences.size()},
                            {QStringLiteral("sequences"), sequences}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString jobsTable(const QList<JobListing> &jobs)
{
    QString out;
    for (const JobListing &listing : jobs) {
        const Store::EnrollmentJobRecord &j = listing.job;
        const Store::JobCounts &c = j.counts;
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t")
                   .arg(j.id)
                   .arg(Enroll::jobStateCode(j.state),
                        j.createdAt.toLocalTime().toString(Qt::ISODate),
                        CellGuard::tsvCell(j.sequenceId), CellGuard::tsvCell(j.senderEmail))
            + QCoreApplication::translate("Cli",
                                          "%1 enrolled, %2 skipped, %3 failed, %4 deferred, %5 "
                                          "not sent")
                  .arg(c.enrolled)
                  .arg(c.skipped)
                  .arg(c.failed)
                  .arg(c.deferred)
                  .arg(c.pending + c.inFlight)
            + (j.label.isEmpty() ? QString() : QLatin1Char('\t') + CellGuard::tsvCell(j.label))
            + QLatin1Char('\n');
    }
    return out;
}

QByteArray jobsJson(const QList<JobListing> &jobs)
{
    QJsonArray out;
    for (const JobListing &listing : jobs) {
        const Store::EnrollmentJobRecord &j = listing.job;
        const Store::JobCounts &c = j.counts;
        // Portal ids are HubSpot's numbers (as --list-sequences --json gives them).
        bool numeric = false;
        const qint64 portalNumber = j.portalId.toLongLong(&numeric);
        out.append(QJsonObject {{QStringLiteral("id"), j.id},
                                {QStringLiteral("state"), Enroll::jobStateCode(j.state)},
                                {QStringLiteral("message"), Redactor::scrub(j.message)},
                                {QStringLiteral("portalId"),
                                 numeric ? QJsonValue(portalNumber) : QJsonValue(j.portalId)},
                                {QStringLiteral("portalName"), textOrNull(listing.portalName)},
                                {QStringLiteral("sequenceId"), j.sequenceId},
                                {QStringLiteral("sequenceName"), textOrNull(listing.sequenceName)},
                                {QStringLiteral("senderEmail"), j.senderEmail},
                                {QStringLiteral("userId"), j.userId},
                                {QStringLiteral("source"), sourceCode(j.source)},
                                {QStringLiteral("sourceFileName"), j.sourceFileName},
                                {QStringLiteral("sourceListId"), textOrNull(j.sourceListId)},
                                {QStringLiteral("sourceListName"), textOrNull(j.sourceListName)},
                                {QStringLiteral("label"), j.label},
                                {QStringLiteral("dailyCap"), j.dailyCap},
                                {QStringLiteral("createdAt"), isoOrNull(j.createdAt)},
                                {QStringLiteral("startedAt"), isoOrNull(j.startedAt)},
                                {QStringLiteral("finishedAt"), isoOrNull(j.finishedAt)},
                                {QStringLiteral("updatedAt"), isoOrNull(listing.updatedAt)},
                                {QStringLiteral("resumeAt"), isoOrNull(j.resumeAt)},
                                {QStringLiteral("counts"), Enroll::jobCountsJson(c)}});
    }
    if (out.isEmpty())
        return "[]\n"; // Qt would indent it as "[\n]"
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

} // namespace SeqDesk::Cli
