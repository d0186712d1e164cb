#pragma once

// seqdesk-cli run in-process (CliRunner, as main() builds it) against a sandbox over
// loopback, with a memory keychain and a temp-folder store (tst_clirunner, tst_cliexits; runCli
// for tst_clirules, whose sandbox and mirror are a sync harness's).
#include "../sandbox/DemoLookup.h"
#include "cli/CliRunner.h"
#include "hubspot/ClientConfig.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "store/StoreWorker.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <memory>

namespace CliTest {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs seqdesk-cli's `args` (without the program name) in-process to its finished()
// signal, with the store at `storePath` (opened only by the commands that need it, as in
// main()) and short retries; `tuning` adjusts the client further.
inline Run runCli(QStringList args, SeqDesk::Secrets::SecretStore *secrets,
                  const QString &storePath, const QString &envToken = QString(),
                  const std::function<void(SeqDesk::HubSpot::ClientConfig &)> &tuning = {})
{
    using namespace SeqDesk::Cli;
    args.prepend(QStringLiteral("seqdesk-cli"));
    const CliParseResult parsed = parseCliArguments(args);
    Run r;
    if (!parsed.options) {
        r.exitCode = ExitUsage;
        r.err = parsed.error;
        return r;
    }
    QNetworkAccessManager nam;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    SeqDesk::Store::StoreWorker store;
    CliRunner runner(&nam, secrets, out, err);
    runner.setStore(&store, storePath);
    runner.setClientTuning([tuning](SeqDesk::HubSpot::ClientConfig &c) {
        c.maxRetries = 1;
        c.backoffBaseMs = 5;
        c.backoffCapMs = 20;
        c.timeoutMs = 5000;
        if (tuning)
            tuning(c);
    });
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.run(*parsed.options, parsed.helpText, envToken);
    if (finished.isEmpty() && !finished.wait(60000))
        return r;
    r.exitCode = finished.first().first().toInt();
    return r;
}

class CliHarness final
{
    Q_DISABLE_COPY_MOVE(CliHarness)
public:
    explicit CliHarness(const SeqDesk::Sandbox::SandboxConfig &config = {})
        : server(std::make_unique<SeqDesk::Sandbox::SandboxServer>(config))
        , token(config.token)
    { }

    bool start()
    {
        if (!server->start() || !storeDir.isValid())
            return false;
        baseUrl = server->baseUrl().toString();
        return true;
    }

    QStringList base() const { return {QStringLiteral("--base-url"), baseUrl}; }
    QStringList withToken() const { return base() << QStringLiteral("--token") << token; }
    QString storePath() const { return storeDir.filePath(QStringLiteral("seqdesk.sqlite")); }

    // The demo's first team sequence with steps, and its primary user's inbox.
    QString activeSequence() const
    {
        const auto *s = DemoLookup::teamSequenceWithSteps(server->state());
        return s ? QString::number(s->id) : QString();
    }
    QString sender() const
    {
        return DemoLookup::owner(server->state(), DemoLookup::Primary).inboxes.value(0);
    }
    // `n` plain contacts who can be enrolled (fewer when the demo has fewer).
    QStringList normalContacts(int n) const
    {
        QStringList ids;
        for (const auto &c : server->state().data().contacts) {
            if (c.kind == SeqDesk::Sandbox::ContactKind::Normal && ids.size() < n)
                ids << QString::number(c.id);
        }
        return ids;
    }
    // An enrollment of `contacts` (--contact-ids) into `sequenceId` (empty: activeSequence())
    // as sender(), with the token.
    QStringList enrollArgs(const QStringList &contacts, const QString &sequenceId = {}) const
    {
        QStringList args = withToken() << QStringLiteral("--sequence-id")
                                       << (sequenceId.isEmpty() ? activeSequence() : sequenceId)
                                       << QStringLiteral("--sender-email") << sender();
        if (!contacts.isEmpty())
            args << QStringLiteral("--contact-ids") << contacts.join(QLatin1Char(','));
        return args;
    }

    // Runs `args` (without the program name) to its finished() signal.
    Run run(QStringList args, const QString &envToken = QString())
    {
        return runCli(std::move(args), &secrets, storePath(), envToken, tuning);
    }

    std::unique_ptr<SeqDesk::Sandbox::SandboxServer> server; // reset: nothing listens any more
    QString baseUrl;
    SeqDesk::Secrets::MemorySecretStore secrets;
    QTemporaryDir storeDir;
    QString token;
    std::function<void(SeqDesk::HubSpot::ClientConfig &)> tuning; // after the defaults above
};

} // namespace CliTest
