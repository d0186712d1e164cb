#include "settings/SettingsDialog.h"

#include "ConnectDialog.h"
#include "FileDialogs.h"
#include "OwnerText.h"
#include "core/Translations.h"
#include "enroll/SendCap.h"
#include "hubspot/ApiVersion.h"
#include "settings/AppSettings.h"
#include "store/StoreWorker.h"
#include "sync/PortalManager.h"
#include "sync/SyncScheduler.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using Settings::AppSettings;

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const SettingsServices &services, const QString &currentPortalId,
                               QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createGeneral());
    layout->addWidget(createPortal());
    layout->addWidget(createDataFolder());
    layout->addStretch();
    layout->addWidget(buttons);

    const AppSettings &s = *m_services.settings;
    m_syncHours->setValue(s.syncIntervalHours());
    m_rateShare->setValue(s.rulesRateSharePercent());
    m_apiVersion->setCurrentIndex(
        m_apiVersion->findData(HubSpot::apiVersionName(s.defaultApiVersion())));
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language())));
    m_dataFolder->setText(QDir::toNativeSeparators(s.dataFolder()));
    for (const Store::PortalRecord &p : m_services.portals->portals())
        m_portal->addItem(p.name, p.portalId);
    m_portal->setCurrentIndex(std::max(0, m_portal->findData(currentPortalId)));
    showPortal(m_portal->currentData().toString());
    connect(m_portal, &QComboBox::currentIndexChanged, this, [this] {
        keepPortalFields();
        showPortal(m_portal->currentData().toString());
    });
    // Tab goes down the form, then Restore Defaults, OK, Cancel (as they are shown).
    QWidget *previous = nullptr;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_syncHours, m_rateShare, m_apiVersion, m_language, m_portal, m_sender, m_sendCap,
             m_dataFolder, findChild<QPushButton *>(QStringLiteral("openDataFolderButton")),
             findChild<QPushButton *>(QStringLiteral("changeDataFolderButton")),
             buttons->button(QDialogButtonBox::RestoreDefaults),
             buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel)}) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createGeneral()
{
    auto *box = new QGroupBox(tr("General"), this);
    m_syncHours = new QSpinBox(box);
    m_syncHours->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_syncHours->setRange(AppSettings::kMinSyncIntervalHours, AppSettings::kMaxSyncIntervalHours);
    const auto hoursSuffix = [this](int hours) {
        m_syncHours->setSuffix(tr(" hours", nullptr, hours)); // " hour" at 1
    };
    connect(m_syncHours, &QSpinBox::valueChanged, this, hoursSuffix);
    hoursSuffix(m_syncHours->value());
    m_syncHours->setToolTip(tr("How long after its last sync SeqDesk syncs a portal by itself"));
    m_rateShare = new QSpinBox(box);
    m_rateShare->setObjectName(QStringLiteral("rateShareSpin"));
    m_rateShare->setRange(AppSettings::kMinRulesRateSharePercent,
                          AppSettings::kMaxRulesRateSharePercent);
    m_rateShare->setSingleStep(5);
    m_rateShare->setSuffix(tr(" %"));
    m_rateShare->setToolTip(tr("The part of HubSpot's rate limit the rules' runs and their jobs "
                               "may use, so your own work keeps room"));
    m_apiVersion = new QComboBox(box);
    m_apiVersion->setObjectName(QStringLiteral("apiVersionCombo"));
    // Labelled as Connect HubSpot labels them.
    for (HubSpot::ApiVersion v : HubSpot::supportedApiVersions())
        m_apiVersion->addItem(ConnectDialog::versionLabel(v), HubSpot::apiVersionName(v));
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    // Each shipped language in its own words.
    const QStringList languages = Translations::available();
    for (const QString &code : languages)
        m_language->addItem(Translations::nativeName(code), code);

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Sync each portal every:"), m_syncHours);
    form->addRow(tr("&Rules may use up to:"), m_rateShare);
    form->addRow(tr("&API version of new connections:"), m_apiVersion);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("The language changes when SeqDesk starts again."), box));
    return box;
}

QWidget *SettingsDialog::createPortal()
{
    auto *box = new QGroupBox(tr("Portal"), this);
    m_portal = new QComboBox(box);
    m_portal->setObjectName(QStringLiteral("settingsPortalCombo"));
    m_sender = new QComboBox(box);
    m_sender->setObjectName(QStringLiteral("defaultSenderCombo"));
    m_sender->setToolTip(tr("Who the Enroll wizard and a new rule choose to send, until you "
                            "choose another"));
    m_sendCap = new QSpinBox(box);
    m_sendCap->setObjectName(QStringLiteral("sendCapSpin"));
    m_sendCap->setRange(Enroll::SendCap::kMin, Enroll::SendCap::kMax);
    m_sendCap->setGroupSeparatorShown(true);
    m_sendCap->setSuffix(tr(" per 24 h"));
    m_sendCap->setToolTip(tr("The send cap of an inbox that new enrollments and rules start "
                             "with: HubSpot limits the sequence emails one inbox sends in a "
                             "rolling 24 hours"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("P&ortal:"), m_portal);
    form->addRow(tr("Default &sender:"), m_sender);
    form->addRow(tr("Send &cap of an inbox:"), m_sendCap);
    box->setEnabled(!m_services.portals->portals().isEmpty());
    return box;
}

QWidget *SettingsDialog::createDataFolder()
{
    auto *box = new QGroupBox(tr("Data folder"), this);
    m_dataFolder = new QLineEdit(box);
    m_dataFolder->setObjectName(QStringLiteral("dataFolderEdit"));
    m_dataFolder->setReadOnly(true);
    m_dataFolder->setAccessibleName(tr("Data folder"));
    auto *open = new QPushButton(tr("&Open Folder"), box);
    open->setObjectName(QStringLiteral("openDataFolderButton"));
    connect(open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QDir::fromNativeSeparators(m_dataFolder->text())));
    });
    auto *change = new QPushButton(tr("C&hange…"), box);
    change->setObjectName(QStringLiteral("changeDataFolderButton"));
    connect(change, &QPushButton::clicked, this, &SettingsDialog::changeDataFolder);
    m_dataNote = note(tr("Where SeqDesk keeps its copy of your portals and its job history. A "
                         "new folder is used when SeqDesk starts again, and by seqdesk-cli "
                         "and the rules' timer from their next run. What is in the old one "
                         "stays there: to keep it, move seqdesk.sqlite across while SeqDesk "
                         "is closed."),
                      box);
    auto *row = new QHBoxLayout;
    row->addWidget(m_dataFolder, 1);
    row->addWidget(open);
    row->addWidget(change);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_dataNote);
    return box;
}

