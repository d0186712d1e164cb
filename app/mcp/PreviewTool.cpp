#include "mcp/McpContext.h"
#include "mcp/ToolArgs.h"
#include "mcp/ToolCall.h"
#include "mcp/ToolRegistry.h"
#include "mcp/Tools.h"

#include "cli/EnrollChecks.h"
#include "enroll/ContactInput.h"
#include "enroll/DryRunPlanner.h"
#include "enroll/EnrollmentUseCase.h"
#include "enroll/ListMembersReader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace SeqDesk::Mcp {

namespace {

constexpr int kContactsShown = 50; // contacts listed with their predicted outcome
constexpr int kInvalidShown = 20;
constexpr int kMaxInput = 10000; // contactIds or emails in one call

class PreviewText final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Mcp::PreviewTool)
};

QJsonValue iso(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString reasonOf(const Enroll::PlannedContact &c)
{
    const QString name = Enroll::Prediction::name(c.plan);
    return c.detail.isEmpty() ? name : name + QStringLiteral(": ") + c.detail;
}

// preview_enrollment: the contacts (ids or emails as seqdesk-cli --contact-ids reads them, or
// a list's members read by ListMembersReader), the token's portal, the sending user and the
// sequence checked as seqdesk-cli checks them, then the enrollment use case's dry run. Saved
// as a preview; nothing is enrolled.
class PreviewRun final : public QObject
{
public:
    PreviewRun(McpContext *context, ToolCall *call)
        : QObject(call)
        , m_context(context)
        , m_call(call)
        , m_useCase(new Enroll::EnrollmentUseCase(context->store(), nullptr, this))
    {
        connect(call, &ToolCall::cancelled, this, [this] {
            if (m_reader)
                m_reader->cancel();
            if (m_planner)
                m_planner->cancel();
        });
    }

    // False (and the call failed) when the arguments are wrong.
    bool read()
    {
        ToolArgs args(m_call->arguments(),
                      {QStringLiteral("sequenceId"), QStringLiteral("senderEmail"),
                       QStringLiteral("contactIds"), QStringLiteral("emails"),
                       QStringLiteral("listId")});
        m_target.sequenceId = args.id(QStringLiteral("sequenceId"), true);
        m_target.senderEmail = args.text(QStringLiteral("senderEmail"), true).toLower();
        m_target.dailyCap = m_context->options().dailyCap;
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (args.ok() && !email.match(m_target.senderEmail).hasMatch())
            args.problem(PreviewText::tr("\"senderEmail\" must be the email address of the "
                                         "connected inbox the sequence's emails are sent from."));
        const int sources = int(args.has(QStringLiteral("contactIds")))
            + int(args.has(QStringLiteral("emails"))) + int(args.has(QStringLiteral("listId")));
        if (sources != 1)
            args.problem(PreviewText::tr("Give exactly one of contactIds, emails and listId."));
        const auto ids = args.ids(QStringLiteral("contactIds"), kMaxInput);
        const auto emails = args.texts(QStringLiteral("emails"), kMaxInput);
        m_listId = args.id(QStringLiteral("listId"), false);
        if (!args.ok()) {
            m_call->fail(args.error());
            return false;
        }
        if (m_listId.isEmpty()) {
            // As seqdesk-cli --contact-ids reads them: ids and emails, deduplicated.
            const Enroll::ParseResult r
                = Enroll::parsePastedText((ids ? *ids : *emails).join(QLatin1Char('\n')));
            if (!r.list || r.list->contacts.isEmpty()) {
                m_call->fail(r.list && !r.list->invalid.isEmpty()
                                 ? PreviewText::tr("No valid contact id or email: %1")
                                       .arg(r.list->invalid.constFirst().reason)
                                 : PreviewText::tr("No valid contact id or email."));
                return false;
            }
            m_contacts = Enroll::EnrollmentContacts::of(*r.list);
            m_invalid = r.list->invalid;
        }
        return true;
    }

    void start()
    {
        m_context->withPortal(this, [this](const QString &portalId, const QString &error) {
            if (portalId.isEmpty())
                return m_call->fail(error);
            m_target.portalId = portalId;
            if (!m_listId.isEmpty())
                return readList();
            findSender();
        });
    }

private:
    void readList()
    {
        m_reader = new Enroll::ListMembersReader(m_context->client(), this);
        connect(m_reader, &Enroll::ListMembersReader::refused, this,
                [this](const QString &message, Enroll::ListMembersReader::Refusal why) {
                    m_call->fail(why == Enroll::ListMembersReader::Refusal::NoSuchList
                                     ? PreviewText::tr("%1 list_contact_lists shows the "
                                                       "portal's contact lists.")
                                           .arg(message)
                                     : message);
                });
        connect(m_reader, &Enroll::ListMembersReader::failed, this,
                [this](const HubSpot::ApiError &e) { m_call->fail(McpContext::describe(e)); });
        connect(
            m_reader, &Enroll::ListMembersReader::progress, this,
            [this](qint64 read, qint64 total) {
                // Two phases of about the same size: the members, then their dry run.
                m_call->progress(
                    double(read), double(2 * total),
                    PreviewText::tr("Reading the list's members: %1 of %2").arg(read).arg(total));
            });
        connect(m_reader, &Enroll::ListMembersReader::finished, this,
                [this](const Enroll::ListMembers &members) {
                    m_progressBase = double(members.contacts.size());
                    Enroll::EnrollmentContacts c
                        = Enroll::EnrollmentContacts::of(members.contactList());
                    c.origin = Enroll::ContactOrigin::ofList(members.listId, members.name);
                    m_contacts = c;
                    findSender();
                });
        m_reader->start(m_listId);
    }

    void findSender()
    {
        Cli::findSendingUser(
            m_context->client(), m_target.senderEmail, this, [this](const Cli::SenderCheck &c) {
                if (c.apiError)
                    return m_call->fail(McpContext::describe(*c.apiError));
                if (c.userId.isEmpty())
                    return m_call->fail(
                        PreviewText::tr("No active HubSpot user of the portal has the email %1: "
                                        "give the sender's own HubSpot login email (its "
                                        "connected inbox).")
                            .arg(m_target.senderEmail));
                m_target.userId = c.userId;
                checkSequence();
            });
    }

    void checkSequence()
    {
        Cli::checkSequence(
            m_context->client(), m_context->store(), m_target.portalId, m_target.sequenceId,
            m_target.userId, this, [this](const Cli::SequenceCheck &c) {
                switch (c.outcome) {
                case Cli::SequenceCheck::Outcome::Usable:
                    m_sequence = c.sequence;
                    m_sequenceUpdatedAt = c.updatedAt;
                    return plan();
                case Cli::SequenceCheck::Outcome::Unusable:
                    return m_call->fail(
                        PreviewText::tr("%1 Nothing was previewed.").arg(c.problem));
                case Cli::SequenceCheck::Outcome::NotFound:
                    return m_call->fail(
                        PreviewText::tr("Sequence %1 does not exist, or %2 cannot use it: "
                                        "list_sequences shows the sequences.")
                            .arg(m_target.sequenceId, m_target.senderEmail));
                case Cli::SequenceCheck::Outcome::Failed:
                    return m_call->fail(McpContext::describe(*c.apiError));
                }
            });
    }

    void plan()
    {
        m_useCase->planRequest(
            m_target, m_contacts, this,
            [this](const std::optional<Enroll::PlanRequest> &request, const QString &error) {
                if (!request)
                    return m_call->fail(
                        PreviewText::tr("SeqDesk's local mirror failed: %1").arg(error));
                m_planner = new Enroll::DryRunPlanner(m_context->client(), nullptr, this);
                connect(
                    m_planner, &Enroll::DryRunPlanner::failed, this,
                    [this](const HubSpot::ApiError &e) { m_call->fail(McpContext::describe(e)); });
                connect(m_planner, &Enroll::DryRunPlanner::progress, this,
                        [this](int done, int total) {
                            m_call->progress(m_progressBase + done, m_progressBase + total,
                                             PreviewText::tr("Dry run: %1 of %2 contacts read")
                                                 .arg(done)
                                                 .arg(total));
                        });
                connect(m_planner, &Enroll::DryRunPlanner::finished, this,
                        [this](const QList<Enroll::PlannedContact> &plan) { save(plan); });
                m_planner->start(*request);
            });
    }

    void save(const QList<Enroll::PlannedContact> &plan)
    {
        Preview p;
        p.id = PreviewStore::newId();
        p.createdAt = QDateTime::currentDateTimeUtc();
        p.target = m_target;
        p.origin = m_contacts.origin;
        p.sequenceName = m_sequence.name;
        p.sequenceUpdatedAt = m_sequenceUpdatedAt;
        p.plan = plan;
        p.invalid = m_invalid;
        QString error;
        m_context->previews().prune(p.createdAt);
        if (!m_context->previews().save(p, &error))
            return m_call->fail(
                PreviewText::tr("The preview could not be saved (%1); nothing was enrolled.")
                    .arg(error));
        answer(p);
    }

    void answer(const Preview &p)
    {
        QJsonObject counts;
        int enroll = 0;
        int deferred = 0;
        QJsonArray contacts;
        for (const Enroll::PlannedContact &c : p.plan) {
            const QString code = Enroll::Prediction::code(c.plan);
            counts.insert(code, counts.value(code).toInt() + 1);
            enroll += c.plan == Enroll::Plan::Enroll ? 1 : 0;
            deferred += c.plan == Enroll::Plan::Deferred ? 1 : 0;
            if (contacts.size() < kContactsShown) {
                QJsonObject row {{QStringLiteral("input"), c.input},
                                 {QStringLiteral("contactId"), c.contactId},
                                 {QStringLiteral("email"), c.email},
                                 {QStringLiteral("outcome"), code},
                                 {QStringLiteral("reason"), reasonOf(c)}};
                if (c.eligibleAt.isValid())
                    row.insert(QStringLiteral("eligibleAt"), iso(c.eligibleAt));
                contacts.append(row);
            }
        }
        QJsonArray invalid;
        for (const Enroll::InputProblem &i : p.invalid) {
            if (invalid.size() >= kInvalidShown)
                break;
            invalid.append(QJsonObject {{QStringLiteral("input"), i.text},
                                        {QStringLiteral("reason"), i.reason}});
        }
        const int skipped = int(p.plan.size()) - enroll - deferred;
        const QDateTime expires = p.createdAt.addMSecs(PreviewStore::kFreshMs);
        QJsonObject source {{QStringLiteral("kind"),
                             p.origin.kind == Enroll::ContactOrigin::Kind::HubSpotList
                                 ? QStringLiteral("list")
                                 : QStringLiteral("contacts")},
                            {QStringLiteral("name"), p.origin.name}};
        if (!p.origin.listId.isEmpty())
            source.insert(QStringLiteral("listId"), p.origin.listId);
        const QJsonObject out {{QStringLiteral("previewId"), p.id},
                               {QStringLiteral("expiresAt"), iso(expires)},
                               {QStringLiteral("sequence"),
                                QJsonObject {{QStringLiteral("id"), p.target.sequenceId},
                                             {QStringLiteral("name"), p.sequenceName}}},
                               {QStringLiteral("senderEmail"), p.target.senderEmail},
                               {QStringLiteral("dailyCap"), p.target.dailyCap},
                               {QStringLiteral("source"), source},
                               {QStringLiteral("total"), int(p.plan.size())},
                               {QStringLiteral("wouldEnroll"), enroll},
                               {QStringLiteral("wouldSkip"), skipped},
                               {QStringLiteral("deferred"), deferred},
                               {QStringLiteral("counts"), counts},
                               {QStringLiteral("contacts"), contacts},
                               {QStringLiteral("contactsShown"), int(contacts.size())},
                               {QStringLiteral("invalid"), invalid},
                               {QStringLiteral("invalidCount"), int(p.invalid.size())}};
        m_call->succeed(
            PreviewText::tr("Preview %1 of \"%2\" as %3: %4 would be enrolled now, %5 skipped, "
                            "%6 deferred by the sender's send cap (enrolled later, when the job "
                            "is resumed). Nothing was enrolled. Show this to the user; only "
                            "once they agree, call start_enrollment with this previewId and "
                            "confirm: true before %7 (UTC).")
                .arg(p.id, p.sequenceName, p.target.senderEmail)
                .arg(enroll)
                .arg(skipped)
                .arg(deferred)
                .arg(expires.toString(QStringLiteral("HH:mm"))),
            out);
    }

    McpContext *m_context;
    ToolCall *m_call;
    Enroll::EnrollmentUseCase *m_useCase;
    Enroll::EnrollmentTarget m_target;
    Enroll::EnrollmentContacts m_contacts;
    QList<Enroll::InputProblem> m_invalid;
    QString m_listId;
    Store::SequenceRecord m_sequence;
    QDateTime m_sequenceUpdatedAt;
    double m_progressBase = 0; // a list's members read before the dry run
    Enroll::ListMembersReader *m_reader = nullptr;
    Enroll::DryRunPlanner *m_planner = nullptr;
};

} // namespace

