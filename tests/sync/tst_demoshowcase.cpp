// The demo portal as main() builds it, over a temp-file mirror and the sandbox on loopback:
// after its first sync every status has members (active, draft, paused in SeqDesk, archived
// because the sandbox deleted it after that sync, with its history kept), and a later start
// (a new sandbox, the same mirror) keeps them so without a second sync.
#include "jobs/DemoShowcase.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "store/StoreWorker.h"
#include "store/Stores.h"
#include "sync/PortalManager.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace SeqDesk;
using Jobs::DemoShowcase;
using Store::RuleRecord;
using Store::RuleState;
using Store::SequenceRecord;
using Store::SequenceStatus;

namespace {

// What main() builds around the demo portal, for one run of the app.
class Run final
{
    Q_DISABLE_COPY_MOVE(Run)
public:
    explicit Run(Store::StoreWorker *store)
    {
        portals = std::make_unique<Sync::PortalManager>(
            &nam, &secrets, store, nullptr,
            [this] {
                Sync::DemoEndpoint e;
                if (!server) {
                    server = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxConfig {});
                    if (!server->start(&e.error))
                        return e;
                    showcase->prepareSandbox();
                }
                e.baseUrl = server->baseUrl();
                e.token = server->token();
                return e;
            },
            &policy);
        showcase = std::make_unique<DemoShowcase>(
            portals.get(), store,
            [this](const QString &name) {
                ++deletes;
                for (const auto &s : server->state().data().sequences) {
                    if (s.name == name)
                        return server->deleteSequence(s.id);
                }
                return false;
            },
            [this](const QString &name) {
                for (const auto &l : server->state().data().lists) {
                    if (l.name == name)
                        return QString::number(l.listId);
                }
                return QString();
            });
        QObject::connect(portals.get(), &Sync::PortalManager::syncFinished, portals.get(),
                         [this] { ++syncs; });
    }

    // Loads the portals, opens the demo and waits until the showcase is ready.
    bool openDemo()
    {
        QSignalSpy loaded(portals.get(), &Sync::PortalManager::loaded);
        portals->load();
        if (!loaded.wait(10000))
            return false;
        QSignalSpy ready(showcase.get(), &DemoShowcase::ready);
        portals->openDemo();
        return ready.wait(60000) && ready.size() == 1;
    }

    QNetworkAccessManager nam;
    Secrets::MemorySecretStore secrets;
    Sync::DemoPortalPolicy policy;
    std::unique_ptr<Sandbox::SandboxServer> server;
    std::unique_ptr<Sync::PortalManager> portals;
    std::unique_ptr<DemoShowcase> showcase;
    int syncs = 0;
    int deletes = 0;
};

struct Mirror
{
    QList<SequenceRecord> sequences;
    QList<Store::RuleRecord> rules;
    int jobsOfRetired = 0;
    int jobs = 0;
};

} // namespace

class TestDemoShowcase final : public QObject
{
    Q_OBJECT

private slots:
    void firstSyncShowsEveryStatusAndALaterStartKeepsThem();

private:
    std::optional<Mirror> read(Store::StoreWorker &store, const QString &portalId);
    QObject m_context;
};

