// "Connect HubSpot", offscreen, against the sandbox over loopback and an in-memory keychain.
#include "ConnectDialog.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "sync/PortalConnector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace SeqDesk;

Q_DECLARE_METATYPE(SeqDesk::HubSpot::ApiVersion)

class TestConnectDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void validTokenIsCheckedThenStoredUnderThePortalId();
    void tokenIsMasked();
    void wrongTokenIsRefusedAndNothingIsStored();
    void missingScopesAreNamedWithWhereToAddThem();
    void withoutTheListsScopeThePortalConnectsWithAWarning();
    void plainHttpToARemoteHostIsRefused();
    void legacyApiVersionWorksToo();
    void newestVersionIsPreselectedAndEveryVersionIsOffered();
    void everyVersionConnectsToTheSandbox_data();
    void everyVersionConnectsToTheSandbox();
    void requiredScopesAreExactlyTheScopesOfTheCallsSeqDeskMakes();
    void aKnownPortalKeepsItsVersion();

private:
    void fillAndConnect(const QString &token, const QString &baseUrl = QString());

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<Secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Sync::PortalConnector> m_connector;
    std::unique_ptr<Ui::ConnectDialog> m_dialog;
};

void TestConnectDialog::init()
{
    m_server = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxConfig());
    QVERIFY(m_server->start());
    m_secrets = std::make_unique<Secrets::MemorySecretStore>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_connector = std::make_unique<Sync::PortalConnector>(m_nam.get(), m_secrets.get());
    m_dialog = std::make_unique<Ui::ConnectDialog>(m_connector.get());
    m_dialog->show();
}

void TestConnectDialog::cleanup()
{
    m_dialog.reset();
    m_connector.reset();
    m_nam.reset();
    m_secrets.reset();
    m_server.reset();
}

void TestConnectDialog::fillAndConnect(const QString &token, const QString &baseUrl)
{
    m_dialog->findChild<QLineEdit *>(QStringLiteral("connectToken"))->setText(token);
    m_dialog->findChild<QCheckBox *>(QStringLiteral("connectShowAdvanced"))->setChecked(true);
    auto *url = m_dialog->findChild<QLineEdit *>(QStringLiteral("connectBaseUrl"));
    url->setText(baseUrl.isEmpty() ? m_server->baseUrl().toString() : baseUrl);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
}

void TestConnectDialog::validTokenIsCheckedThenStoredUnderThePortalId()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    fillAndConnect(m_server->config().token);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_dialog->account().portalId, 4242424);
    QCOMPARE(m_secrets->size(), 1);
    QVERIFY(m_server->stats().requests.value(QStringLiteral("account.details")) >= 1);
    QVERIFY(m_server->stats().requests.value(QStringLiteral("sequences.list")) >= 1);
}

void TestConnectDialog::tokenIsMasked()
{
    QCOMPARE(m_dialog->findChild<QLineEdit *>(QStringLiteral("connectToken"))->echoMode(),
             QLineEdit::Password);
}

