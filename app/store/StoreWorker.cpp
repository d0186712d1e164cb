#include "store/StoreWorker.h"

#include "store/Database.h"

namespace SeqDesk::Store {

StoreWorker::StoreWorker(QObject *parent)
    : QObject(parent)
    , m_executor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("seqdesk-store"));
    m_executor->moveToThread(&m_thread);
    m_thread.start();
    // Until open() succeeds, jobs see stores on no connection: every call fails cleanly.
    post([this] { m_stores = std::make_unique<Stores>(QSqlDatabase()); });
}

StoreWorker::~StoreWorker()
{
    QMetaObject::invokeMethod(
        m_executor,
        [this] {
            m_stores.reset();
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_executor;
}

void StoreWorker::open(const QString &path, QObject *context, std::function<void(QString)> done)
{
    auto *reply = new Detail::StoreReply;
    auto error = std::make_shared<QString>();
    connect(
        reply, &Detail::StoreReply::ready, context ? context : this,
        [error, done = std::move(done)]() { done(*error); }, Qt::QueuedConnection);
    post([this, path, reply, error] {
        m_stores.reset();
        m_database = std::make_unique<Database>(
            Database::uniqueConnectionName(QStringLiteral("seqdesk-store-worker")));
        if (!m_database->open(path))
            *error = m_database->lastError();
        m_stores = std::make_unique<Stores>(m_database->handle());
        finish(reply);
    });
}

void StoreWorker::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_executor, std::move(task), Qt::QueuedConnection);
}

void StoreWorker::finish(Detail::StoreReply *reply)
{
    emit reply->ready();
    reply->deleteLater();
}

} // namespace SeqDesk::Store
