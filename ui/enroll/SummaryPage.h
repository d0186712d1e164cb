#pragma once

#include "store/Records.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace SeqDesk::Ui {

class EnrollWizard;

// Step 7: what happened. Counts, why contacts failed or were skipped, exports (JSON as
// seqdesk-cli writes it, CSV), "Retry failed" and "Open analytics".
class SummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPage)

public:
    explicit SummaryPage(EnrollWizard *wizard);
    ~SummaryPage() override;

    void initializePage() override;

private:
    void show(const Store::EnrollmentJobRecord &job,
              const QList<Store::EnrollmentItemRecord> &items);
    void exportAs(bool json);
    void retryFailed();

    EnrollWizard *m_wizard;
    QLabel *m_headline;
    QLabel *m_message; // why the job stopped or waits
    QLabel *m_reasons; // the most common reasons contacts did not go in
    QPushButton *m_json;
    QPushButton *m_csv;
    QPushButton *m_retry;
    QPushButton *m_analytics;
    QTableView *m_table;
    std::optional<Store::EnrollmentJobRecord> m_job;
    QList<Store::EnrollmentItemRecord> m_items;
};

} // namespace SeqDesk::Ui
