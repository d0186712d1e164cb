// /_sandbox/ inspection and control (no token: the server only listens on loopback, and they
// answer only requests that name a loopback host, so a web page cannot reach them by
// renaming its own host to 127.0.0.1: DNS rebinding).
#include "sandbox/SandboxServer.h"

#include "sandbox/ErrorBodies.h"
#include "sandbox/HttpTypes.h"
#include "sandbox/JsonInput.h"
#include "sandbox/JsonViews.h"
#include "sandbox/ListGrower.h"
#include "sandbox/Router.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace SeqDesk::Sandbox {

namespace {

QString kindName(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Normal:
        return QStringLiteral("normal");
    case ContactKind::Unsubscribed:
        return QStringLiteral("unsubscribed");
    case ContactKind::Bounced:
        return QStringLiteral("bounced");
    case ContactKind::Blocked:
        return QStringLiteral("blocked");
    case ContactKind::NoEmail:
        return QStringLiteral("noEmail");
    case ContactKind::Enrolled:
        return QStringLiteral("enrolled");
    }
    return {};
}

QString ownerRole(int index, const Owner &o)
{
    if (o.type == QLatin1String("QUEUE"))
        return QStringLiteral("queue");
    if (!o.userId)
        return QStringLiteral("deactivated");
    if (!o.salesSeat)
        return QStringLiteral("noSalesSeat");
    if (o.inboxes.size() > 1)
        return QStringLiteral("twoInboxes");
    if (!o.inboxes.contains(o.email))
        return QStringLiteral("inboxDiffersFromLogin");
    return index == 0 ? QStringLiteral("primary") : QStringLiteral("active");
}

// 127.0.0.1, localhost or [::1], each with a port or without one (any case).
bool isLoopbackHost(const QByteArray &host)
{
    QByteArray name = host.toLower();
    QByteArray port;
    if (name.startsWith('[')) {
        const qsizetype close = name.indexOf(']');
        if (close < 0 || name.mid(1, close - 1) != "::1")
            return false;
        port = name.mid(close + 1);
    } else {
        const qsizetype colon = name.indexOf(':');
        if (colon >= 0) {
            port = name.mid(colon);
            name.truncate(colon);
        }
        if (name != "127.0.0.1" && name != "localhost")
            return false;
    }
    if (port.isEmpty())
        return true;
    return port.size() > 1 && port.front() == ':'
        && std::all_of(port.cbegin() + 1, port.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

// The most steps addSequence builds (a test's sequence; HubSpot's own are far shorter).
constexpr int kMaxNewSequenceSteps = 100;

// An id given as a JSON number or a string of digits; -1 when it is neither. A number must be
// whole and below 2^53 (a double holds every integer up to there; beyond, none is an id).
qint64 idValue(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == std::floor(d) && std::fabs(d) <= 9.0e15 ? qint64(d) : -1;
    }
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    return ok ? id : -1;
}

// {"listId": id, "recordIds": [id, ...]} of addListMembers / removeListMembers.
bool readListChange(const QJsonValue &value, const QString &key, ListEdit *edit,
                    QVector<qint64> *ids, QString *error)
{
    const QJsonObject o = value.toObject();
    const QJsonValue records = o.value(QStringLiteral("recordIds"));
    edit->listId = idValue(o.value(QStringLiteral("listId")));
    if (!value.isObject() || edit->listId < 0 || !records.isArray()) {
        *error = QStringLiteral("%1 needs {\"listId\": id, \"recordIds\": [ids]}").arg(key);
        return false;
    }
    for (const QJsonValue &v : records.toArray()) {
        const qint64 id = idValue(v);
        if (id <= 0) {
            *error = QStringLiteral("%1: record ids are positive integers").arg(key);
            return false;
        }
        ids->append(id);
    }
    return true;
}

} // namespace

