// bench_store: the local mirror under a large portal. Applies a snapshot of 10,000
// sequences seen by 20 users (3 steps each) to a fresh database, re-applies it unchanged,
// then loads every row the way the sequence list does. Prints times; never asserts them.
#include "BenchFigures.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace SeqDesk::Store;

namespace {

constexpr int kSequences = 10'000;
constexpr int kUsers = 20;

QList<SequenceSnapshotItem> makeSnapshot(const QString &portalId)
{
    QList<SequenceSnapshotItem> items;
    items.reserve(kSequences);
    for (int i = 0; i < kSequences; ++i) {
        SequenceSnapshotItem item;
        SequenceRecord &s = item.sequence;
        s.portalId = portalId;
        s.sequenceId = QString::number(100'000 + i);
        s.name = QStringLiteral("Sequence %1").arg(i);
        s.ownerUserId = QString::number(9000 + i % kUsers);
        s.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i * 1000LL, Qt::UTC);
        s.updatedAt = s.createdAt.addDays(1);
        s.stepCount = 3;
        for (int u = 0; u < 1 + i % 3; ++u)
            s.visibleToUserIds.append(QString::number(9000 + (i + u) % kUsers));
        QList<SequenceStepRecord> steps;
        for (int k = 0; k < 3; ++k)
            steps.append({k, QStringLiteral("EMAIL"), 86'400'000LL * k, QString(),
                          QStringLiteral("Step %1").arg(k)});
        item.steps = steps;
        items.append(item);
    }
    return items;
}

void report(const char *what, qint64 ms, int rows)
{
    std::printf("  %-34s %8.3f s  %10.0f rows/s\n", what, double(ms) / 1000.0,
                ms > 0 ? rows * 1000.0 / double(ms) : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Database db(Database::uniqueConnectionName(QStringLiteral("bench")));
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::fprintf(stderr, "bench_store: %s\n", qPrintable(db.lastError()));
        return 1;
    }
    Stores stores(db.handle());
    const QString portalId = QStringLiteral("4242424");
    PortalRecord portal;
    portal.portalId = portalId;
    portal.name = QStringLiteral("Bench");
    QList<OwnerRecord> owners;
    for (int u = 0; u < kUsers; ++u) {
        OwnerRecord o;
        o.portalId = portalId;
        o.ownerId = QString::number(u + 1);
        o.userId = 9000 + u;
        o.active = true;
        owners.append(o);
    }
    if (!stores.portals.upsert(portal))
        return 1;
    const QList<SequenceSnapshotItem> snapshot = makeSnapshot(portalId);
    std::printf("bench_store: %d sequences over %d users, 3 steps each, SQLite WAL\n", kSequences,
                kUsers);

    QElapsedTimer timer;
    timer.start();
    auto first = stores.sequences.applySnapshot(portalId, owners, snapshot,
                                                QDateTime::currentDateTimeUtc());
    const qint64 firstMs = timer.elapsed();
    if (!first) {
        std::fprintf(stderr, "bench_store: %s\n", qPrintable(stores.sequences.lastError()));
        return 1;
    }
    report("first snapshot (fresh database)", firstMs, kSequences);

    timer.restart();
    auto again = stores.sequences.applySnapshot(portalId, owners, snapshot,
                                                QDateTime::currentDateTimeUtc());
    const qint64 againMs = timer.elapsed();
    if (!again)
        return 1;
    report("same snapshot again (unchanged)", againMs, kSequences);

    timer.restart();
    const QList<SequenceRecord> rows = stores.sequences.sequences(portalId);
    const qint64 loadMs = timer.elapsed();
    report("load all rows for the UI", loadMs, int(rows.size()));
    std::printf("  first: added %d; again: unchanged %d, changed %d; loaded %lld rows\n",
                first->added, again->unchanged, again->changed, qlonglong(rows.size()));
    SeqDesk::Bench::figure("first_snapshot_ms", double(firstMs), "ms");
    SeqDesk::Bench::figure("same_snapshot_ms", double(againMs), "ms");
    SeqDesk::Bench::figure("load_ms", double(loadMs), "ms");
    SeqDesk::Bench::peakMemoryFigure();
    return first->added == kSequences && again->unchanged == kSequences && rows.size() == kSequences
        ? 0
        : 1;
}
