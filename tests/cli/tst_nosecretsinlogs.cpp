// Issue 15's acceptance: "The log and diagnostics tests find no token and no contact email
// after a full sync, an enrollment and a rule run." Against the sandbox on loopback, with
// XDG_* in a temp folder: a full sync of the portal (the sync engine in this process, logging
// as the app does), enrollments of contacts given BY E-MAIL and a rule run through the real
// seqdesk-cli, with HubSpot errors on the way (a sync answered 429 until it gives up, a sender
// without a Sales seat). Then every log file, seqdesk-cli --diagnostics and the app's gatherer
// (Diag::gather) hold neither the token nor any e-mail address, and the diagnostics name the
// errors' correlation ids.
#include "../sandbox/DemoLookup.h"
#include "../support/AccountPortal.h"
#include "core/Logging.h"
#include "diag/Diagnostics.h"
#include "hubspot/HubSpotClient.h"
#include "sandbox/SandboxThread.h"
#include "store/Database.h"
#include "store/StoreWorker.h"
#include "sync/SyncEngine.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace SeqDesk;

class TestNoSecretsInLogs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullSyncThenOneHubSpotRefuses();
    void enrollmentOfContactsGivenByEmail();
    void enrollmentAsASenderWithoutASeatFails();
    void enrollmentFromAnInboxThatIsNotConnectedFails();
    void ruleRunEnrollsAListsMembers();
    void diagnosticsNameTheErrorsCorrelationIds();
    void noLogAndNoDiagnosticsHoldATokenOrAnEmail();

private:
    struct Finished
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Finished cli(const QStringList &args);
    template<typename Job, typename R = std::invoke_result_t<Job &, Store::Stores &>>
    std::optional<R> call(Job job);
    Store::SyncRunRecord sync();
    QStringList logFiles() const;

    QTemporaryDir m_home;
    QString m_token;
    std::unique_ptr<Sandbox::SandboxThread> m_sandbox;
    QProcessEnvironment m_env;
    QNetworkAccessManager m_nam;
    QObject m_context;
    std::unique_ptr<Store::StoreWorker> m_store;
    std::unique_ptr<HubSpot::HubSpotClient> m_client;
    QString m_portalId;
    QString m_sequenceId;
    QString m_sender;
    QString m_noSeatSender;
    QString m_notConnectedSender; // a user's login, not one of its connected inboxes
    qint64 m_listId = 0;
    QStringList m_emailsUsed; // every contact e-mail given to seqdesk-cli
    QStringList m_allEmails; // every address the sandbox knows: contacts, owners, inboxes
    QStringList m_correlationIds; // of the errors the diagnostics must name
    QStringList m_diagnostics; // seqdesk-cli --diagnostics and Diag::gather's text
};

