#pragma once

#include "enroll/EnrollDraft.h"

#include <QWizard>

namespace SeqDesk::Ui {

class EnrollPresenter;
class JobItemsModel;

// "Enroll contacts": sequence -> sender -> contacts -> dry-run preview -> confirm -> live
// progress -> summary. One class per page; the pages are views over the wizard's EnrollDraft
// and call its EnrollPresenter, which holds the services. The job runs in the JobRunner, so
// closing the wizard does not stop it.
class EnrollWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollWizard)

public:
    enum PageId {
        SequencePageId,
        SenderPageId,
        ContactsPageId,
        PreviewPageId,
        ConfirmPageId,
        ProgressPageId,
        SummaryPageId
    };

    // `sequenceId` (may be empty) is preselected on the first page.
    EnrollWizard(const EnrollServices &services, const QString &portalId, const QString &sequenceId,
                 QWidget *parent = nullptr);
    ~EnrollWizard() override;

    EnrollPresenter *presenter() const { return m_presenter; }
    EnrollDraft &draft() { return m_draft; }
    JobItemsModel *items() const { return m_items; }
    QString preselectedSequence() const { return m_preselected; }

signals:
    // The mirror's sequences and users of the portal were read (or failed: `error`).
    void dataLoaded(const QString &error);
    void openAnalytics(const QString &portalId, const QString &sequenceId);

private:
    EnrollDraft m_draft;
    EnrollPresenter *m_presenter;
    QString m_preselected;
    JobItemsModel *m_items;
};

} // namespace SeqDesk::Ui
