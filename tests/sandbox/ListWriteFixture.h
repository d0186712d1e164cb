#pragma once

#include "SandboxHttpFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

// Shared by the suites of HubSpot's list writes (tst_sandboxlistcreate, tst_sandboxlistmembers).
namespace ListWrites {

inline const QStringList listFamilies {QStringLiteral("/crm/v3/lists"),
                                       QStringLiteral("/crm/lists/2026-03"),
                                       QStringLiteral("/crm/lists/2026-09")};

inline QJsonObject createBody(const QString &name, const QString &type = QStringLiteral("MANUAL"))
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("objectTypeId"), QStringLiteral("0-1")},
            {QStringLiteral("processingType"), type}};
}

inline QJsonObject orBranch()
{
    const QJsonObject filter {
        {QStringLiteral("filterType"), QStringLiteral("PROPERTY")},
        {QStringLiteral("property"), QStringLiteral("lifecyclestage")},
        {QStringLiteral("operation"),
         QJsonObject {{QStringLiteral("operationType"), QStringLiteral("MULTISTRING")},
                      {QStringLiteral("operator"), QStringLiteral("IS_EQUAL_TO")},
                      {QStringLiteral("values"), QJsonArray {QStringLiteral("lead")}}}}};
    const QJsonObject andBranch {{QStringLiteral("filterBranchType"), QStringLiteral("AND")},
                                 {QStringLiteral("filterBranches"), QJsonArray {}},
                                 {QStringLiteral("filters"), QJsonArray {filter}}};
    return {{QStringLiteral("filterBranchType"), QStringLiteral("OR")},
            {QStringLiteral("filterBranches"), QJsonArray {andBranch}},
            {QStringLiteral("filters"), QJsonArray {}}};
}

inline QJsonArray ids(std::initializer_list<qint64> list)
{
    QJsonArray out;
    for (const qint64 id : list)
        out.append(QString::number(id));
    return out;
}

inline QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

inline QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

} // namespace ListWrites

// No Q_OBJECT: it declares no slots; the suites deriving from it do.
class ListWriteFixture : public SandboxHttpFixture
{
protected:
    QString createList(const QString &family, const QJsonObject &body)
    {
        const ProbeResult r = m_probe->postJson(family, body);
        return r.status == 200 ? r.json.value(QStringLiteral("list"))
                                     .toObject()
                                     .value(QStringLiteral("listId"))
                                     .toString()
                               : QStringLiteral("HTTP %1 %2").arg(r.status).arg(r.errorIn());
    }
    QString members(const QString &family, const QString &listId) const
    {
        return family + QLatin1Char('/') + listId + QStringLiteral("/memberships");
    }
    QStringList readMembers(const QString &listId)
    {
        return memberIds(m_probe->get(QStringLiteral("/crm/v3/lists/") + listId
                                      + QStringLiteral("/memberships?limit=250")));
    }
    static QStringList memberIds(const ProbeResult &r)
    {
        QStringList out;
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray())
            out.append(v.toObject().value(QStringLiteral("recordId")).toString());
        return out;
    }
    QJsonObject oneList(const QString &listId, const QString &query = {})
    {
        return m_probe->get(QStringLiteral("/crm/lists/2026-09/") + listId + query)
            .json.value(QStringLiteral("list"))
            .toObject();
    }
    qint64 contactId(int index) const { return state().data().contacts.at(index).id; }
    QString demoListId(int index) const
    {
        return QString::number(state().data().lists.at(index).listId);
    }
};
