#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace SeqDesk::Enroll {
struct PlannedContact;
}

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
    void showPlan(const QList<Enroll::PlannedContact> &plan);
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
    bool m_done = false;
};

} // namespace SeqDesk::Ui
