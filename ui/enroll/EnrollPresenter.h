#pragma once

#include "enroll/EnrollDraft.h"
#include "enroll/ListMembersReader.h"
#include "hubspot/RatePacer.h"
#include "hubspot/Types.h"
#include "store/Records.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace SeqDesk::Enroll {
class EnrollmentUseCase;
class ListSearch;
struct EnrollmentTarget;
} // namespace SeqDesk::Enroll
namespace SeqDesk::HubSpot {
class HubSpotClient;
}

namespace SeqDesk::Ui {

// Between the enrollment wizard's pages and the services: the pages read and write the
// draft and show what this presenter reports; it reads the mirror, plans and saves through
// the enrollment use case (Enroll::EnrollmentUseCase, on the job runner's clock), and runs
// and follows the draft's job in the JobRunner. Answers of an older request are dropped.
class EnrollPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollPresenter)

public:
    // Not owned: the services and `draft` (the wizard's) outlive the presenter.
    EnrollPresenter(const EnrollServices &services, EnrollDraft *draft, QObject *parent = nullptr);
    ~EnrollPresenter() override;

    EnrollDraft &draft() { return *m_draft; }
    const EnrollDraft &draft() const { return *m_draft; }

    // The portal's sequences and active users into the draft, then dataLoaded().
    void load();
    // What `senderEmail` sent in the rolling 24 h: usageRead() (-1: it could not be read).
    void readUsage(const QString &senderEmail);

    // The portal's contact lists whose name holds `query` (all for an empty one), a page at
    // a time: listsFound() or listsFailed(); fetchMoreLists() asks for the next page.
    void searchLists(const QString &query);
    void fetchMoreLists();
    // Reads the members of list `listId`: listProgress() after each page, then listRead()
    // or listNotRead(). Reading another list or cancelListRead() drops what is coming.
    void readList(const QString &listId);
    void cancelListRead();
    // Lists per search page (HubSpot allows 500); for tests of paging.
    void setListPageSize(int lists) { m_listPageSize = lists; }

    // The dry run of the draft's contacts by its sender: planProgress(), then planned()
    // (the plan is also the draft's) or planFailed().
    void startPlan();
    void cancelPlan();

    // Saves the draft's job from its plan and runs it: jobSaved() (the draft has its id) or
    // jobNotSaved(). The job goes on when the wizard closes.
    void startJob();
    void pauseJob();
    void resumeJob();
    void cancelJob();
    void retryFailed();
    // The draft's job and its items from the mirror: jobRead() (nullopt: not readable).
    void readJob();

    // The running job's portal limits (known = false before the client learned them).
    HubSpot::RateLimitInfo rateLimit() const;
    // The job running now when it is another one and the draft's waits behind it; else 0.
    qint64 jobAhead() const;

signals:
    void dataLoaded(const QString &error);
    void usageRead(int used);
    void listsFound(const QList<SeqDesk::HubSpot::ListSummary> &lists, bool first, bool hasMore);
    void listsFailed(const QString &message);
    void listProgress(qint64 read, qint64 total);
    void listRead(const SeqDesk::Enroll::ListMembers &members);
    // The list is not there, not of contacts, empty, or could not be read (translated).
    void listNotRead(const QString &message);
    void planProgress(int done, int total);
    void planned(const QList<SeqDesk::Enroll::PlannedContact> &plan);
    void planFailed(const QString &message);
    void jobSaved(qint64 jobId);
    void jobNotSaved(const QString &error);
    void jobRead(const std::optional<SeqDesk::Store::EnrollmentJobRecord> &job,
                 const QList<SeqDesk::Store::EnrollmentItemRecord> &items);
    // The draft's job, as the runner reports it (never another job's).
    void jobStarted();
    void jobLoaded(const SeqDesk::Store::EnrollmentJobRecord &job,
                   const QList<SeqDesk::Store::EnrollmentItemRecord> &items);
    void itemUpdated(const SeqDesk::Store::EnrollmentItemRecord &item);
    void countsChanged(const SeqDesk::Store::JobCounts &counts);
    void jobFinished(const SeqDesk::Store::EnrollmentJobRecord &job);
    void jobProblem(const QString &message);

private:
    void followRunner();
    bool isMine(qint64 jobId) const;
    Enroll::EnrollmentTarget target() const;
    // Runs `action` once the lists' client is there (asked for at the first use).
    void withListsClient(std::function<void()> action);
    void planWith(std::shared_ptr<HubSpot::HubSpotClient> client,
                  const Enroll::PlanRequest &request);
    void showPlan(QList<Enroll::PlannedContact> plan);
    void failPlan(const QString &message);

    EnrollServices m_services;
    EnrollDraft *m_draft;
    Enroll::EnrollmentUseCase *m_useCase;
    std::shared_ptr<HubSpot::HubSpotClient> m_client; // while planning
    std::unique_ptr<Enroll::DryRunPlanner> m_planner;
    std::shared_ptr<HubSpot::HubSpotClient> m_listsClient; // once lists were searched
    std::unique_ptr<Enroll::ListSearch> m_listSearch;
    std::unique_ptr<Enroll::ListMembersReader> m_listReader;
    QList<std::function<void()>> m_listActions; // waiting for the lists' client
    int m_listPageSize;
    int m_listRead = 0; // the readList() whose answers count
    int m_planAttempt = 0;
    int m_usageQuery = 0;
};

} // namespace SeqDesk::Ui
