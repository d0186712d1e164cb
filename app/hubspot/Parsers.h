#pragma once

#include "hubspot/Result.h"
#include "hubspot/Types.h"

#include "hubspot/JsonReader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

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
Result<ListSearchPage> parseListSearchPage(const QByteArray &body);
// GET one list: {"list": {...}}.
Result<ListSummary> parseList(const QByteArray &body);

// Shared steps of the parsers.
namespace Detail {
// The top-level object of a body, or a Parse error naming the endpoint.
bool parseObject(const QByteArray &body, QJsonObject *object, QString *error);
// paging.next.after, empty when absent; *error set on a malformed paging block.
QString nextAfter(const QJsonObject &object, QString *error);
bool parseContact(const QJsonObject &object, const QString &path, Contact *contact, QString *error);

// A cursor page: every `results[]` entry through readItem(object, path, &error), the
// optional `total`, and paging.next.after. Any problem is a Parse error naming `endpoint`.
template<typename T, typename ReadItem>
Result<Page<T>> parsePage(const QByteArray &body, Endpoint endpoint, ReadItem readItem)
{
    QString error;
    QJsonObject o;
    Page<T> page;
    if (parseObject(body, &o, &error)) {
        JsonReader r(o, QString(), &error);
        const QJsonArray results = r.array("results");
        page.total = r.optInteger("total");
        for (int i = 0; i < results.size() && r.ok(); ++i) {
            const QString path = QStringLiteral("results[%1]").arg(i);
            if (!results.at(i).isObject()) {
                r.fail(QStringLiteral("'%1' is not an object").arg(path));
                break;
            }
            page.items.append(readItem(results.at(i).toObject(), path, &error));
        }
        if (r.ok())
            page.nextAfter = nextAfter(o, &error);
    }
    if (!error.isEmpty())
        return Result<Page<T>>::failure(ApiError::parseError(endpoint, error));
    return Result<Page<T>>::success(std::move(page));
}
} // namespace Detail

} // namespace SeqDesk::HubSpot