QJsonObject SandboxServer::summary() const
{
    const PortalData &d = m_state->data();
    QHash<qint64, int> owned; // owner id -> contacts it owns
    int unowned = 0;
    for (const Contact &c : d.contacts) {
        if (c.ownerId)
            ++owned[*c.ownerId];
        else
            ++unowned;
    }
    QJsonArray users;
    for (int i = 0; i < d.owners.size(); ++i) {
        const Owner &o = d.owners[i];
        QJsonObject u {{QStringLiteral("ownerId"), QString::number(o.id)},
                       {QStringLiteral("type"), o.type},
                       {QStringLiteral("email"), o.email},
                       {QStringLiteral("salesSeat"), o.salesSeat},
                       {QStringLiteral("inboxes"), QJsonArray::fromStringList(o.inboxes)},
                       {QStringLiteral("role"), ownerRole(i, o)},
                       {QStringLiteral("ownedContacts"), owned.value(o.id)}};
        if (o.userId)
            u.insert(QStringLiteral("userId"), QString::number(*o.userId));
        if (o.userIdIncludingInactive)
            u.insert(QStringLiteral("userIdIncludingInactive"),
                     QString::number(*o.userIdIncludingInactive));
        users.append(u);
    }
    int privateCount = 0;
    int emptyCount = 0;
    for (const Sequence &s : d.sequences) {
        privateCount += s.shared ? 0 : 1;
        emptyCount += s.steps.isEmpty() ? 1 : 0;
    }
    QJsonObject examples;
    for (const Contact &c : d.contacts) {
        QJsonArray ids = examples.value(kindName(c.kind)).toArray();
        if (ids.size() < 5) {
            ids.append(QString::number(c.id));
            examples.insert(kindName(c.kind), ids);
        }
    }
    QJsonArray lists;
    for (const ContactList &l : d.lists) {
        lists.append(QJsonObject {{QStringLiteral("listId"), QString::number(l.listId)},
                                  {QStringLiteral("name"), l.name},
                                  {QStringLiteral("objectTypeId"), l.objectTypeId},
                                  {QStringLiteral("processingType"), l.processingType},
                                  {QStringLiteral("size"), int(l.members.size())}});
    }
    return {{QStringLiteral("seed"), qint64(m_config.seed)},
            {QStringLiteral("users"), users},
            {QStringLiteral("sequences"),
             QJsonObject {{QStringLiteral("total"), int(d.sequences.size())},
                          {QStringLiteral("private"), privateCount},
                          {QStringLiteral("withoutSteps"), emptyCount}}},
            {QStringLiteral("contacts"),
             QJsonObject {{QStringLiteral("total"), int(d.contacts.size())},
                          {QStringLiteral("withoutOwner"), unowned},
                          {QStringLiteral("examples"), examples}}},
            {QStringLiteral("lists"), lists}};
}

QJsonObject SandboxServer::enrollmentsJson() const
{
    QJsonArray out;
    for (const Enrollment &e : m_state->acceptedEnrollments()) {
        out.append(QJsonObject {{QStringLiteral("id"), QString::number(e.id)},
                                {QStringLiteral("contactId"), QString::number(e.contactId)},
                                {QStringLiteral("sequenceId"), QString::number(e.sequenceId)},
                                {QStringLiteral("userId"), QString::number(e.userId)},
                                {QStringLiteral("senderEmail"), e.senderEmail},
                                {QStringLiteral("toEmail"), e.toEmail},
                                {QStringLiteral("enrolledAt"), JsonViews::isoTime(e.enrolledAt)}});
    }
    return {{QStringLiteral("results"), out}, {QStringLiteral("total"), int(out.size())}};
}

Reply SandboxServer::handleSandbox(const Route &route, const SandboxRequest &request)
{
    if (!isLoopbackHost(request.host))
        return ErrorBodies::notLoopbackHost(request.host);
    if (route.name == QLatin1String(Routes::sandboxEnrollments))
        return Reply::json(200, enrollmentsJson());
    if (route.name == QLatin1String(Routes::sandboxStats))
        return Reply::json(200, m_stats.toJson());
    if (route.name == QLatin1String(Routes::sandboxSummary))
        return Reply::json(200, summary());
    QJsonObject control;
    if (auto bad = JsonInput::parseObject(request, &control))
        return *bad;
    QJsonObject result;
    QString error;
    const int status = applyControl(control, &result, &error);
    if (status != 200)
        return status == 404
            ? ErrorBodies::notFound(error)
            : ErrorBodies::validation(QStringLiteral("control"),
                                      QLatin1String(ErrorBodies::invalidValueCode), error);
    return Reply::json(200, result);
}

