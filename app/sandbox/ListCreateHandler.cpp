// Lists: create a list (POST /crm/v3/lists, ListCreateRequest -> ListCreateResponse).
#include "sandbox/Handlers.h"

#include "sandbox/ErrorBodies.h"
#include "sandbox/JsonInput.h"
#include "sandbox/JsonViews.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace SeqDesk::Sandbox::Handlers {

namespace {

namespace EB = ErrorBodies;

// The filterBranchType values of the spec's branch schemas.
const QStringList &branchTypes()
{
    static const QStringList types {
        QStringLiteral("OR"),          QStringLiteral("AND"),
        QStringLiteral("NOT_ALL"),     QStringLiteral("NOT_ANY"),
        QStringLiteral("RESTRICTED"),  QStringLiteral("UNIFIED_EVENTS"),
        QStringLiteral("ASSOCIATION"), QStringLiteral("PROPERTY_ASSOCIATION")};
    return types;
}

// Checks the shape of a filter branch (its filters are kept, not evaluated) and fills in
// filterBranchOperator where it is missing, as HubSpot's answers show it.
std::optional<Reply> checkBranch(QJsonObject &branch, const QString &field)
{
    const QJsonValue type = branch.value(QStringLiteral("filterBranchType"));
    if (!type.isString() || !branchTypes().contains(type.toString()))
        return EB::validation(
            field + QStringLiteral(".filterBranchType"),
            QLatin1String(type.isUndefined() ? EB::requiredCode : EB::invalidValueCode),
            QStringLiteral("%1.filterBranchType must be one of %2")
                .arg(field, branchTypes().join(QStringLiteral(", "))));
    if (!branch.contains(QStringLiteral("filterBranchOperator")))
        branch.insert(QStringLiteral("filterBranchOperator"), type);
    for (const char *key : {"filters", "filterBranches"}) {
        const QJsonValue v = branch.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            return EB::validation(
                field + QLatin1Char('.') + QLatin1String(key), QLatin1String(EB::wrongTypeCode),
                QStringLiteral("%1.%2 must be an array").arg(field, QLatin1String(key)));
    }
    const QJsonArray filters = branch.value(QStringLiteral("filters")).toArray();
    for (int i = 0; i < filters.size(); ++i) {
        const QString name = QStringLiteral("%1.filters[%2]").arg(field).arg(i);
        if (!filters.at(i).isObject()
            || !filters.at(i).toObject().value(QStringLiteral("filterType")).isString())
            return EB::validation(
                name, QLatin1String(EB::wrongTypeCode),
                QStringLiteral("%1 must be an object with a filterType").arg(name));
    }
    QJsonArray children = branch.value(QStringLiteral("filterBranches")).toArray();
    for (int i = 0; i < children.size(); ++i) {
        const QString name = QStringLiteral("%1.filterBranches[%2]").arg(field).arg(i);
        if (!children.at(i).isObject())
            return EB::validation(name, QLatin1String(EB::wrongTypeCode),
                                  QStringLiteral("%1 must be an object").arg(name));
        QJsonObject child = children.at(i).toObject();
        if (auto bad = checkBranch(child, name))
            return bad;
        children.replace(i, child);
    }
    if (branch.contains(QStringLiteral("filterBranches")))
        branch.insert(QStringLiteral("filterBranches"), children);
    return std::nullopt;
}

// listFolderId, customProperties, listPermissions, membershipSettings: checked, then
// ignored (the sandbox has no folders, custom list properties, teams or permissions).
std::optional<Reply> checkExtras(const QJsonObject &body)
{
    const QJsonValue folder = body.value(QStringLiteral("listFolderId"));
    if (!folder.isUndefined() && !folder.isNull() && !JsonInput::wholeNumber(folder, 0))
        return EB::validation(QStringLiteral("listFolderId"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("listFolderId must be a folder id (an integer)"));
    const QJsonObject custom = body.value(QStringLiteral("customProperties")).toObject();
    for (auto it = custom.begin(); it != custom.end(); ++it) {
        if (!it.value().isString())
            return EB::validation(QStringLiteral("customProperties.") + it.key(),
                                  QLatin1String(EB::wrongTypeCode),
                                  QStringLiteral("customProperties values must be strings"));
    }
    if (body.value(QStringLiteral("listPermissions")).isObject()) {
        const QJsonObject p = body.value(QStringLiteral("listPermissions")).toObject();
        if (auto bad = JsonInput::checkFields(p,
                                              {{"teamsWithEditAccess", QJsonValue::Array, true},
                                               {"usersWithEditAccess", QJsonValue::Array, true}},
                                              QStringLiteral("listPermissions.")))
            return bad;
    }
    if (body.value(QStringLiteral("membershipSettings")).isObject()) {
        const QJsonObject m = body.value(QStringLiteral("membershipSettings")).toObject();
        if (auto bad = JsonInput::checkFields(m,
                                              {{"includeUnassigned", QJsonValue::Bool, false},
                                               {"membershipTeamId", QJsonValue::Double, false}},
                                              QStringLiteral("membershipSettings.")))
            return bad;
    }
    return std::nullopt;
}

} // namespace

Reply listsCreate(const SandboxRequest &request, HandlerContext &ctx)
{
    QJsonObject body;
    if (auto bad = JsonInput::parseObject(request, &body))
        return *bad;
    if (auto bad = JsonInput::checkFields(body,
                                          {{"name", QJsonValue::String, true},
                                           {"objectTypeId", QJsonValue::String, true},
                                           {"processingType", QJsonValue::String, true},
                                           {"filterBranch", QJsonValue::Object, false},
                                           {"listFolderId", QJsonValue::Double, false},
                                           {"customProperties", QJsonValue::Object, false},
                                           {"listPermissions", QJsonValue::Object, false},
                                           {"membershipSettings", QJsonValue::Object, false}}))
        return *bad;
    NewList spec;
    spec.name = body.value(QStringLiteral("name")).toString();
    spec.objectTypeId = body.value(QStringLiteral("objectTypeId")).toString();
    spec.processingType = body.value(QStringLiteral("processingType")).toString();
    if (spec.name.trimmed().isEmpty())
        return EB::validation(QStringLiteral("name"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("The list name must not be empty."));
    static const QStringList types {QStringLiteral("MANUAL"), QStringLiteral("DYNAMIC"),
                                    QStringLiteral("SNAPSHOT")};
    if (!types.contains(spec.processingType))
        return EB::validation(QStringLiteral("processingType"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("processingType '%1' is not one of SNAPSHOT, MANUAL "
                                             "or DYNAMIC.")
                                  .arg(spec.processingType));
    if (spec.objectTypeId != QLatin1String("0-1") && spec.objectTypeId != QLatin1String("0-2"))
        return EB::validation(QStringLiteral("objectTypeId"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("The objectTypeId %1 provided for the list is not "
                                             "valid for this portal.")
                                  .arg(spec.objectTypeId),
                              QStringLiteral("ListError.INVALID_OBJECT_TYPE_FOR_LIST"));
    if (body.contains(QStringLiteral("filterBranch"))) {
        if (spec.processingType == QLatin1String("MANUAL"))
            return EB::validation(QStringLiteral("filterBranch"),
                                  QLatin1String(EB::invalidValueCode),
                                  QStringLiteral("A MANUAL list has no filters: filterBranch is "
                                                 "for DYNAMIC and SNAPSHOT lists."));
        QJsonObject branch = body.value(QStringLiteral("filterBranch")).toObject();
        if (branch.value(QStringLiteral("filterBranchType")) != QJsonValue(QStringLiteral("OR")))
            return EB::validation(QStringLiteral("filterBranch.filterBranchType"),
                                  QLatin1String(EB::invalidValueCode),
                                  QStringLiteral("The root filter branch must be an OR branch."));
        if (auto bad = checkBranch(branch, QStringLiteral("filterBranch")))
            return *bad;
        spec.filterBranch = QJsonDocument(branch).toJson(QJsonDocument::Compact);
    }
    if (auto bad = checkExtras(body))
        return *bad;
    if (const ContactList *same = ctx.state.listNamed(spec.name))
        return EB::validation(QStringLiteral("name"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("A list named '%1' already exists (list %2); list "
                                             "names are unique in the portal.")
                                  .arg(spec.name)
                                  .arg(same->listId),
                              QStringLiteral("ILS.DUPLICATE_LIST_NAMES"));
    const ContactList &l = ctx.state.createList(spec);
    QJsonObject list = JsonViews::list(l, {});
    list.insert(QStringLiteral("size"), 0);
    if (!l.filterBranch.isEmpty()) {
        list.insert(QStringLiteral("filterBranch"),
                    QJsonDocument::fromJson(l.filterBranch).object());
        list.insert(QStringLiteral("filtersUpdatedAt"), JsonViews::isoTime(l.createdAt));
    }
    // HubSpot's example answer: a list with filters is still PROCESSING when created. The
    // sandbox evaluates no filters, so every later read says COMPLETE.
    if (spec.processingType != QLatin1String("MANUAL"))
        list.insert(QStringLiteral("processingStatus"), QStringLiteral("PROCESSING"));
    return Reply::json(200, {{QStringLiteral("list"), list}});
}

} // namespace SeqDesk::Sandbox::Handlers
