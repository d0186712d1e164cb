#pragma once

#include "sandbox/Model.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SandboxStats.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

namespace SeqDesk::Sandbox {

class SandboxServer;

// Runs a SandboxServer in its own thread, so its latency timers and socket work do not
// share the client's event loop (the GUI's demo mode, benchmarks). The accessors block
// until the server's thread answered; do not call them from that thread.
class SandboxThread final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxThread(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxThread() override; // stops
    Q_DISABLE_COPY_MOVE(SandboxThread)

    // Starts the thread and the server; returns once it listens (or failed).
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    QUrl baseUrl() const { return m_baseUrl; }

    QVector<Enrollment> acceptedEnrollments() const;
    SandboxStats stats() const;
    // The id of the sandbox's sequence named `name` (0: none).
    qint64 sequenceIdNamed(const QString &name) const;
    // The id of the contact list of that name; 0 when none.
    qint64 listIdNamed(const QString &name) const;
    // Runs `read` on the portal's state in the server's thread, and waits (benchmarks' setup).
    void readState(const std::function<void(const SandboxState &)> &read) const;
    // Same document as POST /_sandbox/control; returns the HTTP status it would answer.
    int applyControl(const QJsonObject &control, QJsonObject *result = nullptr,
                     QString *error = nullptr);

private:
    template<typename F> void runInServerThread(F &&function) const;

    SandboxConfig m_config;
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
};

} // namespace SeqDesk::Sandbox
