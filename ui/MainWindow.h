#pragma once

#include "hubspot/ApiVersion.h"

#include <QMainWindow>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QStackedWidget;

namespace SeqDesk::HubSpot {
class HubSpotClient;
}
namespace SeqDesk::Sync {
class PortalConnector;
}

namespace SeqDesk::Ui {

class PortalOverviewPage;
class WelcomePage;

// Where a demo portal comes from: main.cpp starts the sandbox and answers its base URL and
// token, or an error text.
struct DemoPortal
{
    QUrl baseUrl;
    QString token;
    QString error;
};
using DemoPortalStarter = std::function<DemoPortal()>;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `connector` may be null (no "Connect HubSpot" then).
    MainWindow(QNetworkAccessManager *nam, Sync::PortalConnector *connector,
               DemoPortalStarter demoStarter, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects to a portal and loads its overview.
    void connectPortal(const QUrl &baseUrl, const QString &token,
                       HubSpot::ApiVersion apiVersion = HubSpot::ApiVersion::Dated);
    void startDemo();
    // Opens "Connect HubSpot"; on success connects to the portal.
    void openConnectDialog();

signals:
    // The overview finished loading (successfully or not).
    void portalLoaded();

private:
    QNetworkAccessManager *m_nam;
    Sync::PortalConnector *m_connector;
    DemoPortalStarter m_demoStarter;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    PortalOverviewPage *m_overview;
    std::unique_ptr<HubSpot::HubSpotClient> m_client;
};

} // namespace SeqDesk::Ui
