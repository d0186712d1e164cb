#include "PortalSession.h"

#include "core/Clock.h"
#include "hubspot/HubSpotClient.h"
#include "secrets/SecretStore.h"
#include "store/StoreWorker.h"
#include "sync/SyncEngine.h"

#include <QLocale>
#include <QPointer>

namespace SeqDesk::Sync {

using namespace SeqDesk::Store;
using HubSpot::ApiError;
using HubSpot::HubSpotClient;

PortalSession::PortalSession(QNetworkAccessManager *nam, Secrets::SecretStore *secrets,
                             StoreWorker *store, DemoStarter demo, const PortalPolicy *policy,
                             const Clock *clock, PortalRecord portal, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_store(store)
    , m_demo(std::move(demo))
    , m_policy(policy)
    , m_clock(clock)
    , m_portal(std::move(portal))
{ }

PortalSession::~PortalSession()
{
    m_engine.reset(); // before the client it uses
}

bool PortalSession::isBusy() const
{
    return m_starting || (m_engine && m_engine->isRunning());
}

std::optional<SyncProgress> PortalSession::progress() const
{
    return isBusy() ? m_progress : std::nullopt;
}

bool PortalSession::start(SyncTrigger trigger)
{
    if (m_closed || isBusy())
        return false;
    m_starting = true;
    m_trigger = trigger;
    m_tokenProblem.clear();
    m_progress = SyncProgress {tr("Starting the sync"), 0, 0, true};
    m_unsaved = {};
    emit started(trigger);
    if (m_client)
        runEngine();
    else
        readTokenAndRun();
    return true;
}

QString PortalSession::startDemoClient()
{
    const DemoEndpoint endpoint = m_demo ? m_demo() : DemoEndpoint {};
    if (!m_demo || !endpoint.error.isEmpty()) {
        return tr("The demo portal could not start: %1")
            .arg(m_demo ? endpoint.error : tr("this build has no demo portal"));
    }
    replaceClient(endpoint.baseUrl, endpoint.token);
    return QString();
}

QUrl PortalSession::apiBaseUrl() const
{
    return m_portal.baseUrl.isEmpty() ? QUrl(QStringLiteral("https://api.hubapi.com"))
                                      : QUrl(m_portal.baseUrl);
}

namespace {

QString tokenReadProblem(const Secrets::SecretResult &r)
{
    return r.status == Secrets::SecretStatus::NotFound
        ? PortalSession::tr("The keychain holds no token for this portal. Enter it again.")
        : PortalSession::tr("The keychain did not give the portal's token: %1").arg(r.message);
}

} // namespace

void PortalSession::readTokenAndRun()
{
    if (!m_policy->needsKeychainToken(m_portal)) {
        const QString error = startDemoClient();
        if (!error.isEmpty())
            return finishWithout(SyncStatus::Failed, error);
        runEngine();
        return;
    }
    report(tr("Reading the token from the keychain"), 0, 0);
    m_secrets->read(Secrets::SecretStore::portalTokenKey(m_portal.portalId), this,
                    [this](const Secrets::SecretResult &r) {
                        if (!m_starting)
                            return; // cancelled; a new token started its own run
                        if (!m_client && !r.ok()) {
                            m_tokenProblem = tokenReadProblem(r);
                            finishWithout(SyncStatus::Failed, m_tokenProblem);
                            return;
                        }
                        if (!m_client) // else withClient() read it meanwhile
                            replaceClient(apiBaseUrl(), r.secret);
                        runEngine();
                    });
}

void PortalSession::setBackgroundShare(double share)
{
    m_backgroundShare = share;
    if (m_backgroundClient)
        m_backgroundClient->setRateShare(share);
}

void PortalSession::withClient(QObject *context, ClientCallback done, ClientUse use)
{
    const auto client = [this, use] {
        return use == ClientUse::Background ? m_backgroundClient : m_client;
    };
    if (m_closed)
        return done(nullptr, tr("The portal is being removed."));
    if (m_client)
        return done(client(), QString());
    if (!m_policy->needsKeychainToken(m_portal)) {
        const QString error = startDemoClient();
        return done(error.isEmpty() ? client() : nullptr, error);
    }
    m_secrets->read(Secrets::SecretStore::portalTokenKey(m_portal.portalId), this,
                    [this, client, receiver = QPointer<QObject>(context),
                     done = std::move(done)](const Secrets::SecretResult &r) {
                        if (!receiver)
                            return;
                        if (m_closed)
                            return done(nullptr, tr("The portal is being removed."));
                        if (!m_client && !r.ok())
                            return done(nullptr, tokenReadProblem(r));
                        if (!m_client)
                            replaceClient(apiBaseUrl(), r.secret);
                        done(client(), QString());
                    });
}

void PortalSession::replaceClient(const QUrl &baseUrl, const QString &token)
{
    HubSpot::ClientConfig config;
    config.baseUrl = baseUrl;
    config.apiVersion = HubSpot::storedApiVersion(m_portal.apiVersion);
    m_engine.reset();
    m_client = std::make_shared<HubSpotClient>(m_nam, config, m_clock);
    m_client->setAccessToken(token);
    config.rateShare = m_backgroundShare;
    m_backgroundClient = std::make_shared<HubSpotClient>(m_nam, config, m_clock);
    m_backgroundClient->setAccessToken(token);
    m_engine = std::make_unique<SyncEngine>(m_client.get(), m_store, m_portal.portalId, m_clock);
    SyncEngine *engine = m_engine.get();
    connect(engine, &SyncEngine::stageChanged, this,
            [this](const QString &stage) { report(stage, 0, 0); });
    connect(engine, &SyncEngine::listingProgress, this, [this](int done, int users, int found) {
        const QLocale locale;
        report(tr("Reading sequences: %1 of %2 users, %n found", nullptr, found)
                   .arg(locale.toString(done), locale.toString(users)),
               done, users);
    });
    connect(engine, &SyncEngine::detailsProgress, this, [this](int done, int total) {
        const QLocale locale;
        report(tr("Reading sequence details: %1 of %2")
                   .arg(locale.toString(done), locale.toString(total)),
               done, total);
    });
    connect(engine, &SyncEngine::unsavedRead, this, [this](const UnsavedReading &more) {
        if (!isBusy())
            return;
        m_unsaved.append(more);
        emit unsavedRead(more);
    });
    connect(engine, &SyncEngine::apiFailed, this, &PortalSession::onApiFailed);
    connect(engine, &SyncEngine::finished, this, &PortalSession::onEngineFinished);
}

void PortalSession::runEngine()
{
    m_starting = false;
    if (!m_client->isValid())
        return finishWithout(SyncStatus::Failed, m_client->configError());
    m_engine->start(m_trigger); // not refused: the session was not busy
}

void PortalSession::report(const QString &stage, int done, int total)
{
    if (!isBusy())
        return;
    m_progress = SyncProgress {stage, done, total, !m_engine || m_engine->isCancellable()};
    emit progressChanged(*m_progress);
}

void PortalSession::cancel()
{
    if (m_engine && m_engine->isRunning()) {
        m_engine->cancel(); // finished() follows
    } else if (m_starting) {
        m_starting = false;
        finishWithout(SyncStatus::Cancelled, tr("Cancelled"));
    }
}

void PortalSession::close()
{
    m_closed = true;
    m_pending.reset();
    cancel();
}

void PortalSession::setToken(const QUrl &baseUrl, const QString &token, SyncTrigger trigger)
{
    if (m_engine && m_engine->isRunning()) {
        // The run in progress uses the old token: stop it, then start over.
        m_pending = PendingToken {baseUrl, token, trigger};
        m_engine->cancel();
        return;
    }
    if (m_starting)
        cancel(); // the keychain's answer is ignored now
    replaceClient(baseUrl, token);
    start(trigger);
}

void PortalSession::onApiFailed(const ApiError &error)
{
    using HubSpot::FatalReason;
    if (error.fatalReason == FatalReason::InvalidAuthentication) {
        m_tokenProblem = tr("HubSpot rejected the portal's token. Enter a new one.");
    } else if (error.fatalReason == FatalReason::MissingScopes) {
        m_tokenProblem = tr("The portal's token lacks the scopes %1. Add them to the private app "
                            "in HubSpot, then enter the token again.")
                             .arg(error.missingScopes().join(QStringLiteral(", ")));
    }
}

void PortalSession::onEngineFinished(const SyncRunRecord &run)
{
    m_progress.reset();
    m_unsaved = {};
    const QString problem = std::exchange(m_tokenProblem, QString());
    emit finished(run);
    if (!problem.isEmpty())
        emit tokenProblem(problem);
    if (m_pending) {
        // Not from inside the engine's own signal: replacing the client destroys it.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_pending || isBusy())
                    return;
                const PendingToken p = *std::exchange(m_pending, std::nullopt);
                replaceClient(p.baseUrl, p.token);
                start(p.trigger);
            },
            Qt::QueuedConnection);
    }
}

void PortalSession::finishWithout(SyncStatus status, const QString &error)
{
    m_starting = false;
    m_progress.reset();
    m_unsaved = {};
    SyncRunRecord run;
    run.portalId = m_portal.portalId;
    run.trigger = m_trigger;
    run.startedAt = run.finishedAt = m_clock->nowUtc();
    run.status = status;
    run.error = error;
    // Recorded like any run, so the history says why nothing was synced.
    m_store->run(
        [run](Stores &s) {
            if (auto id = s.syncRuns.start(run.portalId, run.trigger, run.startedAt)) {
                SyncRunRecord done = run;
                done.id = *id;
                s.syncRuns.finish(done);
            }
        },
        nullptr, [] {});
    const QString problem = std::exchange(m_tokenProblem, QString());
    emit finished(run);
    if (!problem.isEmpty())
        emit tokenProblem(problem);
}

} // namespace SeqDesk::Sync
