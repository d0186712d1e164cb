// Lists: change a MANUAL or SNAPSHOT list's members (PUT .../memberships/add, /remove,
// /add-and-remove -> MembershipsUpdateResponse).
#include "sandbox/Handlers.h"

#include "sandbox/ErrorBodies.h"
#include "sandbox/JsonInput.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>

namespace SeqDesk::Sandbox::Handlers {

namespace {

namespace EB = ErrorBodies;

// Record ids as the spec types them: strings, each an integer's text.
std::optional<Reply> readIds(const QJsonArray &array, const QString &field, QVector<qint64> *ids)
{
    for (int i = 0; i < array.size(); ++i) {
        const QString name = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!array.at(i).isString())
            return EB::validation(name, QLatin1String(EB::wrongTypeCode),
                                  QStringLiteral("%1 must be a record id string, got a %2")
                                      .arg(name, JsonInput::typeName(array.at(i).type())));
        bool ok = false;
        const qint64 id = array.at(i).toString().trimmed().toLongLong(&ok);
        if (!ok)
            return EB::validation(
                name, QLatin1String(EB::invalidValueCode),
                QStringLiteral("%1: '%2' is not a record id").arg(name, array.at(i).toString()));
        ids->append(id);
    }
    return std::nullopt;
}

QJsonArray idStrings(const QVector<qint64> &ids)
{
    QJsonArray out;
    for (const qint64 id : ids)
        out.append(QString::number(id));
    return out;
}

// The list's checks (after the body's) and the change itself, shared by the three routes.
Reply applyEdit(const QString &listId, ListEdit edit, HandlerContext &ctx)
{
    bool ok = false;
    edit.listId = listId.toLongLong(&ok);
    const ContactList *l = ok ? ctx.state.list(edit.listId) : nullptr;
    if (!l)
        return EB::notFound(QStringLiteral("List %1 does not exist").arg(listId));
    if (l->processingType == QLatin1String("DYNAMIC"))
        return EB::validation(QStringLiteral("listId"), QLatin1String(EB::invalidValueCode),
                              QStringLiteral("List %1 is a DYNAMIC list: HubSpot keeps its "
                                             "members by its filters. Members can only be "
                                             "added or removed on MANUAL or SNAPSHOT lists.")
                                  .arg(listId),
                              QStringLiteral("ListError.DYNAMIC_LIST_MEMBERSHIPS_NOT_EDITABLE"));
    const ListEditResult r = ctx.state.applyListEdit(edit);
    return Reply::json(200,
                       {{QStringLiteral("recordIdsMissing"), idStrings(r.missing)},
                        {QStringLiteral("recordIdsRemoved"), idStrings(r.removed)},
                        {QStringLiteral("recordsIdsAdded"), idStrings(r.added)}});
}

} // namespace

Reply listsMembershipsAdd(const QString &listId, const SandboxRequest &request, HandlerContext &ctx)
{
    QJsonArray body;
    ListEdit edit;
    if (auto bad = JsonInput::parseArray(request, &body))
        return *bad;
    if (auto bad = readIds(body, QStringLiteral("body"), &edit.add))
        return *bad;
    return applyEdit(listId, edit, ctx);
}

Reply listsMembershipsRemove(const QString &listId, const SandboxRequest &request,
                             HandlerContext &ctx)
{
    QJsonArray body;
    ListEdit edit;
    if (auto bad = JsonInput::parseArray(request, &body))
        return *bad;
    if (auto bad = readIds(body, QStringLiteral("body"), &edit.remove))
        return *bad;
    return applyEdit(listId, edit, ctx);
}

Reply listsMembershipsAddAndRemove(const QString &listId, const SandboxRequest &request,
                                   HandlerContext &ctx)
{
    QJsonObject body;
    ListEdit edit;
    if (auto bad = JsonInput::parseObject(request, &body))
        return *bad;
    if (auto bad = JsonInput::checkFields(body,
                                          {{"recordIdsToAdd", QJsonValue::Array, true},
                                           {"recordIdsToRemove", QJsonValue::Array, true}}))
        return *bad;
    if (auto bad = readIds(body.value(QStringLiteral("recordIdsToAdd")).toArray(),
                           QStringLiteral("recordIdsToAdd"), &edit.add))
        return *bad;
    if (auto bad = readIds(body.value(QStringLiteral("recordIdsToRemove")).toArray(),
                           QStringLiteral("recordIdsToRemove"), &edit.remove))
        return *bad;
    return applyEdit(listId, edit, ctx);
}

} // namespace SeqDesk::Sandbox::Handlers
