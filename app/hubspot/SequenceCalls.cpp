// The sequences listing of HubSpotClient one page at a time (the sync shows each page's
// sequences as it arrives; sequencesForUser() collects every page first).
#include "hubspot/HubSpotClient.h"

#include "hubspot/Parsers.h"
#include "hubspot/RequestScheduler.h"

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

} // namespace SeqDesk::HubSpot
