#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace SeqDesk::HubSpot {

// The HubSpot API version the client speaks (docs/hubspot-wire.md, "Paths"). The dated
// versions share their paths and schemas; they differ in the segment (`2026-03`, `2026-09`).
enum class ApiVersion {
    V4, // legacy numbered: /automation/v4/sequences, /crm/v3/owners, ... (unsupported 2027-03-30)
    D2026_03, // /automation/sequences/2026-03, /crm/owners/2026-03, ... (GA 2026-03-30)
    D2026_09, // /automation/sequences/2026-09, ... (GA 2026-09-08; no ADAPTIVE_* step types)
};

// What new portals get: the connect dialog's preselection, seqdesk-cli's --api-version
// default, the demo portal. Existing portals keep the version stored with them.
inline constexpr ApiVersion defaultApiVersion = ApiVersion::D2026_09;

// Every version SeqDesk speaks, newest first (the connect dialog's order).
QList<ApiVersion> supportedApiVersions();

// "2026-09", "2026-03", "v4" (also "v3" and "legacy"; "dated" is 2026-03, what it meant
// before 2026-09 existed), case-insensitive; anything else -> nullopt.
std::optional<ApiVersion> parseApiVersion(const QString &text);
// The canonical text, as the mirror stores it: "2026-09", "2026-03" or "v4".
QString apiVersionName(ApiVersion version);
bool isDated(ApiVersion version);

// The version of a portal from the text stored with it. What parseApiVersion reads (older
// seqdesk-cli runs stored their --api-version as typed); "" (a row from before the version
// was stored) is 2026-03, the only dated version then; a version this build does not know
// (written by a newer SeqDesk) is the newest one it knows.
ApiVersion storedApiVersion(const QString &stored);

// Every HubSpot operation the client performs; used to build paths and to name the
// endpoint in parse errors and in the classification of 404s.
enum class Endpoint {
    AccountDetails,
    ApiUsage,
    Owners,
    Sequences,
    Sequence,
    Enroll,
    ContactEnrollment,
    ContactsBatchRead,
    ContactsSearch,
    ListsSearch,
    List,
    ListMemberships,
};

// A short human name, e.g. "enroll" or "contacts batch read".
QString endpointName(Endpoint endpoint);
// The scope an endpoint needs beyond the basic one (fact sheet §2), e.g. "crm.lists.read";
// empty for account details and API usage.
QString endpointScope(Endpoint endpoint);

// The path (without base URL and without query) of an endpoint in a version.
// `id` is the sequence id, contact id or list id where the path has one.
QString endpointPath(ApiVersion version, Endpoint endpoint, const QString &id = QString());

} // namespace SeqDesk::HubSpot
