#include "sandbox/SandboxThread.h"

#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace SeqDesk::Sandbox {

SandboxThread::SandboxThread(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_thread.setObjectName(QStringLiteral("SeqDeskSandbox"));
}

SandboxThread::~SandboxThread()
{
    stop();
}

template<typename F> void SandboxThread::runInServerThread(F &&function) const
{
    QMetaObject::invokeMethod(m_server, std::forward<F>(function), Qt::BlockingQueuedConnection);
}

bool SandboxThread::start(QString *error)
{
    if (m_server)
        return true;
    // Built here (demo data generation is fast), moved before any socket exists.
    m_server = new SandboxServer(m_config);
    m_server->moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    QString problem;
    runInServerThread([&] { ok = m_server->start(&problem); });
    if (!ok) {
        if (error)
            *error = problem;
        stop();
        return false;
    }
    runInServerThread([&] { m_baseUrl = m_server->baseUrl(); });
    return true;
}

void SandboxThread::stop()
{
    if (m_server) {
        runInServerThread([this] { delete m_server; });
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
    m_baseUrl.clear();
}

QVector<Enrollment> SandboxThread::acceptedEnrollments() const
{
    QVector<Enrollment> out;
    if (m_server)
        runInServerThread([&] { out = m_server->acceptedEnrollments(); });
    return out;
}

SandboxStats SandboxThread::stats() const
{
    SandboxStats out;
    if (m_server)
        runInServerThread([&] { out = m_server->stats(); });
    return out;
}

void SandboxThread::readState(const std::function<void(const SandboxState &)> &read) const
{
    if (m_server)
        runInServerThread([&] { read(m_server->state()); });
}

qint64 SandboxThread::listIdNamed(const QString &name) const
{
    qint64 id = 0;
    if (m_server) {
        runInServerThread([&] {
            for (const ContactList &l : m_server->state().data().lists) {
                if (l.name == name && l.objectTypeId == QLatin1String("0-1")) {
                    id = l.listId;
                    break;
                }
            }
        });
    }
    return id;
}

qint64 SandboxThread::sequenceIdNamed(const QString &name) const
{
    qint64 id = 0;
    if (m_server) {
        runInServerThread([&] {
            for (const Sequence &s : m_server->state().data().sequences) {
                if (s.name == name) {
                    id = s.id;
                    break;
                }
            }
        });
    }
    return id;
}

int SandboxThread::applyControl(const QJsonObject &control, QJsonObject *result, QString *error)
{
    if (!m_server) {
        if (error)
            *error = QCoreApplication::translate("SandboxThread", "the sandbox is not running");
        return 503;
    }
    int status = 0;
    QJsonObject out;
    QString problem;
    runInServerThread([&] { status = m_server->applyControl(control, &out, &problem); });
    if (result)
        *result = out;
    if (error)
        *error = problem;
    return status;
}

} // namespace SeqDesk::Sandbox
