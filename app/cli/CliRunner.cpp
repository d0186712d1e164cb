#include "cli/CliRunner.h"

#include "cli/CliOutput.h"
#include "cli/EnrollCommand.h"
#include "cli/EnrollOutput.h"
#include "cli/ExitCodes.h"
#include "cli/RuleAdminCommand.h"
#include "cli/RulesCommand.h"
#include "core/Redactor.h"
#include "diag/Diagnostics.h"
#include "hubspot/HubSpotClient.h"
#include "secrets/SecretStore.h"
#include "store/StoreWorker.h"
#include "sync/SequenceCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QTextStream>

namespace SeqDesk::Cli {

Q_LOGGING_CATEGORY(lcCli, "seqdesk.cli")

namespace {

constexpr int kJobsListed = 50; // --jobs: the newest ones
constexpr int kListsPerPage = 500; // --list-lists: HubSpot's maximum count
constexpr int kListPagesMax = 200; // 100,000 lists: beyond, the offsets are not advancing

} // namespace

using namespace SeqDesk::HubSpot;

CliRunner::CliRunner(QNetworkAccessManager *nam, Secrets::SecretStore *secrets, QTextStream &out,
                     QTextStream &err, QObject *parent)
    : CliCommand(out, err, parent)
    , m_nam(nam)
    , m_secrets(secrets)
{ }

CliRunner::~CliRunner() = default;

void CliRunner::run(const CliOptions &options, const QString &helpText,
                    const QString &environmentToken)
{
    m_options = options;
    m_environmentToken = environmentToken.trimmed();
    switch (options.action) {
    case CliAction::Help:
        m_out << helpText;
        return finish(ExitOk);
    case CliAction::Version:
        m_out << QCoreApplication::applicationName() << QLatin1Char(' ')
              << QCoreApplication::applicationVersion() << QLatin1Char('\n');
        return finish(ExitOk);
    case CliAction::ListSequences:
        return withToken([this](const QString &token) {
            withApiVersion([this, token] {
                startClient(token);
                listSequences();
            });
        });
    case CliAction::ListLists:
        return withToken([this](const QString &token) {
            withApiVersion([this, token] {
                startClient(token);
                listLists();
            });
        });
    case CliAction::StoreToken:
        if (m_options.token.isEmpty() && m_environmentToken.isEmpty()) {
            m_err << tr("--store-token needs the token in --token or HUBSPOT_ACCESS_TOKEN.\n");
            return finish(ExitUsage);
        }
        return withToken([this](const QString &token) {
            startClient(token);
            storeToken(token);
        });
    case CliAction::Enroll:
        return withStore([this] {
            withToken([this](const QString &token) {
                withApiVersion([this, token] {
                    startClient(token);
                    enroll();
                });
            });
        });
    case CliAction::ListJobs:
        return withStore([this] { listJobs(); });
    case CliAction::RunRules:
    case CliAction::AddRule:
        return withStore([this] {
            withToken([this](const QString &token) {
                withApiVersion([this, token] {
                    startClient(token);
                    rules();
                });
            });
        });
    case CliAction::Mcp:
        return withStore([this] {
            withToken([this](const QString &token) {
                withApiVersion([this, token] {
                    startClient(token);
                    serveMcp();
                });
            });
        });
    case CliAction::Diagnostics:
        return diagnostics();
    case CliAction::ListRules:
    case CliAction::PauseRule:
    case CliAction::ResumeRule:
    case CliAction::DeleteRule:
        return withStore([this] { rules(); }); // the mirror only
    }
}

void CliRunner::diagnostics()
{
    const auto print = [this](const QString &text) {
        m_out << text;
        m_out.flush();
        finish(ExitOk);
    };
    const QString platform = tr("none (command line)");
    if (!m_store)
        return Diag::gather(nullptr, platform, this, print);
    // A mirror that cannot be opened is one more fact of the report, not a failure of it.
    m_store->open(m_storePath, this, [this, print, platform](const QString &error) {
        m_storeOpen = error.isEmpty();
        Diag::gather(m_storeOpen ? m_store : nullptr, platform, this, print, error);
    });
}

void CliRunner::setStore(Store::StoreWorker *store, const QString &path)
{
    m_store = store;
    m_storePath = path;
}

void CliRunner::withStore(std::function<void()> next)
{
    if (!m_store) {
        m_err << tr("No local store in this build of the command.\n");
        return finish(ExitNetwork);
    }
    m_store->open(m_storePath, this, [this, next](const QString &error) {
        if (!error.isEmpty()) {
            m_err << tr("The local store %1 could not be opened: %2\n")
                         .arg(QDir::toNativeSeparators(m_storePath), error);
            return finish(ExitNetwork);
        }
        m_storeOpen = true;
        next();
    });
}

void CliRunner::withApiVersion(std::function<void()> next)
{
    if (m_options.apiVersionGiven || m_options.portalId.isEmpty() || !m_store)
        return next();
    if (!m_storeOpen)
        return withStore([this, next] { withApiVersion(next); });
    const QString portalId = m_options.portalId;
    m_store->run([portalId](Store::Stores &s) { return s.portals.portal(portalId); }, this,
                 [this, next](const std::optional<Store::PortalRecord> &portal) {
                     if (portal) {
                         m_options.apiVersion
                             = apiVersionName(storedApiVersion(portal->apiVersion));
                     }
                     next();
                 });
}

void CliRunner::enroll()
{
    auto *command
        = new EnrollCommand(m_client.get(), m_store, QFileInfo(m_storePath).absolutePath(),
                            m_options, m_out, m_err, this);
    connect(command, &EnrollCommand::finished, this, &CliRunner::finish);
    command->start();
}

void CliRunner::serveMcp()
{
    if (!m_mcpServe) {
        m_err << tr("No MCP server in this build of the command.\n");
        return finish(ExitUsage);
    }
    m_mcpServe(m_client.get(), m_options, QFileInfo(m_storePath).absolutePath(),
               [this](int exitCode) { finish(exitCode); });
}

void CliRunner::rules()
{
    if (m_options.action == CliAction::RunRules) {
        auto *run = new RulesCommand(m_client.get(), m_store, QFileInfo(m_storePath).absolutePath(),
                                     m_options, m_out, m_err, this);
        connect(run, &RulesCommand::finished, this, &CliRunner::finish);
        return run->start();
    }
    auto *admin = new RuleAdminCommand(m_client.get(), m_store, m_options, m_out, m_err, this);
    connect(admin, &RuleAdminCommand::finished, this, &CliRunner::finish);
    admin->start();
}

void CliRunner::listJobs()
{
    struct JobsRead
    {
        QList<JobListing> jobs;
        QString error;
    };
    m_store->run(
        [](Store::Stores &s) {
            JobsRead read;
            const QList<Store::EnrollmentJobRecord> jobs = s.enrollments.recentJobs(kJobsListed);
            if (!s.enrollments.lastError().isEmpty()) {
                read.error = s.enrollments.lastError();
                return read;
            }
            QHash<QString, QHash<QString, QString>> sequenceNames; // by portal
            QHash<QString, QString> portalNames;
            for (const Store::EnrollmentJobRecord &j : jobs) {
                if (!sequenceNames.contains(j.portalId)) {
                    sequenceNames.insert(j.portalId, s.sequences.names(j.portalId));
                    const auto portal = s.portals.portal(j.portalId);
                    portalNames.insert(j.portalId, portal ? portal->name : QString());
                }
                JobListing listing;
                listing.job = j;
                listing.portalName = portalNames.value(j.portalId);
                listing.sequenceName = sequenceNames.value(j.portalId).value(j.sequenceId);
                listing.updatedAt = s.enrollments.lastActivity(j.id).value_or(j.createdAt);
                read.jobs.append(listing);
            }
            return read;
        },
        this,
        [this](const JobsRead &read) {
            if (!read.error.isEmpty()) {
                m_err << tr("The local store failed: %1\n").arg(read.error);
                return finish(ExitNetwork);
            }
            if (read.jobs.isEmpty())
                m_err << tr("No enrollment jobs yet.\n");
            if (m_options.json) {
                m_out << QString::fromUtf8(jobsJson(read.jobs));
                return finish(ExitOk);
            }
            m_out << jobsTable(read.jobs);
            finish(ExitOk);
        });
}

void CliRunner::setClientTuning(std::function<void(ClientConfig &)> tuning)
{
    m_tuning = std::move(tuning);
}

void CliRunner::withToken(std::function<void(const QString &)> next)
{
    if (!m_options.token.isEmpty())
        return next(m_options.token);
    if (!m_environmentToken.isEmpty())
        return next(m_environmentToken);
    if (m_options.portalId.isEmpty()) {
        m_err << tr("No token: give --token, set HUBSPOT_ACCESS_TOKEN, or name with --portal-id "
                    "a portal whose token was saved with --store-token.\n");
        return finish(ExitUsage);
    }
    m_secrets->read(Secrets::SecretStore::portalTokenKey(m_options.portalId), this,
                    [this, next](const Secrets::SecretResult &r) {
                        if (r.status == Secrets::SecretStatus::NotFound) {
                            m_err << tr("No token for portal %1 in the system keychain. Save one "
                                        "with --store-token.\n")
                                         .arg(m_options.portalId);
                            return finish(ExitAuth);
                        }
                        if (!r.ok()) {
                            m_err << r.message << QLatin1Char('\n');
                            return finish(r.status == Secrets::SecretStatus::Denied ? ExitAuth
                                                                                    : ExitNetwork);
                        }
                        next(r.secret);
                    });
}

void CliRunner::startClient(const QString &token)
{
    ClientConfig config;
    config.baseUrl = m_options.baseUrl;
    config.apiVersion = parseApiVersion(m_options.apiVersion).value_or(defaultApiVersion);
    config.rateShare = m_options.rateSharePercent / 100.0;
    if (m_tuning)
        m_tuning(config);
    m_client = std::make_unique<HubSpotClient>(m_nam, config);
    m_client->setAccessToken(token);
    qCInfo(lcCli) << "connecting to" << m_options.baseUrl.toString() << "with API"
                  << apiVersionName(config.apiVersion);
}

void CliRunner::listSequences()
{
    auto *fetcher = new Sync::SequenceCatalogFetcher(m_client.get(), this);
    connect(fetcher, &Sync::SequenceCatalogFetcher::failed, this, &CliRunner::failApi);
    connect(fetcher, &Sync::SequenceCatalogFetcher::finished, this,
            [this](const Sync::Catalog &catalog) {
                qCInfo(lcCli) << "listed" << catalog.sequences.size() << "sequences of"
                              << catalog.usersQueried << "users";
                if (m_options.json)
                    m_out << QString::fromUtf8(sequencesJson(catalog));
                else
                    m_out << sequencesTable(catalog);
                finish(ExitOk);
            });
    fetcher->start(m_options.userId);
}

void CliRunner::listLists(int offset, int pages)
{
    ListSearchRequest search;
    search.query = m_options.query;
    search.offset = offset;
    search.count = kListsPerPage;
    m_client->searchLists(search, this, [this, offset, pages](Result<ListSearchPage> r) {
        if (!r.ok())
            return failApi(r.error());
        const ListSearchPage &page = r.value();
        for (const ListSummary &l : page.lists) {
            if (l.isContactList()) // a portal may ignore the objectTypeId filter
                m_lists.append(l);
        }
        if (page.hasMore && !page.lists.isEmpty() && page.nextOffset > offset
            && pages + 1 < kListPagesMax)
            return listLists(page.nextOffset, pages + 1);
        qCInfo(lcCli) << "listed" << m_lists.size() << "contact lists in" << pages + 1 << "pages";
        if (m_lists.isEmpty())
            m_err << (m_options.query.isEmpty()
                          ? tr("The portal has no contact lists.\n")
                          : tr("No contact list matches \"%1\".\n").arg(m_options.query));
        if (m_options.json)
            m_out << QString::fromUtf8(listsJson(m_lists));
        else if (!m_lists.isEmpty())
            m_out << listsTable(m_lists);
        finish(ExitOk);
    });
}

void CliRunner::storeToken(const QString &token)
{
    m_client->accountDetails(this, [this, token](Result<AccountDetails> r) {
        if (!r.ok())
            return failApi(r.error());
        const AccountDetails account = r.value();
        const QString portalId = QString::number(account.portalId);
        m_secrets->write(Secrets::SecretStore::portalTokenKey(portalId), token, this,
                         [this, portalId, account](const Secrets::SecretResult &w) {
                             if (!w.ok()) {
                                 m_err << w.message << QLatin1Char('\n');
                                 return finish(ExitNetwork);
                             }
                             m_out << tr("Token saved in the system keychain for portal %1 (%2). "
                                         "Use --portal-id %1 from now on.\n")
                                          .arg(portalId, account.portalName);
                             finish(ExitOk);
                         });
    });
}

void CliRunner::failApi(const ApiError &error)
{
    qCInfo(lcCli).noquote() << error.summary();
    m_err << Redactor::scrub(error.describe()) << QLatin1Char('\n');
    finish(exitCodeFor(error));
}

} // namespace SeqDesk::Cli
