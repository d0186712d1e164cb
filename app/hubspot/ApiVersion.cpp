#include "hubspot/ApiVersion.h"

#include <QUrl>

namespace SeqDesk::HubSpot {

std::optional<ApiVersion> parseApiVersion(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("2026-03") || t == QLatin1String("dated"))
        return ApiVersion::Dated;
    if (t == QLatin1String("v4") || t == QLatin1String("v3") || t == QLatin1String("legacy"))
        return ApiVersion::Legacy;
    return std::nullopt;
}

QString apiVersionName(ApiVersion version)
{
    return version == ApiVersion::Dated ? QStringLiteral("2026-03") : QStringLiteral("v4");
}

QString endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::AccountDetails:
        return QStringLiteral("account details");
    case Endpoint::ApiUsage:
        return QStringLiteral("API usage");
    case Endpoint::Owners:
        return QStringLiteral("owners");
    case Endpoint::Sequences:
        return QStringLiteral("sequences list");
    case Endpoint::Sequence:
        return QStringLiteral("sequence");
    case Endpoint::Enroll:
        return QStringLiteral("enroll");
    case Endpoint::ContactEnrollment:
        return QStringLiteral("contact enrollment");
    case Endpoint::ContactsBatchRead:
        return QStringLiteral("contacts batch read");
    case Endpoint::ContactsSearch:
        return QStringLiteral("contacts search");
    case Endpoint::ListsSearch:
        return QStringLiteral("lists search");
    case Endpoint::ListMemberships:
        return QStringLiteral("list memberships");
    }
    return QStringLiteral("unknown endpoint");
}

namespace {

// An id goes into a path segment: percent-encode everything that is not unreserved so an
// id can never add segments or a query.
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

QString endpointPath(ApiVersion version, Endpoint endpoint, const QString &id)
{
    const bool dated = version == ApiVersion::Dated;
    const QString sequences = dated ? QStringLiteral("/automation/sequences/2026-03")
                                    : QStringLiteral("/automation/v4/sequences");
    const QString contacts = dated ? QStringLiteral("/crm/objects/2026-03/contacts")
                                   : QStringLiteral("/crm/v3/objects/contacts");
    const QString lists
        = dated ? QStringLiteral("/crm/lists/2026-03") : QStringLiteral("/crm/v3/lists");
    const QString account
        = dated ? QStringLiteral("/account-info/2026-03") : QStringLiteral("/account-info/v3");
    switch (endpoint) {
    case Endpoint::AccountDetails:
        return account + QStringLiteral("/details");
    case Endpoint::ApiUsage:
        return account + QStringLiteral("/api-usage/daily/private-apps");
    case Endpoint::Owners:
        return dated ? QStringLiteral("/crm/owners/2026-03") : QStringLiteral("/crm/v3/owners");
    case Endpoint::Sequences:
        return sequences;
    case Endpoint::Sequence:
        return sequences + QLatin1Char('/') + segment(id);
    case Endpoint::Enroll:
        return sequences + QStringLiteral("/enrollments");
    case Endpoint::ContactEnrollment:
        return sequences + QStringLiteral("/enrollments/contact/") + segment(id);
    case Endpoint::ContactsBatchRead:
        return contacts + QStringLiteral("/batch/read");
    case Endpoint::ContactsSearch:
        return contacts + QStringLiteral("/search");
    case Endpoint::ListsSearch:
        return lists + QStringLiteral("/search");
    case Endpoint::ListMemberships:
        return lists + QLatin1Char('/') + segment(id) + QStringLiteral("/memberships");
    }
    return {};
}

} // namespace SeqDesk::HubSpot
