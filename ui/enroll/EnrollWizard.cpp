#include "enroll/EnrollWizard.h"

#include "enroll/ConfirmPage.h"
#include "enroll/ContactsPage.h"
#include "enroll/JobItemsModel.h"
#include "enroll/PreviewPage.h"
#include "enroll/ProgressPage.h"
#include "enroll/SenderPage.h"
#include "enroll/SequencePickPage.h"
#include "enroll/SummaryPage.h"
#include "store/StoreWorker.h"

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;

EnrollWizard::EnrollWizard(const EnrollServices &services, const QString &portalId,
                           const QString &sequenceId, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_preselected(sequenceId)
    , m_items(new JobItemsModel(this))
{
    setObjectName(QStringLiteral("enrollWizard"));
    setWindowTitle(tr("Enroll contacts"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage
               | QWizard::NoDefaultButton);
    setButtonText(QWizard::FinishButton, tr("Close"));
    setMinimumSize(820, 600);
    m_draft.portalId = portalId;

    setPage(SequencePageId, new SequencePickPage(this));
    setPage(SenderPageId, new SenderPage(this));
    setPage(ContactsPageId, new ContactsPage(this));
    setPage(PreviewPageId, new PreviewPage(this));
    setPage(ConfirmPageId, new ConfirmPage(this));
    setPage(ProgressPageId, new ProgressPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setStartId(SequencePageId);

    struct Data
    {
        QList<SequenceRecord> sequences;
        QList<OwnerRecord> owners;
        QString error;
    };
    m_services.store->run(
        [portalId](Stores &s) {
            Data d;
            d.sequences = s.sequences.sequences(portalId);
            d.owners = s.owners.activeOwners(portalId);
            d.error = s.sequences.lastError();
            return d;
        },
        this,
        [this](const Data &d) {
            m_draft.sequences = d.sequences;
            m_draft.owners = d.owners;
            emit dataLoaded(d.error);
        });
}

EnrollWizard::~EnrollWizard() = default;

} // namespace SeqDesk::Ui
