#pragma once

#include "enroll/EnrollDraft.h"

#include <QWizard>

namespace SeqDesk::Ui {

class JobItemsModel;

// "Enroll contacts": sequence -> sender -> contacts -> dry-run preview -> confirm -> live
// progress -> summary. One class per page; the pages fill the wizard's EnrollDraft. The job
// runs in the JobRunner, so closing the wizard does not stop it.
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

    const EnrollServices &services() const { return m_services; }
    EnrollDraft &draft() { return m_draft; }
    JobItemsModel *items() const { return m_items; }
    QString preselectedSequence() const { return m_preselected; }

signals:
    // The mirror's sequences and users of the portal were read (or failed: `error`).
    void dataLoaded(const QString &error);
    void openAnalytics(const QString &portalId, const QString &sequenceId);

private:
    EnrollServices m_services;
    EnrollDraft m_draft;
    QString m_preselected;
    JobItemsModel *m_items;
};

} // namespace SeqDesk::Ui
