#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;

namespace SeqDesk::Ui {

class EnrollWizard;

// Step 1: the sequence. Only enrollable (active) ones, searchable by name; the one the
// wizard was opened for is preselected.
class SequencePickPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequencePickPage)

public:
    explicit SequencePickPage(EnrollWizard *wizard);
    ~SequencePickPage() override;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void fill(const QString &error);
    void applySearch();

    EnrollWizard *m_wizard;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_note;
};

} // namespace SeqDesk::Ui
