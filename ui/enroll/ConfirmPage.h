#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace SeqDesk::Ui {

class EnrollWizard;

// Step 5: what will happen, in one sentence, and an optional label for the job. Its Next
// ("Start enrollment") commits: there is no way back once the job runs.
class ConfirmPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmPage)

public:
    explicit ConfirmPage(EnrollWizard *wizard);
    ~ConfirmPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    EnrollWizard *m_wizard;
    QLabel *m_summary;
    QLineEdit *m_label;
};

} // namespace SeqDesk::Ui
