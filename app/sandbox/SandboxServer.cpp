#include "sandbox/SandboxServer.h"

#include "core/Clock.h"
#include "sandbox/DemoData.h"
#include "sandbox/ErrorBodies.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/Handlers.h"
#include "sandbox/HttpTypes.h"
#include "sandbox/HttpWriter.h"
#include "sandbox/ListGrower.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/Router.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace SeqDesk::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

// Copies each parsed request out of QtHttpServer and hands it to the server; answers are
// written by SandboxServer itself, possibly later (latency) on the same keep-alive socket.
class SandboxServer::Frontend final : public QAbstractHttpServer
{
public:
    explicit Frontend(SandboxServer *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        SandboxRequest r;
        r.method = methodName(request.method());
        r.path = stripTrailingSlash(request.url().path());
        r.query = request.query();
        r.contentType = header(request, "content-type");
        r.authorization = header(request, "authorization");
        r.host = header(request, "host");
        r.body = request.body();
        r.closeConnection = header(request, "connection").toLower() == "close";
        r.baseUrl = m_owner->baseUrl().toString();
        m_owner->onRequest(r, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        HttpWriter::write(
            socket,
            ErrorBodies::notFound(QStringLiteral("Unknown path %1").arg(request.url().path())),
            false);
    }

private:
    SandboxServer *m_owner;
};

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : SandboxServer(config, nullptr, parent)
{ }

SandboxServer::SandboxServer(const SandboxConfig &config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_state(std::make_unique<SandboxState>(
          generateDemoData({config.seed, config.ownerCount, config.sequenceCount,
                            config.contactCount, config.listMembers}),
          *m_clock))
    , m_limiter(std::make_unique<RateLimiter>(*m_clock))
    , m_faults(std::make_unique<FaultInjector>(config.seed))
    , m_grower(std::make_unique<ListGrower>(*m_state, *m_clock))
    , m_token(config.token)
    , m_scopes(config.grantedScopes)
    , m_frontend(new Frontend(this))
{
    setSettings(config.settings);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    // The constructor cannot refuse settings out of range; starting does, rather than
    // quietly serving with the defaults (a 100-per-10-s limit nobody asked for).
    const QString problem = settingsProblem(m_config.settings);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    auto *tcp = new QTcpServer(m_frontend);
    if (!tcp->listen(QHostAddress::LocalHost, m_config.port)) {
        if (error)
            *error
                = QCoreApplication::translate("SandboxServer", "cannot listen on 127.0.0.1:%1: %2")
                      .arg(m_config.port)
                      .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    m_frontend->bind(tcp);
    return true;
}

QString SandboxServer::listGrowthProblem(const ListGrowthRule &rule) const
{
    return m_grower->problem(rule);
}

QString SandboxServer::settingsProblem(const SandboxSettings &settings) const
{
    const QString problem = settings.validate();
    if (!problem.isEmpty())
        return problem;
    for (const ListGrowthRule &rule : settings.listGrowth) {
        if (!listGrowthProblem(rule).isEmpty())
            return QCoreApplication::translate("SandboxServer", "setting listGrowth: %1")
                .arg(listGrowthProblem(rule));
    }
    return {};
}

bool SandboxServer::isListening() const
{
    return m_port != 0;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

const QVector<Enrollment> &SandboxServer::acceptedEnrollments() const
{
    return m_state->acceptedEnrollments();
}

bool SandboxServer::authorized(const SandboxRequest &request) const
{
    return !m_tokenRevoked && request.authorization == "Bearer " + m_token.toUtf8();
}

void SandboxServer::onRequest(const SandboxRequest &request, QTcpSocket *socket)
{
    const QPointer<QTcpSocket> guard(socket);
    m_grower->catchUp(); // lists grown by the clock before anyone looks at them
    const Route route = matchRoute(request.method, request.path);
    if (route.sandbox) {
        HttpWriter::write(socket, handleSandbox(route, request), request.closeConnection);
        return;
    }
    ++m_stats.total;
    ++m_stats.requests[route.name];
    if (!route.version.isEmpty())
        ++m_stats.versions[route.version];
    const bool known = route.name != QLatin1String(Routes::notFound);
    const FaultPlan plan = m_faults->plan(m_settings, known && route.rateCounted);
    if (plan.dropBefore) {
        ++m_stats.dropped;
        QTimer::singleShot(plan.delayMs, this, [guard] {
            if (guard)
                guard->abort();
        });
        return;
    }
    const Reply reply = process(route, request, plan);
    if (reply.status == 429)
        ++m_stats.status429;
    if (reply.status >= 500)
        ++m_stats.status5xx;
    if (plan.dropAfter)
        ++m_stats.dropped;
    else if (reply.isSuccess() && plan.malformed)
        ++m_stats.malformed;
    else if (reply.isSuccess() && plan.truncate)
        ++m_stats.truncated;
    Q_EMIT requestHandled(route.name, reply.status);
    const bool close = request.closeConnection;
    if (plan.delayMs <= 0) {
        deliver(socket, reply, plan, close);
        return;
    }
    QTimer::singleShot(plan.delayMs, this, [this, guard, reply, plan, close] {
        if (guard)
            deliver(guard, reply, plan, close);
    });
}

Reply SandboxServer::process(const Route &route, const SandboxRequest &request,
                             const FaultPlan &plan)
{
    if (route.wrongMethod)
        return ErrorBodies::methodNotAllowed(QString::fromLatin1(request.method), request.path);
    if (route.name == QLatin1String(Routes::notFound))
        return ErrorBodies::notFound(QStringLiteral("Unknown path %1").arg(request.path));
    if (!authorized(request))
        return ErrorBodies::unauthorized();
    std::optional<Reply> reply;
    RateLimiter::Snapshot snap;
    if (route.rateCounted) {
        if (plan.inject429) {
            snap = m_limiter->peek();
            snap.retryAfterMs = 1000;
            reply = ErrorBodies::rateLimited(false);
        } else {
            snap = m_limiter->acquire();
            if (snap.verdict != RateLimiter::Verdict::Allowed)
                reply
                    = ErrorBodies::rateLimited(snap.verdict == RateLimiter::Verdict::DailyExceeded);
        }
    }
    if (!reply) {
        const auto granted = [this](const QStringList &set) {
            return std::all_of(set.cbegin(), set.cend(),
                               [this](const QString &scope) { return m_scopes.contains(scope); });
        };
        QStringList missing;
        if (!route.scopeSets.isEmpty()
            && std::none_of(route.scopeSets.cbegin(), route.scopeSets.cend(), granted)) {
            for (const QString &scope : route.requiredScopes) {
                if (!m_scopes.contains(scope))
                    missing.append(scope);
            }
        }
        if (!missing.isEmpty()) {
            reply = ErrorBodies::missingScopes(route.requiredScopes, missing);
        } else if (plan.serverError) {
            reply = ErrorBodies::serverError(plan.serverErrorStatus);
        } else {
            HandlerContext ctx {*m_state, m_settings, plan.legacyShape, m_settings.dailyApiLimit,
                                m_limiter->dailyUsed()};
            reply = dispatchHubSpot(route, request, ctx);
        }
    }
    if (route.rateCounted && m_settings.rateHeaders) {
        reply->headers.append({"X-HubSpot-RateLimit-Max", QByteArray::number(snap.limit)});
        reply->headers.append(
            {"X-HubSpot-RateLimit-Remaining", QByteArray::number(snap.remaining)});
        reply->headers.append(
            {"X-HubSpot-RateLimit-Interval-Milliseconds", QByteArray::number(snap.windowMs)});
        reply->headers.append({"X-HubSpot-RateLimit-Daily", QByteArray::number(snap.dailyLimit)});
        reply->headers.append(
            {"X-HubSpot-RateLimit-Daily-Remaining", QByteArray::number(snap.dailyRemaining)});
    }
    if (reply->status == 429 && m_settings.retryAfter) {
        const qint64 seconds
            = qMax<qint64>(1, qint64(std::ceil(double(snap.retryAfterMs) / 1000.0)));
        reply->headers.append({"Retry-After", QByteArray::number(seconds)});
    }
    return *reply;
}

void SandboxServer::deliver(QTcpSocket *socket, const Reply &reply, const FaultPlan &plan,
                            bool close)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return; // the client gave up; whatever was applied stays applied
    if (plan.dropAfter) {
        socket->abort();
    } else if (reply.isSuccess() && plan.malformed) {
        HttpWriter::write(socket, HttpWriter::malformed(reply), close);
    } else if (reply.isSuccess() && plan.truncate) {
        HttpWriter::writeTruncated(socket, reply);
    } else {
        HttpWriter::write(socket, reply, close);
    }
}

SandboxSettings SandboxServer::settings() const
{
    SandboxSettings s = m_settings;
    s.burst429Count = m_faults->burstRemaining();
    return s;
}

bool SandboxServer::setSettings(const SandboxSettings &settings, QString *error)
{
    const QString problem = settingsProblem(settings);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_settings = settings;
    m_faults->armBurst(settings.burst429Count);
    m_limiter->configure(settings.rateLimit, settings.rateWindowMs, settings.dailyApiLimit);
    m_state->setDailyCap(settings.dailyCap);
    m_grower->setRules(settings.listGrowth);
    return true;
}

void SandboxServer::setToken(const QString &token)
{
    m_token = token;
    m_tokenRevoked = false;
}

void SandboxServer::revokeToken()
{
    m_tokenRevoked = true;
}

void SandboxServer::setGrantedScopes(const QStringList &scopes)
{
    m_scopes = scopes;
}

bool SandboxServer::renameSequence(qint64 sequenceId, const QString &name)
{
    return m_state->renameSequence(sequenceId, name);
}

bool SandboxServer::deleteSequence(qint64 sequenceId)
{
    return m_state->deleteSequence(sequenceId);
}

bool SandboxServer::clearSequenceSteps(qint64 sequenceId)
{
    return m_state->clearSequenceSteps(sequenceId);
}

qint64 SandboxServer::addSequence(const NewSequence &spec)
{
    return m_state->addSequence(spec);
}

void SandboxServer::resetStats()
{
    m_stats = {};
}

void SandboxServer::resetRateLimit()
{
    m_limiter->reset();
}

} // namespace SeqDesk::Sandbox
