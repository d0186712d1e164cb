#include "hubspot/HubSpotClient.h"

#include "hubspot/Logging.h"
#include "hubspot/Parsers.h"
#include "hubspot/RequestBodies.h"
#include "hubspot/RequestScheduler.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace SeqDesk::HubSpot {

HubSpotClient::HubSpotClient(QNetworkAccessManager *nam, ClientConfig config, const Clock *clock,
                             QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (!clock) {
        m_ownClock = std::make_unique<SystemClock>();
        clock = m_ownClock.get();
    }
    m_clock = clock;
    QString error;
    if (!validateBaseUrl(m_config.baseUrl, &error))
        m_configError = QCoreApplication::translate("HubSpot", "The base URL \"%1\": %2")
                            .arg(m_config.baseUrl.toString(), error);
    else if (!nam)
        m_configError = QStringLiteral("no network access manager");
    m_config.maxInFlight = qMax(1, m_config.maxInFlight);
    m_config.maxRetries = qMax(0, m_config.maxRetries);
    m_config.pageLimit = qBound(1, m_config.pageLimit, 1000);
    m_config.maxRetryAfterMs = qBound<qint64>(0, m_config.maxRetryAfterMs, maxParsedRetryAfterMs);
    if (!m_configError.isEmpty())
        qCWarning(lcHubSpot).noquote() << "HubSpot client not usable:" << m_configError;
    m_scheduler = new RequestScheduler(nam, clock, m_config, this);
    connect(m_scheduler, &RequestScheduler::rateLimitChanged, this,
            &HubSpotClient::rateLimitChanged);
}

// The scheduler (a child) is destroyed after this: it aborts what is in flight and hands
// every pending callback a Cancelled error from its context's event loop.
HubSpotClient::~HubSpotClient() = default;

bool HubSpotClient::validateBaseUrl(const QUrl &url, QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    // The caller names the value given (an invalid QUrl displays as nothing).
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return fail(QCoreApplication::translate(
            "HubSpot",
            "it is not an absolute URL with a scheme and a host, such as "
            "https://api.hubapi.com or http://127.0.0.1:8080"));
    if (!url.userInfo().isEmpty())
        return fail(
            QCoreApplication::translate("HubSpot", "it must not contain a user name or password"));
    if (url.hasQuery() || url.hasFragment())
        return fail(QCoreApplication::translate("HubSpot", "it must not have a query or fragment"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        const QString host = url.host().toLower();
        const QHostAddress address(host);
        if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            return true;
        return fail(QCoreApplication::translate(
            "HubSpot",
            "it must use https; plain http is only allowed for loopback hosts "
            "(127.0.0.0/8, ::1, localhost)"));
    }
    return fail(QCoreApplication::translate("HubSpot", "it must use https"));
}

void HubSpotClient::setAccessToken(const QString &token)
{
    m_scheduler->setAccessToken(token.trimmed());
}

void HubSpotClient::setRateShare(double share)
{
    m_config.rateShare = std::clamp(share, 0.05, 1.0);
    m_scheduler->setRateShare(m_config.rateShare);
}

void HubSpotClient::setRandomSeed(quint32 seed)
{
    m_scheduler->setRandomSeed(seed);
}

ClientStats HubSpotClient::stats() const
{
    return m_scheduler->stats();
}

void HubSpotClient::cancelAll()
{
    m_scheduler->cancelAll();
}

QUrl HubSpotClient::url(Endpoint endpoint, const QString &id, const QUrlQuery &query) const
{
    QUrl u = m_config.baseUrl;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + endpointPath(m_config.apiVersion, endpoint, id), QUrl::TolerantMode);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

void HubSpotClient::later(QObject *context, std::function<void()> fn)
{
    QTimer::singleShot(0, context ? context : this, std::move(fn));
}

void HubSpotClient::submit(const OutgoingRequest &request, QObject *context,
                           std::function<void(const RawAnswer &)> done, qint64 delayMs)
{
    if (!m_configError.isEmpty()) {
        const ApiError error
            = ApiError::fatal(request.endpoint, FatalReason::InvalidConfiguration, m_configError);
        later(context, [done = std::move(done), error] {
            RawAnswer answer;
            answer.error = error;
            done(answer);
        });
        return;
    }
    m_scheduler->submit(request, context, std::move(done), delayMs);
}

template<typename T>
void HubSpotClient::fetchAll(Endpoint endpoint, const QString &id, QUrlQuery query,
                             QObject *context, Result<Page<T>> (*parse)(const QByteArray &),
                             PageProgress progress, Callback<QList<T>> done)
{
    QPointer<HubSpotClient> self(this);
    auto fetchPage = [self, endpoint, id, query, context,
                      parse](const QString &after, typename PageWalk<T>::PageReply reply) {
        if (!self) { // the client went away between two pages
            reply(Result<Page<T>>::failure(ApiError::cancelled(endpoint)));
            return;
        }
        QUrlQuery q = query;
        if (!after.isEmpty())
            q.addQueryItem(QStringLiteral("after"), after);
        OutgoingRequest request;
        request.endpoint = endpoint;
        request.url = self->url(endpoint, id, q);
        self->submit(request, context, [reply, parse](const RawAnswer &answer) {
            if (!answer.ok())
                reply(Result<Page<T>>::failure(answer.error));
            else
                reply(parse(answer.body));
        });
    };
    PageWalk<T>::start(endpoint, m_config.maxPages, fetchPage, std::move(progress),
                       std::move(done));
}

void HubSpotClient::accountDetails(QObject *context, Callback<AccountDetails> done)
{
    OutgoingRequest request;
    request.endpoint = Endpoint::AccountDetails;
    request.url = url(request.endpoint, QString(), QUrlQuery());
    submit(request, context, [done](const RawAnswer &answer) {
        done(answer.ok() ? parseAccountDetails(answer.body)
                         : Result<AccountDetails>::failure(answer.error));
    });
}

void HubSpotClient::owners(QObject *context, Callback<QList<Owner>> done, PageProgress progress)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_config.pageLimit));
    query.addQueryItem(QStringLiteral("archived"), QStringLiteral("false"));
    fetchAll<Owner>(Endpoint::Owners, QString(), query, context, &parseOwnersPage,
                    std::move(progress), std::move(done));
}

