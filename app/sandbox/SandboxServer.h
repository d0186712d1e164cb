#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SandboxStats.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace SeqDesk {
class Clock;
}

namespace SeqDesk::Sandbox {

struct Reply;
struct Route;
struct SandboxRequest;
struct FaultPlan;
class FaultInjector;
class ListGrower;
class RateLimiter;

// A local HTTP server on 127.0.0.1 that behaves like HubSpot on the endpoints of
// docs/hubspot-wire.md, plus /_sandbox/ inspection and control. Lives in one thread;
// use SandboxThread to run it off the caller's thread.
class SandboxServer final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxConfig &config, QObject *parent = nullptr);
    // clock: not owned, must outlive the server; drives the rolling 24 h send cap and the
    // rolling rate window.
    SandboxServer(const SandboxConfig &config, const Clock *clock, QObject *parent = nullptr);
    ~SandboxServer() override;
    Q_DISABLE_COPY_MOVE(SandboxServer)

    // Refuses settings out of range and list growth that names no DYNAMIC contact list.
    bool start(QString *error = nullptr);
    // Empty when rule can grow a list of this portal (ListGrower), else why not.
    QString listGrowthProblem(const ListGrowthRule &rule) const;
    bool isListening() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    quint16 port() const;
    const SandboxConfig &config() const { return m_config; }

    // Inspection.
    const SandboxState &state() const { return *m_state; }
    const QVector<Enrollment> &acceptedEnrollments() const;
    SandboxStats stats() const { return m_stats; }
    QJsonObject summary() const; // GET /_sandbox/summary
    QJsonObject enrollmentsJson() const; // GET /_sandbox/enrollments

    // Control (also reachable as POST /_sandbox/control). setSettings refuses settings out
    // of range and list growth of no DYNAMIC contact list (then nothing changes).
    SandboxSettings settings() const;
    bool setSettings(const SandboxSettings &settings, QString *error = nullptr);
    QString token() const { return m_token; }
    void setToken(const QString &token);
    void revokeToken(); // every request gets 401 until setToken
    QStringList grantedScopes() const { return m_scopes; }
    void setGrantedScopes(const QStringList &scopes);
    bool renameSequence(qint64 sequenceId, const QString &name);
    bool deleteSequence(qint64 sequenceId);
    bool clearSequenceSteps(qint64 sequenceId);
    qint64 addSequence(const NewSequence &spec); // 0 when the user cannot own sequences
    void resetStats();
    void resetRateLimit();
    // Applies a control document (docs/hubspot-wire.md "Sandbox control"). On failure
    // returns the HTTP status to answer (400/404) and sets *error. Both pointers may be null.
    int applyControl(const QJsonObject &control, QJsonObject *result, QString *error);

Q_SIGNALS:
    void requestHandled(const QString &route, int status);

private:
    class Frontend;
    friend class Frontend;

    void onRequest(const SandboxRequest &request, QTcpSocket *socket);
    Reply process(const Route &route, const SandboxRequest &request, const FaultPlan &plan);
    Reply handleSandbox(const Route &route, const SandboxRequest &request);
    void deliver(QTcpSocket *socket, const Reply &reply, const FaultPlan &plan, bool close);
    bool authorized(const SandboxRequest &request) const;
    // Empty when settings are valid for this portal (ranges and list growth), else why not.
    QString settingsProblem(const SandboxSettings &settings) const;
    // The addListMembers / removeListMembers of a control document, checked; 200 or the
    // status to answer (with *error).
    int readListEdits(const QJsonObject &control, QVector<ListEdit> *edits, QString *error) const;

    SandboxConfig m_config;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<ListGrower> m_grower;
    SandboxSettings m_settings;
    SandboxStats m_stats;
    QString m_token;
    bool m_tokenRevoked = false;
    QStringList m_scopes;
    Frontend *m_frontend = nullptr;
    quint16 m_port = 0;
};

} // namespace SeqDesk::Sandbox
