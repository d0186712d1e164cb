#pragma once

#include "cli/CliCommand.h"
#include "cli/CliOptions.h"

#include <QObject>

class QTextStream;

namespace SeqDesk::HubSpot {
class HubSpotClient;
}
namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Cli {

// seqdesk-cli's rule keeping: --add-rule (checked as the rule dialog checks it, then against
// the mirror and HubSpot's list, then saved Enabled and due at once), --rules, and
// --pause-rule, --resume-rule, --delete-rule. finished() once.
class RuleAdminCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleAdminCommand)

public:
    // Not owned; the store is open. `client` is needed by --add-rule only (else null).
    RuleAdminCommand(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                     const CliOptions &options, QTextStream &out, QTextStream &err,
                     QObject *parent = nullptr);
    ~RuleAdminCommand() override;

    void start();

private:
    void checkMirror(const QString &portalId);
    void checkList(const QString &sequenceName);
    void save(const QString &sequenceName);
    void listRules();
    void changeRule();

    HubSpot::HubSpotClient *m_client;
    Store::StoreWorker *m_store;
    CliOptions m_options;
    Store::RuleRecord m_rule; // --add-rule's, as it is checked
};

} // namespace SeqDesk::Cli
