#include "PortalManager.h"

#include "core/Clock.h"
#include "hubspot/HubSpotClient.h"
#include "secrets/SecretStore.h"
#include "store/StoreWorker.h"
#include "sync/SyncScheduler.h"

#include <algorithm>

namespace SeqDesk::Sync {

using namespace SeqDesk::Store;
using HubSpot::AccountDetails;
using HubSpot::HubSpotClient;

PortalManager::PortalManager(QNetworkAccessManager *nam, Secrets::SecretStore *secrets,
                             StoreWorker *store, SyncScheduler *scheduler, DemoStarter demo,
                             const PortalPolicy *policy, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_demo(std::move(demo))
    , m_policy(policy)
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
    // Sessions (and the demo probe) use m_clock: gone before it is.
    qDeleteAll(m_sessions);
    m_sessions.clear();
    const QList<HubSpotClient *> probes = findChildren<HubSpotClient *>();
    qDeleteAll(probes);
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
                if (m_scheduler && m_policy->hasScheduledSyncs(p))
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
    const PortalSession *s = m_sessions.value(portalId);
    return s && s->isBusy();
}

std::optional<SyncProgress> PortalManager::progress(const QString &portalId) const
{
    const PortalSession *s = m_sessions.value(portalId);
    return s ? s->progress() : std::nullopt;
}

UnsavedReading PortalManager::unsaved(const QString &portalId) const
{
    const PortalSession *s = m_sessions.value(portalId);
    return s ? s->unsaved() : UnsavedReading {};
}

void PortalManager::withClient(const QString &portalId, QObject *context,
                               PortalSession::ClientCallback done, PortalSession::ClientUse use)
{
    if (!m_portals.contains(portalId))
        return done(nullptr, tr("Portal %1 is not connected.").arg(portalId));
    session(portalId)->withClient(context, std::move(done), use);
}

void PortalManager::setBackgroundShare(double share)
{
    m_backgroundShare = std::clamp(share, 0.05, 1.0);
    for (PortalSession *s : std::as_const(m_sessions))
        s->setBackgroundShare(m_backgroundShare);
}

PortalSession *PortalManager::session(const QString &portalId)
{
    PortalSession *&s = m_sessions[portalId];
    if (s)
        return s;
    s = new PortalSession(m_nam, m_secrets, m_store, m_demo, m_policy, m_clock,
                          m_portals.value(portalId), this);
    s->setBackgroundShare(m_backgroundShare);
    connect(s, &PortalSession::started, this, [this, portalId](SyncTrigger trigger) {
        if (m_scheduler)
            m_scheduler->recordAttempt(portalId);
        emit syncStarted(portalId, trigger);
    });
    connect(s, &PortalSession::progressChanged, this,
            [this, portalId](const SyncProgress &p) { emit syncProgress(portalId, p); });
    connect(s, &PortalSession::unsavedRead, this,
            [this, portalId](const UnsavedReading &more) { emit syncRead(portalId, more); });
    connect(s, &PortalSession::finished, this,
            [this, portalId](const SyncRunRecord &run) { onFinished(portalId, run); });
    connect(s, &PortalSession::tokenProblem, this, [this, portalId](const QString &message) {
        if (!m_portals.contains(portalId))
            return; // forgotten
        // Not asked again every hour with the same token: a new one puts it back.
        if (m_scheduler)
            m_scheduler->removePortal(portalId);
        emit tokenProblem(portalId, message);
    });
    return s;
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
    portal.baseUrl = request.baseUrl == QUrl(QStringLiteral("https://api.hubapi.com"))
        ? QString()
        : request.baseUrl.toString();
    const bool known = m_portals.contains(portal.portalId);
    savePortal(portal, known ? SyncTrigger::Token : SyncTrigger::Connect,
               Token {request.baseUrl, request.token, true});
}

void PortalManager::openDemo()
{
    if (m_demoOpening)
        return;
    const DemoEndpoint endpoint = m_demo ? m_demo() : DemoEndpoint {};
    if (!m_demo || !endpoint.error.isEmpty()) {
        emit demoFailed(m_demo ? endpoint.error : tr("this build has no demo portal"));
        return;
    }
    m_demoOpening = true;
    // Which portal the sandbox is comes from its account call, as for any portal.
    HubSpot::ClientConfig config;
    config.baseUrl = endpoint.baseUrl;
    auto *probe = new HubSpotClient(m_nam, config, m_clock, this);
    probe->setAccessToken(endpoint.token);
    probe->accountDetails(this, [this, probe, endpoint](HubSpot::Result<AccountDetails> r) {
        probe->deleteLater(); // not now: this runs inside its callback
        m_demoOpening = false;
        if (!r.ok()) {
            emit demoFailed(r.error().describe());
            return;
        }
        PortalRecord portal;
        portal.portalId = QString::number(r.value().portalId);
        portal.name = r.value().portalName.isEmpty() ? tr("Demo portal") : r.value().portalName;
        portal.timeZone = r.value().timeZone;
        portal.uiDomain = r.value().uiDomain;
        portal.baseUrl = demoBaseUrl();
        const bool known = m_portals.contains(portal.portalId);
        // A demo portal opened before keeps its version, as any portal does.
        portal.apiVersion = known ? m_portals.value(portal.portalId).apiVersion
                                  : HubSpot::apiVersionName(HubSpot::defaultApiVersion);
        savePortal(portal, known ? SyncTrigger::Manual : SyncTrigger::Connect,
                   Token {endpoint.baseUrl, endpoint.token, false});
    });
}

void PortalManager::savePortal(const PortalRecord &portal, SyncTrigger trigger, const Token &token)
{
    m_store->run(
        [portal](Stores &s) -> std::pair<std::optional<PortalRecord>, QString> {
            if (!s.portals.upsert(portal))
                return {std::nullopt, s.portals.lastError()};
            return {s.portals.portal(portal.portalId), s.portals.lastError()};
        },
        this,
        [this, trigger, token](std::pair<std::optional<PortalRecord>, QString> r) {
            if (!r.first) {
                emit problem(tr("The portal could not be saved: %1").arg(r.second));
                return;
            }
            const PortalRecord saved = *r.first;
            const bool added = !m_portals.contains(saved.portalId);
            m_portals.insert(saved.portalId, saved);
            if (m_scheduler && m_policy->hasScheduledSyncs(saved))
                m_scheduler->addPortal(saved.portalId, saved.lastSyncAt);
            PortalSession *s = session(saved.portalId);
            s->setPortal(saved);
            s->reopen();
            emit portalsChanged();
            if (added)
                emit portalAdded(saved.portalId);
            emit portalOpened(saved.portalId);
            if (token.replace || !s->hasToken())
                s->setToken(token.baseUrl, token.token, trigger);
            else
                s->start(trigger); // refused while it runs: that run is as good
        });
}

bool PortalManager::sync(const QString &portalId, SyncTrigger trigger)
{
    if (!m_portals.contains(portalId))
        return false;
    return session(portalId)->start(trigger);
}

void PortalManager::cancelSync(const QString &portalId)
{
    if (PortalSession *s = m_sessions.value(portalId))
        s->cancel();
}

void PortalManager::onFinished(const QString &portalId, const SyncRunRecord &run)
{
    if (!m_portals.contains(portalId)) { // forgotten while it ran
        emit syncFinished(portalId, run);
        return;
    }
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
                     if (PortalSession *s = m_sessions.value(p->portalId))
                         s->setPortal(*p);
                     emit portalsChanged();
                 });
}

void PortalManager::forget(const QString &portalId)
{
    const auto found = m_portals.constFind(portalId);
    if (found == m_portals.cend())
        return;
    session(portalId)->close(); // nothing starts from now on
    if (!m_policy->needsKeychainToken(*found)) {
        removeData(portalId);
        return;
    }
    m_secrets->remove(Secrets::SecretStore::portalTokenKey(portalId), this,
                      [this, portalId](const Secrets::SecretResult &r) {
                          if (!r.ok() && r.status != Secrets::SecretStatus::NotFound) {
                              if (PortalSession *s = m_sessions.value(portalId))
                                  s->reopen();
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
                if (PortalSession *s = m_sessions.value(portalId))
                    s->reopen();
                emit problem(tr("The portal's data could not be removed: %1").arg(error));
                return;
            }
            if (PortalSession *s = m_sessions.take(portalId)) {
                // A cancelled run still ends (and says so) before its session goes.
                if (s->isBusy())
                    connect(s, &PortalSession::finished, s, &QObject::deleteLater);
                else
                    s->deleteLater();
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
