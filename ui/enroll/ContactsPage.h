#pragma once

#include "enroll/ContactInput.h"

#include <QTimer>
#include <QWizardPage>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace SeqDesk::Ui {

class EnrollWizard;
class ListSourcePanel;

// Step 3: the contacts, from one of two sources. "Paste or import": pasted ids or emails, or
// a CSV/TXT file, read as the user types (ContactInput) with live counts of valid, invalid
// and duplicate lines. "A HubSpot list": the members of a list (ListSourcePanel).
class ContactsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsPage)

public:
    explicit ContactsPage(EnrollWizard *wizard);
    ~ContactsPage() override;

    bool isComplete() const override;
    bool validatePage() override;

    bool usesList() const;

private:
    QWidget *pastePanel();
    void sourceChosen();
    void importFile();
    void clearFile();
    void parsePasted();
    void show(const Enroll::ParseResult &result);

    EnrollWizard *m_wizard;
    QRadioButton *m_pasteSource;
    QRadioButton *m_listSource;
    QStackedWidget *m_sources;
    ListSourcePanel *m_listPanel;
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
