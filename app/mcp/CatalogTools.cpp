#include "mcp/McpContext.h"
#include "mcp/ToolArgs.h"
#include "mcp/ToolCall.h"
#include "mcp/ToolRegistry.h"
#include "mcp/Tools.h"

#include "cli/CliOutput.h"
#include "enroll/ListSearch.h"
#include "store/StoreWorker.h"
#include "sync/SyncEngine.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace SeqDesk::Mcp {

namespace {

constexpr qint64 kMirrorFreshMs = qint64(24) * 60 * 60 * 1000; // older: synced first
constexpr int kSequencesShown = 200;
constexpr int kListPage = 500; // HubSpot's largest lists-search page
constexpr int kListsShown = 500;

class CatalogText final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Mcp::CatalogTools)
};

QString statusCode(Store::SequenceStatus status)
{
    switch (status) {
    case Store::SequenceStatus::Active:
        return QStringLiteral("active");
    case Store::SequenceStatus::Paused:
        return QStringLiteral("paused");
    case Store::SequenceStatus::Draft:
        return QStringLiteral("draft");
    case Store::SequenceStatus::Archived:
        return QStringLiteral("archived");
    }
    return QString();
}

QJsonValue iso(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

struct Mirror
{
    std::optional<Store::PortalRecord> portal;
    QList<Store::SequenceRecord> sequences;
    QHash<QString, QString> ownerEmails; // by user id
    QString error;
};

Mirror readMirror(Store::Stores &s, const QString &portalId)
{
    Mirror m;
    m.portal = s.portals.portal(portalId);
    m.sequences = s.sequences.sequences(portalId);
    m.error = s.sequences.lastError();
    for (const Store::OwnerRecord &o : s.owners.owners(portalId)) {
        if (o.userId)
            m.ownerEmails.insert(QString::number(*o.userId), o.email);
    }
    return m;
}

// list_sequences: the mirror's sequences of the token's portal, synced first when its last
// sync is older than 24 hours (as the app does at start).
class SequenceListing final : public QObject
{
public:
    SequenceListing(McpContext *context, ToolCall *call, const QString &status,
                    const QString &query)
        : QObject(call)
        , m_context(context)
        , m_call(call)
        , m_status(status)
        , m_query(query)
    {
        connect(call, &ToolCall::cancelled, this, [this] {
            if (m_engine)
                m_engine->cancel();
        });
    }

    void start()
    {
        m_context->withPortal(this, [this](const QString &portalId, const QString &error) {
            if (portalId.isEmpty())
                return m_call->fail(error);
            m_portalId = portalId;
            read(true);
        });
    }

private:
    void read(bool maySync)
    {
        const QString portalId = m_portalId;
        m_context->store()->run(
            [portalId](Store::Stores &s) { return readMirror(s, portalId); }, this,
            [this, maySync](const Mirror &m) {
                if (!m.error.isEmpty())
                    return m_call->fail(
                        CatalogText::tr("SeqDesk's local mirror failed: %1").arg(m.error));
                const QDateTime last = m.portal ? m.portal->lastSyncAt : QDateTime();
                if (maySync
                    && (!last.isValid()
                        || last.msecsTo(QDateTime::currentDateTimeUtc()) > kMirrorFreshMs))
                    return sync(m);
                answer(m);
            });
    }

    void sync(const Mirror &before)
    {
        m_engine = new Sync::SyncEngine(m_context->client(), m_context->store(), m_portalId,
                                        nullptr, this);
        connect(m_engine, &Sync::SyncEngine::listingProgress, this,
                [this](int usersDone, int userCount, int) {
                    m_call->progress(usersDone, userCount * 2,
                                     CatalogText::tr("Syncing: reading sequences (%1 of %2 users)")
                                         .arg(usersDone)
                                         .arg(userCount));
                    m_users = userCount;
                });
        connect(m_engine, &Sync::SyncEngine::detailsProgress, this, [this](int done, int total) {
            const double part = total > 0 ? double(done) / total : 1.0;
            m_call->progress(
                m_users + part * m_users, m_users * 2,
                CatalogText::tr("Syncing: reading details (%1 of %2)").arg(done).arg(total));
        });
        connect(m_engine, &Sync::SyncEngine::finished, this,
                [this, before](const Store::SyncRunRecord &run) {
                    if (run.status == Store::SyncStatus::Succeeded) {
                        m_synced = true;
                        return read(false);
                    }
                    if (before.portal && before.portal->lastSyncAt.isValid()) {
                        m_syncProblem = run.error;
                        return answer(before); // the last sync's sequences, saying so
                    }
                    m_call->fail(CatalogText::tr("The portal's sequences could not be synced "
                                                 "from HubSpot: %1 Try again later, or sync "
                                                 "the portal in the SeqDesk app.")
                                     .arg(run.error));
                });
        m_engine->start(Store::SyncTrigger::Scheduled);
    }

    void answer(const Mirror &m)
    {
        QJsonArray sequences;
        int matched = 0;
        for (const Store::SequenceRecord &s : m.sequences) {
            const QString status = statusCode(s.status());
            if (!m_status.isEmpty() && status != m_status)
                continue;
            if (!m_query.isEmpty() && !s.name.contains(m_query, Qt::CaseInsensitive)
                && s.sequenceId != m_query)
                continue;
            if (++matched > kSequencesShown)
                continue;
            sequences.append(
                QJsonObject {{QStringLiteral("id"), s.sequenceId},
                             {QStringLiteral("name"), s.name},
                             {QStringLiteral("status"), status},
                             {QStringLiteral("enrollable"), s.isEnrollable()},
                             {QStringLiteral("ownerUserId"), s.ownerUserId},
                             {QStringLiteral("ownerEmail"),
                              m.ownerEmails.contains(s.ownerUserId)
                                  ? QJsonValue(m.ownerEmails.value(s.ownerUserId))
                                  : QJsonValue()},
                             {QStringLiteral("steps"), s.stepCount},
                             {QStringLiteral("updatedAt"), iso(s.updatedAt)},
                             {QStringLiteral("enrolledThroughSeqDesk"), s.enrolledThroughSeqDesk}});
        }
        QJsonObject out {{QStringLiteral("portalId"), m_portalId},
                         {QStringLiteral("lastSyncAt"),
                          iso(m_synced ? QDateTime::currentDateTimeUtc()
                                       : (m.portal ? m.portal->lastSyncAt : QDateTime()))},
                         {QStringLiteral("syncedNow"), m_synced},
                         {QStringLiteral("total"), matched},
                         {QStringLiteral("sequences"), sequences}};
        QString text = CatalogText::tr("%n sequence(s) match.", nullptr, matched);
        if (matched > kSequencesShown) {
            out.insert(QStringLiteral("truncated"), true);
            text += QLatin1Char(' ')
                + CatalogText::tr("The first %1 are listed; narrow with query or status.")
                      .arg(kSequencesShown);
        }
        if (!m_syncProblem.isEmpty()) {
            out.insert(QStringLiteral("syncProblem"), m_syncProblem);
            text += QLatin1Char(' ')
                + CatalogText::tr("The sync older than 24 hours could not be refreshed (%1): "
                                  "these are the sequences of the last sync.")
                      .arg(m_syncProblem);
        }
        text += QLatin1Char(' ')
            + CatalogText::tr("Only sequences with status \"active\" can be enrolled into.");
        m_call->succeed(text, out);
    }

    McpContext *m_context;
    ToolCall *m_call;
    QString m_status;
    QString m_query;
    QString m_portalId;
    Sync::SyncEngine *m_engine = nullptr;
    int m_users = 0;
    bool m_synced = false;
    QString m_syncProblem;
};

// list_contact_lists: HubSpot's lists search (ListSearch, as the wizard's list picker),
// every page, in the picker's order.
class ListListing final : public QObject
{
public:
    ListListing(McpContext *context, ToolCall *call, const QString &query)
        : QObject(call)
        , m_call(call)
        , m_query(query)
        , m_search(new Enroll::ListSearch(context->client(), kListPage, this))
    {
        connect(call, &ToolCall::cancelled, m_search, &Enroll::ListSearch::cancel);
        connect(m_search, &Enroll::ListSearch::failed, this,
                [this](const HubSpot::ApiError &e) { m_call->fail(McpContext::describe(e)); });
        connect(m_search, &Enroll::ListSearch::found, this,
                [this](const QList<HubSpot::ListSummary> &lists, bool, bool hasMore, int total) {
                    m_lists += lists;
                    m_call->progress(m_lists.size(), total,
                                     CatalogText::tr("Reading lists: %1").arg(m_lists.size()));
                    if (hasMore && m_lists.size() < kListsShown && m_search->canFetchMore())
                        return m_search->fetchMore();
                    answer(hasMore);
                });
    }

    void start() { m_search->start(m_query); }

private:
    void answer(bool more)
    {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(m_lists.begin(), m_lists.end(),
                  [&](const HubSpot::ListSummary &a, const HubSpot::ListSummary &b) {
                      return Enroll::listBefore(a, b, m_query, collator);
                  });
        // The same objects as seqdesk-cli --list-lists --json.
        const QJsonArray lists = QJsonDocument::fromJson(Cli::listsJson(m_lists)).array();
        QJsonObject out {{QStringLiteral("count"), lists.size()}, {QStringLiteral("lists"), lists}};
        QString text = m_lists.isEmpty()
            ? (m_query.isEmpty() ? CatalogText::tr("The portal has no contact lists.")
                                 : CatalogText::tr("No contact list matches \"%1\".").arg(m_query))
            : CatalogText::tr("%n contact list(s).", nullptr, int(m_lists.size()));
        if (more) {
            out.insert(QStringLiteral("truncated"), true);
            text += QLatin1Char(' ') + CatalogText::tr("More lists match: narrow with query.");
        }
        text += QLatin1Char(' ')
            + CatalogText::tr("preview_enrollment takes a list's id as listId.");
        m_call->succeed(text, out);
    }

    ToolCall *m_call;
    QString m_query;
    Enroll::ListSearch *m_search;
    QList<HubSpot::ListSummary> m_lists;
};

} // namespace

