#include "PortalSwitcher.h"

#include "sync/PortalPolicy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace SeqDesk::Ui {

PortalSwitcher::PortalSwitcher(const Sync::PortalPolicy *policy, QWidget *parent)
    : QWidget(parent)
    , m_policy(policy)
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(QStringLiteral("portalSwitcher"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    m_combo->setToolTip(tr("The HubSpot portal shown"));
    auto *label = new QLabel(tr("&Portal:"), this);
    label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString id = index < 0 ? QString() : m_combo->itemData(index).toString();
        if (id == m_current)
            return;
        m_current = id;
        emit currentPortalChanged(id);
    });
}

void PortalSwitcher::setPortals(const QList<Store::PortalRecord> &portals)
{
    const QString previous = m_current;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const Store::PortalRecord &p : portals) {
            const QString text = m_policy->displayName(p);
            m_combo->addItem(text, p.portalId);
            const QString tip = p.uiDomain.isEmpty()
                ? tr("Portal %1").arg(p.portalId)
                : tr("Portal %1 · %2").arg(p.portalId, p.uiDomain);
            m_combo->setItemData(m_combo->count() - 1, tip, Qt::ToolTipRole);
        }
        const int keep = m_combo->findData(previous);
        m_combo->setCurrentIndex(keep >= 0 ? keep : (m_combo->count() > 0 ? 0 : -1));
    }
    m_combo->setEnabled(m_combo->count() > 0);
    const QString now = currentPortalId();
    if (now != m_current) {
        m_current = now;
        emit currentPortalChanged(now);
    }
}

QString PortalSwitcher::currentPortalId() const
{
    return m_combo->currentIndex() < 0 ? QString() : m_combo->currentData().toString();
}

void PortalSwitcher::setCurrentPortal(const QString &portalId)
{
    const int index = m_combo->findData(portalId);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

} // namespace SeqDesk::Ui
