#include "cli/CliOutput.h"

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

QString fit(const QString &text, int width)
{
    if (text.size() <= width)
        return text.leftJustified(width);
    return text.left(width - 1) + QChar(0x2026);
}

} // namespace

QString sequencesTable(const Sync::Catalog &catalog)
{
    QString out;
    const QString portal = catalog.account.portalName.isEmpty()
        ? QString::number(catalog.account.portalId)
        : QStringLiteral("%1 (%2)").arg(catalog.account.portalName).arg(catalog.account.portalId);
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
        out += fit(s.summary.id, 12) + QLatin1Char(' ') + fit(s.summary.name, 40) + QLatin1Char(' ')
            + fit(s.summary.userId, 10) + QLatin1Char(' ')
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

} // namespace SeqDesk::Cli
