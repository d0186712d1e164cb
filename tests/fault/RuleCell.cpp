#include "../support/AccountPortal.h"
#include "FaultCell.h"
#include "SandboxProcess.h"

#include "hubspot/ApiVersion.h"
#include "hubspot/HubSpotClient.h"
#include "sandbox/SandboxServer.h"
#include "store/StoreWorker.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace SeqDesk::Fault {

namespace {

const QString kToken = QStringLiteral("pat-na1-00000000-demo-0000-0000-000000000000");
constexpr int kMaxRuns = 40;
constexpr int kPollMs = 10;

template<typename Ready> bool waitFor(Ready ready, int ms)
{
    QElapsedTimer waited;
    waited.start();
    while (!ready() && waited.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return ready();
}

// As connecting the portal in the app does: the portal row, then a sync of its sequences and
// users into the file seqdesk-cli opens. Returns the portal id, or empty.
QString syncMirror(const QString &mirror, const QUrl &base, QString *error)
{
    QObject context;
    QNetworkAccessManager nam;
    Store::StoreWorker store;
    std::optional<QString> opened;
    store.open(mirror, &context, [&](const QString &e) { opened = e; });
    if (!waitFor([&] { return opened.has_value(); }, 10000) || !opened->isEmpty()) {
        *error = QStringLiteral("cannot open the mirror: %1").arg(opened.value_or(QString()));
        return {};
    }
    HubSpot::ClientConfig config;
    config.baseUrl = base;
    HubSpot::HubSpotClient client(&nam, config);
    client.setAccessToken(kToken);
    const std::optional<Store::PortalRecord> found
        = TestSupport::portalOfAccount(client, &context, base);
    if (!found) {
        *error = QStringLiteral("no account details");
        return {};
    }
    const Store::PortalRecord portal = *found;
    std::optional<bool> upserted;
    store.run([portal](Store::Stores &s) { return s.portals.upsert(portal); }, &context,
              [&](bool ok) { upserted = ok; });
    if (!waitFor([&] { return upserted.has_value(); }, 10000) || !*upserted) {
        *error = QStringLiteral("cannot save the portal");
        return {};
    }
    Sync::SyncEngine engine(&client, &store, portal.portalId);
    std::optional<Store::SyncRunRecord> synced;
    QObject::connect(&engine, &Sync::SyncEngine::finished, &context,
                     [&](const Store::SyncRunRecord &run) { synced = run; });
    if (!engine.start(Store::SyncTrigger::Connect)
        || !waitFor([&] { return synced.has_value(); }, 60000)
        || synced->status != Store::SyncStatus::Succeeded) {
        *error = QStringLiteral("the sync failed");
        return {};
    }
    return portal.portalId;
}

// The journal's enrolled contacts of every rule job, read from the mirror.
QSet<QString> journalEnrolled(const QString &mirror, int *skipped, int *failed, int *pending)
{
    QSet<QString> enrolled;
    const QString name = QStringLiteral("fault-rule-read");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(mirror);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT i.contact_id, i.state FROM enrollment_items i"
                                  " JOIN enrollment_jobs j ON j.id = i.job_id"
                                  " WHERE j.rule_id > 0"));
            while (q.next()) {
                const QString state = q.value(1).toString();
                if (state == QLatin1String("enrolled"))
                    enrolled.insert(q.value(0).toString());
                else if (state == QLatin1String("skipped"))
                    ++*skipped;
                else if (state == QLatin1String("failed"))
                    ++*failed;
                else
                    ++*pending;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return enrolled;
}

} // namespace

