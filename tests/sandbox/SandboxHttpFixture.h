#pragma once

#include "DemoLookup.h"
#include "HttpProbe.h"
#include "ManualClock.h"
#include "sandbox/SandboxServer.h"

#include <QJsonValue>
#include <QObject>
#include <QRegularExpression>

#include <memory>

// Shared by the suites that talk HTTP to one SandboxServer on a manual clock.
namespace SandboxPaths {
inline const QString seqDated = QStringLiteral("/automation/sequences/2026-03");
inline const QString seqLegacy = QStringLiteral("/automation/v4/sequences");
inline const QString contactsDated = QStringLiteral("/crm/objects/2026-03/contacts");
inline const QString contactsLegacy = QStringLiteral("/crm/v3/objects/contacts");
inline const QString seqNewest = QStringLiteral("/automation/sequences/2026-09");
inline const QString contactsNewest = QStringLiteral("/crm/objects/2026-09/contacts");

// An ISO-8601 UTC timestamp with milliseconds, as HubSpot writes them.
inline bool isIsoMs(const QJsonValue &v)
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    return v.isString() && re.match(v.toString()).hasMatch();
}
} // namespace SandboxPaths

// No Q_OBJECT: it declares no slots; the suites deriving from it do.
class SandboxHttpFixture : public QObject
{
protected:
    // A demo portal with 2,000 contacts and no practical rate limit; empty on success.
    QString startServer()
    {
        SeqDesk::Sandbox::SandboxConfig config;
        config.contactCount = 2000;
        config.settings.rateLimit = 100000;
        m_server = std::make_unique<SeqDesk::Sandbox::SandboxServer>(config, &m_clock);
        QString error;
        if (!m_server->start(&error))
            return error;
        m_probe = std::make_unique<HttpProbe>(m_server->baseUrl());
        return {};
    }
    QString enrollPath(qint64 userId, const QString &base = SandboxPaths::seqDated) const
    {
        return base + QStringLiteral("/enrollments?userId=") + QString::number(userId);
    }
    ProbeResult enroll(qint64 userId, qint64 contactId, qint64 sequenceId, const QString &sender)
    {
        return m_probe->postJson(enrollPath(userId),
                                 {{QStringLiteral("contactId"), QString::number(contactId)},
                                  {QStringLiteral("sequenceId"), QString::number(sequenceId)},
                                  {QStringLiteral("senderEmail"), sender}});
    }
    const SeqDesk::Sandbox::SandboxState &state() const { return m_server->state(); }

    ManualClock m_clock;
    std::unique_ptr<SeqDesk::Sandbox::SandboxServer> m_server;
    std::unique_ptr<HttpProbe> m_probe;
};
