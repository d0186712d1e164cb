#include "enroll/ContactsPage.h"

#include "FileDialogs.h"
#include "enroll/EnrollWizard.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
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
    , m_edit(new QPlainTextEdit(this))
    , m_import(new QPushButton(tr("Import CSV or TXT file…"), this))
    , m_clearFile(new QPushButton(tr("Use pasted text instead"), this))
    , m_file(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_problems(new QListWidget(this))
{
    setTitle(tr("Contacts"));
    setSubTitle(tr("Paste HubSpot contact ids or email addresses (one per line, or separated by "
                   "commas), or import a CSV or text file."));
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

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_clearFile);
    buttons->addWidget(m_file, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_counts);
    layout->addWidget(m_problems);

    // Parsed a moment after typing stops: 100,000 pasted lines take tens of milliseconds.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &ContactsPage::parsePasted);
    connect(m_edit, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_import, &QPushButton::clicked, this, &ContactsPage::importFile);
    connect(m_clearFile, &QPushButton::clicked, this, &ContactsPage::clearFile);
    show(Enroll::ParseResult {});
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
                              : QStringLiteral("<span style='color:#c01c28'>%1</span>")
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
            m_problems->addItem(tr("… and %1 more").arg(list.invalid.size() - kProblemsShown));
            break;
        }
        m_problems->addItem(tr("Line %1 (\"%2\"): %3").arg(p.line).arg(p.text, p.reason));
    }
    m_problems->setVisible(m_problems->count() > 0);
    emit completeChanged();
}

bool ContactsPage::isComplete() const
{
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
    m_wizard->draft().contacts = m_list;
    return true;
}

} // namespace SeqDesk::Ui