CellResult runRuleCell(const CellSpec &spec, const RunSettings &settings, int index)
{
    CellResult result;
    result.name = spec.name;
    // A list of every kind of contact: about a third are plain, the others are skipped.
    const int members = settings.contacts * 3;
    result.contacts = members;
    QElapsedTimer wall;
    wall.start();
    const quint32 seed = settings.seed + quint32(index);
    QRandomGenerator random(seed);
    Sandbox::SandboxConfig config;
    config.seed = seed;
    config.listMembers = members;
    const Sandbox::SandboxServer model(config);
    const auto &data = model.state().data();
    const auto list = std::find_if(data.lists.cbegin(), data.lists.cend(), [&](const auto &l) {
        return l.isContactList() && l.members.size() == members;
    });
    QString sequenceId;
    for (const auto &s : data.sequences) {
        if (s.shared && !s.steps.isEmpty()) {
            sequenceId = QString::number(s.id);
            break;
        }
    }
    if (list == data.lists.cend() || sequenceId.isEmpty()) {
        result.error = QStringLiteral("no list of %1 members").arg(members);
        return result;
    }
    const QString home = settings.workDir + QLatin1Char('/') + spec.name;
    QDir(home).removeRecursively();
    QDir().mkpath(home + QStringLiteral("/data/SeqDesk"));
    const QString mirror = home + QStringLiteral("/data/SeqDesk/seqdesk.sqlite");

    SandboxProcess sandbox;
    if (!sandbox.start(settings.binDir + QStringLiteral("/seqdesk-sandbox"),
                       {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                        QString::number(seed), QStringLiteral("--rate-limit"),
                        QStringLiteral("1000"), QStringLiteral("--rate-window-ms"),
                        QStringLiteral("1000"), QStringLiteral("--list-members"),
                        QString::number(members)},
                       &result.error))
        return result;
    const QString portalId = syncMirror(mirror, sandbox.base, &result.error);
    if (portalId.isEmpty())
        return result;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), kToken);
    const QString cliPath = settings.binDir + QStringLiteral("/seqdesk-cli");
    const QStringList common {QStringLiteral("--base-url"), sandbox.base.toString(),
                              QStringLiteral("--portal-id"), portalId};
    {
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(cliPath,
                  common
                      + QStringList {QStringLiteral("--add-rule"), QStringLiteral("--name"),
                                     QStringLiteral("Fault matrix"), QStringLiteral("--list-id"),
                                     QString::number(list->listId), QStringLiteral("--sequence-id"),
                                     sequenceId, QStringLiteral("--sender-email"),
                                     data.owners.at(0).inboxes.value(0)});
        add.waitForFinished(60000);
        if (add.exitStatus() != QProcess::NormalExit || add.exitCode() != 0) {
            result.error
                = QStringLiteral("--add-rule: %1").arg(lastLine(add.readAllStandardError()));
            return result;
        }
    }
    // All the rate faults together, now that the mirror is synced and the rule saved.
    sandbox.control({{QStringLiteral("settings"),
                      QJsonObject {{QStringLiteral("latencyMs"), 10},
                                   {QStringLiteral("latencyJitterMs"), 10},
                                   {QStringLiteral("failRate"), 0.1},
                                   {QStringLiteral("dropRate"), 0.03},
                                   {QStringLiteral("dropAfterRate"), 0.03},
                                   {QStringLiteral("malformedRate"), 0.03},
                                   {QStringLiteral("truncateRate"), 0.03}}}});

    int killsLeft = spec.kills;
    QString stoppedShort;
    for (int run = 0; run < kMaxRuns; ++run) {
        const int before = sandbox.accepted();
        int trigger = -1;
        if (killsLeft > 0) {
            const int room = qMax(1, settings.contacts / 2 - before);
            trigger = before + 1 + int(random.bounded(qMax(1, room / killsLeft)));
        }
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(cliPath, common + QStringList {QStringLiteral("--run-rules")});
        if (!cli.waitForStarted()) {
            result.error = QStringLiteral("seqdesk-cli did not start");
            return result;
        }
        QElapsedTimer ran;
        ran.start();
        bool killed = false;
        while (!cli.waitForFinished(kPollMs)) {
            if (ran.elapsed() > 240000) {
                cli.kill();
                cli.waitForFinished();
                result.error = QStringLiteral("run %1 did not end within 240 s").arg(run + 1);
                return result;
            }
            if (trigger >= 0 && sandbox.accepted() >= trigger) {
                cli.kill();
                cli.waitForFinished();
                killed = true;
                --killsLeft;
                break;
            }
        }
        const int code = killed                        ? -9
            : cli.exitStatus() == QProcess::NormalExit ? cli.exitCode()
                                                       : -100;
        result.exitCodes << code;
        if (run > 0)
            ++result.resumes;
        const QString said = lastLine(cli.readAllStandardError());
        if (code != 0 && code != -9 && stoppedShort.isEmpty())
            stoppedShort = said;
        result.message = stoppedShort.isEmpty() ? said : stoppedShort;
        if (code != 4 && code != -9)
            break;
    }

    const QSet<QString> enrolled
        = journalEnrolled(mirror, &result.skipped, &result.failed, &result.pending);
    result.enrolled = int(enrolled.size());
    compareWithSandbox(sandbox, enrolled, QString(), result); // a fresh sandbox: the rule's
    if (result.exitCodes.isEmpty() || result.exitCodes.constLast() != 0)
        result.error = QStringLiteral("the rule run did not end with 0");
    result.wallMs = wall.elapsed();
    return result;
}

} // namespace SeqDesk::Fault
