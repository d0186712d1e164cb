#pragma once

#include "store/Records.h"
#include "store/StoreBase.h"

namespace SeqDesk::Store {

// sync_runs: one row per sync of a portal, written when it starts and when it ends.
class SyncRunStore final : public StoreBase
{
    Q_DISABLE_COPY_MOVE(SyncRunStore)

public:
    explicit SyncRunStore(QSqlDatabase db);

    // A new "running" run; its id, or nullopt on failure.
    std::optional<qint64> start(const QString &portalId, SyncTrigger trigger,
                                const QDateTime &startedAt);
    // Ends a run: status, counts, requests and error from `run` (its id and finishedAt).
    bool finish(const SyncRunRecord &run);
    // Runs left "running" by a process that died: marked failed with `error` at `at`.
    std::optional<int> failInterrupted(const QString &error, const QDateTime &at);
    QList<SyncRunRecord> runs(const QString &portalId, int limit); // newest first
    std::optional<SyncRunRecord> lastRun(const QString &portalId); // nullopt: none or error
};

} // namespace SeqDesk::Store
