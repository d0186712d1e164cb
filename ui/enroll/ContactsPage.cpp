#include "enroll/ContactsPage.h"
#include "Tones.h"

#include "FileDialogs.h"
#include "enroll/EnrollWizard.h"
#include "enroll/ListSourcePanel.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace SeqDesk::Ui {

using Enroll::ContactKeyKind;

namespace {

constexpr int kProblemsShown = 200;

} // namespace

ContactsPage::ContactsPage(EnrollWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_pasteSource(new QRadioButton(tr("Paste or import"), this))
    , m_listSource(new QRadioButton(tr("A HubSpot list"), this))
    , m_sources(new QStackedWidget(this))
    , m_listPanel(new ListSourcePanel(wizard->presenter(), this))
    , m_edit(new QPlainTextEdit(this))
    , m_import(new QPushButton(tr("Import CSV or TXT file…"), this))
    , m_clearFile(new QPushButton(tr("Use pasted text instead"), this))
    , m_file(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_problems(new QListWidget(this))
{
    setTitle(tr("Contacts"));
    setSubTitle(tr("Paste HubSpot contact ids or email addresses, import a CSV or text file, or "
                   "enroll the members of one of the portal's contact lists."));
    m_pasteSource->setObjectName(QStringLiteral("pasteSource"));
    m_listSource->setObjectName(QStringLiteral("listSource"));
    m_pasteSource->setChecked(true);
    m_edit->setObjectName(QStringLiteral("contactsEdit"));
    m_edit->setPlaceholderText(tr("12345\nana.lima@example.com\n…"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_import->setObjectName(QStringLiteral("importFileButton"));
    m_clearFile->setObjectName(QStringLiteral("clearFileButton"));
    m_clearFile->hide();
    m_file->setObjectName(QStringLiteral("contactsFile"));
    m_file->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("contactCounts"));
    m_counts->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("contactProblems"));
    m_problems->setMaximumHeight(110);
    m_problems->hide();

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_pasteSource);
    choice->addWidget(m_listSource);
    choice->addStretch(1);
    m_sources->addWidget(pastePanel());
    m_sources->addWidget(m_listPanel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_sources, 1);

    // Parsed a moment after typing stops: 100,000 pasted lines take tens of milliseconds.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &ContactsPage::parsePasted);
    connect(m_edit, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_import, &QPushButton::clicked, this, &ContactsPage::importFile);
    connect(m_clearFile, &QPushButton::clicked, this, &ContactsPage::clearFile);
    connect(m_listSource, &QRadioButton::toggled, this, &ContactsPage::sourceChosen);
    connect(m_listPanel, &ListSourcePanel::membersChanged, this, &ContactsPage::completeChanged);
    show(Enroll::ParseResult {});
}

QWidget *ContactsPage::pastePanel()
{
    auto *panel = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_clearFile);
    buttons->addWidget(m_file, 1);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_counts);
    layout->addWidget(m_problems);
    return panel;
}

bool ContactsPage::usesList() const
{
    return m_listSource->isChecked();
}

void ContactsPage::sourceChosen()
{
    m_sources->setCurrentIndex(usesList() ? 1 : 0);
    if (usesList())
        m_listPanel->activate();
    emit completeChanged();
}

ContactsPage::~ContactsPage() = default;

void ContactsPage::importFile()
{
    const QString path = FileDialogs::openFileName(
        this, tr("Import contacts"), tr("Contact lists (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_filePath = path;
    m_edit->setEnabled(false);
    m_import->setEnabled(false);
    m_clearFile->hide();
    m_file->setText(QFileInfo(path).fileName());
    m_list.reset();
    m_counts->setText(tr("Reading %1…").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_problems->hide();
    emit completeChanged();
    const int reading = ++m_reading;
    // Off the UI thread: a file may hold up to 64 MiB. The watcher is the page's child, so
    // a result that comes after the page is gone goes nowhere.
    auto *watcher = new QFutureWatcher<Enroll::ParseResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, reading] {
        watcher->deleteLater();
        if (reading != m_reading)
            return; // "Use pasted text instead" came first
        m_import->setEnabled(true);
        m_clearFile->show();
        show(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] { return Enroll::parseFile(path); }));
}

void ContactsPage::clearFile()
{
    ++m_reading;
    m_import->setEnabled(true);
    m_filePath.clear();
    m_edit->setEnabled(true);
    m_clearFile->hide();
    m_file->clear();
    parsePasted();
}

void ContactsPage::parsePasted()
{
    if (!m_filePath.isEmpty())
        return;
    const QString text = m_edit->toPlainText();
    show(text.trimmed().isEmpty() ? Enroll::ParseResult {} : Enroll::parsePastedText(text));
}

void ContactsPage::show(const Enroll::ParseResult &result)
{
    m_list = result.list;
    m_problems->clear();
    if (!result.list) {
        m_counts->setText(result.error.isEmpty()
                              ? tr("No contacts yet.")
                              : QStringLiteral("<span style='color:%1'>%2</span>")
                                    .arg(Tones::errorName())
                                    .arg(result.error.toHtmlEscaped()));
        m_problems->hide();
        emit completeChanged();
        return;
    }
    const Enroll::ContactList &list = *result.list;
    int ids = 0;
    for (const Enroll::ContactKey &k : list.contacts)
        ids += k.kind == ContactKeyKind::Id ? 1 : 0;
    const QLocale locale;
    const int contacts = int(list.contacts.size());
    QString text = QStringLiteral("<b>%1</b> (%2) · %3 · %4")
                       .arg(tr("%n contact(s)", nullptr, contacts),
                            tr("%1 ids, %2 emails")
                                .arg(locale.toString(ids), locale.toString(contacts - ids)),
                            tr("%n duplicate(s)", nullptr, int(list.duplicates.size())),
                            tr("%n invalid line(s)", nullptr, int(list.invalid.size())));
    if (list.csv)
        text += QStringLiteral("<br>") + list.csv->description().toHtmlEscaped();
    m_counts->setText(text);
    for (const Enroll::InputProblem &p : list.invalid) {
        if (m_problems->count() == kProblemsShown) {
            m_problems->addItem(
                tr("… and %1 more").arg(QLocale().toString(list.invalid.size() - kProblemsShown)));
            break;
        }
        m_problems->addItem(tr("Line %1 (\"%2\"): %3").arg(p.line).arg(p.text, p.reason));
    }
    m_problems->setVisible(m_problems->count() > 0);
    emit completeChanged();
}

bool ContactsPage::isComplete() const
{
    if (usesList())
        return m_listPanel->members().has_value();
    return m_list && !m_list->contacts.isEmpty();
}

bool ContactsPage::validatePage()
{
    if (m_debounce.isActive()) { // typed just now: read what is there
        m_debounce.stop();
        parsePasted();
    }
    if (!isComplete())
        return false;
    EnrollDraft &draft = m_wizard->draft();
    if (usesList()) {
        const Enroll::ListMembers &members = *m_listPanel->members();
        draft.contacts = members.contactList();
        draft.origin = Enroll::ContactOrigin::ofList(members.listId, members.name);
    } else {
        draft.contacts = m_list;
        draft.origin = Enroll::ContactOrigin::of(*m_list);
    }
    return true;
}

} // namespace SeqDesk::Ui