void TestNoSecretsInLogs::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Both this process (the app's side: its sync, its log, its gatherer) and seqdesk-cli
    // keep everything under the temp folder.
    const QList<QPair<const char *, QString>> dirs {{"XDG_DATA_HOME", QStringLiteral("data")},
                                                    {"XDG_CONFIG_HOME", QStringLiteral("config")},
                                                    {"XDG_CACHE_HOME", QStringLiteral("cache")},
                                                    {"XDG_STATE_HOME", QStringLiteral("state")}};
    m_env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, sub] : dirs) {
        qputenv(name, m_home.filePath(sub).toLocal8Bit());
        m_env.insert(QLatin1String(name), m_home.filePath(sub));
    }
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.remove(QStringLiteral("LANGUAGE"));
    // Everything SeqDesk can log, as when a user turns it on for a support request: each
    // HubSpot error's summary too (with HubSpot's message, which can name an address).
    const QString everything = QStringLiteral("seqdesk.*=true");
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), everything);
    QLoggingCategory::setFilterRules(everything);
    QCoreApplication::setOrganizationName(QStringLiteral("SeqDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("seqdesk")); // the app's log and settings
    QCoreApplication::setApplicationVersion(QStringLiteral("test"));
    Logging::install(Logging::defaultLogFilePath());

    m_token = QStringLiteral("pat-na1-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_env.insert(QStringLiteral("HUBSPOT_ACCESS_TOKEN"), m_token);
    Sandbox::SandboxConfig config;
    config.token = m_token;
    config.contactCount = 600;
    m_sandbox = std::make_unique<Sandbox::SandboxThread>(config);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_sandbox->readState([this](const Sandbox::SandboxState &state) {
        m_sequenceId = QString::number(DemoLookup::teamSequenceWithSteps(state)->id);
        m_sender = DemoLookup::owner(state, DemoLookup::Primary).email;
        m_noSeatSender = DemoLookup::owner(state, DemoLookup::NoSeat).inboxes.value(0);
        m_notConnectedSender = DemoLookup::owner(state, DemoLookup::InboxDiffers).email;
        for (const Sandbox::ContactList &list : state.data().lists) {
            if (m_listId == 0 && list.objectTypeId == QLatin1String("0-1")
                && list.members.size() >= 3)
                m_listId = list.listId;
        }
        int normal = 0;
        for (const Sandbox::Contact &c : state.data().contacts) {
            if (!c.email.isEmpty())
                m_allEmails << c.email;
            if (c.kind == Sandbox::ContactKind::Normal && !c.email.isEmpty() && normal++ < 4)
                m_emailsUsed << c.email;
            else if (c.kind == Sandbox::ContactKind::Unsubscribed && m_emailsUsed.size() == 4)
                m_emailsUsed << c.email; // a refusal with HubSpot's verdict
        }
        for (const Sandbox::Owner &o : state.data().owners) {
            if (!o.email.isEmpty())
                m_allEmails << o.email;
            m_allEmails << o.inboxes;
        }
    });
    m_emailsUsed << QStringLiteral("nobody.here@unknown-contact.example"); // not in HubSpot
    m_allEmails << m_emailsUsed;
    QVERIFY(!m_sender.isEmpty() && !m_noSeatSender.isEmpty() && m_listId != 0);
    QCOMPARE(m_emailsUsed.size(), 6);

    m_store = std::make_unique<Store::StoreWorker>();
    std::optional<QString> opened;
    m_store->open(Store::Database::defaultPath(), &m_context,
                  [&](const QString &e) { opened = e; });
    QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, 10000));
    QVERIFY2(opened->isEmpty(), qPrintable(*opened));
    QVERIFY(Store::Database::defaultPath().startsWith(m_home.path()));
}

void TestNoSecretsInLogs::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
}

template<typename Job, typename R> std::optional<R> TestNoSecretsInLogs::call(Job job)
{
    auto out = std::make_shared<std::optional<R>>();
    m_store->run(std::move(job), &m_context, [out](R r) { *out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out->has_value(); }, 10000))
        return std::nullopt;
    return *out;
}

TestNoSecretsInLogs::Finished TestNoSecretsInLogs::cli(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(QStringLiteral(SEQDESK_CLI_PATH), args);
    Finished f;
    if (!p.waitForFinished(120000))
        return f;
    f.exitCode = p.exitCode();
    f.out = QString::fromUtf8(p.readAllStandardOutput());
    f.err = QString::fromUtf8(p.readAllStandardError());
    return f;
}

Store::SyncRunRecord TestNoSecretsInLogs::sync()
{
    Sync::SyncEngine engine(m_client.get(), m_store.get(), m_portalId);
    QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
    if (!engine.start(Store::SyncTrigger::Manual) || !finished.wait(60000))
        return {};
    return finished.first().first().value<Store::SyncRunRecord>();
}

