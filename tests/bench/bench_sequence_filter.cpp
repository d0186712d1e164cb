// The sequences page's model and proxy with 10,000 generated sequences: load, each status
// filter and a search, beside baselines measured in the same run (a linear scan of the
// QList doing the same match, and QSortFilterProxyModel's generic fixed-string filter).
//
//   bench_sequence_filter [count]        (default 10000; median of 7 runs each)
#include "BenchFigures.h"
#include "sequences/SequenceFilterProxy.h"
#include "sequences/SequenceTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace SeqDesk;
using Store::SequenceStatus;

namespace {

constexpr int Runs = 7;

QList<Store::SequenceRecord> generate(int count)
{
    QRandomGenerator rng(42);
    const QStringList words {QStringLiteral("Onboarding"), QStringLiteral("Renewal"),
                             QStringLiteral("Webinar"),    QStringLiteral("Cold"),
                             QStringLiteral("Enterprise"), QStringLiteral("Follow-up"),
                             QStringLiteral("Trial"),      QStringLiteral("Événement")};
    const QDateTime base = QDateTime::currentDateTimeUtc();
    QList<Store::SequenceRecord> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Store::SequenceRecord r;
        r.sequenceId = QString::number(100000 + i);
        r.name = words.at(rng.bounded(int(words.size()))) + QLatin1Char(' ')
            + words.at(rng.bounded(int(words.size()))) + QLatin1Char(' ') + QString::number(i);
        r.ownerUserId = QString::number(rng.bounded(50));
        r.stepCount = rng.bounded(10) == 0 ? 0 : rng.bounded(1, 9);
        r.pausedInSeqDesk = rng.bounded(8) == 0;
        r.archivedByUser = rng.bounded(20) == 0;
        if (rng.bounded(15) == 0)
            r.archivedAt = base.addDays(-rng.bounded(100));
        r.updatedAt = base.addSecs(-qint64(rng.bounded(3600 * 24 * 365)));
        r.enrolledThroughSeqDesk = rng.bounded(5000);
        out << r;
    }
    return out;
}

double medianMs(const std::function<void()> &setup, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < Runs; ++i) {
        setup();
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(Runs / 2);
}

int naiveCount(const QList<Store::SequenceRecord> &list, const QHash<QString, QString> &names,
               const QSet<SequenceStatus> &statuses, const QString &search)
{
    int n = 0;
    for (const auto &r : list) {
        if (!statuses.isEmpty() && !statuses.contains(r.status()))
            continue;
        if (!search.isEmpty() && !r.name.contains(search, Qt::CaseInsensitive)
            && !r.sequenceId.contains(search, Qt::CaseInsensitive)
            && !names.value(r.ownerUserId).contains(search, Qt::CaseInsensitive))
            continue;
        ++n;
    }
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const auto sequences = generate(count);
    QHash<QString, QString> names;
    for (int i = 0; i < 50; ++i)
        names.insert(QString::number(i), QStringLiteral("Owner %1 Person").arg(i));

    Ui::SequenceTableModel model;
    model.setUserNames(names);
    Ui::SequenceFilterProxy proxy;
    proxy.setSourceModel(&model);

    std::printf("bench_sequence_filter: %d sequences, median of %d runs (ms)\n", count, Runs);
    const double load
        = medianMs([&] { model.setSequences({}); }, [&] { model.setSequences(sequences); });
    const double loadBare = medianMs([&] { proxy.setSourceModel(nullptr); },
                                     [&] {
                                         model.setSequences({});
                                         model.setSequences(sequences);
                                     });
    proxy.setSourceModel(&model);
    std::printf("  load into model + sorted proxy: %8.2f   (model alone: %.2f)\n", load, loadBare);
    double slowestFilter = 0; // of the status filters and searches
    double slowestNaive = 0;
    double slowestGeneric = 0;

    const std::pair<SequenceStatus, const char *> statuses[] {
        {SequenceStatus::Active, "active"},
        {SequenceStatus::Paused, "paused"},
        {SequenceStatus::Draft, "draft"},
        {SequenceStatus::Archived, "archived"}};
    for (const auto &[status, label] : statuses) {
        int rows = 0;
        const double t = medianMs([&] { proxy.setStatusFilter({}); },
                                  [&] {
                                      proxy.setStatusFilter({status});
                                      rows = proxy.rowCount();
                                  });
        int naiveRows = 0;
        const double naive
            = medianMs([] {}, [&] { naiveRows = naiveCount(sequences, names, {status}, {}); });
        std::printf("  status %-9s proxy: %8.2f  (%5d rows)   naive scan: %6.2f  (%5d rows)\n",
                    label, t, rows, naive, naiveRows);
        slowestFilter = std::max(slowestFilter, t);
        slowestNaive = std::max(slowestNaive, naive);
    }
    proxy.setStatusFilter({});

    for (const QString &search :
         {QStringLiteral("renewal"), QStringLiteral("owner 7 "), QStringLiteral("zzz")}) {
        int rows = 0;
        const double t = medianMs([&] { proxy.setSearchText({}); },
                                  [&] {
                                      proxy.setSearchText(search);
                                      rows = proxy.rowCount();
                                  });
        int naiveRows = 0;
        const double naive
            = medianMs([] {}, [&] { naiveRows = naiveCount(sequences, names, {}, search); });
        QSortFilterProxyModel generic;
        generic.setSourceModel(&model);
        generic.setFilterCaseSensitivity(Qt::CaseInsensitive);
        generic.setFilterKeyColumn(-1); // every column, through data()
        int genericRows = 0;
        const double gen = medianMs([&] { generic.setFilterFixedString({}); },
                                    [&] {
                                        generic.setFilterFixedString(search);
                                        genericRows = generic.rowCount();
                                    });
        std::printf("  search %-10s proxy: %8.2f  (%5d rows)   naive scan: %6.2f  (%5d)   "
                    "generic QSFPM all columns: %6.2f  (%5d)\n",
                    qPrintable(QLatin1Char('"') + search + QLatin1Char('"')), t, rows, naive,
                    naiveRows, gen, genericRows);
        slowestFilter = std::max(slowestFilter, t);
        slowestNaive = std::max(slowestNaive, naive);
        slowestGeneric = std::max(slowestGeneric, gen);
    }
    proxy.setSearchText({});
    const double resort = medianMs([&] { proxy.sort(Ui::SequenceTableModel::NameColumn); },
                                   [&] { proxy.sort(Ui::SequenceTableModel::UpdatedColumn); });
    const double byName = medianMs([&] { proxy.sort(Ui::SequenceTableModel::UpdatedColumn); },
                                   [&] { proxy.sort(Ui::SequenceTableModel::NameColumn); });
    std::printf("  sort by date: %8.2f   sort by name (collator): %8.2f\n", resort, byName);
    using SeqDesk::Bench::figure;
    figure("load_ms", load, "ms");
    figure("slowest_filter_ms", slowestFilter, "ms");
    figure("slowest_naive_ms", slowestNaive, "ms");
    figure("slowest_generic_search_ms", slowestGeneric, "ms");
    figure("sort_by_name_ms", byName, "ms");
    SeqDesk::Bench::peakMemoryFigure();
    return 0;
}
