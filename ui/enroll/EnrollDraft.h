#pragma once

#include "enroll/ContactInput.h"
#include "enroll/DryRunPlanner.h"
#include "enroll/EnrollmentUseCase.h"
#include "store/Records.h"

#include <QHash>

#include <optional>

namespace SeqDesk::Settings {
class AppSettings;
}
namespace SeqDesk::Jobs {
class JobRunner;
}
namespace SeqDesk::Store {
class StoreWorker;
}
namespace SeqDesk::Sync {
class PortalManager;
}

namespace SeqDesk::Ui {

// What the enrollment wizard works with; not owned.
struct EnrollServices
{
    Sync::PortalManager *portals = nullptr;
    Store::StoreWorker *store = nullptr;
    Jobs::JobRunner *runner = nullptr;
    Settings::AppSettings *settings = nullptr; // the default sender and send cap; may be null
};

// What the wizard's pages fill in, page by page: the plain result of the wizard.
struct EnrollDraft
{
    QString portalId;
    QList<Store::SequenceRecord> sequences; // the portal's, from the mirror
    QList<Store::OwnerRecord> owners; // the portal's active users
    std::optional<Store::SequenceRecord> sequence;
    std::optional<Store::OwnerRecord> sender;
    int dailyCap = Enroll::SendCap::kDefault; // the sender inbox's rolling 24 h cap
    QString defaultSender; // the settings' sender inbox (email) of the portal: preselected
    std::optional<Enroll::ContactList> contacts;
    Enroll::ContactOrigin origin; // where `contacts` came from: the job records it
    QList<Enroll::PlannedContact> plan;
    QString label;
    qint64 jobId = 0; // once the job is saved

    // "Q4 outreach" for a sequence id of the portal; the id when unknown.
    QString sequenceName(const QString &sequenceId) const
    {
        for (const Store::SequenceRecord &s : sequences) {
            if (s.sequenceId == sequenceId)
                return s.name;
        }
        return sequenceId;
    }
};

} // namespace SeqDesk::Ui