QStringList TestNoSecretsInLogs::logFiles() const
{
    QStringList files;
    QDirIterator it(m_home.filePath(QStringLiteral("data")), {QStringLiteral("*.log*")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestNoSecretsInLogs::fullSyncThenOneHubSpotRefuses()
{
    // As connecting the portal in the app does: the portal's row, then a full sync.
    HubSpot::ClientConfig config;
    config.baseUrl = m_sandbox->baseUrl();
    config.maxRetries = 2;
    config.backoffBaseMs = 5;
    config.backoffCapMs = 20;
    m_client = std::make_unique<HubSpot::HubSpotClient>(&m_nam, config);
    m_client->setAccessToken(m_token);
    const std::optional<Store::PortalRecord> found
        = TestSupport::portalOfAccount(*m_client, &m_context, m_sandbox->baseUrl());
    QVERIFY(found);
    const Store::PortalRecord portal = *found;
    m_portalId = portal.portalId;
    QVERIFY(call([portal](Store::Stores &s) { return s.portals.upsert(portal); }).value_or(false));
    const Store::SyncRunRecord full = sync();
    QCOMPARE(full.status, Store::SyncStatus::Succeeded);
    QVERIFY(full.added > 0);

    // HubSpot's rate limit answers every request until the client gives up: a failed sync
    // that recorded HubSpot's answer.
    QCOMPARE(m_sandbox->applyControl({{QStringLiteral("settings"),
                                       QJsonObject {{QStringLiteral("burst429Count"), 50},
                                                    {QStringLiteral("retryAfter"), false}}}}),
             200);
    const Store::SyncRunRecord refused = sync();
    QCOMPARE(m_sandbox->applyControl({{QStringLiteral("settings"),
                                       QJsonObject {{QStringLiteral("burst429Count"), 0}}}}),
             200);
    QCOMPARE(refused.status, Store::SyncStatus::Failed);
    QCOMPARE(refused.httpStatus, 429);
    QVERIFY(!refused.correlationId.isEmpty());
    m_correlationIds << refused.correlationId;
}

void TestNoSecretsInLogs::enrollmentOfContactsGivenByEmail()
{
    const Finished enrolled
        = cli({QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
               QStringLiteral("--sequence-id"), m_sequenceId, QStringLiteral("--sender-email"),
               m_sender, QStringLiteral("--contact-ids"), m_emailsUsed.join(QLatin1Char(','))});
    // Some enrolled, the unsubscribed one skipped, the unknown address failed (1).
    QVERIFY2(enrolled.exitCode == 0 || enrolled.exitCode == 1, qPrintable(enrolled.err));
    int accepted = 0;
    m_sandbox->readState([&accepted](const Sandbox::SandboxState &state) {
        accepted = int(state.acceptedEnrollments().size());
    });
    QVERIFY(accepted >= 4);
}

void TestNoSecretsInLogs::enrollmentAsASenderWithoutASeatFails()
{
    // HubSpot refuses the sender (no Sales seat): the job stops, its contact keeps HubSpot's
    // answer and correlation id.
    QStringList contacts;
    m_sandbox->readState([&contacts](const Sandbox::SandboxState &state) {
        const Sandbox::Contact *c = DemoLookup::contactOfKind(state, Sandbox::ContactKind::Normal);
        contacts << c->email;
    });
    m_emailsUsed << contacts;
    const Finished refused
        = cli({QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
               QStringLiteral("--sequence-id"), m_sequenceId, QStringLiteral("--sender-email"),
               m_noSeatSender, QStringLiteral("--contact-ids"), contacts.join(QLatin1Char(','))});
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.out + refused.err));
    const auto ids = call([](Store::Stores &s) {
        QStringList found;
        for (const auto &e : s.diagnostics.recentErrors(50)) {
            if (e.source == Store::RecentErrorRecord::Source::Enrollment
                && !e.correlationId.isEmpty())
                found << e.correlationId;
        }
        return found;
    });
    QVERIFY(ids.has_value());
    QVERIFY2(!ids->isEmpty(), qPrintable(refused.err));
    m_correlationIds << *ids;
}

void TestNoSecretsInLogs::enrollmentFromAnInboxThatIsNotConnectedFails()
{
    // HubSpot names the address in its answer ("... is not a connected email of user N").
    QStringList contacts;
    m_sandbox->readState([&contacts](const Sandbox::SandboxState &state) {
        const Sandbox::Contact *c
            = DemoLookup::contactOfKind(state, Sandbox::ContactKind::Normal, 1);
        contacts << c->email;
    });
    m_emailsUsed << contacts;
    const Finished refused = cli(
        {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
         QStringLiteral("--sequence-id"), m_sequenceId, QStringLiteral("--sender-email"),
         m_notConnectedSender, QStringLiteral("--contact-ids"), contacts.join(QLatin1Char(','))});
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.out + refused.err));
    const auto errors = call([](Store::Stores &s) { return s.diagnostics.recentErrors(1); });
    QVERIFY(errors.has_value() && errors->size() == 1);
    QVERIFY2(errors->constFirst().message.contains(m_notConnectedSender, Qt::CaseInsensitive),
             qPrintable(errors->constFirst().message));
    QVERIFY(!errors->constFirst().correlationId.isEmpty());
    m_correlationIds << errors->constFirst().correlationId;
}

void TestNoSecretsInLogs::ruleRunEnrollsAListsMembers()
{
    const QStringList connection {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()};
    const Finished added
        = cli(connection
              + QStringList {QStringLiteral("--add-rule"), QStringLiteral("--name"),
                             QStringLiteral("Trials"), QStringLiteral("--list-id"),
                             QString::number(m_listId), QStringLiteral("--sequence-id"),
                             m_sequenceId, QStringLiteral("--sender-email"), m_sender});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString ruleId = added.out.trimmed();
    const Finished ran = cli(
        connection + QStringList {QStringLiteral("--run-rules"), QStringLiteral("--rule"), ruleId});
    QVERIFY2(ran.exitCode == 0 || ran.exitCode == 1, qPrintable(ran.out + ran.err));
    const auto runs
        = call([id = ruleId.toLongLong()](Store::Stores &s) { return s.rules.runs(id, 10); });
    QVERIFY(runs.has_value() && !runs->isEmpty());
    QVERIFY(runs->constFirst().planned > 0);
}

