#pragma once

#include "cli/CliCommand.h"
#include "cli/CliOptions.h"
#include "hubspot/Types.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTextStream;

namespace SeqDesk::HubSpot {
class HubSpotClient;
struct ApiError;
struct ClientConfig;
} // namespace SeqDesk::HubSpot
namespace SeqDesk::Secrets {
class SecretStore;
}
namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Cli {

// Runs one parsed command line. Services are passed in (main.cpp builds them), output goes
// to the given streams, and finished(exitCode) is emitted exactly once.
class CliRunner final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    CliRunner(QNetworkAccessManager *nam, Secrets::SecretStore *secrets, QTextStream &out,
              QTextStream &err, QObject *parent = nullptr);
    ~CliRunner() override;

    // `environmentToken` is HUBSPOT_ACCESS_TOKEN's value (empty when unset).
    void run(const CliOptions &options, const QString &helpText, const QString &environmentToken);
    // The local store for --sequence-id, --resume, --jobs and the rules (opened at `path`
    // only then).
    void setStore(Store::StoreWorker *store, const QString &path);
    // --mcp: the MCP server (app/mcp; main builds it), handed the client once the token (from
    // --token, HUBSPOT_ACCESS_TOKEN or the keychain) and the API version are settled, as for
    // every other command; it calls `finish` with the exit code once its input ended.
    using McpServe = std::function<void(HubSpot::HubSpotClient *client, const CliOptions &options,
                                        const QString &lockDirectory,
                                        std::function<void(int exitCode)> finish)>;
    void setMcpServe(McpServe serve) { m_mcpServe = std::move(serve); }
    // Adjusts the client's configuration before use (tests shorten retries and backoff).
    void setClientTuning(std::function<void(HubSpot::ClientConfig &)> tuning);

private:
    void withToken(std::function<void(const QString &token)> next);
    void startClient(const QString &token);
    void listSequences();
    // --list-lists: the contact lists, every page of the lists search.
    void listLists(int offset = 0, int pages = 0);
    void storeToken(const QString &token);
    void withStore(std::function<void()> next);
    // Without --api-version, a portal named by --portal-id keeps the version it was
    // connected with (stored in the mirror); then `next`.
    void withApiVersion(std::function<void()> next);
    void enroll();
    void listJobs();
    // The rules' commands: --run-rules (RulesCommand), --add-rule, --rules, --pause-rule,
    // --resume-rule, --delete-rule (RuleAdminCommand).
    void rules();
    void failApi(const HubSpot::ApiError &error);
    void serveMcp();
    void diagnostics();

    QNetworkAccessManager *m_nam;
    Secrets::SecretStore *m_secrets;
    CliOptions m_options;
    QString m_environmentToken;
    std::unique_ptr<HubSpot::HubSpotClient> m_client;
    std::function<void(HubSpot::ClientConfig &)> m_tuning;
    McpServe m_mcpServe;
    Store::StoreWorker *m_store = nullptr;
    QString m_storePath;
    bool m_storeOpen = false;
    QList<HubSpot::ListSummary> m_lists; // --list-lists, pages read so far
};

} // namespace SeqDesk::Cli
