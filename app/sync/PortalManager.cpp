#include "PortalManager.h"

#include "core/Clock.h"
#include "hubspot/HubSpotClient.h"
#include "secrets/SecretStore.h"
#include "store/StoreWorker.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

namespace SeqDesk::Sync {

using namespace SeqDesk::Store;
using HubSpot::AccountDetails;
using HubSpot::ApiError;
using HubSpot::HubSpotClient;

struct PortalManager::Session
{
    std::unique_ptr<HubSpotClient> client;
    std::unique_ptr<SyncEngine> engine;
    bool starting = false; // accepted, token or client not ready yet
    QString stage; // the engine's last stage text
};

namespace {

QUrl defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.hubapi.com"));
}

} // namespace

PortalManager::PortalManager(QNetworkAccessManager *nam, Secrets::SecretStore *secrets,
                             StoreWorker *store, SyncScheduler *scheduler, DemoStarter demo,
                             const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_demo(std::move(demo))
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
{
    if (m_scheduler) {
        connect(m_scheduler, &SyncScheduler::syncDue, this,
                [this](const QString &portalId, SyncTrigger trigger) { sync(portalId, trigger); });
    }
}

PortalManager::~PortalManager()
{
    // Engines first: they reach into their clients while cancelling.
    for (auto &entry : m_sessions)
        entry.second->engine.reset();
}

bool PortalManager::isDemo(const PortalRecord &portal)
{
    return portal.baseUrl == demoBaseUrl();
}

void PortalManager::load()
{
    struct Answer
    {
        QList<PortalRecord> portals;
        QHash<QString, SyncRunRecord> runs;
        QString error;
    };
    const QDateTime now = m_clock->nowUtc();
    const QString interrupted = tr("SeqDesk closed during this sync.");
    m_store->run(
        [now, interrupted](Stores &s) {
            Answer a;
            s.syncRuns.failInterrupted(interrupted, now);
            a.portals = s.portals.portals();
            a.error = s.portals.lastError();
            for (const PortalRecord &p : std::as_const(a.portals)) {
                if (auto run = s.syncRuns.lastRun(p.portalId))
                    a.runs.insert(p.portalId, *run);
            }
            return a;
        },
        this,
        [this](Answer a) {
            if (!a.error.isEmpty())
                emit problem(tr("The portals could not be read: %1").arg(a.error));
            for (const PortalRecord &p : std::as_const(a.portals)) {
                m_portals.insert(p.portalId, p);
                if (m_scheduler && !isDemo(p))
                    m_scheduler->addPortal(p.portalId, p.lastSyncAt);
            }
            m_lastRuns = std::move(a.runs);
            m_loaded = true;
            emit loaded();
            emit portalsChanged();
            if (m_scheduler)
                m_scheduler->start();
        });
}

QList<PortalRecord> PortalManager::portals() const
{
    QList<PortalRecord> list = m_portals.values();
    std::sort(list.begin(), list.end(), [](const PortalRecord &a, const PortalRecord &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.portalId < b.portalId;
    });
    return list;
}

std::optional<PortalRecord> PortalManager::portal(const QString &portalId) const
{
    const auto it = m_portals.constFind(portalId);
    if (it == m_portals.cend())
        return std::nullopt;
    return *it;
}

SyncRunRecord PortalManager::lastRun(const QString &portalId) const
{
    return m_lastRuns.value(portalId);
}

bool PortalManager::isSyncing(const QString &portalId) const
{
    const auto it = m_sessions.find(portalId);
    if (it == m_sessions.end())
        return false;
    return it->second->starting || (it->second->engine && it->second->engine->isRunning());
}

void PortalManager::addConnected(const AccountDetails &account, const ConnectRequest &request)
{
    PortalRecord portal;
    portal.portalId = QString::number(account.portalId);
    portal.name = account.portalName.isEmpty() ? tr("HubSpot portal %1").arg(portal.portalId)
                                               : account.portalName;
    portal.timeZone = account.timeZone;
    portal.uiDomain = account.uiDomain;
    portal.apiVersion = HubSpot::apiVersionName(request.apiVersion);
    portal.baseUrl = request.baseUrl == defaultBaseUrl() ? QString() : request.baseUrl.toString();
    const bool known = m_portals.contains(portal.portalId);
    // A new token (or base URL): the old client goes, with any run that used it.
    if (auto it = m_sessions.find(portal.portalId); it != m_sessions.end()) {
        if (it->second->engine)
            it->second->engine->cancel();
        m_sessions.erase(it);
    }
    savePortal(portal, known ? SyncTrigger::Token : SyncTrigger::Connect, request.token,
               request.baseUrl);
}

void PortalManager::openDemo()
{
    const DemoEndpoint endpoint = m_demo ? m_demo() : DemoEndpoint {};
    if (!m_demo || !endpoint.error.isEmpty()) {
        emit demoFailed(m_demo ? endpoint.error : tr("this build has no demo portal"));
        return;
    }
    // Which portal the sandbox is comes from its account call, as for any portal.
    HubSpot::ClientConfig config;
    config.baseUrl = endpoint.baseUrl;
    auto *client = new HubSpotClient(m_nam, config, m_clock, this);
    client->setAccessToken(endpoint.token);
    client->accountDetails(this, [this, client, endpoint](HubSpot::Result<AccountDetails> r) {
        client->deleteLater();
        if (!r.ok()) {
            emit demoFailed(r.error().describe());
            return;
        }
        PortalRecord portal;
        portal.portalId = QString::number(r.value().portalId);
        portal.name = r.value().portalName.isEmpty() ? tr("Demo portal") : r.value().portalName;
        portal.timeZone = r.value().timeZone;
        portal.uiDomain = r.value().uiDomain;
        portal.apiVersion = HubSpot::apiVersionName(HubSpot::ApiVersion::Dated);
        portal.baseUrl = demoBaseUrl();
        const bool known = m_portals.contains(portal.portalId);
        savePortal(portal, known ? SyncTrigger::Manual : SyncTrigger::Connect, endpoint.token,
                   endpoint.baseUrl);
    });
}

void PortalManager::savePortal(const PortalRecord &portal, SyncTrigger trigger,
                               const QString &token, const QUrl &baseUrl)
{
    m_store->run(
        [portal](Stores &s) -> std::pair<std::optional<PortalRecord>, QString> {
            if (!s.portals.upsert(portal))
                return {std::nullopt, s.portals.lastError()};
            return {s.portals.portal(portal.portalId), s.portals.lastError()};
        },
        this,
        [this, trigger, token, baseUrl](std::pair<std::optional<PortalRecord>, QString> r) {
            if (!r.first) {
                emit problem(tr("The portal could not be saved: %1").arg(r.second));
                return;
            }
            const PortalRecord saved = *r.first;
            const bool added = !m_portals.contains(saved.portalId);
            m_portals.insert(saved.portalId, saved);
            if (m_scheduler && !isDemo(saved))
                m_scheduler->addPortal(saved.portalId, saved.lastSyncAt);
            Session &s = session(saved.portalId);
            if (!s.client && !s.starting)
                createClient(s, saved, baseUrl, token);
            emit portalsChanged();
            if (added)
                emit portalAdded(saved.portalId);
            sync(saved.portalId, trigger);
        });
}

PortalManager::Session &PortalManager::session(const QString &portalId)
{
    auto &slot = m_sessions[portalId];
    if (!slot)
        slot = std::make_unique<Session>();
    return *slot;
}

void PortalManager::createClient(Session &s, const PortalRecord &portal, const QUrl &baseUrl,
                                 const QString &token)
{
    HubSpot::ClientConfig config;
    config.baseUrl = baseUrl;
    config.apiVersion
        = HubSpot::parseApiVersion(portal.apiVersion).value_or(HubSpot::ApiVersion::Dated);
    s.engine.reset();
    s.client = std::make_unique<HubSpotClient>(m_nam, config);
    s.client->setAccessToken(token);
    s.engine = std::make_unique<SyncEngine>(s.client.get(), m_store, portal.portalId, m_clock);
    const QString id = portal.portalId;
    SyncEngine *engine = s.engine.get();
    connect(engine, &SyncEngine::stageChanged, this, [this, id](const QString &stage) {
        session(id).stage = stage;
        emit syncProgress(id, stage, 0, 0);
    });
    connect(engine, &SyncEngine::listingProgress, this,
            [this, id](int user, int users, int, int items) {
                emit syncProgress(id,
                                  tr("Reading sequences: %n found", nullptr, items)
                                      + QStringLiteral(" · ")
                                      + tr("user %1 of %2").arg(user + 1).arg(users),
                                  user, users);
            });
    connect(engine, &SyncEngine::detailsProgress, this, [this, id](int done, int total) {
        emit syncProgress(id, tr("Reading sequence details"), done, total);
    });
    connect(engine, &SyncEngine::apiFailed, this, [this, id](const ApiError &error) {
        if (error.fatalReason == HubSpot::FatalReason::InvalidAuthentication)
            emit tokenProblem(id, tr("HubSpot rejected the portal's token. Enter a new one."));
    });
    connect(engine, &SyncEngine::finished, this,
            [this, id](const SyncRunRecord &run) { onFinished(id, run); });
}

bool PortalManager::sync(const QString &portalId, SyncTrigger trigger)
{
    if (!m_portals.contains(portalId) || isSyncing(portalId))
        return false;
    Session &s = session(portalId);
    s.starting = true;
    emit syncStarted(portalId, trigger);
    if (s.engine) {
        startEngine(portalId, trigger);
        return true;
    }
    const PortalRecord portal = m_portals.value(portalId);
    const auto failBeforeStart = [this, portalId, trigger](const QString &error) {
        session(portalId).starting = false;
        SyncRunRecord run;
        run.portalId = portalId;
        run.trigger = trigger;
        run.startedAt = run.finishedAt = m_clock->nowUtc();
        run.status = SyncStatus::Failed;
        run.error = error;
        // Recorded like any run, so the history says why nothing was synced.
        m_store->run(
            [run](Stores &st) {
                if (auto id = st.syncRuns.start(run.portalId, run.trigger, run.startedAt)) {
                    SyncRunRecord done = run;
                    done.id = *id;
                    st.syncRuns.finish(done);
                }
            },
            this, [] {});
        onFinished(portalId, run);
    };
    if (isDemo(portal)) {
        const DemoEndpoint endpoint = m_demo ? m_demo() : DemoEndpoint {};
        if (!m_demo || !endpoint.error.isEmpty()) {
            failBeforeStart(
                tr("The demo portal could not start: %1")
                    .arg(m_demo ? endpoint.error : tr("this build has no demo portal")));
            return true;
        }
        createClient(s, portal, endpoint.baseUrl, endpoint.token);
        startEngine(portalId, trigger);
        return true;
    }
    emit syncProgress(portalId, tr("Reading the token from the keychain"), 0, 0);
    m_secrets->read(
        Secrets::SecretStore::portalTokenKey(portalId), this,
        [this, portalId, trigger, failBeforeStart](const Secrets::SecretResult &r) {
            const auto it = m_sessions.find(portalId);
            if (it == m_sessions.end() || !it->second->starting || !m_portals.contains(portalId))
                return; // forgotten or cancelled meanwhile
            if (!r.ok()) {
                const QString message = r.status == Secrets::SecretStatus::NotFound
                    ? tr("The keychain holds no token for this portal. Enter it again.")
                    : tr("The keychain did not give the portal's token: %1").arg(r.message);
                failBeforeStart(message);
                emit tokenProblem(portalId, message);
                return;
            }
            const PortalRecord p = m_portals.value(portalId);
            createClient(*it->second, p, p.baseUrl.isEmpty() ? defaultBaseUrl() : QUrl(p.baseUrl),
                         r.secret);
            startEngine(portalId, trigger);
        });
    return true;
}

void PortalManager::startEngine(const QString &portalId, SyncTrigger trigger)
{
    Session &s = session(portalId);
    s.starting = false;
    if (m_scheduler)
        m_scheduler->recordAttempt(portalId);
    if (!s.client->isValid()) {
        SyncRunRecord run;
        run.portalId = portalId;
        run.trigger = trigger;
        run.startedAt = run.finishedAt = m_clock->nowUtc();
        run.status = SyncStatus::Failed;
        run.error = s.client->configError();
        onFinished(portalId, run);
        return;
    }
    s.engine->start(trigger); // cannot be refused: isSyncing() was false
}

void PortalManager::cancelSync(const QString &portalId)
{
    const auto it = m_sessions.find(portalId);
    if (it == m_sessions.end())
        return;
    Session &s = *it->second;
    if (s.engine && s.engine->isRunning()) {
        s.engine->cancel();
    } else if (s.starting) {
        // Still waiting for the keychain: the answer is ignored.
        s.starting = false;
        SyncRunRecord run;
        run.portalId = portalId;
        run.startedAt = run.finishedAt = m_clock->nowUtc();
        run.status = SyncStatus::Cancelled;
        onFinished(portalId, run);
    }
}

void PortalManager::onFinished(const QString &portalId, const SyncRunRecord &run)
{
    if (!m_portals.contains(portalId))
        return;
    m_lastRuns.insert(portalId, run);
    if (run.status == SyncStatus::Succeeded)
        m_portals[portalId].lastSyncAt = run.finishedAt; // until the row is read back
    emit syncFinished(portalId, run);
    if (run.status != SyncStatus::Succeeded)
        return;
    if (m_scheduler)
        m_scheduler->recordSuccess(portalId, run.finishedAt);
    // The run renamed the portal and set its last sync: read the row back.
    m_store->run([portalId](Stores &s) { return s.portals.portal(portalId); }, this,
                 [this](std::optional<PortalRecord> p) {
                     if (!p || !m_portals.contains(p->portalId))
                         return;
                     m_portals.insert(p->portalId, *p);
                     emit portalsChanged();
                 });
}

void PortalManager::forget(const QString &portalId)
{
    const auto found = m_portals.constFind(portalId);
    if (found == m_portals.cend())
        return;
    cancelSync(portalId);
    if (isDemo(*found)) {
        removeData(portalId);
        return;
    }
    m_secrets->remove(Secrets::SecretStore::portalTokenKey(portalId), this,
                      [this, portalId](const Secrets::SecretResult &r) {
                          if (!r.ok() && r.status != Secrets::SecretStatus::NotFound) {
                              emit problem(tr("The portal's token could not be removed from "
                                              "the keychain (%1). Nothing was forgotten.")
                                               .arg(r.message));
                              return;
                          }
                          removeData(portalId);
                      });
}

void PortalManager::removeData(const QString &portalId)
{
    m_store->run(
        [portalId](Stores &s) -> QString {
            return s.portals.remove(portalId) ? QString() : s.portals.lastError();
        },
        this,
        [this, portalId](const QString &error) {
            if (!error.isEmpty()) {
                emit problem(tr("The portal's data could not be removed: %1").arg(error));
                return;
            }
            if (auto it = m_sessions.find(portalId); it != m_sessions.end()) {
                it->second->engine.reset();
                m_sessions.erase(it);
            }
            m_portals.remove(portalId);
            m_lastRuns.remove(portalId);
            if (m_scheduler)
                m_scheduler->removePortal(portalId);
            emit forgotten(portalId);
            emit portalsChanged();
        });
}

} // namespace SeqDesk::Sync