void TestNoSecretsInLogs::diagnosticsNameTheErrorsCorrelationIds()
{
    const Finished printed = cli({QStringLiteral("--diagnostics")});
    QCOMPARE(printed.exitCode, 0);
    QVERIFY2(printed.out.contains(QStringLiteral("== Last errors")), qPrintable(printed.out));
    QVERIFY(printed.out.contains(QStringLiteral("seqdesk-cli.log")));
    QVERIFY(printed.out.contains(m_portalId));

    std::optional<QString> gathered;
    Diag::gather(m_store.get(), QStringLiteral("offscreen"), &m_context,
                 [&gathered](const QString &text) { gathered = text; });
    QVERIFY(QTest::qWaitFor([&] { return gathered.has_value(); }, 10000));
    QVERIFY(gathered->contains(QStringLiteral("Platform plugin: offscreen")));

    QVERIFY(!m_correlationIds.isEmpty());
    for (const QString &text : {printed.out, *gathered}) {
        for (const QString &id : std::as_const(m_correlationIds))
            QVERIFY2(text.contains(QStringLiteral("correlation id ") + id),
                     qPrintable(id + QStringLiteral(" not in:\n") + text));
        QVERIFY(text.contains(QStringLiteral("HTTP 429, category RATE_LIMIT")));
    }
    m_diagnostics << printed.out << printed.err << *gathered;
}

void TestNoSecretsInLogs::noLogAndNoDiagnosticsHoldATokenOrAnEmail()
{
    const QStringList files = logFiles();
    QStringList texts = m_diagnostics;
    bool cliLog = false;
    bool appLog = false;
    QString logs;
    for (const QString &path : files) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        logs += QString::fromUtf8(f.readAll());
        cliLog = cliLog || path.endsWith(QLatin1String("/seqdesk-cli.log"));
        appLog = appLog || path.endsWith(QLatin1String("/seqdesk.log"));
    }
    QVERIFY2(cliLog && appLog, qPrintable(files.join(QLatin1Char('\n'))));
    texts << logs;
    const QString allText = texts.join(QLatin1Char('\n'));
    // The logs recorded the runs.
    QVERIFY(logs.contains(QStringLiteral("connecting to")));
    QVERIFY(logs.contains(QStringLiteral("retrying")));

    const QString secret = m_token.mid(8);
    const QString b64 = QString::fromLatin1(m_token.toUtf8().toBase64());
    QVERIFY2(!allText.contains(secret), "the token is in a log or the diagnostics");
    QVERIFY2(!allText.contains(b64), "the token (base64) is in a log or the diagnostics");
    for (const QString &email : std::as_const(m_allEmails)) {
        QVERIFY2(!allText.contains(email, Qt::CaseInsensitive), qPrintable(email));
        const QString encoded = QString(email).replace(QLatin1Char('@'), QStringLiteral("%40"));
        QVERIFY2(!allText.contains(encoded, Qt::CaseInsensitive), qPrintable(encoded));
    }
    // No address of any kind: no "@" followed by a domain anywhere.
    static const QRegularExpression anyAddress(
        QStringLiteral("[^\\s]@[A-Za-z0-9-]+\\.[A-Za-z]|%40[A-Za-z0-9-]+\\.[A-Za-z]"));
    const QRegularExpressionMatch leak = anyAddress.match(allText);
    QVERIFY2(
        !leak.hasMatch(),
        qPrintable(QStringLiteral("an address: ") + allText.mid(leak.capturedStart() - 60, 120)));
    // Addresses did go through the logs and the diagnostics, and came out scrubbed: the scans
    // above would prove nothing on text that never met one.
    QVERIFY2(logs.contains(QStringLiteral("[email] is not a connected email")), qPrintable(logs));
    for (const QString &diagnostics : std::as_const(m_diagnostics)) {
        if (!diagnostics.isEmpty())
            QVERIFY2(diagnostics.contains(QStringLiteral("[email] is not a connected email")),
                     qPrintable(diagnostics));
    }
}

QTEST_GUILESS_MAIN(TestNoSecretsInLogs)
#include "tst_nosecretsinlogs.moc"
