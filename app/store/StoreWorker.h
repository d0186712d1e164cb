#pragma once

#include "store/Stores.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace SeqDesk::Store {

class Database;

namespace Detail {
// One per call: its signal carries the answer to the context's thread. Connected with the
// context as receiver, so Qt drops the queued call if the context dies first.
class StoreReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreReply)
public:
    StoreReply() = default;
signals:
    void ready();
};
} // namespace Detail

// The local mirror on its own thread.
//
// Threading rule: the database connection and the Stores live on the worker thread and are
// touched only by jobs given to run(), which execute there one at a time in the order they
// were given. A job must not keep references to the Stores or capture objects of other
// threads by reference. Its result is passed by value to `done`, which runs on the thread of
// `context` (queued, never inline), and is dropped if `context` is destroyed before then;
// with a null context `done` runs on the StoreWorker's own thread. Jobs run even when their
// context is gone (a write is never lost because a window closed).
// The destructor waits for the queued jobs, closes the connection and joins the thread.
class StoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWorker)

public:
    explicit StoreWorker(QObject *parent = nullptr);
    ~StoreWorker() override;

    // Opens and migrates `path` (Database::defaultPath() in the app) on the worker thread;
    // `done` gets the error text, empty on success. Jobs given before it finishes run after.
    void open(const QString &path, QObject *context, std::function<void(QString)> done);

    // R job(Stores &) on the worker thread, then done(R) on the context's thread.
    template<typename Job, typename Done> void run(Job job, QObject *context, Done done)
    {
        using R = std::invoke_result_t<Job &, Stores &>;
        auto *reply = new Detail::StoreReply;
        if constexpr (std::is_void_v<R>) {
            connect(reply, &Detail::StoreReply::ready, context ? context : this,
                    std::function<void()>(std::move(done)), Qt::QueuedConnection);
            post([this, job = std::move(job), reply]() mutable {
                job(*m_stores);
                finish(reply);
            });
        } else {
            auto result = std::make_shared<std::optional<R>>();
            connect(
                reply, &Detail::StoreReply::ready, context ? context : this,
                [result, done = std::function<void(R)>(std::move(done))]() {
                    done(std::move(**result));
                },
                Qt::QueuedConnection);
            post([this, job = std::move(job), reply, result]() mutable {
                result->emplace(job(*m_stores));
                finish(reply);
            });
        }
    }

    // The job alone, when nobody waits for its answer.
    void post(std::function<void()> task);

private:
    static void finish(Detail::StoreReply *reply);

    QThread m_thread;
    QObject *m_executor = nullptr; // lives on m_thread
    // Created, used and destroyed on m_thread only.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Stores> m_stores;
};

} // namespace SeqDesk::Store
