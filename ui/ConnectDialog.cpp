#include "ConnectDialog.h"

#include "hubspot/ApiVersion.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

QString ConnectDialog::versionLabel(HubSpot::ApiVersion version)
{
    switch (version) {
    case HubSpot::ApiVersion::D2026_09:
        return tr("2026-09 (newest, recommended)");
    case HubSpot::ApiVersion::D2026_03:
        return tr("2026-03 (date-versioned)");
    case HubSpot::ApiVersion::V4:
        return tr("v4 / v3 (legacy, supported until March 2027)");
    }
    return HubSpot::apiVersionName(version);
}

ConnectDialog::ConnectDialog(Sync::PortalConnector *connector, QWidget *parent)
    : QDialog(parent)
    , m_connector(connector)
    , m_token(new QLineEdit(this))
    , m_apiVersion(new QComboBox(this))
    , m_showAdvanced(new QCheckBox(tr("Show advanced settings"), this))
    , m_advanced(new QWidget(this))
    , m_baseUrl(new QLineEdit(QStringLiteral("https://api.hubapi.com"), m_advanced))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect HubSpot"));
    m_token->setObjectName(QStringLiteral("connectToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("pat-na1-…"));
    m_token->setClearButtonEnabled(true);
    m_apiVersion->setObjectName(QStringLiteral("connectApiVersion"));
    for (const HubSpot::ApiVersion version : HubSpot::supportedApiVersions())
        m_apiVersion->addItem(versionLabel(version), HubSpot::apiVersionName(version));
    m_apiVersion->setCurrentIndex(
        m_apiVersion->findData(HubSpot::apiVersionName(HubSpot::defaultApiVersion)));
    m_baseUrl->setObjectName(QStringLiteral("connectBaseUrl"));
    m_showAdvanced->setObjectName(QStringLiteral("connectShowAdvanced"));
    m_advanced->setVisible(false);
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(
        tr("Create a private app in HubSpot (Settings > Integrations > Private Apps) with the "
           "scopes %1, then paste its access token here. SeqDesk keeps it only in the system "
           "keychain.")
            .arg(Sync::PortalConnector::requiredScopes().join(QStringLiteral(", "))),
        this);
    intro->setWordWrap(true);

    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(tr("API base URL:"), m_baseUrl);
    connect(m_showAdvanced, &QCheckBox::toggled, m_advanced, &QWidget::setVisible);

    auto *form = new QFormLayout;
    form->addRow(tr("Access token:"), m_token);
    form->addRow(tr("API version:"), m_apiVersion);

    QPushButton *connectButton = m_buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_showAdvanced);
    layout->addWidget(m_advanced);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::startCheck);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connector, &Sync::PortalConnector::stageChanged, m_status, &QLabel::setText);
    connect(m_connector, &Sync::PortalConnector::failed, this, &ConnectDialog::showFailure);
    connect(m_connector, &Sync::PortalConnector::warned, this,
            [this](const QString &message, const QStringList &missingScopes) {
                m_warning = missingScopes.isEmpty()
                    ? message
                    : tr("Connected, but the token lacks %1, so SeqDesk cannot read HubSpot "
                         "lists; pasted or imported contacts work. To use lists, add the scope "
                         "in HubSpot > Settings > Integrations > Private Apps > Scopes, then "
                         "enter the token again (Portal > Enter a new token).")
                          .arg(missingScopes.join(QStringLiteral(", ")));
            });
    connect(m_connector, &Sync::PortalConnector::succeeded, this, &ConnectDialog::onConnected);
}

void ConnectDialog::onConnected(const HubSpot::AccountDetails &account)
{
    m_account = account;
    setBusy(false);
    if (m_warning.isEmpty())
        return accept();
    // Connected with a limitation: say so before closing; the next click closes.
    m_connected = true;
    m_status->setText(m_warning);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setText(tr("Continue"));
        else
            b->setVisible(false);
    }
    m_token->setEnabled(false);
    m_apiVersion->setEnabled(false);
    m_showAdvanced->setEnabled(false);
    m_advanced->setEnabled(false);
}

void ConnectDialog::reject()
{
    if (m_connected)
        return accept();
    QDialog::reject();
}

void ConnectDialog::preselectApiVersion(HubSpot::ApiVersion version)
{
    if (const int index = m_apiVersion->findData(HubSpot::apiVersionName(version)); index >= 0)
        m_apiVersion->setCurrentIndex(index);
}

Sync::ConnectRequest ConnectDialog::request() const
{
    Sync::ConnectRequest r;
    r.token = m_token->text();
    r.apiVersion = HubSpot::parseApiVersion(m_apiVersion->currentData().toString())
                       .value_or(HubSpot::defaultApiVersion);
    r.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    return r;
}

void ConnectDialog::presetFor(const QString &portalName, const Sync::ConnectRequest &settings)
{
    setWindowTitle(tr("New token for %1").arg(portalName));
    const int version = m_apiVersion->findData(HubSpot::apiVersionName(settings.apiVersion));
    if (version >= 0)
        m_apiVersion->setCurrentIndex(version);
    m_baseUrl->setText(settings.baseUrl.toString());
    m_status->setText(tr("SeqDesk needs this portal's private-app token again."));
}

void ConnectDialog::startCheck()
{
    if (m_connected)
        return accept();
    m_warning.clear();
    setBusy(true);
    m_connector->start(request());
}

void ConnectDialog::showFailure(const QString &message, const QStringList &missingScopes)
{
    setBusy(false);
    QString text = message;
    if (!missingScopes.isEmpty()) {
        text = tr("The token lacks these scopes: %1.\nIn HubSpot, open Settings > Integrations > "
                  "Private Apps, edit the app, add them under Scopes, commit the change, and "
                  "paste the token again.")
                   .arg(missingScopes.join(QStringLiteral(", ")));
    }
    m_status->setText(text);
}

void ConnectDialog::setBusy(bool busy)
{
    m_token->setEnabled(!busy);
    m_apiVersion->setEnabled(!busy);
    m_showAdvanced->setEnabled(!busy);
    m_advanced->setEnabled(!busy);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!busy);
    }
}

} // namespace SeqDesk::Ui
