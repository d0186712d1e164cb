#include "hubspot/ApiVersion.h"

#include <QUrl>

namespace SeqDesk::HubSpot {

QList<ApiVersion> supportedApiVersions()
{
    return {ApiVersion::D2026_09, ApiVersion::D2026_03, ApiVersion::V4};
}

std::optional<ApiVersion> parseApiVersion(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("2026-09"))
        return ApiVersion::D2026_09;
    if (t == QLatin1String("2026-03") || t == QLatin1String("dated"))
        return ApiVersion::D2026_03;
    if (t == QLatin1String("v4") || t == QLatin1String("v3") || t == QLatin1String("legacy"))
        return ApiVersion::V4;
    return std::nullopt;
}

QString apiVersionName(ApiVersion version)
{
    switch (version) {
    case ApiVersion::V4:
        return QStringLiteral("v4");
    case ApiVersion::D2026_03:
        return QStringLiteral("2026-03");
    case ApiVersion::D2026_09:
        return QStringLiteral("2026-09");
    }
    return QStringLiteral("v4");
}

bool isDated(ApiVersion version)
{
    return version != ApiVersion::V4;
}

ApiVersion storedApiVersion(const QString &stored)
{
    if (stored.trimmed().isEmpty())
        return ApiVersion::D2026_03;
    return parseApiVersion(stored).value_or(supportedApiVersions().constFirst());
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
    case Endpoint::List:
        return QStringLiteral("list");
    case Endpoint::ListMemberships:
        return QStringLiteral("list memberships");
    }
    return QStringLiteral("unknown endpoint");
}

QString endpointScope(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::AccountDetails:
    case Endpoint::ApiUsage:
        return {};
    case Endpoint::Owners:
        return QStringLiteral("crm.objects.owners.read");
    case Endpoint::Sequences:
    case Endpoint::Sequence:
    case Endpoint::ContactEnrollment:
        return QStringLiteral("automation.sequences.read");
    case Endpoint::Enroll:
        return QStringLiteral("automation.sequences.enrollments.write");
    case Endpoint::ContactsBatchRead:
    case Endpoint::ContactsSearch:
        return QStringLiteral("crm.objects.contacts.read");
    case Endpoint::ListsSearch:
    case Endpoint::List:
    case Endpoint::ListMemberships:
        return QStringLiteral("crm.lists.read");
    }
    return {};
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
    const bool dated = isDated(version);
    const QString v = apiVersionName(version);
    const QString sequences = dated ? QStringLiteral("/automation/sequences/%1").arg(v)
                                    : QStringLiteral("/automation/v4/sequences");
    const QString contacts = dated ? QStringLiteral("/crm/objects/%1/contacts").arg(v)
                                   : QStringLiteral("/crm/v3/objects/contacts");
    const QString lists
        = dated ? QStringLiteral("/crm/lists/%1").arg(v) : QStringLiteral("/crm/v3/lists");
    const QString account
        = dated ? QStringLiteral("/account-info/%1").arg(v) : QStringLiteral("/account-info/v3");
    switch (endpoint) {
    case Endpoint::AccountDetails:
        return account + QStringLiteral("/details");
    case Endpoint::ApiUsage:
        return account + QStringLiteral("/api-usage/daily/private-apps");
    case Endpoint::Owners:
        return dated ? QStringLiteral("/crm/owners/%1").arg(v) : QStringLiteral("/crm/v3/owners");
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
    case Endpoint::List:
        return lists + QLatin1Char('/') + segment(id);
    case Endpoint::ListMemberships:
        return lists + QLatin1Char('/') + segment(id) + QStringLiteral("/memberships");
    }
    return {};
}

} // namespace SeqDesk::HubSpot
