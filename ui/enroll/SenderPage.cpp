#include "enroll/SenderPage.h"

#include "OwnerText.h"
#include "enroll/EnrollPresenter.h"
#include "enroll/EnrollWizard.h"
#include "enroll/SendCap.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using Store::OwnerRecord;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

SenderPage::SenderPage(EnrollWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_list(new QListWidget(this))
    , m_cap(new QSpinBox(this))
    , m_usage(new QLabel(this))
    , m_note(new QLabel(this))
{
    setTitle(tr("Sender"));
    setSubTitle(tr("Whose connected inbox sends the sequence's emails? Only users who can see "
                   "the sequence are listed."));
    m_list->setObjectName(QStringLiteral("senderList"));
    m_list->setAccessibleName(tr("Senders"));
    m_cap->setObjectName(QStringLiteral("dailyCapSpin"));
    m_cap->setRange(Enroll::SendCap::kMin, Enroll::SendCap::kMax);
    m_cap->setGroupSeparatorShown(true);
    m_cap->setValue(Enroll::SendCap::kDefault);
    m_cap->setMinimumWidth(160);
    m_cap->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_cap->setSuffix(tr(" per 24 h"));
    m_cap->setToolTip(tr("HubSpot limits how many sequence emails one inbox sends in a rolling "
                         "24 hours. Contacts beyond it are deferred, not lost."));
    m_usage->setObjectName(QStringLiteral("senderUsage"));
    m_usage->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("senderNote"));
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Send cap of the inbox:"), m_cap);
    form->addRow(QString(), m_usage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addLayout(form);

    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        showUsage();
        emit completeChanged();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, m_wizard, &QWizard::next);
    connect(m_cap, &QSpinBox::valueChanged, this, &SenderPage::showUsage);
    connect(m_wizard->presenter(), &EnrollPresenter::usageRead, this, [this](int used) {
        if (used < 0)
            return m_usage->setText(tr("What this inbox sent could not be read."));
        const int left = std::max(0, m_cap->value() - used);
        m_usage->setText(tr("SeqDesk enrolled %1 contacts as this sender in the last 24 "
                            "hours: %2 more can go now.")
                             .arg(QLocale().toString(used), QLocale().toString(left)));
    });
}

SenderPage::~SenderPage() = default;

void SenderPage::initializePage()
{
    const EnrollDraft &draft = m_wizard->draft();
    m_list->clear();
    const QStringList visible = draft.sequence ? draft.sequence->visibleToUserIds : QStringList();
    QListWidgetItem *current = nullptr;
    for (const OwnerRecord &o : draft.owners) {
        if (!o.userId || (!visible.isEmpty() && !visible.contains(QString::number(*o.userId))))
            continue;
        auto *item = new QListWidgetItem(OwnerText::displayName(o), m_list);
        item->setData(IdRole, o.ownerId);
        if (draft.sender ? draft.sender->ownerId == o.ownerId
                         : !draft.defaultSender.isEmpty()
                    && Enroll::SendCap::senderKey(o.email)
                        == Enroll::SendCap::senderKey(draft.defaultSender))
            current = item;
    }
    if (!current && m_list->count() == 1)
        current = m_list->item(0);
    m_list->setCurrentItem(current);
    m_note->setText(m_list->count() == 0
                        ? tr("No active user can see this sequence. Share it in HubSpot, then "
                             "sync the portal.")
                        : QString());
    m_cap->setValue(draft.dailyCap);
    showUsage();
}

void SenderPage::showUsage()
{
    const QListWidgetItem *item = m_list->currentItem();
    QString email;
    for (const OwnerRecord &o : m_wizard->draft().owners) {
        if (item && o.ownerId == item->data(IdRole).toString())
            email = o.email;
    }
    if (email.isEmpty())
        m_usage->clear();
    m_wizard->presenter()->readUsage(email); // an empty one drops the answers still coming
}

bool SenderPage::isComplete() const
{
    return m_list->currentItem() != nullptr;
}

bool SenderPage::validatePage()
{
    EnrollDraft &draft = m_wizard->draft();
    const QString id = m_list->currentItem()->data(IdRole).toString();
    for (const OwnerRecord &o : draft.owners) {
        if (o.ownerId == id)
            draft.sender = o;
    }
    draft.dailyCap = m_cap->value();
    return draft.sender.has_value();
}

} // namespace SeqDesk::Ui