void addCatalogTools(ToolRegistry &tools, McpContext *context)
{
    Tool sequences;
    sequences.name = QStringLiteral("list_sequences");
    sequences.title = CatalogText::tr("List sequences");
    sequences.description = CatalogText::tr(
        "The HubSpot sequences of the portal, from SeqDesk's local mirror (synced from "
        "HubSpot first when its last sync is older than 24 hours): id, name, status, owner, "
        "number of steps. Only \"active\" sequences can be enrolled into. Use it to find the "
        "sequenceId for preview_enrollment.");
    sequences.inputSchema = objectSchema(
        {{QStringLiteral("status"),
          QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                       {QStringLiteral("enum"),
                        QJsonArray {QStringLiteral("active"), QStringLiteral("paused"),
                                    QStringLiteral("draft"), QStringLiteral("archived")}},
                       {QStringLiteral("description"),
                        CatalogText::tr("Only sequences with this status.")}}},
         {
             QStringLiteral("query"),
             stringSchema(CatalogText::tr("Only sequences whose name contains this text (or "
                                          "whose id it is).")),
         }});
    sequences.run = [context](ToolCall *call) {
        ToolArgs args(call->arguments(), {QStringLiteral("status"), QStringLiteral("query")});
        const QString status = args.choice(QStringLiteral("status"),
                                           {QStringLiteral("active"), QStringLiteral("paused"),
                                            QStringLiteral("draft"), QStringLiteral("archived")});
        const QString query = args.text(QStringLiteral("query"), false);
        if (!args.ok())
            return call->fail(args.error());
        (new SequenceListing(context, call, status, query))->start();
    };
    tools.add(sequences);

    Tool lists;
    lists.name = QStringLiteral("list_contact_lists");
    lists.title = CatalogText::tr("List contact lists");
    lists.description = CatalogText::tr(
        "The portal's HubSpot contact lists (needs the token's crm.lists.read scope): id, "
        "name, size (members) and kind (static, active or snapshot), best matches first. Use "
        "it to find the listId for preview_enrollment.");
    lists.inputSchema = objectSchema(
        {{QStringLiteral("query"),
          stringSchema(CatalogText::tr("Only lists whose name matches (HubSpot's name "
                                       "search)."))}});
    lists.run = [context](ToolCall *call) {
        ToolArgs args(call->arguments(), {QStringLiteral("query")});
        const QString query = args.text(QStringLiteral("query"), false);
        if (!args.ok())
            return call->fail(args.error());
        (new ListListing(context, call, query))->start();
    };
    tools.add(lists);
}

} // namespace SeqDesk::Mcp
