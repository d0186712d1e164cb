#include "PortalOverviewPage.h"

#include "sync/SequenceCatalog.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

PortalOverviewPage::PortalOverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_portalName(new QLabel(this))
    , m_portalDetails(new QLabel(this))
    , m_sequenceCount(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    m_portalName->setObjectName(QStringLiteral("portalName"));
    m_portalDetails->setObjectName(QStringLiteral("portalDetails"));
    m_sequenceCount->setObjectName(QStringLiteral("sequenceCount"));
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_progress->setObjectName(QStringLiteral("overviewProgress"));
    QFont big = m_portalName->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_portalName->setFont(big);
    QFont count = m_sequenceCount->font();
    count.setPointSizeF(count.pointSizeF() * 1.3);
    m_sequenceCount->setFont(count);
    m_status->setWordWrap(true);
    m_progress->setTextVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_portalName);
    layout->addWidget(m_portalDetails);
    layout->addSpacing(12);
    layout->addWidget(m_sequenceCount);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->setContentsMargins(32, 24, 32, 24);
}

void PortalOverviewPage::showLoading(const QString &stage, int done, int total)
{
    m_progress->show();
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_status->setText(total > 0 ? tr("%1 (%2 of %3 users)…").arg(stage).arg(done).arg(total)
                                : tr("%1…").arg(stage));
}

void PortalOverviewPage::showCatalog(const Sync::Catalog &catalog)
{
    m_progress->hide();
    const auto &a = catalog.account;
    m_portalName->setText(a.portalName.isEmpty() ? tr("Portal %1").arg(a.portalId) : a.portalName);
    m_portalDetails->setText(tr("Portal %1 · %2 · %3").arg(a.portalId).arg(a.timeZone, a.uiDomain));
    m_sequenceCount->setText(tr("Sequences: %1").arg(catalog.sequences.size()));
    m_status->setText(
        tr("Read from the %1 users who can own sequences.").arg(catalog.usersQueried));
}

void PortalOverviewPage::showError(const QString &message)
{
    m_progress->hide();
    m_status->setText(message);
}

} // namespace SeqDesk::Ui