void SettingsDialog::changeDataFolder()
{
    const QString picked = FileDialogs::existingDirectory(
        this, tr("Data Folder"), QDir::fromNativeSeparators(m_dataFolder->text()));
    if (picked.isEmpty())
        return;
    if (!QFileInfo(picked).isWritable()) {
        QMessageBox::warning(this, tr("Data Folder"),
                             tr("SeqDesk cannot write in %1. Pick a folder of yours.")
                                 .arg(QDir::toNativeSeparators(picked)));
        return;
    }
    // SeqDesk keeps its files (made owner-only at each start) in a folder of its own inside
    // the one picked, never loose among the user's.
    const QString folder = QFileInfo(picked).fileName() == QLatin1String("SeqDesk")
        ? picked
        : QDir(picked).filePath(QStringLiteral("SeqDesk"));
    m_dataFolder->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::showPortal(const QString &portalId)
{
    m_shownPortal = portalId;
    m_sender->clear();
    if (portalId.isEmpty())
        return;
    const PortalChoice choice = m_choices.value(
        portalId,
        {m_services.settings->defaultSender(portalId), m_services.settings->sendCap(portalId)});
    m_choices.insert(portalId, choice);
    m_sendCap->setValue(choice.sendCap);
    m_sender->addItem(tr("None (choose each time)"), QString());
    if (!m_services.store)
        return;
    m_services.store->run([portalId](Store::Stores &s) { return s.owners.activeOwners(portalId); },
                          this,
                          [this, portalId](const QList<Store::OwnerRecord> &owners) {
                              showOwners(portalId, owners);
                          });
}

void SettingsDialog::showOwners(const QString &portalId, const QList<Store::OwnerRecord> &owners)
{
    if (portalId != m_shownPortal)
        return;
    for (const Store::OwnerRecord &o : owners) {
        if (o.userId) // only users send
            m_sender->addItem(OwnerText::displayName(o), o.email);
    }
    const QString chosen = m_choices.value(portalId).sender;
    const int index = m_sender->findData(chosen, Qt::UserRole, Qt::MatchFixedString);
    if (index < 0 && !chosen.isEmpty()) // not an active user (any more): kept as it was
        m_sender->addItem(tr("%1 (not an active user)").arg(chosen), chosen);
    m_sender->setCurrentIndex(
        std::max(0, m_sender->findData(chosen, Qt::UserRole, Qt::MatchFixedString)));
    emit ownersLoaded();
}

void SettingsDialog::keepPortalFields()
{
    if (m_shownPortal.isEmpty())
        return;
    PortalChoice &choice = m_choices[m_shownPortal];
    choice.sendCap = m_sendCap->value();
    if (m_sender->count() > 1 || choice.sender.isEmpty()) // the owners were read
        choice.sender = m_sender->currentData().toString();
}

void SettingsDialog::restoreDefaults()
{
    m_syncHours->setValue(AppSettings::kDefaultSyncIntervalHours);
    m_rateShare->setValue(AppSettings::kDefaultRulesRateSharePercent);
    m_apiVersion->setCurrentIndex(
        m_apiVersion->findData(HubSpot::apiVersionName(HubSpot::defaultApiVersion)));
    m_language->setCurrentIndex(0);
    m_dataFolder->setText(QDir::toNativeSeparators(AppSettings::standardDataFolder()));
    for (PortalChoice &choice : m_choices)
        choice = {QString(), AppSettings::defaultSendCap()};
    m_sender->setCurrentIndex(0);
    m_sendCap->setValue(AppSettings::defaultSendCap());
}

void SettingsDialog::accept()
{
    keepPortalFields();
    AppSettings &s = *m_services.settings;
    s.setSyncIntervalHours(m_syncHours->value());
    s.setRulesRateSharePercent(m_rateShare->value());
    if (const auto version = HubSpot::parseApiVersion(m_apiVersion->currentData().toString()))
        s.setDefaultApiVersion(*version);
    s.setLanguage(m_language->currentData().toString());
    s.setDataFolder(QDir::fromNativeSeparators(m_dataFolder->text()));
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        s.setDefaultSender(it.key(), it->sender);
        s.setSendCap(it.key(), it->sendCap);
    }
    // What applies now; the language and the data folder wait for the next start.
    if (m_services.scheduler)
        m_services.scheduler->setInterval(s.syncIntervalMs());
    m_services.portals->setBackgroundShare(s.rulesRateSharePercent() / 100.0);
    QDialog::accept();
}

} // namespace SeqDesk::Ui
