#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace SeqDesk::Sync {
struct Catalog;
}

namespace SeqDesk::Ui {

// The connected portal at a glance: its name and id, and how many sequences it has.
class PortalOverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalOverviewPage)

public:
    explicit PortalOverviewPage(QWidget *parent = nullptr);

    void showLoading(const QString &stage, int done, int total);
    void showCatalog(const Sync::Catalog &catalog);
    void showError(const QString &message);

private:
    QLabel *m_portalName;
    QLabel *m_portalDetails;
    QLabel *m_sequenceCount;
    QLabel *m_status;
    QProgressBar *m_progress;
};

} // namespace SeqDesk::Ui
