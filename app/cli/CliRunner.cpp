#include "cli/CliRunner.h"

#include "cli/CliOutput.h"
#include "cli/ExitCodes.h"
#include "core/Redactor.h"
#include "hubspot/HubSpotClient.h"
#include "secrets/SecretStore.h"
#include "sync/SequenceCatalog.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace SeqDesk::Cli {

Q_LOGGING_CATEGORY(lcCli, "seqdesk.cli")

using namespace SeqDesk::HubSpot;

CliRunner::CliRunner(QNetworkAccessManager *nam, Secrets::SecretStore *secrets, QTextStream &out,
                     QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_out(out)
    , m_err(err)
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
            startClient(token);
            listSequences();
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
    }
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
    config.apiVersion = parseApiVersion(m_options.apiVersion).value_or(ApiVersion::Dated);
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

void CliRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    emit finished(exitCode);
}

} // namespace SeqDesk::Cli
