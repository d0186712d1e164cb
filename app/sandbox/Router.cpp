#include "sandbox/Router.h"

#include <QVector>

namespace SeqDesk::Sandbox {

namespace {

constexpr char sequencesRead[] = "automation.sequences.read";
constexpr char enrollWrite[] = "automation.sequences.enrollments.write";
constexpr char ownersRead[] = "crm.objects.owners.read";
constexpr char contactsRead[] = "crm.objects.contacts.read";
constexpr char listsRead[] = "crm.lists.read";
// Lists v3 spec `security`: writing members needs read and write (or, for CMS membership
// lists, the access-groups scope with read); creating needs write alone (or access groups).
constexpr char listsCreateScopes[] = "crm.lists.write|cms.membership.access_groups.write";
constexpr char listsEditScopes[]
    = "crm.lists.read crm.lists.write|cms.membership.access_groups.write crm.lists.read";

struct Pattern
{
    const char *method;
    const char *path; // segments after the family prefix; "*" = a parameter
    const char *name;
    // nullptr = none (the basic oauth scope); else scope sets separated by '|', each a
    // space-separated list that must all be granted; the first set is the one a 403 names.
    const char *scopes;
};

// The dated versions served beside the legacy family; they share paths and answers.
const QStringList &datedVersions()
{
    static const QStringList versions {QStringLiteral("2026-03"), QStringLiteral("2026-09")};
    return versions;
}

struct Family
{
    QStringList dated; // "{v}" stands for each of datedVersions()
    QStringList legacy;
    QVector<Pattern> patterns;
};

const QVector<Family> &families()
{
    static const QVector<Family> all {
        {{QStringLiteral("account-info"), QStringLiteral("{v}")},
         {QStringLiteral("account-info"), QStringLiteral("v3")},
         {{"GET", "details", Routes::accountDetails, nullptr},
          {"GET", "api-usage/daily/private-apps", Routes::accountUsage, nullptr}}},
        {{QStringLiteral("crm"), QStringLiteral("owners"), QStringLiteral("{v}")},
         {QStringLiteral("crm"), QStringLiteral("v3"), QStringLiteral("owners")},
         {{"GET", "", Routes::ownersList, ownersRead},
          {"GET", "*", Routes::ownersGet, ownersRead}}},
        {{QStringLiteral("automation"), QStringLiteral("sequences"), QStringLiteral("{v}")},
         {QStringLiteral("automation"), QStringLiteral("v4"), QStringLiteral("sequences")},
         {{"GET", "", Routes::sequencesList, sequencesRead},
          {"POST", "enrollments", Routes::enroll, enrollWrite},
          {"GET", "enrollments/contact/*", Routes::enrollmentsGet, sequencesRead},
          {"GET", "*", Routes::sequencesGet, sequencesRead}}},
        {{QStringLiteral("crm"), QStringLiteral("objects"), QStringLiteral("{v}"),
          QStringLiteral("contacts")},
         {QStringLiteral("crm"), QStringLiteral("v3"), QStringLiteral("objects"),
          QStringLiteral("contacts")},
         {{"POST", "batch/read", Routes::contactsBatchRead, contactsRead},
          {"POST", "search", Routes::contactsSearch, contactsRead}}},
        {{QStringLiteral("crm"), QStringLiteral("lists"), QStringLiteral("{v}")},
         {QStringLiteral("crm"), QStringLiteral("v3"), QStringLiteral("lists")},
         {{"POST", "", Routes::listsCreate, listsCreateScopes},
          {"POST", "search", Routes::listsSearch, listsRead},
          {"PUT", "*/memberships/add", Routes::listsMembershipsAdd, listsEditScopes},
          {"PUT", "*/memberships/remove", Routes::listsMembershipsRemove, listsEditScopes},
          {"PUT", "*/memberships/add-and-remove", Routes::listsMembershipsAddAndRemove,
           listsEditScopes},
          {"GET", "*/memberships", Routes::listsMemberships, listsRead},
          {"GET", "*", Routes::listsGet, listsRead}}},
        {{QStringLiteral("_sandbox")},
         {},
         {{"GET", "enrollments", Routes::sandboxEnrollments, nullptr},
          {"GET", "stats", Routes::sandboxStats, nullptr},
          {"GET", "summary", Routes::sandboxSummary, nullptr},
          {"POST", "control", Routes::sandboxControl, nullptr}}},
    };
    return all;
}

bool startsWith(const QStringList &segments, const QStringList &prefix, QString *version)
{
    if (prefix.isEmpty() || segments.size() < prefix.size())
        return false;
    for (int i = 0; i < prefix.size(); ++i) {
        const bool dated = prefix[i] == QLatin1String("{v}");
        if (dated ? !datedVersions().contains(segments[i]) : segments[i] != prefix[i])
            return false;
        if (dated)
            *version = segments[i];
    }
    return true;
}

// Matches rest against pattern; collects "*" segments into params.
bool matches(const QStringList &rest, const char *pattern, QStringList *params)
{
    const QStringList parts
        = QString::fromLatin1(pattern).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != rest.size())
        return false;
    QStringList found;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts[i] == QLatin1String("*")) {
            if (rest[i].isEmpty())
                return false;
            found.append(rest[i]);
        } else if (parts[i] != rest[i]) {
            return false;
        }
    }
    *params = found;
    return true;
}

} // namespace

QString stripTrailingSlash(const QString &path)
{
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        return path.chopped(1);
    return path;
}

Route matchRoute(const QByteArray &method, const QString &path)
{
    Route route;
    route.name = QLatin1String(Routes::notFound);
    const QStringList segments
        = stripTrailingSlash(path).split(QLatin1Char('/'), Qt::KeepEmptyParts).mid(1);
    for (const Family &family : families()) {
        QString version;
        const QStringList *prefix = startsWith(segments, family.dated, &version) ? &family.dated
            : startsWith(segments, family.legacy, &version)                      ? &family.legacy
                                                                                 : nullptr;
        if (!prefix)
            continue;
        if (prefix == &family.legacy)
            version = QStringLiteral("legacy");
        const QStringList rest = segments.mid(prefix->size());
        bool pathKnown = false;
        for (const Pattern &p : family.patterns) {
            QStringList params;
            if (!matches(rest, p.path, &params))
                continue;
            if (method != p.method) {
                pathKnown = true;
                if (!QByteArray(p.path).contains('*'))
                    break; // a literal path (".../enrollments") beats a wildcard ("{id}")
                continue;
            }
            route.name = QLatin1String(p.name);
            route.params = params;
            route.version = version;
            route.sandbox = family.dated.constFirst() == QLatin1String("_sandbox");
            route.rateCounted
                = !route.sandbox && route.name != QLatin1String(Routes::contactsSearch);
            if (p.scopes) {
                const QStringList sets = QString::fromLatin1(p.scopes).split(QLatin1Char('|'));
                for (const QString &set : sets)
                    route.scopeSets.append(set.split(QLatin1Char(' '), Qt::SkipEmptyParts));
                route.requiredScopes = route.scopeSets.constFirst();
            }
            return route;
        }
        route.wrongMethod = pathKnown;
        return route;
    }
    return route;
}

} // namespace SeqDesk::Sandbox
