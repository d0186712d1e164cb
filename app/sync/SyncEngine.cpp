#include "sync/SyncEngine.h"

#include "core/Clock.h"
#include "hubspot/HubSpotClient.h"
#include "store/StoreWorker.h"

#include <QSet>

#include <utility>

namespace SeqDesk::Sync {

using namespace SeqDesk::HubSpot;
using Store::SyncStatus;

namespace {

struct StartAnswer
{
    std::optional<qint64> runId;
    QString error;
};

struct WriteAnswer
{
    std::optional<Store::SnapshotCounts> counts;
    QString error;
};

} // namespace

// Everything one run gathers before the final transaction.
struct SyncEngine::Run
{
    quint64 serial = 0;
    Store::SyncTrigger trigger = Store::SyncTrigger::Manual;
    qint64 runId = 0;
    QDateTime startedAt;
    qint64 requestsAtStart = 0;
    bool cancelled = false;
    bool writing = false; // the final transaction is queued: too late to cancel
    AccountDetails account;
    QList<Owner> owners;
    QList<CatalogSequence> catalog;
    QHash<QString, int> indexById; // into catalog
    QStringList needDetails;
    int nextDetail = 0;
    int detailsInFlight = 0;
    int detailsDone = 0;
    QHash<QString, SequenceDetail> details;
    QSet<QString> gone; // listed, then not found when its details were read
    QSet<QString> listedIds; // announced as listed (unsavedRead)
    int usersListed = 0;
    int users = 0;
};

SyncEngine::SyncEngine(HubSpotClient *client, Store::StoreWorker *store, QString portalId,
                       const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_portalId(std::move(portalId))
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
{ }

// A run still going is abandoned: its sync_runs row stays "running" until
// SyncRunStore::failInterrupted at the next start.
SyncEngine::~SyncEngine() = default;

bool SyncEngine::start(Store::SyncTrigger trigger)
{
    if (m_running) {
        emit startRefused(trigger);
        return false;
    }
    m_running = true;
    m_run = std::make_unique<Run>();
    m_run->trigger = trigger;
    m_run->serial = ++m_serial;
    m_run->startedAt = m_clock->nowUtc();
    m_run->requestsAtStart = m_client->stats().requestsSent;
    m_context = new QObject(this);
    emit started(trigger);
    emit stageChanged(tr("Starting the sync"));

    const QString portalId = m_portalId;
    const QDateTime at = m_run->startedAt;
    const quint64 serial = m_serial;
    m_store->run(
        [portalId, trigger, at](Store::Stores &s) {
            StartAnswer a {s.syncRuns.start(portalId, trigger, at), s.syncRuns.lastError()};
            return a;
        },
        this,
        [this, serial](StartAnswer a) {
            if (!m_run || m_run->serial != serial)
                return;
            if (!a.runId)
                return end(SyncStatus::Failed, tr("The local store failed: %1").arg(a.error), {});
            m_run->runId = *a.runId;
            if (m_run->cancelled)
                return end(SyncStatus::Cancelled, tr("Cancelled"), {});
            fetchCatalog();
        });
    return true;
}

bool SyncEngine::isCancellable() const
{
    return m_running && m_run && !m_run->cancelled && !m_run->writing;
}

void SyncEngine::cancel()
{
    if (!m_running || !m_run || m_run->cancelled || m_run->writing)
        return;
    m_run->cancelled = true;
    dropContext(); // queued requests are dropped, answers are ignored
    emit stageChanged(tr("Cancelling"));
    if (m_run->runId != 0)
        end(SyncStatus::Cancelled, tr("Cancelled"), {});
    // else: the start record is still being written; its answer ends the run.
}

bool SyncEngine::isCurrent(quint64 serial) const
{
    return m_run && m_run->serial == serial && !m_run->cancelled;
}

void SyncEngine::dropContext()
{
    // Later, not now: this may run inside one of the context's own callbacks. Until then the
    // serial check ignores its answers.
    if (m_context)
        m_context->deleteLater();
    m_context = nullptr;
}

void SyncEngine::fetchCatalog()
{
    // The listing is SequenceCatalogFetcher's (account, owners, every active user's
    // sequences, merged). It lives under m_context, so cancel() drops it with its requests.
    auto *fetcher = new SequenceCatalogFetcher(m_client, m_context);
    fetcher->setUsersAtOnce(m_usersAtOnce);
    const quint64 serial = m_serial;
    connect(fetcher, &SequenceCatalogFetcher::progress, this, [this, serial](const QString &stage) {
        if (isCurrent(serial))
            emit stageChanged(stage);
    });
    connect(fetcher, &SequenceCatalogFetcher::ownersRead, this,
            [this, serial](const QList<Owner> &owners) {
                if (!isCurrent(serial))
                    return;
                UnsavedReading more;
                for (const Owner &o : owners)
                    more.owners.append(ownerFrom(m_portalId, o));
                emit unsavedRead(more);
            });
    connect(fetcher, &SequenceCatalogFetcher::pageRead, this,
            [this, serial](const QString &, const QList<SequenceSummary> &page) {
                if (isCurrent(serial))
                    onPageRead(page);
            });
    connect(fetcher, &SequenceCatalogFetcher::listingProgress, this,
            [this, serial](int usersDone, int users) {
                if (!isCurrent(serial))
                    return;
                m_run->usersListed = usersDone;
                m_run->users = users;
                emit listingProgress(usersDone, users, int(m_run->listedIds.size()));
            });
    connect(fetcher, &SequenceCatalogFetcher::accountRead, this,
            [this, serial](const AccountDetails &account) {
                if (!isCurrent(serial))
                    return;
                const QString seen = QString::number(account.portalId);
                if (seen == m_portalId)
                    return;
                // end() drops the run's context and with it the fetcher: the wrong portal is
                // read no further (its owners request is dropped before it is sent or answered).
                end(SyncStatus::Failed,
                    tr("This token belongs to portal %1, not to portal %2.").arg(seen, m_portalId),
                    {});
            });
    connect(fetcher, &SequenceCatalogFetcher::failed, this, [this, serial](const ApiError &error) {
        if (isCurrent(serial))
            failApi(error);
    });
    connect(fetcher, &SequenceCatalogFetcher::finished, this,
            [this, fetcher, serial](const Catalog &catalog) {
                fetcher->deleteLater();
                if (!isCurrent(serial))
                    return;
                Run &run = *m_run;
                run.account = catalog.account;
                run.owners = catalog.owners;
                run.catalog = catalog.sequences;
                run.users = run.usersListed = catalog.usersQueried;
                for (int i = 0; i < run.catalog.size(); ++i)
                    run.indexById.insert(run.catalog.at(i).summary.id, i);
                askWhichNeedDetails();
            });
    fetcher->start();
}

void SyncEngine::onPageRead(const QList<SequenceSummary> &page)
{
    Run &run = *m_run;
    UnsavedReading more;
    for (const SequenceSummary &s : page) {
        if (run.listedIds.contains(s.id))
            continue; // a team sequence, already in another user's page
        run.listedIds.insert(s.id);
        more.listed.append(recordFrom(m_portalId, CatalogSequence {s, {}}));
    }
    if (more.listed.isEmpty())
        return;
    more.usersListed = run.usersListed;
    more.users = run.users;
    emit unsavedRead(more);
}

void SyncEngine::askWhichNeedDetails()
{
    emit stageChanged(tr("Checking which sequences changed"));
    QList<Store::SequenceRecord> listed;
    listed.reserve(m_run->catalog.size());
    for (const CatalogSequence &c : std::as_const(m_run->catalog))
        listed.append(recordFrom(m_portalId, c));
    const QString portalId = m_portalId;
    m_store->run(
        [portalId, listed = std::move(listed)](Store::Stores &s) {
            return std::make_pair(s.sequences.sequencesNeedingDetails(portalId, listed),
                                  s.sequences.lastError());
        },
        this,
        [this, serial = m_serial](std::pair<std::optional<QStringList>, QString> a) {
            if (!isCurrent(serial))
                return;
            Run *run = m_run.get();
            if (!a.first)
                return end(SyncStatus::Failed, tr("The local store failed: %1").arg(a.second), {});
            run->needDetails = *a.first;
            emit stageChanged(tr("Reading sequence details"));
            if (useKeptDetails())
                fetchMoreDetails();
        });
}

// Details an earlier run read and could not save serve this run where the listing still
// gives the updatedAt they were read at; the others are read again.
bool SyncEngine::useKeptDetails()
{
    Run &run = *m_run;
    UnsavedReading more;
    QStringList kept;
    QStringList toRead;
    for (const QString &id : std::as_const(run.needDetails)) {
        const auto it = m_kept.constFind(id);
        const CatalogSequence &c = run.catalog.at(run.indexById.value(id));
        if (it == m_kept.cend() || it->listedUpdatedAt != c.summary.updatedAt) {
            toRead.append(id);
            continue;
        }
        kept.append(id);
        run.details.insert(id, it->detail);
        more.detailed.append(itemFrom(m_portalId, c, it->detail));
    }
    // The kept ones first, as if read already: progress counts up from them.
    run.needDetails = kept + toRead;
    run.nextDetail = run.detailsDone = int(kept.size());
    return announceDetails(std::move(more));
}

bool SyncEngine::announceDetails(UnsavedReading more)
{
    const Run &run = *m_run;
    more.usersListed = run.usersListed;
    more.users = run.users;
    more.detailsRead = run.detailsDone;
    more.detailsToRead = int(run.needDetails.size());
    const quint64 serial = run.serial; // a slot may end the run (and `run` with it)
    emit detailsProgress(more.detailsRead, more.detailsToRead);
    if (!isCurrent(serial))
        return false;
    emit unsavedRead(more);
    return isCurrent(serial);
}

void SyncEngine::fetchMoreDetails()
{
    Run &run = *m_run;
    const int total = int(run.needDetails.size());
    if (run.detailsDone == total)
        return writeSnapshot();
    while (run.detailsInFlight < kDetailsWindow && run.nextDetail < total) {
        const QString id = run.needDetails.at(run.nextDetail++);
        const CatalogSequence &c = run.catalog.at(run.indexById.value(id));
        // The creator when they can see it, else anyone who can.
        const QString user = c.visibleToUserIds.contains(c.summary.userId)
            ? c.summary.userId
            : c.visibleToUserIds.value(0);
        ++run.detailsInFlight;
        m_client->sequence(id, user, m_context,
                           [this, id, serial = m_serial](Result<SequenceDetail> r) {
                               if (isCurrent(serial))
                                   onDetail(id, r);
                           });
    }
}

void SyncEngine::onDetail(const QString &id, const Result<SequenceDetail> &result)
{
    Run &run = *m_run;
    --run.detailsInFlight;
    UnsavedReading more;
    if (!result.ok()) {
        if (result.error().fatalReason != FatalReason::SequenceNotFound)
            return failApi(result.error());
        run.gone.insert(id); // deleted since it was listed: not in this snapshot
    } else {
        run.details.insert(id, result.value());
        more.detailed.append(
            itemFrom(m_portalId, run.catalog.at(run.indexById.value(id)), result.value()));
    }
    ++run.detailsDone;
    if (announceDetails(std::move(more)))
        fetchMoreDetails();
}

void SyncEngine::writeSnapshot()
{
    Run &run = *m_run;
    run.writing = true;
    emit stageChanged(tr("Saving to the local mirror"));
    QList<Store::OwnerRecord> owners;
    for (const Owner &o : std::as_const(run.owners))
        owners.append(ownerFrom(m_portalId, o));
    QList<Store::SequenceSnapshotItem> items;
    items.reserve(run.catalog.size());
    for (const CatalogSequence &c : std::as_const(run.catalog)) {
        if (run.gone.contains(c.summary.id))
            continue;
        const auto it = run.details.constFind(c.summary.id);
        if (it != run.details.cend())
            items.append(itemFrom(m_portalId, c, *it));
        else
            items.append({recordFrom(m_portalId, c), std::nullopt});
    }
    const QString portalId = m_portalId;
    const QDateTime seenAt = m_clock->nowUtc();
    const AccountDetails account = run.account;
    const quint64 serial = run.serial;
    m_store->run(
        [portalId, owners = std::move(owners), items = std::move(items), seenAt,
         account](Store::Stores &s) mutable {
            // Sequences whose details were not read keep their stored step count and window.
            QHash<QString, Store::SequenceRecord> stored;
            for (const Store::SequenceRecord &r : s.sequences.sequences(portalId))
                stored.insert(r.sequenceId, r);
            if (!s.sequences.lastError().isEmpty())
                return WriteAnswer {std::nullopt, s.sequences.lastError()};
            for (Store::SequenceSnapshotItem &item : items) {
                const auto it = stored.constFind(item.sequence.sequenceId);
                if (item.steps || it == stored.cend())
                    continue;
                item.sequence.stepCount = it->stepCount;
                item.sequence.sendWindowStartMinute = it->sendWindowStartMinute;
                item.sequence.sendWindowEndMinute = it->sendWindowEndMinute;
            }
            // The portal's name and time zone follow HubSpot, in the same transaction.
            const Store::PortalAccount portal {account.portalName, account.timeZone,
                                               account.uiDomain};
            return WriteAnswer {s.sequences.applySnapshot(portalId, owners, items, seenAt, portal),
                                s.sequences.lastError()};
        },
        this,
        [this, serial](WriteAnswer a) {
            if (!m_run || m_run->serial != serial)
                return;
            if (!a.counts)
                return end(SyncStatus::Failed, tr("The local store failed: %1").arg(a.error), {});
            end(SyncStatus::Succeeded, QString(), *a.counts);
        });
}

void SyncEngine::failApi(const ApiError &error)
{
    emit apiFailed(error);
    end(SyncStatus::Failed, error.describe(), {}, &error);
}

void SyncEngine::end(SyncStatus status, const QString &error, const Store::SnapshotCounts &counts,
                     const ApiError *apiError)
{
    if (!m_run)
        return;
    dropContext(); // no further requests of this run
    std::unique_ptr<Run> run = std::move(m_run);
    if (status == SyncStatus::Succeeded) {
        m_kept.clear(); // in the mirror now
    } else {
        for (auto it = run->details.cbegin(); it != run->details.cend(); ++it) {
            const auto at = run->indexById.constFind(it.key());
            if (at != run->indexById.cend())
                m_kept.insert(it.key(), {run->catalog.at(*at).summary.updatedAt, it.value()});
        }
    }
    Store::SyncRunRecord record;
    record.id = run->runId;
    record.portalId = m_portalId;
    record.trigger = run->trigger;
    record.startedAt = run->startedAt;
    record.finishedAt = m_clock->nowUtc();
    record.status = status;
    record.added = counts.added;
    record.changed = counts.changed;
    record.archived = counts.archived;
    record.requests = int(m_client->stats().requestsSent - run->requestsAtStart);
    record.error = error;
    if (apiError) {
        record.httpStatus = apiError->httpStatus;
        // HubSpot's legacy error shape names it errorType (RATE_LIMIT, ...).
        record.errorCategory
            = apiError->category.isEmpty() ? apiError->errorType : apiError->category;
        record.correlationId = apiError->correlationId;
    }
    emit stageChanged(status == SyncStatus::Succeeded       ? tr("Sync finished")
                          : status == SyncStatus::Cancelled ? tr("Sync cancelled")
                                                            : tr("Sync failed"));
    if (record.id == 0) { // the start was never recorded
        m_running = false;
        emit finished(record);
        return;
    }
    m_store->run([record](Store::Stores &s) { return s.syncRuns.finish(record); }, this,
                 [this, record](bool) {
                     m_running = false;
                     emit finished(record);
                 });
}

Store::SequenceRecord SyncEngine::recordFrom(const QString &portalId, const CatalogSequence &c)
{
    Store::SequenceRecord r;
    r.portalId = portalId;
    r.sequenceId = c.summary.id;
    r.name = c.summary.name;
    r.ownerUserId = c.summary.userId;
    r.folderId = c.summary.folderId;
    r.createdAt = c.summary.createdAt;
    r.updatedAt = c.summary.updatedAt;
    r.visibleToUserIds = c.visibleToUserIds;
    return r;
}

Store::SequenceSnapshotItem SyncEngine::itemFrom(const QString &portalId, const CatalogSequence &c,
                                                 const SequenceDetail &detail)
{
    Store::SequenceSnapshotItem item {recordFrom(portalId, c), QList<Store::SequenceStepRecord>()};
    for (const SequenceStep &step : detail.steps) {
        Store::SequenceStepRecord s;
        s.stepOrder = step.stepOrder;
        s.actionType = step.actionTypeRaw;
        s.delayMillis = step.delayMillis;
        if (step.taskPattern) {
            s.taskType = step.taskPattern->taskType;
            s.subject = step.taskPattern->subject;
        }
        item.steps->append(s);
    }
    item.sequence.stepCount = int(detail.steps.size());
    if (detail.settings) {
        item.sequence.sendWindowStartMinute = detail.settings->sendWindowStartMinute;
        item.sequence.sendWindowEndMinute = detail.settings->sendWindowEndMinute;
    }
    return item;
}

Store::OwnerRecord SyncEngine::ownerFrom(const QString &portalId, const Owner &owner)
{
    Store::OwnerRecord r;
    r.portalId = portalId;
    r.ownerId = owner.id;
    r.userId = owner.userId;
    r.email = owner.email;
    r.firstName = owner.firstName;
    r.lastName = owner.lastName;
    r.type = owner.typeRaw;
    r.active = owner.isActiveUser();
    return r;
}

} // namespace SeqDesk::Sync
