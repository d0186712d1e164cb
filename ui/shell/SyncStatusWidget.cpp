#include "SyncStatusWidget.h"
#include "Tones.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace SeqDesk::Ui {

using Store::SyncStatus;

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_sync(new QPushButton(tr("Sync Data"), this))
{
    m_text->setObjectName(QStringLiteral("syncStatusText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Cancel the sync (the mirror stays as it was)"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    m_sync->setObjectName(QStringLiteral("syncDataButton"));
    m_sync->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_sync->setToolTip(tr("Read owners and sequences from HubSpot into SeqDesk (F5)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_sync);

    connect(m_sync, &QPushButton::clicked, this, &SyncStatusWidget::syncRequested);
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusWidget::cancelRequested);
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusWidget::refreshIdleText);
    showNoPortal();
}

void SyncStatusWidget::showIdle(const QDateTime &lastSyncAt, const Store::SyncRunRecord &lastRun)
{
    m_running = false;
    m_lastSyncAt = lastSyncAt;
    m_lastRun = lastRun;
    m_progress->hide();
    m_cancel->hide();
    m_sync->setEnabled(true);
    refreshIdleText();
    m_tick.start();
}

void SyncStatusWidget::showRunning(const QString &stage, int done, int total, bool cancellable)
{
    m_running = true;
    m_tick.stop();
    m_text->setText(stage);
    m_text->setToolTip(QString());
    m_text->setStyleSheet(QString());
    m_progress->setRange(0, qMax(total, 0)); // 0..0: busy indicator
    if (total > 0)
        m_progress->setValue(qBound(0, done, total));
    m_progress->show();
    m_cancel->setVisible(cancellable);
    m_sync->setEnabled(false);
}

void SyncStatusWidget::showNoPortal()
{
    m_running = false;
    m_tick.stop();
    m_text->clear();
    m_text->setToolTip(QString());
    m_progress->hide();
    m_cancel->hide();
    m_sync->setEnabled(false);
}

void SyncStatusWidget::refreshIdleText()
{
    if (m_running)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString synced = m_lastSyncAt.isValid()
        ? tr("Synced %1").arg(relativeTime(m_lastSyncAt, now))
        : tr("Never synced");
    const bool lastRunEnded = m_lastRun.finishedAt.isValid()
        && (!m_lastSyncAt.isValid() || m_lastRun.finishedAt > m_lastSyncAt);
    QString text = synced;
    QString tip = m_lastSyncAt.isValid()
        ? tr("Last successful sync: %1")
              .arg(QLocale().toString(m_lastSyncAt.toLocalTime(), QLocale::LongFormat))
        : QString();
    bool warn = false;
    if (lastRunEnded && m_lastRun.status == SyncStatus::Failed) {
        text = tr("Last sync failed · %1").arg(synced);
        tip = m_lastRun.error + (tip.isEmpty() ? QString() : QStringLiteral("\n") + tip);
        warn = true;
    } else if (lastRunEnded && m_lastRun.status == SyncStatus::Cancelled) {
        text = tr("Sync cancelled · %1").arg(synced);
    }
    m_text->setText(text);
    m_text->setToolTip(tip);
    m_text->setStyleSheet(warn ? QStringLiteral("color: %1;").arg(Tones::errorName()) : QString());
}

QString SyncStatusWidget::relativeTime(const QDateTime &then, const QDateTime &now)
{
    const qint64 secs = then.secsTo(now);
    if (secs < 60)
        return tr("just now");
    if (secs < 60 * 60)
        return tr("%n minute(s) ago", nullptr, int(secs / 60));
    if (secs < 24 * 60 * 60)
        return tr("%n hour(s) ago", nullptr, int(secs / 3600));
    const QDateTime local = then.toLocalTime();
    return tr("on %1").arg(QLocale().toString(local, QLocale::ShortFormat));
}

} // namespace SeqDesk::Ui
