#pragma once

#include "hubspot/Types.h"

#include <QByteArray>

// JSON bodies of the POST endpoints, built from plain structs (pure, unit-tested).
namespace SeqDesk::HubSpot {

// {"contactId","sequenceId","senderEmail"[,"senderAliasAddress"]} and nothing else.
QByteArray enrollmentBody(const EnrollmentRequest &request);
// {"inputs":[{"id":..}],"properties":[..],"propertiesWithHistory":[] [,"idProperty":"email"]}
QByteArray batchReadBody(const QStringList &inputs, IdProperty idProperty,
                         const QStringList &properties);
// filterGroups, properties, sorts (as objects), limit, after, query.
QByteArray searchBody(const SearchRequest &request);
// Empty when valid; else why not (limit 1..200, at most 6 filter groups, ...).
QString validateSearchRequest(const SearchRequest &request);
// {"query"?,"offset","count","objectTypeId"?,"processingTypes"?,"listIds"?,
//  "additionalProperties":[hs_list_size, hs_last_record_added_at]}
QByteArray listSearchBody(const ListSearchRequest &request);
// Empty when valid; else why not (offset >= 0, count 1..500).
QString validateListSearchRequest(const ListSearchRequest &request);
// Empty when valid; else which field is missing.
QString validateEnrollmentRequest(const EnrollmentRequest &request);

constexpr int batchReadChunkSize = 100;
constexpr int maxSearchLimit = 200;
constexpr int maxSearchFilterGroups = 6;
constexpr int membershipsPageLimit = 250; // HubSpot's maximum
constexpr int maxListSearchCount = 500;

} // namespace SeqDesk::HubSpot
