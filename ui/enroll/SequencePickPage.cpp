#include "enroll/SequencePickPage.h"

#include "enroll/EnrollWizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using Store::SequenceRecord;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

SequencePickPage::SequencePickPage(EnrollWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_note(new QLabel(this))
{
    setTitle(tr("Sequence"));
    setSubTitle(tr("Which sequence should the contacts be enrolled into?"));
    m_search->setObjectName(QStringLiteral("sequenceSearch"));
    m_search->setAccessibleName(tr("Search sequences"));
    m_search->setPlaceholderText(tr("Search sequences by name"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("sequenceList"));
    m_list->setAccessibleName(tr("Sequences"));
    m_list->setUniformItemSizes(true);
    m_note->setObjectName(QStringLiteral("sequenceNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Reading the sequences…"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);

    connect(m_search, &QLineEdit::textChanged, this, &SequencePickPage::applySearch);
    connect(m_list, &QListWidget::currentItemChanged, this, &QWizardPage::completeChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, m_wizard, &QWizard::next);
    connect(wizard, &EnrollWizard::dataLoaded, this, &SequencePickPage::fill);
}

SequencePickPage::~SequencePickPage() = default;

void SequencePickPage::fill(const QString &error)
{
    m_list->clear();
    if (!error.isEmpty()) {
        m_note->setText(tr("The sequences could not be read from the mirror: %1").arg(error));
        return;
    }
    int hidden = 0;
    QListWidgetItem *preselected = nullptr;
    for (const SequenceRecord &s : m_wizard->draft().sequences) {
        if (!s.isEnrollable()) {
            ++hidden;
            continue;
        }
        auto *item = new QListWidgetItem(tr("%1  ·  %n step(s)", nullptr, s.stepCount).arg(s.name),
                                         m_list);
        item->setData(IdRole, s.sequenceId);
        item->setToolTip(tr("Sequence %1").arg(s.sequenceId));
        if (s.sequenceId == m_wizard->preselectedSequence())
            preselected = item;
    }
    const int shown = m_list->count();
    QString note = tr("%n sequence(s) you can enroll into.", nullptr, shown);
    if (hidden > 0)
        note += QLatin1Char(' ')
            + tr("%n paused, draft or archived sequence(s) are not shown.", nullptr, hidden);
    if (!m_wizard->preselectedSequence().isEmpty() && !preselected)
        note += QLatin1Char(' ')
            + tr("The sequence you started from cannot be enrolled into (it is paused, a draft "
                 "or archived).");
    if (shown == 0)
        note = tr("This portal has no active sequence. Sync the portal, or resume a paused "
                  "sequence on the Sequences page.");
    m_note->setText(note);
    if (preselected) {
        m_list->setCurrentItem(preselected);
        m_list->scrollToItem(preselected);
    }
    emit completeChanged();
}

void SequencePickPage::applySearch()
{
    const QString needle = m_search->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
    emit completeChanged();
}

bool SequencePickPage::isComplete() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden();
}

bool SequencePickPage::validatePage()
{
    const QString id = m_list->currentItem()->data(IdRole).toString();
    EnrollDraft &draft = m_wizard->draft();
    for (const SequenceRecord &s : draft.sequences) {
        if (s.sequenceId == id) {
            if (!draft.sequence || draft.sequence->sequenceId != id)
                draft.sender.reset(); // who can send depends on the sequence
            draft.sequence = s;
            return true;
        }
    }
    return false;
}

} // namespace SeqDesk::Ui
