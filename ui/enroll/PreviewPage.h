#pragma once

#include <QDateTime>
#include <QList>
#include <QWizardPage>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace SeqDesk::HubSpot {
class HubSpotClient;
}
namespace SeqDesk::Enroll {
class DryRunPlanner;
struct PlannedContact;
} // namespace SeqDesk::Enroll

namespace SeqDesk::Ui {

class EnrollWizard;
class PlanFilterProxy;
class PlanTableModel;

// Step 4: the dry run. Reads the contacts from HubSpot in batches (never enrolls) and shows
// what will happen to each: counts, a table filtered by outcome, CSV export.
class PreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(EnrollWizard *wizard);
    ~PreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void startPlan();
    void planWith(std::shared_ptr<HubSpot::HubSpotClient> client, const QList<QDateTime> &sends);
    void showPlan(QList<Enroll::PlannedContact> plan);
    void fail(const QString &message);
    void fillFilter();
    void exportCsv();

    EnrollWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_retry;
    QComboBox *m_filter;
    QPushButton *m_export;
    PlanTableModel *m_model;
    PlanFilterProxy *m_proxy;
    QTableView *m_table;
    std::shared_ptr<HubSpot::HubSpotClient> m_client; // while planning
    std::unique_ptr<Enroll::DryRunPlanner> m_planner;
    int m_attempt = 0; // answers of an older attempt are dropped
    bool m_done = false;
};

} // namespace SeqDesk::Ui
