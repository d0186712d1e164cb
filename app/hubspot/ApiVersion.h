#pragma once

#include <QString>

#include <optional>

namespace SeqDesk::HubSpot {

// Which path family the client speaks (docs/hubspot-wire.md, "Paths").
enum class ApiVersion {
    Dated, // /automation/sequences/2026-03, /crm/owners/2026-03, ... (default)
    Legacy, // /automation/v4/sequences, /crm/v3/owners, ...
};

// "2026-03" (also "dated") -> Dated; "v4", "v3" or "legacy" -> Legacy; anything else -> nullopt.
std::optional<ApiVersion> parseApiVersion(const QString &text);
QString apiVersionName(ApiVersion version);

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
    ListMemberships,
};

// A short human name, e.g. "enroll" or "contacts batch read".
QString endpointName(Endpoint endpoint);

// The path (without base URL and without query) of an endpoint in a version.
// `id` is the sequence id, contact id or list id where the path has one.
QString endpointPath(ApiVersion version, Endpoint endpoint, const QString &id = QString());

} // namespace SeqDesk::HubSpot