void addPreviewTool(ToolRegistry &tools, McpContext *context)
{
    Tool t;
    t.name = QStringLiteral("preview_enrollment");
    t.title = PreviewText::tr("Preview an enrollment");
    t.description = PreviewText::tr(
        "A dry run of enrolling contacts into a sequence, as the SeqDesk wizard's preview: "
        "HubSpot is only read, nobody is enrolled. Returns counts per predicted outcome "
        "(enroll, already_enrolled, unsubscribed, bounced, blocked, no_email, not_found, "
        "duplicate, deferred by the sender's rolling 24 h send cap), the first 50 contacts "
        "with their outcome and reason, and a previewId. Show the result to the user; "
        "start_enrollment with that previewId (within 15 minutes) enrolls exactly these "
        "contacts. Give the contacts as exactly one of contactIds, emails or listId.");
    const QJsonObject idArray {
        {QStringLiteral("type"), QStringLiteral("array")},
        {QStringLiteral("items"),
         QJsonObject {{QStringLiteral("type"),
                       QJsonArray {QStringLiteral("string"), QStringLiteral("integer")}}}},
        {QStringLiteral("minItems"), 1},
        {QStringLiteral("maxItems"), kMaxInput},
        {QStringLiteral("description"), PreviewText::tr("HubSpot contact ids.")}};
    const QJsonObject emailArray {
        {QStringLiteral("type"), QStringLiteral("array")},
        {QStringLiteral("items"), QJsonObject {{QStringLiteral("type"), QStringLiteral("string")}}},
        {QStringLiteral("minItems"), 1},
        {QStringLiteral("maxItems"), kMaxInput},
        {QStringLiteral("description"), PreviewText::tr("Contacts' email addresses.")}};
    t.inputSchema = objectSchema(
        {{QStringLiteral("sequenceId"),
          stringSchema(PreviewText::tr("The sequence's id (list_sequences); it must be "
                                       "active."))},
         {QStringLiteral("senderEmail"),
          stringSchema(PreviewText::tr("The HubSpot user's email whose connected inbox sends "
                                       "the sequence's emails."))},
         {QStringLiteral("contactIds"), idArray},
         {QStringLiteral("emails"), emailArray},
         {QStringLiteral("listId"),
          stringSchema(PreviewText::tr("A contact list's id (list_contact_lists): its "
                                       "members."))}},
        {QStringLiteral("sequenceId"), QStringLiteral("senderEmail")});
    t.readOnly = true;
    t.idempotent = false; // each call makes a new previewId
    t.run = [context](ToolCall *call) {
        auto *run = new PreviewRun(context, call);
        if (run->read())
            run->start();
    };
    tools.add(t);
}

} // namespace SeqDesk::Mcp
