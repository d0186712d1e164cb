#pragma once

#include "cli/CliCommand.h"
#include "cli/CliOptions.h"
#include "enroll/ContactInput.h"
#include "enroll/DryRunPlanner.h"
#include "enroll/EnrollmentUseCase.h"
#include "enroll/ListMembersReader.h"
#include "store/Records.h"

#include <QObject>

#include <functional>
#include <memory>

class QTextStream;

namespace SeqDesk::HubSpot {
class HubSpotClient;
struct ApiError;
} // namespace SeqDesk::HubSpot
namespace SeqDesk::Store {
class StoreWorker;
}
namespace SeqDesk::Enroll {
class EnrollmentEngine;
}

namespace SeqDesk::Cli {

// seqdesk-cli's enrollment: read the contacts (--contact-ids / --contact-ids-file), check
// the portal and the sending user, dry-run them, then (unless --dry-run) save a job and run
// it with the EnrollmentEngine, printing progress on stderr and the per-contact results
// (stdout, --json, --output-json). Or resume a saved job (--resume). finished() once.
class EnrollCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollCommand)

public:
    // Not owned; the store is open.
    // `lockDirectory`: where job locks live (the store's folder).
    EnrollCommand(HubSpot::HubSpotClient *client, Store::StoreWorker *store,
                  const QString &lockDirectory, const CliOptions &options, QTextStream &out,
                  QTextStream &err, QObject *parent = nullptr);
    ~EnrollCommand() override;

    void start();

private:
    void readContacts();
    void readList(); // --list-id: the list's members, before anything is journaled
    void contactsRead();
    Enroll::EnrollmentContacts contacts() const; // what was read, with its origin
    void checkPortal();
    void resolveUser();
    // The sequence exists, the user can use it, and it can be enrolled into (not a draft,
    // not paused or archived in SeqDesk).
    void checkSequence();
    void planContacts();
    Enroll::EnrollmentTarget target() const;
    void reportPlan(const QList<Enroll::PlannedContact> &plan);
    void createJob(const QList<Enroll::PlannedContact> &plan);
    void resumeJob();
    void runJob(qint64 jobId);
    void reportJob(const Store::EnrollmentJobRecord &job);
    bool writeJson(const QByteArray &json);
    // The report on stdout: `json` with --json, else the table; nothing when --output-json
    // already wrote it there.
    void printReport(const QByteArray &json, const std::function<QString()> &table);
    void failApi(const HubSpot::ApiError &error);

    HubSpot::HubSpotClient *m_client;
    Store::StoreWorker *m_store;
    QString m_lockDirectory;
    CliOptions m_options;
    Enroll::EnrollmentUseCase *m_useCase;
    std::optional<Enroll::ContactList> m_contacts;
    std::optional<Enroll::ContactOrigin> m_origin; // set for --list-id
    QString m_portalId;
    QString m_userId;
    std::unique_ptr<Enroll::DryRunPlanner> m_planner;
    std::unique_ptr<Enroll::ListMembersReader> m_listReader;
    std::unique_ptr<Enroll::EnrollmentEngine> m_engine;
    qint64 m_lastProgressMs = -1;
    qint64 m_jobId = 0; // the job run; 0: a dry run
};

} // namespace SeqDesk::Cli
