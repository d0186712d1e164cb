#include "hubspot/RequestBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SeqDesk::HubSpot {

QByteArray enrollmentBody(const EnrollmentRequest &request)
{
    QJsonObject o;
    o.insert(QStringLiteral("contactId"), request.contactId);
    o.insert(QStringLiteral("sequenceId"), request.sequenceId);
    o.insert(QStringLiteral("senderEmail"), request.senderEmail);
    if (!request.senderAliasAddress.isEmpty())
        o.insert(QStringLiteral("senderAliasAddress"), request.senderAliasAddress);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray batchReadBody(const QStringList &inputs, IdProperty idProperty,
                         const QStringList &properties)
{
    QJsonArray items;
    for (const QString &input : inputs)
        items.append(QJsonObject {{QStringLiteral("id"), input}});
    QJsonObject o;
    o.insert(QStringLiteral("inputs"), items);
    o.insert(QStringLiteral("properties"), QJsonArray::fromStringList(properties));
    o.insert(QStringLiteral("propertiesWithHistory"), QJsonArray());
    if (idProperty == IdProperty::Email)
        o.insert(QStringLiteral("idProperty"), QStringLiteral("email"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray searchBody(const SearchRequest &request)
{
    QJsonArray groups;
    for (const SearchFilterGroup &group : request.filterGroups) {
        QJsonArray filters;
        for (const SearchFilter &f : group.filters) {
            QJsonObject filter {{QStringLiteral("propertyName"), f.propertyName},
                                {QStringLiteral("operator"), f.op}};
            if (!f.value.isNull())
                filter.insert(QStringLiteral("value"), f.value);
            if (!f.values.isEmpty())
                filter.insert(QStringLiteral("values"), QJsonArray::fromStringList(f.values));
            if (!f.highValue.isNull())
                filter.insert(QStringLiteral("highValue"), f.highValue);
            filters.append(filter);
        }
        groups.append(QJsonObject {{QStringLiteral("filters"), filters}});
    }
    QJsonArray sorts;
    for (const SearchSort &s : request.sorts) {
        sorts.append(QJsonObject {
            {QStringLiteral("propertyName"), s.propertyName},
            {QStringLiteral("direction"),
             s.descending ? QStringLiteral("DESCENDING") : QStringLiteral("ASCENDING")}});
    }
    QJsonObject o;
    o.insert(QStringLiteral("filterGroups"), groups);
    o.insert(QStringLiteral("properties"), QJsonArray::fromStringList(request.properties));
    o.insert(QStringLiteral("sorts"), sorts);
    o.insert(QStringLiteral("limit"), request.limit);
    if (!request.after.isEmpty())
        o.insert(QStringLiteral("after"), request.after);
    if (!request.query.isEmpty())
        o.insert(QStringLiteral("query"), request.query);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString validateSearchRequest(const SearchRequest &request)
{
    if (request.limit < 1 || request.limit > maxSearchLimit)
        return QStringLiteral("search limit must be from 1 to %1 (got %2)")
            .arg(maxSearchLimit)
            .arg(request.limit);
    if (request.filterGroups.size() > maxSearchFilterGroups)
        return QStringLiteral("at most %1 filter groups are allowed (got %2)")
            .arg(maxSearchFilterGroups)
            .arg(request.filterGroups.size());
    if (request.query.size() > 3000)
        return QStringLiteral("the search query is longer than 3000 characters");
    for (const SearchFilterGroup &group : request.filterGroups) {
        for (const SearchFilter &f : group.filters) {
            if (f.propertyName.isEmpty() || f.op.isEmpty())
                return QStringLiteral("every filter needs a propertyName and an operator");
        }
    }
    return {};
}

QString validateEnrollmentRequest(const EnrollmentRequest &request)
{
    if (request.userId.isEmpty())
        return QStringLiteral("enroll needs a userId");
    if (request.contactId.isEmpty())
        return QStringLiteral("enroll needs a contactId");
    if (request.sequenceId.isEmpty())
        return QStringLiteral("enroll needs a sequenceId");
    if (request.senderEmail.isEmpty())
        return QStringLiteral("enroll needs a senderEmail");
    return {};
}

QByteArray listSearchBody(const ListSearchRequest &request)
{
    QJsonObject o;
    if (!request.query.trimmed().isEmpty())
        o.insert(QStringLiteral("query"), request.query.trimmed());
    o.insert(QStringLiteral("offset"), request.offset);
    o.insert(QStringLiteral("count"), request.count);
    if (!request.objectTypeId.isEmpty())
        o.insert(QStringLiteral("objectTypeId"), request.objectTypeId);
    if (!request.processingTypes.isEmpty())
        o.insert(QStringLiteral("processingTypes"),
                 QJsonArray::fromStringList(request.processingTypes));
    if (!request.listIds.isEmpty())
        o.insert(QStringLiteral("listIds"), QJsonArray::fromStringList(request.listIds));
    // Returned by default too; asked for so a portal that changes its defaults still sends them.
    o.insert(
        QStringLiteral("additionalProperties"),
        QJsonArray {QStringLiteral("hs_list_size"), QStringLiteral("hs_last_record_added_at")});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString validateListSearchRequest(const ListSearchRequest &request)
{
    if (request.offset < 0)
        return QStringLiteral("the lists search offset must not be negative");
    if (request.count < 1 || request.count > maxListSearchCount)
        return QStringLiteral("the lists search count must be from 1 to %1")
            .arg(maxListSearchCount);
    return {};
}

} // namespace SeqDesk::HubSpot
