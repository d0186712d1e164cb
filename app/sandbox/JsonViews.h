#pragma once

#include "sandbox/Model.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// HubSpot's response shapes of the portal data (fact sheet §3).
namespace SeqDesk::Sandbox::JsonViews {

QString isoTime(const QDateTime &time); // 2024-06-26T18:37:01.146Z

QJsonObject owner(const Owner &owner);
QJsonObject sequenceLite(const Sequence &sequence);
QJsonObject sequenceDetail(const Sequence &sequence);
QJsonObject enrollmentLite(const Enrollment &enrollment);
QJsonObject enrollment(const Enrollment &enrollment);
// A list as the lists search shows it (PublicObjectList without size): additionalProperties
// has HubSpot's defaults plus the names in extra (unknown ones null).
QJsonObject list(const ContactList &list, const QStringList &extra);

// Every contact property the sandbox knows.
const QStringList &contactPropertyNames();
// Value of a known property (null when it has no value); undefined for unknown names.
QJsonValue contactProperty(const Contact &contact, const QString &name);
// properties: the names asked for (empty = firstname, lastname, email).
QJsonObject contact(const Contact &contact, const QStringList &properties,
                    const QStringList &propertiesWithHistory);

} // namespace SeqDesk::Sandbox::JsonViews