void HubSpotClient::sequence(const QString &sequenceId, const QString &userId, QObject *context,
                             Callback<SequenceDetail> done)
{
    if (sequenceId.isEmpty() || userId.isEmpty()) {
        later(context, [done] {
            done(Result<SequenceDetail>::failure(ApiError::badRequest(
                Endpoint::Sequence,
                QStringLiteral("reading a sequence needs its id and a userId"))));
        });
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), userId);
    OutgoingRequest request;
    request.endpoint = Endpoint::Sequence;
    request.url = url(request.endpoint, sequenceId, query);
    submit(request, context, [done](const RawAnswer &answer) {
        done(answer.ok() ? parseSequenceDetail(answer.body)
                         : Result<SequenceDetail>::failure(answer.error));
    });
}

void HubSpotClient::contactEnrollment(const QString &contactId, QObject *context,
                                      Callback<std::optional<ContactEnrollment>> done)
{
    using R = Result<std::optional<ContactEnrollment>>;
    if (contactId.isEmpty()) {
        later(context, [done] {
            done(R::failure(ApiError::badRequest(Endpoint::ContactEnrollment,
                                                 QStringLiteral("a contact id is needed"))));
        });
        return;
    }
    OutgoingRequest request;
    request.endpoint = Endpoint::ContactEnrollment;
    request.url = url(request.endpoint, contactId, QUrlQuery());
    submit(request, context, [done](const RawAnswer &answer) {
        if (!answer.ok()) {
            // Not enrolled: 404 OBJECT_NOT_FOUND (the wire contract's assumption).
            if (answer.error.httpStatus == 404
                && answer.error.category == QLatin1String("OBJECT_NOT_FOUND")) {
                done(R::success(std::nullopt));
            } else {
                done(R::failure(answer.error));
            }
            return;
        }
        if (answer.body.trimmed().isEmpty()) { // the other plausible "not enrolled" answer
            done(R::success(std::nullopt));
            return;
        }
        const auto parsed = parseContactEnrollment(answer.body);
        done(parsed.ok() ? R::success(parsed.value()) : R::failure(parsed.error()));
    });
}

} // namespace SeqDesk::HubSpot