int SandboxServer::applyControl(const QJsonObject &c, QJsonObject *result, QString *error)
{
    // Both out-parameters are optional for callers.
    QJsonObject ignoredResult;
    QString ignoredError;
    if (!result)
        result = &ignoredResult;
    if (!error)
        error = &ignoredError;
    static const QStringList known {
        QStringLiteral("settings"),           QStringLiteral("token"),
        QStringLiteral("revokeToken"),        QStringLiteral("grantedScopes"),
        QStringLiteral("renameSequence"),     QStringLiteral("deleteSequence"),
        QStringLiteral("clearSequenceSteps"), QStringLiteral("addSequence"),
        QStringLiteral("resetStats"),         QStringLiteral("resetRateLimit"),
        QStringLiteral("addListMembers"),     QStringLiteral("removeListMembers")};
    for (auto it = c.begin(); it != c.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown control key %1").arg(it.key());
            return 400;
        }
    }
    m_grower->catchUp(); // growth due by now happens before this control's changes
    // Validate everything before changing anything.
    SandboxSettings next = settings();
    if (c.contains(QStringLiteral("settings"))
        && !next.applyJson(c.value(QStringLiteral("settings")).toObject(), error))
        return 400;
    if (const QString problem = settingsProblem(next); !problem.isEmpty()) {
        *error = problem;
        return 400;
    }
    if (c.contains(QStringLiteral("token"))
        && c.value(QStringLiteral("token")).toString().isEmpty()) {
        *error = QStringLiteral("token must be a non-empty string");
        return 400;
    }
    const QJsonValue scopes = c.value(QStringLiteral("grantedScopes"));
    if (!scopes.isUndefined() && (!scopes.isArray() || JsonInput::checkStringArray(scopes, {}))) {
        *error = QStringLiteral("grantedScopes must be an array of strings");
        return 400;
    }
    const QJsonObject rename = c.value(QStringLiteral("renameSequence")).toObject();
    const QJsonObject add = c.value(QStringLiteral("addSequence")).toObject();
    if (c.contains(QStringLiteral("addSequence"))
        && add.value(QStringLiteral("name")).toString().isEmpty()) {
        *error = QStringLiteral("addSequence needs a name");
        return 400;
    }
    QVector<ListEdit> listEdits;
    if (const int status = readListEdits(c, &listEdits, error); status != 200)
        return status;

    if (c.contains(QStringLiteral("settings")))
        setSettings(next);
    for (const ListEdit &edit : std::as_const(listEdits))
        m_state->applyListEdit(edit);
    if (c.contains(QStringLiteral("token")))
        setToken(c.value(QStringLiteral("token")).toString());
    if (c.value(QStringLiteral("revokeToken")).toBool())
        revokeToken();
    if (scopes.isArray()) {
        QStringList list;
        for (const QJsonValue &v : scopes.toArray())
            list.append(v.toString());
        setGrantedScopes(list);
    }
    if (c.value(QStringLiteral("resetStats")).toBool())
        resetStats();
    if (c.value(QStringLiteral("resetRateLimit")).toBool())
        resetRateLimit();
    const auto notFound = [&](const QJsonValue &id) {
        *error = QStringLiteral("sequence %1 not found").arg(idValue(id));
        return 404;
    };
    if (c.contains(QStringLiteral("renameSequence"))
        && !renameSequence(idValue(rename.value(QStringLiteral("id"))),
                           rename.value(QStringLiteral("name")).toString()))
        return notFound(rename.value(QStringLiteral("id")));
    if (c.contains(QStringLiteral("clearSequenceSteps"))
        && !clearSequenceSteps(idValue(c.value(QStringLiteral("clearSequenceSteps")))))
        return notFound(c.value(QStringLiteral("clearSequenceSteps")));
    if (c.contains(QStringLiteral("deleteSequence"))
        && !deleteSequence(idValue(c.value(QStringLiteral("deleteSequence")))))
        return notFound(c.value(QStringLiteral("deleteSequence")));
    if (c.contains(QStringLiteral("addSequence"))) {
        NewSequence spec;
        spec.name = add.value(QStringLiteral("name")).toString();
        spec.userId = idValue(add.value(QStringLiteral("userId")));
        spec.shared = add.value(QStringLiteral("shared")).toBool(true);
        spec.stepCount = add.value(QStringLiteral("steps")).toInt(3);
        if (spec.stepCount < 0 || spec.stepCount > kMaxNewSequenceSteps) {
            *error = QStringLiteral("addSequence.steps is 0 to %1").arg(kMaxNewSequenceSteps);
            return 400;
        }
        const qint64 id = addSequence(spec);
        if (id == 0) {
            *error = QStringLiteral("user %1 cannot own sequences").arg(spec.userId);
            return 400;
        }
        result->insert(QStringLiteral("sequenceId"), QString::number(id));
    }
    if (!listEdits.isEmpty()) {
        QJsonObject sizes;
        for (const ListEdit &edit : std::as_const(listEdits))
            sizes.insert(QString::number(edit.listId),
                         int(m_state->list(edit.listId)->members.size()));
        result->insert(QStringLiteral("listSizes"), sizes);
    }
    result->insert(QStringLiteral("ok"), true);
    result->insert(QStringLiteral("settings"), settings().toJson());
    return 200;
}

int SandboxServer::readListEdits(const QJsonObject &c, QVector<ListEdit> *edits,
                                 QString *error) const
{
    ListEdit adding;
    ListEdit removing;
    for (const auto &[key, edit, ids] :
         {std::make_tuple(QStringLiteral("addListMembers"), &adding, &adding.add),
          std::make_tuple(QStringLiteral("removeListMembers"), &removing, &removing.remove)}) {
        if (c.contains(key) && !readListChange(c.value(key), key, edit, ids, error))
            return 400;
    }
    if (c.contains(QStringLiteral("addListMembers")))
        edits->append(adding);
    if (c.contains(QStringLiteral("removeListMembers"))) {
        if (!edits->isEmpty() && edits->constFirst().listId == removing.listId)
            (*edits)[0].remove = removing.remove;
        else
            edits->append(removing);
    }
    for (const ListEdit &edit : std::as_const(*edits)) {
        qint64 badId = 0;
        switch (m_state->checkListEdit(edit, &badId)) {
        case ListEditError::None:
            break;
        case ListEditError::UnknownList:
            *error = QStringLiteral("list %1 not found").arg(edit.listId);
            return 404;
        case ListEditError::UnknownContact:
            *error = QStringLiteral("contact %1 does not exist").arg(badId);
            return 400;
        }
    }
    return 200;
}

} // namespace SeqDesk::Sandbox
