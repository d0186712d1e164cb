#pragma once

#include "enroll/ContactInput.h"

#include <QTimer>
#include <QWizardPage>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace SeqDesk::Ui {

class EnrollWizard;

// Step 3: the contacts. Pasted ids or emails, or a CSV/TXT file, read as the user types
// (ContactInput) with live counts of valid, invalid and duplicate lines.
class ContactsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsPage)

public:
    explicit ContactsPage(EnrollWizard *wizard);
    ~ContactsPage() override;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void importFile();
    void clearFile();
    void parsePasted();
    void show(const Enroll::ParseResult &result);

    EnrollWizard *m_wizard;
    QPlainTextEdit *m_edit;
    QPushButton *m_import;
    QPushButton *m_clearFile;
    QLabel *m_file;
    QLabel *m_counts;
    QListWidget *m_problems;
    QTimer m_debounce;
    std::optional<Enroll::ContactList> m_list;
    QString m_filePath; // set while a file is the input
    int m_reading = 0; // the file read whose answer counts
};

} // namespace SeqDesk::Ui
