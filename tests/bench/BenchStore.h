#pragma once

// A store job run to its answer, for the benchmarks' setup (never timed).
#include "store/StoreWorker.h"

#include <QEventLoop>

#include <optional>

namespace SeqDesk::Bench {

template<typename Job> auto storeCall(Store::StoreWorker &store, Job job)
{
    using R = std::invoke_result_t<Job &, Store::Stores &>;
    QEventLoop loop;
    std::optional<R> out;
    store.run(std::move(job), &loop, [&](R r) {
        out = std::move(r);
        loop.quit();
    });
    loop.exec();
    return *out;
}

} // namespace SeqDesk::Bench
