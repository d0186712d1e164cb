// The sequences listing of HubSpotClient: one page at a time (the sync shows each page's
// sequences as it arrives), or every page collected.
#include "hubspot/HubSpotClient.h"

#include "hubspot/Parsers.h"
#include "hubspot/RequestScheduler.h"

#include <QPointer>
#include <QUrlQuery>

namespace SeqDesk::HubSpot {

void HubSpotClient::sequencesPage(const QString &userId, const QString &after, QObject *context,
                                  Callback<Page<SequenceSummary>> done)
{
    if (userId.trimmed().isEmpty()) {
        later(context, [done] {
            done(Result<Page<SequenceSummary>>::failure(ApiError::badRequest(
                Endpoint::Sequences, QStringLiteral("listing sequences needs a userId"))));
        });
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), userId);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_config.pageLimit));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    OutgoingRequest request;
    request.endpoint = Endpoint::Sequences;
    request.url = url(request.endpoint, QString(), query);
    submit(request, context, [done](const RawAnswer &answer) {
        done(answer.ok() ? parseSequencesPage(answer.body)
                         : Result<Page<SequenceSummary>>::failure(answer.error));
    });
}

void HubSpotClient::sequencesForUser(const QString &userId, QObject *context,
                                     Callback<QList<SequenceSummary>> done, PageProgress progress)
{
    QPointer<HubSpotClient> self(this);
    auto fetchPage = [self, userId, context](const QString &after,
                                             PageWalk<SequenceSummary>::PageReply reply) {
        if (!self) { // the client went away between two pages
            reply(Result<Page<SequenceSummary>>::failure(ApiError::cancelled(Endpoint::Sequences)));
            return;
        }
        self->sequencesPage(userId, after, context, std::move(reply));
    };
    PageWalk<SequenceSummary>::start(Endpoint::Sequences, m_config.maxPages, fetchPage,
                                     std::move(progress), std::move(done));
}

} // namespace SeqDesk::HubSpot
