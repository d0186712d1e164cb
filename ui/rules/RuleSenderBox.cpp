#include "rules/RuleSenderBox.h"

#include "OwnerText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using Store::OwnerRecord;
using Store::RuleRecord;
using Store::RuleSenderMode;

namespace {

constexpr int EmailRole = Qt::UserRole + 1;

int indexOfEmail(const QComboBox *box, const QString &email)
{
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemData(i, EmailRole).toString().compare(email, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

RuleSenderBox::RuleSenderBox(QWidget *parent)
    : QWidget(parent)
    , m_modes(new QButtonGroup(this))
    , m_single(new QRadioButton(tr("One inbox"), this))
    , m_rotation(new QRadioButton(tr("A rotation over several inboxes"), this))
    , m_owner(new QRadioButton(tr("Each contact's owner"), this))
    , m_stack(new QStackedWidget(this))
    , m_singleBox(new QComboBox(this))
    , m_rotationList(new QListWidget(this))
    , m_fallbackBox(new QComboBox(this))
    , m_note(new QLabel(this))
{
    m_single->setObjectName(QStringLiteral("senderSingle"));
    m_rotation->setObjectName(QStringLiteral("senderRotation"));
    m_owner->setObjectName(QStringLiteral("senderOwner"));
    m_rotation->setToolTip(tr("Each contact goes to the inbox with the most room under its send "
                              "cap."));
    m_owner->setToolTip(tr("Each contact is enrolled as its HubSpot owner, when the owner can "
                           "use the sequence."));
    m_modes->addButton(m_single, int(RuleSenderMode::Single));
    m_modes->addButton(m_rotation, int(RuleSenderMode::Rotation));
    m_modes->addButton(m_owner, int(RuleSenderMode::ContactOwner));
    m_single->setChecked(true);

    m_singleBox->setObjectName(QStringLiteral("singleSender"));
    m_singleBox->setAccessibleName(tr("Sender inbox"));
    m_singleBox->setPlaceholderText(tr("Choose the inbox"));
    m_singleBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_singleBox->setMinimumContentsLength(20);
    m_rotationList->setObjectName(QStringLiteral("rotationSenders"));
    m_rotationList->setAccessibleName(tr("Sender inboxes in turn"));
    m_rotationList->setToolTip(tr("Tick two or more inboxes."));
    m_rotationList->setMaximumHeight(m_rotationList->fontMetrics().height() * 9);
    m_fallbackBox->setObjectName(QStringLiteral("fallbackSender"));
    m_fallbackBox->setAccessibleName(tr("Fallback sender inbox"));
    m_fallbackBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fallbackBox->setMinimumContentsLength(20);
    m_note->setObjectName(QStringLiteral("senderNote"));
    m_note->setWordWrap(true);

    auto *singlePage = new QWidget(m_stack);
    auto *singleLayout = new QVBoxLayout(singlePage);
    singleLayout->setContentsMargins(0, 0, 0, 0);
    singleLayout->addWidget(m_singleBox);
    singleLayout->addStretch();
    auto *ownerPage = new QWidget(m_stack);
    auto *ownerLayout = new QVBoxLayout(ownerPage);
    ownerLayout->setContentsMargins(0, 0, 0, 0);
    auto *fallbackLabel = new QLabel(tr("When the owner cannot use the sequence:"), ownerPage);
    fallbackLabel->setWordWrap(true);
    ownerLayout->addWidget(fallbackLabel);
    ownerLayout->addWidget(m_fallbackBox);
    ownerLayout->addStretch();
    m_stack->addWidget(singlePage);
    m_stack->addWidget(m_rotationList);
    m_stack->addWidget(ownerPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_single);
    layout->addWidget(m_rotation);
    layout->addWidget(m_owner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);

    connect(m_modes, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (!on)
            return;
        showMode();
        emit changed();
    });
    connect(m_singleBox, &QComboBox::currentIndexChanged, this, &RuleSenderBox::changed);
    connect(m_fallbackBox, &QComboBox::currentIndexChanged, this, &RuleSenderBox::changed);
    connect(m_rotationList, &QListWidget::itemChanged, this, &RuleSenderBox::changed);
    setCandidates({});
    showMode();
}

RuleSenderBox::~RuleSenderBox() = default;

RuleSenderMode RuleSenderBox::mode() const
{
    return RuleSenderMode(m_modes->checkedId());
}

void RuleSenderBox::showMode()
{
    m_stack->setCurrentIndex(m_modes->checkedId());
    // As high as the mode shown: the others do not count.
    for (int i = 0; i < m_stack->count(); ++i) {
        const auto policy
            = i == m_stack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_stack->widget(i)->setSizePolicy(policy, policy);
    }
    m_stack->updateGeometry();
}

void RuleSenderBox::setCandidates(const QList<OwnerRecord> &owners)
{
    RuleRecord kept;
    fill(&kept);
    m_candidates = owners;
    {
        const QSignalBlocker a(m_singleBox);
        const QSignalBlocker b(m_rotationList);
        const QSignalBlocker c(m_fallbackBox);
        m_singleBox->clear();
        m_rotationList->clear();
        m_fallbackBox->clear();
        m_fallbackBox->addItem(tr("Skip the contact (no fallback)"), QString());
        m_fallbackBox->setItemData(0, QString(), EmailRole);
        for (const OwnerRecord &o : owners) {
            m_singleBox->addItem(OwnerText::displayName(o));
            m_singleBox->setItemData(m_singleBox->count() - 1, o.email, EmailRole);
            m_fallbackBox->addItem(OwnerText::displayName(o));
            m_fallbackBox->setItemData(m_fallbackBox->count() - 1, o.email, EmailRole);
            auto *item = new QListWidgetItem(OwnerText::displayName(o), m_rotationList);
            item->setData(EmailRole, o.email);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        select(kept.senderMode, kept.senders, kept.fallbackSender);
    }
    m_note->setText(owners.isEmpty() ? tr("No active user can see the chosen sequence: share it "
                                          "in HubSpot, then sync the portal.")
                                     : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    emit changed();
}

void RuleSenderBox::setFrom(const RuleRecord &rule)
{
    select(rule.senderMode, rule.senders, rule.fallbackSender);
    emit changed();
}

void RuleSenderBox::select(RuleSenderMode mode, const QStringList &senders, const QString &fallback)
{
    m_modes->button(int(mode))->setChecked(true);
    showMode();
    m_singleBox->setCurrentIndex(
        mode == RuleSenderMode::Single ? indexOfEmail(m_singleBox, senders.value(0)) : -1);
    for (int row = 0; row < m_rotationList->count(); ++row) {
        QListWidgetItem *item = m_rotationList->item(row);
        const bool on = mode == RuleSenderMode::Rotation
            && senders.contains(item->data(EmailRole).toString(), Qt::CaseInsensitive);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_fallbackBox->setCurrentIndex(qMax(0, indexOfEmail(m_fallbackBox, fallback)));
}

void RuleSenderBox::fill(RuleRecord *rule) const
{
    rule->senderMode = mode();
    rule->senders.clear();
    rule->fallbackSender.clear();
    switch (rule->senderMode) {
    case RuleSenderMode::Single:
        if (m_singleBox->currentIndex() >= 0)
            rule->senders << m_singleBox->currentData(EmailRole).toString();
        break;
    case RuleSenderMode::Rotation:
        for (int row = 0; row < m_rotationList->count(); ++row) {
            const QListWidgetItem *item = m_rotationList->item(row);
            if (item->checkState() == Qt::Checked)
                rule->senders << item->data(EmailRole).toString();
        }
        break;
    case RuleSenderMode::ContactOwner:
        rule->fallbackSender = m_fallbackBox->currentData(EmailRole).toString();
        break;
    }
}

} // namespace SeqDesk::Ui
