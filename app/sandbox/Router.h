#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// Maps method + path to a route name (both path families; one trailing slash tolerated).
namespace SeqDesk::Sandbox {

namespace Routes {
inline constexpr char accountDetails[] = "account.details";
inline constexpr char accountUsage[] = "account.usage";
inline constexpr char ownersList[] = "owners.list";
inline constexpr char ownersGet[] = "owners.get";
inline constexpr char sequencesList[] = "sequences.list";
inline constexpr char sequencesGet[] = "sequences.get";
inline constexpr char enroll[] = "enroll";
inline constexpr char enrollmentsGet[] = "enrollments.get";
inline constexpr char contactsBatchRead[] = "contacts.batchRead";
inline constexpr char contactsSearch[] = "contacts.search";
inline constexpr char listsSearch[] = "lists.search";
inline constexpr char listsGet[] = "lists.get";
inline constexpr char listsMemberships[] = "lists.memberships";
inline constexpr char listsCreate[] = "lists.create";
inline constexpr char listsMembershipsAdd[] = "lists.membershipsAdd";
inline constexpr char listsMembershipsRemove[] = "lists.membershipsRemove";
inline constexpr char listsMembershipsAddAndRemove[] = "lists.membershipsAddAndRemove";
inline constexpr char notFound[] = "notFound";
inline constexpr char sandboxEnrollments[] = "sandbox.enrollments";
inline constexpr char sandboxStats[] = "sandbox.stats";
inline constexpr char sandboxSummary[] = "sandbox.summary";
inline constexpr char sandboxControl[] = "sandbox.control";
} // namespace Routes

struct Route
{
    QString name; // one of Routes; notFound when nothing matched
    QStringList params; // path parameters in order
    bool sandbox = false; // /_sandbox/...: no token, no limits, no faults
    bool wrongMethod = false; // the path exists but not with this method
    bool rateCounted = true; // false for search (HubSpot limits search separately)
    QStringList requiredScopes; // the scopes named in a 403 (HubSpot's first scope set)
    QVector<QStringList> scopeSets; // granted when every scope of one set is; empty = none needed
    QString version; // "2026-03", "2026-09" or "legacy" (v3/v4); empty for /_sandbox/ and 404s
};

QString stripTrailingSlash(const QString &path);
Route matchRoute(const QByteArray &method, const QString &path);

} // namespace SeqDesk::Sandbox
