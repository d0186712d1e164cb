#include "MainWindow.h"

#include "ConnectDialog.h"
#include "PortalOverviewPage.h"
#include "WelcomePage.h"
#include "hubspot/HubSpotClient.h"
#include "sync/SequenceCatalog.h"

#include <QIcon>
#include <QStackedWidget>
#include <QStatusBar>

namespace SeqDesk::Ui {

using namespace SeqDesk::HubSpot;

MainWindow::MainWindow(QNetworkAccessManager *nam, Sync::PortalConnector *connector,
                       DemoPortalStarter demoStarter, QWidget *parent)
    : QMainWindow(parent)
    , m_nam(nam)
    , m_connector(connector)
    , m_demoStarter(std::move(demoStarter))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_overview(new PortalOverviewPage(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SeqDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.seqdesk.SeqDesk.svg")));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_overview);
    setCentralWidget(m_stack);
    statusBar()->showMessage(tr("No portal connected"));
    resize(960, 640);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::openConnectDialog);
}

MainWindow::~MainWindow() = default;

void MainWindow::startDemo()
{
    if (!m_demoStarter)
        return;
    const DemoPortal demo = m_demoStarter();
    if (!demo.error.isEmpty()) {
        m_welcome->setMessage(tr("The demo portal could not start: %1").arg(demo.error));
        return;
    }
    connectPortal(demo.baseUrl, demo.token);
}

void MainWindow::openConnectDialog()
{
    if (!m_connector)
        return;
    auto *dialog = new ConnectDialog(m_connector, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Sync::ConnectRequest r = dialog->request();
        connectPortal(r.baseUrl, r.token, r.apiVersion);
    });
    dialog->open();
}

void MainWindow::connectPortal(const QUrl &baseUrl, const QString &token, ApiVersion apiVersion)
{
    ClientConfig config;
    config.baseUrl = baseUrl;
    config.apiVersion = apiVersion;
    m_client = std::make_unique<HubSpotClient>(m_nam, config);
    if (!m_client->isValid()) {
        m_welcome->setMessage(m_client->configError());
        m_client.reset();
        return;
    }
    m_client->setAccessToken(token);
    m_stack->setCurrentWidget(m_overview);
    statusBar()->showMessage(tr("Connecting to %1").arg(baseUrl.toDisplayString()));

    auto *fetcher = new Sync::SequenceCatalogFetcher(m_client.get(), this);
    connect(fetcher, &Sync::SequenceCatalogFetcher::progress, m_overview,
            &PortalOverviewPage::showLoading);
    connect(fetcher, &Sync::SequenceCatalogFetcher::finished, this,
            [this, fetcher](const Sync::Catalog &catalog) {
                m_overview->showCatalog(catalog);
                statusBar()->showMessage(tr("Connected"));
                fetcher->deleteLater();
                emit portalLoaded();
            });
    connect(fetcher, &Sync::SequenceCatalogFetcher::failed, this,
            [this, fetcher](const ApiError &error) {
                m_overview->showError(error.describe());
                statusBar()->showMessage(tr("Connection failed"));
                fetcher->deleteLater();
                emit portalLoaded();
            });
    fetcher->start();
}

} // namespace SeqDesk::Ui
