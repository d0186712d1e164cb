#include "mcp/McpContext.h"
#include "mcp/ToolArgs.h"
#include "mcp/ToolCall.h"
#include "mcp/ToolRegistry.h"
#include "mcp/Tools.h"

#include "store/AnalyticsStore.h"
#include "store/StoreWorker.h"

#include <QJsonArray>

namespace SeqDesk::Mcp {

namespace {

constexpr int kDefaultDays = 30;
constexpr int kMaxDays = 3650;

class SummaryText final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Mcp::SummaryTool)
};

struct Summary
{
    std::optional<Store::OutcomeCounts> totals;
    std::optional<QList<Store::SequenceOutcomes>> bySequence;
    std::optional<QList<Store::ReasonCount>> reasons;
    QString error;
};

QJsonObject countsJson(const Store::OutcomeCounts &c)
{
    return {{QStringLiteral("enrolled"), c.enrolled},
            {QStringLiteral("skipped"), c.skipped},
            {QStringLiteral("failed"), c.failed},
            {QStringLiteral("deferred"), c.deferred},
            {QStringLiteral("successRate"), qRound(c.successRate() * 1000) / 1000.0}};
}

// enrollment_summary: the Analytics page's numbers (AnalyticsStore over the journal's
// rollup) for the token's portal over the last `days`, per sequence.
void summarize(McpContext *context, ToolCall *call, const QString &sequenceId, int days)
{
    context->withPortal(call, [=](const QString &portalId, const QString &error) {
        if (portalId.isEmpty())
            return call->fail(error);
        Store::AnalyticsFilter filter;
        filter.portalId = portalId;
        filter.to = QDateTime::currentDateTimeUtc();
        filter.from = filter.to.addDays(-days);
        if (!sequenceId.isEmpty())
            filter.sequenceIds << sequenceId;
        context->store()->run(
            [filter](Store::Stores &s) {
                Summary r;
                r.totals = s.analytics.totals(filter);
                r.bySequence = s.analytics.bySequence(filter);
                r.reasons = s.analytics.reasons(filter);
                r.error = s.analytics.lastError();
                return r;
            },
            call,
            [=](const Summary &r) {
                if (!r.totals || !r.bySequence || !r.reasons)
                    return call->fail(
                        SummaryText::tr("SeqDesk's local mirror failed: %1").arg(r.error));
                QJsonArray sequences;
                for (const Store::SequenceOutcomes &s : *r.bySequence) {
                    QJsonObject o = countsJson(s.counts);
                    o.insert(QStringLiteral("sequenceId"), s.sequenceId);
                    o.insert(QStringLiteral("name"),
                             s.name.isEmpty() ? QJsonValue() : QJsonValue(s.name));
                    sequences.append(o);
                }
                QJsonArray reasons;
                for (const Store::ReasonCount &x : *r.reasons)
                    reasons.append(QJsonObject {
                        {QStringLiteral("outcome"),
                         x.failed ? QStringLiteral("failed") : QStringLiteral("skipped")},
                        {QStringLiteral("code"), x.code},
                        {QStringLiteral("count"), x.count}});
                const QJsonObject out {{QStringLiteral("portalId"), portalId},
                                       {QStringLiteral("days"), days},
                                       {QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
                                       {QStringLiteral("to"), filter.to.toString(Qt::ISODate)},
                                       {QStringLiteral("totals"), countsJson(*r.totals)},
                                       {QStringLiteral("sequences"), sequences},
                                       {QStringLiteral("reasons"), reasons}};
                call->succeed(SummaryText::tr("In the last %1 days SeqDesk enrolled %2 "
                                              "contacts, skipped %3, failed %4 and deferred %5 "
                                              "(success rate %6 %).")
                                  .arg(days)
                                  .arg(r.totals->enrolled)
                                  .arg(r.totals->skipped)
                                  .arg(r.totals->failed)
                                  .arg(r.totals->deferred)
                                  .arg(qRound(r.totals->successRate() * 100)),
                              out);
            });
    });
}

} // namespace

void addSummaryTool(ToolRegistry &tools, McpContext *context)
{
    Tool t;
    t.name = QStringLiteral("enrollment_summary");
    t.title = SummaryText::tr("Enrollment summary");
    t.description = SummaryText::tr(
        "What SeqDesk enrolled in the portal (the app's Analytics numbers, from its local "
        "journal: the wizard's, seqdesk-cli's, the rules' and this server's jobs): enrolled, "
        "skipped, failed and deferred contacts and the success rate, per sequence, and the "
        "most common reasons for skips and failures.");
    t.inputSchema = objectSchema(
        {{QStringLiteral("sequenceId"),
          stringSchema(SummaryText::tr("Only this sequence (its id)."))},
         {QStringLiteral("days"),
          integerSchema(SummaryText::tr("The last N days (default 30)."), 1, kMaxDays)}});
    t.run = [context](ToolCall *call) {
        ToolArgs args(call->arguments(), {QStringLiteral("sequenceId"), QStringLiteral("days")});
        const QString sequenceId = args.id(QStringLiteral("sequenceId"), false);
        const int days = args.integer(QStringLiteral("days"), 1, kMaxDays).value_or(kDefaultDays);
        if (!args.ok())
            return call->fail(args.error());
        summarize(context, call, sequenceId, days);
    };
    tools.add(t);
}

} // namespace SeqDesk::Mcp