void TestConnectDialog::wrongTokenIsRefusedAndNothingIsStored()
{
    QSignalSpy failed(m_connector.get(), &Sync::PortalConnector::failed);
    fillAndConnect(QStringLiteral("pat-na1-wrong-0000"));
    QVERIFY(failed.wait(10000));
    QVERIFY(m_dialog->isVisible());
    const QString status = m_dialog->findChild<QLabel *>(QStringLiteral("connectStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("token")), qPrintable(status));
    QVERIFY(!status.contains(QStringLiteral("pat-na1-wrong")));
    QCOMPARE(m_secrets->size(), 0);
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
}

void TestConnectDialog::missingScopesAreNamedWithWhereToAddThem()
{
    QStringList scopes = Sandbox::SandboxConfig::allScopes();
    scopes.removeAll(QStringLiteral("automation.sequences.read"));
    m_server->setGrantedScopes(scopes);
    QSignalSpy failed(m_connector.get(), &Sync::PortalConnector::failed);
    fillAndConnect(m_server->config().token);
    QVERIFY(failed.wait(10000));
    const QString status = m_dialog->findChild<QLabel *>(QStringLiteral("connectStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("automation.sequences.read")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("Private Apps")));
    QCOMPARE(m_secrets->size(), 0);
}

void TestConnectDialog::withoutTheListsScopeThePortalConnectsWithAWarning()
{
    QStringList scopes = Sandbox::SandboxConfig::allScopes();
    scopes.removeAll(QStringLiteral("crm.lists.read"));
    m_server->setGrantedScopes(scopes);
    QSignalSpy warned(m_connector.get(), &Sync::PortalConnector::warned);
    QSignalSpy succeeded(m_connector.get(), &Sync::PortalConnector::succeeded);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    fillAndConnect(m_server->config().token);
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(warned.size(), 1);
    QCOMPARE(warned.first().at(1).toStringList(), QStringList {QStringLiteral("crm.lists.read")});
    QCOMPARE(m_secrets->size(), 1); // stored: the portal works for pasted contacts
    QVERIFY(m_server->stats().requests.value(QStringLiteral("lists.search")) >= 1);
    // The dialog stays open to say what is missing and where to add it.
    QCOMPARE(accepted.size(), 0);
    const QString status = m_dialog->findChild<QLabel *>(QStringLiteral("connectStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("crm.lists.read")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("Private Apps > Scopes")));
    QCOMPARE(m_dialog->warning(), status);
    // Continue (or closing the dialog) keeps the connected portal.
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(m_dialog->account().portalId, 4242424);
}

void TestConnectDialog::plainHttpToARemoteHostIsRefused()
{
    QSignalSpy failed(m_connector.get(), &Sync::PortalConnector::failed);
    fillAndConnect(m_server->config().token, QStringLiteral("http://api.example.com"));
    QTRY_COMPARE(failed.size(), 1);
    const QString status = m_dialog->findChild<QLabel *>(QStringLiteral("connectStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("https")), qPrintable(status));
    QCOMPARE(m_server->stats().total, 0);
}

void TestConnectDialog::legacyApiVersionWorksToo()
{
    auto *version = m_dialog->findChild<QComboBox *>(QStringLiteral("connectApiVersion"));
    version->setCurrentIndex(version->findData(QStringLiteral("v4")));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    fillAndConnect(m_server->config().token);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_dialog->request().apiVersion, HubSpot::ApiVersion::V4);
}

void TestConnectDialog::newestVersionIsPreselectedAndEveryVersionIsOffered()
{
    auto *version = m_dialog->findChild<QComboBox *>(QStringLiteral("connectApiVersion"));
    QStringList offered;
    for (int i = 0; i < version->count(); ++i)
        offered.append(version->itemData(i).toString());
    QCOMPARE(
        offered,
        (QStringList {QStringLiteral("2026-09"), QStringLiteral("2026-03"), QStringLiteral("v4")}));
    QCOMPARE(version->currentData().toString(), QStringLiteral("2026-09"));
    QVERIFY(version->currentText().contains(QStringLiteral("recommended")));
    QCOMPARE(m_dialog->request().apiVersion, HubSpot::ApiVersion::D2026_09);
}

void TestConnectDialog::everyVersionConnectsToTheSandbox_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<HubSpot::ApiVersion>("expected");
    QTest::newRow("2026-09") << QStringLiteral("2026-09") << HubSpot::ApiVersion::D2026_09;
    QTest::newRow("2026-03") << QStringLiteral("2026-03") << HubSpot::ApiVersion::D2026_03;
}

void TestConnectDialog::everyVersionConnectsToTheSandbox()
{
    QFETCH(QString, name);
    QFETCH(HubSpot::ApiVersion, expected);
    auto *version = m_dialog->findChild<QComboBox *>(QStringLiteral("connectApiVersion"));
    version->setCurrentIndex(version->findData(name));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    fillAndConnect(m_server->config().token);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_dialog->request().apiVersion, expected);
    QCOMPARE(m_server->stats().requests.value(QStringLiteral("notFound")), 0);
}

void TestConnectDialog::aKnownPortalKeepsItsVersion()
{
    auto *version = m_dialog->findChild<QComboBox *>(QStringLiteral("connectApiVersion"));
    Sync::ConnectRequest settings;
    settings.apiVersion = HubSpot::ApiVersion::D2026_03;
    settings.baseUrl = m_server->baseUrl();
    m_dialog->presetFor(QStringLiteral("Acme"), settings);
    QCOMPARE(version->currentData().toString(), QStringLiteral("2026-03"));
    QCOMPARE(m_dialog->request().apiVersion, HubSpot::ApiVersion::D2026_03);
}

void TestConnectDialog::requiredScopesAreExactlyTheScopesOfTheCallsSeqDeskMakes()
{
    // The one list the welcome page and the connect dialog show.
    using HubSpot::Endpoint;
    QSet<QString> needed;
    for (int e = int(Endpoint::AccountDetails); e <= int(Endpoint::ListMemberships); ++e) {
        const QString scope = HubSpot::endpointScope(Endpoint(e));
        if (!scope.isEmpty())
            needed.insert(scope);
    }
    const QStringList required = Sync::PortalConnector::requiredScopes();
    QCOMPARE(QSet<QString>(required.cbegin(), required.cend()), needed);
    QCOMPARE(required.size(), needed.size()); // none twice
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
