// Sequences: list per user, get one, enroll, a contact's enrollment.
#include "sandbox/Handlers.h"

#include "sandbox/ErrorBodies.h"
#include "sandbox/JsonInput.h"
#include "sandbox/JsonViews.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>

namespace SeqDesk::Sandbox::Handlers {

namespace {

namespace EB = ErrorBodies;

Reply unknownUser(qint64 userId)
{
    return EB::notFound(
        QStringLiteral("No active user with userId %1 exists in this portal.").arg(userId));
}

qint64 toId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok ? id : -1;
}

Reply rejection(EnrollError error, qint64 userId, const QJsonObject &body, bool legacyShape)
{
    const QString sender = body.value(QStringLiteral("senderEmail")).toString();
    switch (error) {
    case EnrollError::None:
        break;
    case EnrollError::UnknownUser:
        return unknownUser(userId);
    case EnrollError::NoSeat:
        return EB::legacy(400, QStringLiteral("SequenceError.OTHER_SEND_REJECTED"),
                          QStringLiteral("Sales Subscription Status is not OK"));
    case EnrollError::UnknownSequence:
        return EB::notFound(QStringLiteral("Sequence %1 not found for user %2")
                                .arg(body.value(QStringLiteral("sequenceId")).toString())
                                .arg(userId));
    case EnrollError::UnknownContact:
        return EB::notFound(QStringLiteral("Contact %1 not found")
                                .arg(body.value(QStringLiteral("contactId")).toString()));
    case EnrollError::NoConnectedInbox:
        return EB::standard(400, QStringLiteral("PUBLIC_ENROLL_NO_CONNECTED_EMAILS"),
                            QStringLiteral("%1 is not a connected email of user %2; connect a "
                                           "personal email before enrolling.")
                                .arg(sender)
                                .arg(userId));
    case EnrollError::MissingEmail:
        return EB::enrollmentRejected(QStringLiteral("CONTACT_MISSING_EMAIL"),
                                      QStringLiteral("The contact has no email address."),
                                      legacyShape);
    case EnrollError::AlreadyEnrolled:
        return EB::enrollmentRejected(
            QStringLiteral("ALREADY_ENROLLED"),
            QStringLiteral("The contact is already enrolled in a sequence. "
                           "Contacts can only be enrolled in one sequence "
                           "at a time."),
            legacyShape);
    case EnrollError::Unsubscribed:
        return EB::enrollmentRejected(
            QStringLiteral("UNSUBSCRIBED"),
            QStringLiteral("The contact has unsubscribed from all email."), legacyShape);
    case EnrollError::Bounced:
        return EB::enrollmentRejected(
            QStringLiteral("RECIPIENT_PREVIOUSLY_BOUNCED_ON_PORTAL"),
            QStringLiteral("An email to this contact previously bounced."), legacyShape);
    case EnrollError::Blocked:
        return EB::enrollmentRejected(QStringLiteral("BLOCKED_ADDRESS"),
                                      QStringLiteral("The contact's email address is blocked."),
                                      legacyShape);
    case EnrollError::SendLimitReached:
        return EB::enrollmentRejected(
            QStringLiteral("SEND_LIMIT_REACHED"),
            QStringLiteral("%1 reached its daily send limit.").arg(sender), legacyShape);
    }
    return EB::serverError(500);
}

} // namespace

Reply sequencesList(const SandboxRequest &request, HandlerContext &ctx)
{
    qint64 userId = 0;
    int limit = 0;
    qint64 after = 0;
    if (auto bad = JsonInput::requiredUserId(request, &userId))
        return *bad;
    if (auto bad = JsonInput::limitParam(request, 100, 100, &limit))
        return *bad;
    if (auto bad = JsonInput::afterParam(request, &after))
        return *bad;
    if (!ctx.state.activeUser(userId))
        return unknownUser(userId);
    const QString name = request.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    QVector<const Sequence *> matching;
    for (const Sequence *s : ctx.state.visibleSequences(userId)) {
        if (name.isEmpty() || s->name.contains(name, Qt::CaseInsensitive))
            matching.append(s);
    }
    QJsonArray results;
    qint64 lastKey = 0;
    bool more = false;
    for (const Sequence *s : std::as_const(matching)) {
        if (s->id <= after)
            continue;
        if (results.size() == limit) {
            more = true;
            break;
        }
        results.append(JsonViews::sequenceLite(*s));
        lastKey = s->id;
    }
    QJsonObject body {{QStringLiteral("results"), results},
                      {QStringLiteral("total"), int(matching.size())}};
    if (ctx.settings.endlessCursor) {
        const qint64 fixed
            = matching.isEmpty() ? 0 : matching[qMin<qsizetype>(limit, matching.size()) - 1]->id;
        body.insert(QStringLiteral("paging"), pagingNext(request, fixed));
    } else if (more) {
        body.insert(QStringLiteral("paging"), pagingNext(request, lastKey));
    }
    return Reply::json(200, body);
}

Reply sequencesGet(const QString &sequenceId, const SandboxRequest &request, HandlerContext &ctx)
{
    qint64 userId = 0;
    if (auto bad = JsonInput::requiredUserId(request, &userId))
        return *bad;
    if (!ctx.state.activeUser(userId))
        return unknownUser(userId);
    const Sequence *s = ctx.state.sequence(toId(sequenceId));
    if (!s || !ctx.state.isVisible(*s, userId))
        return EB::notFound(
            QStringLiteral("Sequence %1 not found for user %2").arg(sequenceId).arg(userId));
    return Reply::json(200, JsonViews::sequenceDetail(*s));
}

Reply enroll(const SandboxRequest &request, HandlerContext &ctx)
{
    qint64 userId = 0;
    if (auto bad = JsonInput::requiredUserId(request, &userId))
        return *bad;
    QJsonObject body;
    if (auto bad = JsonInput::parseObject(request, &body))
        return *bad;
    if (auto bad = JsonInput::checkFields(body,
                                          {{"contactId", QJsonValue::String, true},
                                           {"sequenceId", QJsonValue::String, true},
                                           {"senderEmail", QJsonValue::String, true},
                                           {"senderAliasAddress", QJsonValue::String, false}}))
        return *bad;
    const EnrollResult result
        = ctx.state.enroll(userId, toId(body.value(QStringLiteral("contactId")).toString()),
                           toId(body.value(QStringLiteral("sequenceId")).toString()),
                           body.value(QStringLiteral("senderEmail")).toString());
    if (result.error != EnrollError::None)
        return rejection(result.error, userId, body, ctx.legacyErrorShape);
    return Reply::json(200, JsonViews::enrollmentLite(result.enrollment));
}

Reply enrollmentsGet(const QString &contactId, const SandboxRequest &, HandlerContext &ctx)
{
    const qint64 id = toId(contactId);
    if (!ctx.state.contact(id))
        return EB::notFound(QStringLiteral("Contact %1 not found").arg(contactId));
    const Enrollment *e = ctx.state.activeEnrollment(id);
    if (!e)
        return EB::notFound(
            QStringLiteral("Contact %1 is not enrolled in a sequence").arg(contactId));
    return Reply::json(200, JsonViews::enrollment(*e));
}

} // namespace SeqDesk::Sandbox::Handlers
