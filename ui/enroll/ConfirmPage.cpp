#include "enroll/ConfirmPage.h"

#include "enroll/EnrollWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using Enroll::Plan;

ConfirmPage::ConfirmPage(EnrollWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_label(new QLineEdit(this))
{
    setTitle(tr("Confirm"));
    setSubTitle(tr("Check what SeqDesk is about to do. Enrollment starts sending the sequence's "
                   "emails."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Start enrollment"));
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_label->setObjectName(QStringLiteral("jobLabel"));
    m_label->setPlaceholderText(tr("e.g. Webinar follow-up, November"));
    m_label->setMaxLength(120);

    auto *form = new QFormLayout;
    form->addRow(tr("Label (optional):"), m_label);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch();
}

ConfirmPage::~ConfirmPage() = default;

void ConfirmPage::initializePage()
{
    const EnrollDraft &draft = m_wizard->draft();
    int enroll = 0;
    int deferred = 0;
    for (const Enroll::PlannedContact &p : draft.plan) {
        enroll += p.plan == Plan::Enroll ? 1 : 0;
        deferred += p.plan == Plan::Deferred ? 1 : 0;
    }
    const int skipped = int(draft.plan.size()) - enroll - deferred;
    const QLocale locale;
    const QString sender
        = QStringLiteral("%1 %2 &lt;%3&gt;")
              .arg(draft.sender->firstName.toHtmlEscaped(), draft.sender->lastName.toHtmlEscaped(),
                   draft.sender->email.toHtmlEscaped());
    QString text = tr("<p>Enroll <b>%1 contacts</b> into <b>%2</b>, sent by %3.</p>")
                       .arg(locale.toString(enroll), draft.sequence->name.toHtmlEscaped(), sender);
    if (deferred > 0)
        text += tr("<p>%1 more are deferred by the inbox's send cap (%2 per 24 hours) and go "
                   "out automatically once they are eligible, while SeqDesk runs.</p>")
                    .arg(locale.toString(deferred), locale.toString(draft.dailyCap));
    if (skipped > 0)
        text
            += tr("<p>%1 are skipped (see the preview for why).</p>").arg(locale.toString(skipped));
    const QString source = draft.contacts ? draft.contacts->source : QString();
    text += tr("<p>Contacts from: %1. You can pause or cancel at any moment; a job interrupted "
               "by a crash resumes without enrolling anyone twice.</p>")
                .arg(source.toHtmlEscaped());
    m_summary->setText(text);
}

bool ConfirmPage::validatePage()
{
    m_wizard->draft().label = m_label->text().trimmed();
    return true;
}

} // namespace SeqDesk::Ui