std::optional<Mirror> TestDemoShowcase::read(Store::StoreWorker &store, const QString &portalId)
{
    std::optional<Mirror> out;
    store.run(
        [portalId](Store::Stores &s) {
            Mirror m;
            m.sequences = s.sequences.sequences(portalId);
            m.rules = s.rules.rules(portalId);
            for (const auto &job : s.enrollments.jobs(portalId, QString(), 1000)) {
                ++m.jobs;
                for (const auto &seq : m.sequences) {
                    if (seq.sequenceId == job.sequenceId
                        && seq.name == DemoShowcase::retiredSequenceName())
                        ++m.jobsOfRetired;
                }
            }
            return m;
        },
        &m_context, [&](const Mirror &m) { out = m; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        return std::nullopt;
    return out;
}

void TestDemoShowcase::firstSyncShowsEveryStatusAndALaterStartKeepsThem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store::StoreWorker store;
    std::optional<QString> opened;
    store.open(dir.filePath(QStringLiteral("mirror.sqlite")), &m_context,
               [&](const QString &error) { opened = error; });
    QTRY_VERIFY(opened.has_value());
    QCOMPARE(*opened, QString());

    const auto statusesOf = [](const QList<SequenceRecord> &sequences) {
        QHash<SequenceStatus, QStringList> byStatus;
        for (const SequenceRecord &s : sequences)
            byStatus[s.status()].append(s.name);
        return byStatus;
    };

    QString portalId;
    QDateTime archivedAt;
    int jobs = 0;
    {
        Run first(&store);
        QVERIFY(first.openDemo());
        portalId = first.showcase->demoPortalId();
        QVERIFY(!portalId.isEmpty());
        QCOMPARE(first.syncs, 2); // the first, and the one after the deletion in "HubSpot"
        QCOMPARE(first.deletes, 1);
        const auto mirror = read(store, portalId);
        QVERIFY(mirror);
        const auto byStatus = statusesOf(mirror->sequences);
        QVERIFY(byStatus.value(SequenceStatus::Active).size() > 10);
        QVERIFY(!byStatus.value(SequenceStatus::Draft).isEmpty());
        QCOMPARE(byStatus.value(SequenceStatus::Paused),
                 QStringList {DemoShowcase::pausedSequenceName()});
        QCOMPARE(byStatus.value(SequenceStatus::Archived),
                 QStringList {DemoShowcase::retiredSequenceName()});
        for (const SequenceRecord &s : mirror->sequences) {
            if (s.name == DemoShowcase::retiredSequenceName()) {
                QVERIFY(!s.archivedByUser); // gone from HubSpot, not archived by the user
                archivedAt = s.archivedAt;
            }
        }
        // Gone from the sandbox, the history of it stays in the mirror.
        for (const auto &s : first.server->state().data().sequences)
            QVERIFY(s.name != DemoShowcase::retiredSequenceName());
        QVERIFY(mirror->jobsOfRetired > 0);
        jobs = mirror->jobs;
        QVERIFY(jobs > 0);
        // A rule is ready on the growing list of trial signups, due at once.
        QCOMPARE(mirror->rules.size(), 1);
        const RuleRecord &rule = mirror->rules.first();
        QCOMPARE(rule.listName, DemoShowcase::ruleListName());
        QCOMPARE(rule.listId, QString::number(first.server->state().data().lists.at(1).listId));
        QCOMPARE(rule.state, RuleState::Enabled);
        QVERIFY(rule.nextRunAt.isValid());
        for (const SequenceRecord &s : mirror->sequences) {
            if (s.sequenceId == rule.sequenceId) {
                QCOMPARE(s.name, DemoShowcase::ruleSequenceName());
                QVERIFY(s.isEnrollable());
            }
        }
        QCOMPARE(rule.senders.size(), 1);
        // Its inbox can send: an active user with a Sales seat in HubSpot (the sandbox).
        bool canSend = false;
        for (const auto &o : first.server->state().data().owners) {
            if (o.email.compare(rule.senders.first(), Qt::CaseInsensitive) == 0)
                canSend = o.isActiveUser() && o.salesSeat;
        }
        QVERIFY2(canSend, qPrintable(rule.senders.first()));
    }

    // The next start: a new sandbox (seeded again), the same mirror.
    Run later(&store);
    QVERIFY(later.openDemo());
    QCOMPARE(later.syncs, 1); // the sandbox started without the deleted sequence
    QCOMPARE(later.deletes, 1);
    const auto mirror = read(store, portalId);
    QVERIFY(mirror);
    const auto byStatus = statusesOf(mirror->sequences);
    QCOMPARE(byStatus.value(SequenceStatus::Paused),
             QStringList {DemoShowcase::pausedSequenceName()});
    QCOMPARE(byStatus.value(SequenceStatus::Archived),
             QStringList {DemoShowcase::retiredSequenceName()});
    for (const SequenceRecord &s : mirror->sequences) {
        if (s.name == DemoShowcase::retiredSequenceName())
            QCOMPARE(s.archivedAt, archivedAt); // not un-archived and archived again
    }
    QCOMPARE(mirror->jobs, jobs); // the sample history is written once
}

QTEST_GUILESS_MAIN(TestDemoShowcase)
#include "tst_demoshowcase.moc"
