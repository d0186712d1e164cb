#include "hubspot/Parsers.h"

#include "hubspot/JsonReader.h"

#include <QJsonDocument>

namespace SeqDesk::HubSpot {

namespace Detail {

bool parseObject(const QByteArray &body, QJsonObject *object, QString *error)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at offset %1: %2")
                     .arg(jsonError.offset)
                     .arg(jsonError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the body is not a JSON object");
        return false;
    }
    *object = doc.object();
    return true;
}

QString nextAfter(const QJsonObject &object, QString *error)
{
    JsonReader top(object, QString(), error);
    const auto paging = top.optObject("paging");
    if (!paging)
        return {};
    JsonReader pagingReader(*paging, QStringLiteral("paging"), error);
    const auto next = pagingReader.optObject("next");
    if (!next)
        return {};
    JsonReader nextReader(*next, QStringLiteral("paging.next"), error);
    return nextReader.string("after");
}

} // namespace Detail

namespace {

template<typename T> Result<T> finish(Endpoint endpoint, const QString &error, T value)
{
    if (!error.isEmpty())
        return Result<T>::failure(ApiError::parseError(endpoint, error));
    return Result<T>::success(std::move(value));
}

Owner::Type ownerType(const QString &raw)
{
    if (raw == QLatin1String("PERSON"))
        return Owner::Type::Person;
    if (raw == QLatin1String("QUEUE"))
        return Owner::Type::Queue;
    return Owner::Type::Unknown;
}

Owner readOwner(const QJsonObject &o, const QString &path, QString *error)
{
    JsonReader r(o, path, error);
    Owner owner;
    owner.id = r.id("id");
    owner.typeRaw = r.string("type");
    owner.type = ownerType(owner.typeRaw);
    owner.archived = r.boolean("archived");
    owner.createdAt = r.timestamp("createdAt");
    owner.updatedAt = r.timestamp("updatedAt");
    owner.email = r.optString("email");
    owner.firstName = r.optString("firstName");
    owner.lastName = r.optString("lastName");
    owner.userId = r.optInteger("userId");
    owner.userIdIncludingInactive = r.optInteger("userIdIncludingInactive");
    if (r.has("teams")) {
        const QJsonArray teams = r.array("teams");
        for (int i = 0; i < teams.size() && r.ok(); ++i) {
            JsonReader t(teams.at(i).toObject(), r.path("teams") + QStringLiteral("[%1]").arg(i),
                         error);
            if (!teams.at(i).isObject())
                t.fail(QStringLiteral("'%1[%2]' is not an object").arg(r.path("teams")).arg(i));
            OwnerTeam team;
            team.id = t.id("id");
            team.name = t.optString("name");
            team.primary = t.has("primary") && t.boolean("primary");
            owner.teams.append(team);
        }
    }
    return owner;
}

} // namespace

Result<AccountDetails> parseAccountDetails(const QByteArray &body)
{
    QString error;
    QJsonObject o;
    AccountDetails d;
    if (Detail::parseObject(body, &o, &error)) {
        JsonReader r(o, QString(), &error);
        d.portalId = r.integer("portalId");
        d.accountType = r.string("accountType");
        d.timeZone = r.string("timeZone");
        d.companyCurrency = r.string("companyCurrency");
        d.utcOffset = r.string("utcOffset");
        d.utcOffsetMilliseconds = r.integer("utcOffsetMilliseconds");
        d.uiDomain = r.string("uiDomain");
        d.dataHostingLocation = r.string("dataHostingLocation");
        d.portalName = r.optString("portalName");
        if (r.has("additionalCurrencies")) {
            for (const QJsonValue v : r.array("additionalCurrencies")) {
                if (!v.isString()) {
                    r.fail(QStringLiteral("field 'additionalCurrencies' must hold strings"));
                    break;
                }
                d.additionalCurrencies.append(v.toString());
            }
        }
    }
    return finish(Endpoint::AccountDetails, error, d);
}

Result<Page<Owner>> parseOwnersPage(const QByteArray &body)
{
    return Detail::parsePage<Owner>(body, Endpoint::Owners, readOwner);
}

Result<Page<SequenceSummary>> parseSequencesPage(const QByteArray &body)
{
    return Detail::parsePage<SequenceSummary>(
        body, Endpoint::Sequences, [](const QJsonObject &o, const QString &path, QString *error) {
            JsonReader s(o, path, error);
            SequenceSummary summary;
            summary.id = s.id("id");
            summary.name = s.string("name");
            summary.userId = s.id("userId");
            summary.folderId = s.optId("folderId");
            summary.createdAt = s.timestamp("createdAt");
            summary.updatedAt = s.timestamp("updatedAt");
            return summary;
        });
}

Result<EnrollmentResult> parseEnrollmentResult(const QByteArray &body)
{
    QString error;
    QJsonObject o;
    EnrollmentResult e;
    if (Detail::parseObject(body, &o, &error)) {
        JsonReader r(o, QString(), &error);
        e.id = r.id("id");
        e.toEmail = r.string("toEmail");
        e.enrolledAt = r.timestamp("enrolledAt");
        e.updatedAt = r.timestamp("updatedAt");
    }
    return finish(Endpoint::Enroll, error, e);
}

Result<ContactEnrollment> parseContactEnrollment(const QByteArray &body)
{
    QString error;
    QJsonObject o;
    ContactEnrollment e;
    if (Detail::parseObject(body, &o, &error)) {
        JsonReader r(o, QString(), &error);
        e.id = r.id("id");
        e.sequenceId = r.id("sequenceId");
        e.sequenceName = r.string("sequenceName");
        e.enrolledAt = r.timestamp("enrolledAt");
        e.enrolledBy = r.id("enrolledBy");
        e.enrolledByEmail = r.string("enrolledByEmail");
        e.toEmail = r.string("toEmail");
        e.updatedAt = r.timestamp("updatedAt");
    }
    return finish(Endpoint::ContactEnrollment, error, e);
}

} // namespace SeqDesk::HubSpot
