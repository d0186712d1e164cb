#pragma once

#include "hubspot/Result.h"
#include "hubspot/Types.h"

#include <QByteArray>

class QJsonObject;

// Pure functions from a response body to a typed result. Unknown fields and unknown enum
// values are tolerated; a missing required field, a wrong type or invalid JSON gives an
// ApiError of kind Parse whose message names the endpoint and the field.
namespace SeqDesk::HubSpot {

Result<AccountDetails> parseAccountDetails(const QByteArray &body);
Result<Page<Owner>> parseOwnersPage(const QByteArray &body);
Result<Page<SequenceSummary>> parseSequencesPage(const QByteArray &body);
Result<SequenceDetail> parseSequenceDetail(const QByteArray &body);
Result<EnrollmentResult> parseEnrollmentResult(const QByteArray &body);
Result<ContactEnrollment> parseContactEnrollment(const QByteArray &body);
// 200 and 207 bodies. notFound holds the ids/emails from OBJECT_NOT_FOUND errors[].context.
Result<BatchReadResult> parseBatchRead(const QByteArray &body);
Result<SearchPage> parseSearchPage(const QByteArray &body);
Result<Page<ListMembership>> parseMembershipsPage(const QByteArray &body);

// Shared steps of the parsers.
namespace Detail {
// The top-level object of a body, or a Parse error naming the endpoint.
bool parseObject(const QByteArray &body, QJsonObject *object, QString *error);
// paging.next.after, empty when absent; *error set on a malformed paging block.
QString nextAfter(const QJsonObject &object, QString *error);
bool parseContact(const QJsonObject &object, const QString &path, Contact *contact, QString *error);
} // namespace Detail

} // namespace SeqDesk::HubSpot
