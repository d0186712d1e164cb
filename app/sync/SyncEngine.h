#pragma once

#include "hubspot/ApiError.h"
#include "hubspot/Types.h"
#include "store/Records.h"
#include "sync/SequenceCatalog.h"
#include "sync/UnsavedReading.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace SeqDesk {
class Clock;
}
namespace SeqDesk::HubSpot {
class HubSpotClient;
}
namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Sync {

// One portal's sync: account details, owners, the sequences every active user can see
// (several users' listings at once, paged), details (steps, send window) only of sequences
// that are new or whose updatedAt moved, then ONE store transaction
// (SequenceStore::applySnapshot). Every run is a row of sync_runs (trigger, status, counts,
// requests, error). Nothing of the mirror is written before that transaction, so a failed or
// cancelled run leaves the previous mirror intact (and archives nothing).
//
// What the run reads is announced as it arrives (unsavedRead: owners, each listing page's
// new sequences, each sequence's details), so a page can show it, marked as not saved,
// long before the transaction. Details a failed or cancelled run read are kept by the
// engine, and the next run uses them instead of reading them again as long as the listing
// gives the same updatedAt (in memory: a restart reads them again).
//
// One run at a time: start() during a run is refused. The portal row must exist (the
// connect flow creates it); a token of another portal fails the run.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    // Not owned; `client` carries the portal's token. `clock` may be null (system clock).
    SyncEngine(HubSpot::HubSpotClient *client, Store::StoreWorker *store, QString portalId,
               const Clock *clock = nullptr, QObject *parent = nullptr);
    ~SyncEngine() override;

    QString portalId() const { return m_portalId; }
    bool isRunning() const { return m_running; }
    // A run that cancel() would still stop (not once its snapshot is being written).
    bool isCancellable() const;
    // Starts a run; false (and startRefused) while one is running.
    bool start(Store::SyncTrigger trigger);
    // Stops the running run: no more requests, nothing written, the run recorded cancelled.
    void cancel();

    // Users whose listings are read at once; 1 reads them one after another, as the sync did
    // before it read several at once (bench_sync's baseline). Before start().
    void setUsersAtOnce(int users) { m_usersAtOnce = users; }
    // Details a failed or cancelled run read, kept for the next run.
    int keptDetails() const { return int(m_kept.size()); }

    // Details requests kept in flight at once (the client paces them further).
    static constexpr int kDetailsWindow = 8;

    // Pure helpers, exposed for tests.
    static Store::SequenceRecord recordFrom(const QString &portalId, const CatalogSequence &c);
    static Store::SequenceSnapshotItem itemFrom(const QString &portalId, const CatalogSequence &c,
                                                const HubSpot::SequenceDetail &detail);
    static Store::OwnerRecord ownerFrom(const QString &portalId, const HubSpot::Owner &owner);

signals:
    void started(SeqDesk::Store::SyncTrigger trigger);
    void startRefused(SeqDesk::Store::SyncTrigger trigger);
    void stageChanged(const QString &text);
    // Users whose listing ended of `userCount`, and the different sequences found so far.
    void listingProgress(int usersDone, int userCount, int sequencesFound);
    // Details read (or kept from a failed run) of the `total` the run needs.
    void detailsProgress(int done, int total);
    // A part of what the run read and has not saved (see UnsavedReading).
    void unsavedRead(const SeqDesk::Sync::UnsavedReading &more);
    // A HubSpot error ended the run (just before finished()), e.g. to ask for a new token.
    void apiFailed(const SeqDesk::HubSpot::ApiError &error);
    // Every run ends here once, whatever its status (run.status, run.error).
    void finished(const SeqDesk::Store::SyncRunRecord &run);

private:
    struct Run;

    void fetchCatalog();
    void onPageRead(const QList<HubSpot::SequenceSummary> &page);
    void askWhichNeedDetails();
    bool useKeptDetails(); // false when a slot ended the run
    // detailsProgress and unsavedRead of `more` with where the run stands; false when a slot
    // ended the run meanwhile.
    bool announceDetails(UnsavedReading more);
    void fetchMoreDetails();
    void onDetail(const QString &id, const HubSpot::Result<HubSpot::SequenceDetail> &result);
    void writeSnapshot();
    void failApi(const HubSpot::ApiError &error);
    // `apiError`: what HubSpot answered when the run failed on a call (its status, category
    // and correlation id are recorded with the run).
    void end(Store::SyncStatus status, const QString &error, const Store::SnapshotCounts &counts,
             const HubSpot::ApiError *apiError = nullptr);
    bool isCurrent(quint64 serial) const; // the run `serial` is running and not cancelled
    void dropContext();

    HubSpot::HubSpotClient *m_client;
    Store::StoreWorker *m_store;
    QString m_portalId;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    bool m_running = false;
    quint64 m_serial = 0;
    std::unique_ptr<Run> m_run;
    int m_usersAtOnce = SequenceCatalogFetcher::kUsersAtOnce;
    // Details read by runs that failed or were cancelled, with the listing's updatedAt then.
    struct KeptDetail
    {
        QDateTime listedUpdatedAt;
        HubSpot::SequenceDetail detail;
    };
    QHash<QString, KeptDetail> m_kept;
    // Receiver of the run's callbacks; deleted on cancel so no answer comes back.
    QPointer<QObject> m_context;
};

} // namespace SeqDesk::Sync
