#include "enroll/EnrollWizard.h"

#include "enroll/ConfirmPage.h"
#include "enroll/ContactsPage.h"
#include "enroll/EnrollPresenter.h"
#include "enroll/JobItemsModel.h"
#include "enroll/PreviewPage.h"
#include "enroll/ProgressPage.h"
#include "enroll/SenderPage.h"
#include "enroll/SequencePickPage.h"
#include "enroll/SummaryPage.h"
#include "settings/AppSettings.h"

namespace SeqDesk::Ui {

EnrollWizard::EnrollWizard(const EnrollServices &services, const QString &portalId,
                           const QString &sequenceId, QWidget *parent)
    : QWizard(parent)
    , m_presenter(new EnrollPresenter(services, &m_draft, this))
    , m_preselected(sequenceId)
    , m_items(new JobItemsModel(this))
{
    setObjectName(QStringLiteral("enrollWizard"));
    setWindowTitle(tr("Enroll contacts"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage
               | QWizard::NoDefaultButton);
    // Qt's own texts of these come from qtbase's translations, which a system may lack.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("Close"));
    setMinimumSize(820, 600);
    m_draft.portalId = portalId;
    if (services.settings) {
        m_draft.dailyCap = services.settings->sendCap(portalId);
        m_draft.defaultSender = services.settings->defaultSender(portalId);
    }

    setPage(SequencePageId, new SequencePickPage(this));
    setPage(SenderPageId, new SenderPage(this));
    setPage(ContactsPageId, new ContactsPage(this));
    setPage(PreviewPageId, new PreviewPage(this));
    setPage(ConfirmPageId, new ConfirmPage(this));
    setPage(ProgressPageId, new ProgressPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setStartId(SequencePageId);

    connect(m_presenter, &EnrollPresenter::dataLoaded, this, &EnrollWizard::dataLoaded);
    m_presenter->load();
}

EnrollWizard::~EnrollWizard() = default;

} // namespace SeqDesk::Ui
