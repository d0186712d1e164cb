#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QSpinBox;

namespace SeqDesk::Ui {

class EnrollWizard;

// Step 2: who sends. The users who can see the sequence (their connected inbox sends the
// emails), and the inbox's daily send cap with what SeqDesk already used of it.
class SenderPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SenderPage)

public:
    explicit SenderPage(EnrollWizard *wizard);
    ~SenderPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showUsage();

    EnrollWizard *m_wizard;
    QListWidget *m_list;
    QSpinBox *m_cap;
    QLabel *m_usage;
    QLabel *m_note;
};

} // namespace SeqDesk::Ui
