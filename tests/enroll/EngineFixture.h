#pragma once

// The enrollment engine's test fixture: a sandbox over loopback, a client, a temp-file
// journal with the sandbox's portal, and an engine (tst_enrollmentengine, tst_sendcap).
#include "enroll/EnrollmentEngine.h"
#include "hubspot/HubSpotClient.h"
#include "sandbox/SandboxServer.h"
#include "store/StoreWorker.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace EngineTest {

using namespace SeqDesk;
using Enroll::Plan;
using Enroll::PlannedContact;
using Store::EnrollmentItemRecord;
using Store::EnrollmentJobRecord;
using Store::ItemState;
using Store::JobState;

inline const QString kPortalId = QStringLiteral("4242424");
inline const QString kPortalZone = QStringLiteral("America/New_York");
inline constexpr qint64 kRetryLaterMs = qint64(5) * 60 * 1000; // EngineSettings' default

class Fixture final
{
    Q_DISABLE_COPY_MOVE(Fixture)
public:
    explicit Fixture(Sandbox::SandboxSettings settings = {})
        : server(configWith(settings))
    {
        clientConfig.backoffBaseMs = 5;
    }

    static Sandbox::SandboxConfig configWith(const Sandbox::SandboxSettings &settings)
    {
        Sandbox::SandboxConfig config;
        config.settings = settings;
        return config;
    }

    bool setUp()
    {
        if (!server.start() || !dir.isValid())
            return false;
        HubSpot::ClientConfig config = clientConfig;
        config.baseUrl = server.baseUrl();
        client = std::make_unique<HubSpot::HubSpotClient>(&nam, config);
        client->setAccessToken(server.token());
        std::optional<QString> opened;
        store.open(dir.filePath(QStringLiteral("mirror.sqlite")), &context,
                   [&](QString error) { opened = error; });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 10000) || !opened->isEmpty())
            return false;
        Store::PortalRecord portal;
        portal.portalId = kPortalId;
        portal.name = QStringLiteral("Sandbox");
        portal.timeZone = portalZone;
        if (!call([portal](Store::Stores &s) { return s.portals.upsert(portal); }).value_or(false))
            return false;
        engine = std::make_unique<Enroll::EnrollmentEngine>(client.get(), &store, clock);
        const auto &data = server.state().data();
        const auto &owner = data.owners.at(0);
        spec.portalId = kPortalId;
        spec.userId = QString::number(*owner.userId);
        spec.senderEmail = owner.inboxes.value(0);
        spec.source = Store::EnrollmentSource::Cli;
        for (const auto &s : data.sequences) {
            if (s.shared && !s.steps.isEmpty()) {
                spec.sequenceId = QString::number(s.id);
                break;
            }
        }
        return !spec.sequenceId.isEmpty();
    }

    template<typename Job, typename R = std::invoke_result_t<Job &, Store::Stores &>>
    std::optional<R> call(Job job)
    {
        auto out = std::make_shared<std::optional<R>>();
        store.run(std::move(job), &context, [out](R r) { *out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out->has_value(); }, 10000))
            return std::nullopt;
        return *out;
    }

    // Contact ids of the sandbox's plain contacts (enrollable), `n` of them from `skip` on.
    QStringList normalContacts(int n, int skip = 0) const
    {
        QStringList ids;
        for (const auto &c : server.state().data().contacts) {
            if (c.kind != Sandbox::ContactKind::Normal)
                continue;
            if (skip-- > 0)
                continue;
            ids << QString::number(c.id);
            if (ids.size() == n)
                break;
        }
        return ids;
    }

    QString contactOfKind(Sandbox::ContactKind kind) const
    {
        for (const auto &c : server.state().data().contacts) {
            if (c.kind == kind)
                return QString::number(c.id);
        }
        return {};
    }

    static QList<PlannedContact> planOf(const QStringList &ids, Plan plan = Plan::Enroll)
    {
        QList<PlannedContact> rows;
        int line = 0;
        for (const QString &id : ids) {
            PlannedContact p;
            p.input = id;
            p.line = ++line;
            p.contactId = id;
            p.plan = plan;
            rows << p;
        }
        return rows;
    }

    std::optional<qint64> createJob(const QList<PlannedContact> &plan)
    {
        std::optional<std::optional<qint64>> out;
        engine->createJob(spec, plan, &context,
                          [&](std::optional<qint64> id, const QString &) { out = id; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            return std::nullopt;
        return *out;
    }

    // Runs the job to the end of this run.
    EnrollmentJobRecord run(qint64 jobId)
    {
        QSignalSpy finished(engine.get(), &Enroll::EnrollmentEngine::finished);
        if (!engine->start(jobId) || !finished.wait(60000))
            return {};
        return finished.first().first().value<EnrollmentJobRecord>();
    }

    QList<EnrollmentItemRecord> items(qint64 jobId)
    {
        return call([jobId](Store::Stores &s) { return s.enrollments.items(jobId); })
            .value_or(QList<EnrollmentItemRecord>());
    }

    // How many times the sandbox accepted an enrollment of each contact.
    QHash<QString, int> acceptedPerContact() const
    {
        QHash<QString, int> n;
        for (const auto &e : server.state().acceptedEnrollments())
            ++n[QString::number(e.contactId)];
        return n;
    }

    // Marks the items in flight, as a killed run leaves them, and the job running.
    bool leaveInFlight(qint64 jobId, QList<EnrollmentItemRecord> items, const QDateTime &at)
    {
        for (EnrollmentItemRecord &item : items) {
            item.state = ItemState::InFlight;
            item.attemptedAt = at;
        }
        return call([items, jobId, at](Store::Stores &s) {
                   return s.enrollments.updateItems(items)
                       && s.enrollments.setJobState(jobId, JobState::Running, at);
               })
            .value_or(false);
    }

    void setFailRate(double rate)
    {
        Sandbox::SandboxSettings settings = server.settings();
        settings.failRate = rate;
        server.setSettings(settings);
    }

    HubSpot::ClientConfig clientConfig; // before setUp()
    const Clock *clock = nullptr; // the engine's, before setUp(); null: the system clock
    QString portalZone = kPortalZone; // the portal's time zone, before setUp()
    Sandbox::SandboxServer server;
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    QObject context;
    Store::StoreWorker store;
    std::unique_ptr<HubSpot::HubSpotClient> client;
    std::unique_ptr<Enroll::EnrollmentEngine> engine;
    Enroll::JobSpec spec;
};

} // namespace EngineTest
