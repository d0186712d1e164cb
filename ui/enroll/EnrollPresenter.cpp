#include "enroll/EnrollPresenter.h"

#include "enroll/EnrollmentUseCase.h"
#include "enroll/ListMembersReader.h"
#include "enroll/ListSearch.h"
#include "hubspot/HubSpotClient.h"
#include "jobs/JobRunner.h"
#include "store/StoreWorker.h"
#include "sync/PortalManager.h"

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;
using Enroll::PlannedContact;

EnrollPresenter::EnrollPresenter(const EnrollServices &services, EnrollDraft *draft,
                                 QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_draft(draft)
    , m_useCase(new Enroll::EnrollmentUseCase(services.store, services.runner->clock(), this))
    , m_listPageSize(Enroll::ListSearch::kPageSize)
{
    followRunner();
}

EnrollPresenter::~EnrollPresenter() = default;

void EnrollPresenter::load()
{
    struct Data
    {
        QList<SequenceRecord> sequences;
        QList<OwnerRecord> owners;
        QString error;
    };
    const QString portalId = m_draft->portalId;
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
            m_draft->sequences = d.sequences;
            m_draft->owners = d.owners;
            emit dataLoaded(d.error);
        });
}

void EnrollPresenter::readUsage(const QString &senderEmail)
{
    const int query = ++m_usageQuery;
    if (senderEmail.isEmpty())
        return; // no sender: what is still coming is dropped
    m_useCase->senderUsage(senderEmail, this, [this, query](std::optional<int> used) {
        if (query == m_usageQuery)
            emit usageRead(used.value_or(-1));
    });
}

Enroll::EnrollmentTarget EnrollPresenter::target() const
{
    Enroll::EnrollmentTarget t;
    t.portalId = m_draft->portalId;
    t.sequenceId = m_draft->sequence ? m_draft->sequence->sequenceId : QString();
    t.senderEmail = m_draft->sender ? m_draft->sender->email : QString();
    t.userId = m_draft->sender ? QString::number(m_draft->sender->userId.value_or(0)) : QString();
    t.dailyCap = m_draft->dailyCap;
    return t;
}

void EnrollPresenter::withListsClient(std::function<void()> action)
{
    if (m_listsClient)
        return action();
    m_listActions.append(std::move(action));
    if (m_listActions.size() > 1)
        return; // the client is being asked for
    m_services.portals->withClient(
        m_draft->portalId, this,
        [this](std::shared_ptr<HubSpot::HubSpotClient> client, const QString &error) {
            const QList<std::function<void()>> actions = std::exchange(m_listActions, {});
            if (!client)
                return emit listsFailed(error);
            m_listsClient = std::move(client);
            m_listSearch
                = std::make_unique<Enroll::ListSearch>(m_listsClient.get(), m_listPageSize);
            connect(m_listSearch.get(), &Enroll::ListSearch::found, this,
                    [this](const QList<HubSpot::ListSummary> &lists, bool first, bool hasMore) {
                        emit listsFound(lists, first, hasMore);
                    });
            connect(m_listSearch.get(), &Enroll::ListSearch::failed, this,
                    [this](const HubSpot::ApiError &e) { emit listsFailed(e.describe()); });
            m_listReader = std::make_unique<Enroll::ListMembersReader>(m_listsClient.get());
            connect(m_listReader.get(), &Enroll::ListMembersReader::progress, this,
                    &EnrollPresenter::listProgress);
            connect(m_listReader.get(), &Enroll::ListMembersReader::finished, this,
                    &EnrollPresenter::listRead);
            connect(m_listReader.get(), &Enroll::ListMembersReader::refused, this,
                    [this](const QString &message) { emit listNotRead(message); });
            connect(m_listReader.get(), &Enroll::ListMembersReader::failed, this,
                    [this](const HubSpot::ApiError &e) { emit listNotRead(e.describe()); });
            for (const std::function<void()> &action : actions)
                action();
        });
}

void EnrollPresenter::searchLists(const QString &query)
{
    withListsClient([this, query] { m_listSearch->start(query); });
}

void EnrollPresenter::fetchMoreLists()
{
    if (m_listSearch)
        m_listSearch->fetchMore();
}

void EnrollPresenter::readList(const QString &listId)
{
    const int read = ++m_listRead;
    withListsClient([this, listId, read] {
        if (read == m_listRead)
            m_listReader->start(listId);
    });
}

void EnrollPresenter::cancelListRead()
{
    ++m_listRead; // a read still waiting for the client does not start
    if (m_listReader)
        m_listReader->cancel();
}

void EnrollPresenter::startPlan()
{
    const int attempt = ++m_planAttempt;
    m_planner.reset();
    m_useCase->planRequest(
        target(),
        Enroll::EnrollmentContacts {m_draft->contacts->contacts, m_draft->contacts->duplicates,
                                    m_draft->origin},
        this,
        [this, attempt](const std::optional<Enroll::PlanRequest> &request, const QString &error) {
            if (attempt != m_planAttempt)
                return;
            if (!request)
                return failPlan(error);
            m_services.portals->withClient(
                m_draft->portalId, this,
                [this, attempt, request](std::shared_ptr<HubSpot::HubSpotClient> client,
                                         const QString &error) {
                    if (attempt != m_planAttempt)
                        return;
                    if (!client)
                        return failPlan(error);
                    planWith(std::move(client), *request);
                });
        });
}

void EnrollPresenter::cancelPlan()
{
    ++m_planAttempt; // what is still coming is dropped
    m_planner.reset();
    m_client.reset();
}

void EnrollPresenter::planWith(std::shared_ptr<HubSpot::HubSpotClient> client,
                               const Enroll::PlanRequest &request)
{
    m_client = std::move(client);
    m_planner = std::make_unique<Enroll::DryRunPlanner>(m_client.get(), m_services.runner->clock());
    connect(m_planner.get(), &Enroll::DryRunPlanner::progress, this,
            &EnrollPresenter::planProgress);
    connect(m_planner.get(), &Enroll::DryRunPlanner::finished, this, &EnrollPresenter::showPlan);
    connect(m_planner.get(), &Enroll::DryRunPlanner::failed, this,
            [this](const HubSpot::ApiError &error) { failPlan(error.describe()); });
    m_planner->start(request);
}

void EnrollPresenter::failPlan(const QString &message)
{
    m_client.reset();
    emit planFailed(message);
}

void EnrollPresenter::showPlan(QList<PlannedContact> plan)
{
    for (PlannedContact &p : plan) {
        if (p.plan == Enroll::Plan::AlreadyEnrolled && !p.detail.isEmpty())
            p.detail = m_draft->sequenceName(p.detail); // name the sequence they are in
    }
    m_draft->plan = plan;
    m_client.reset();
    emit planned(plan);
}

void EnrollPresenter::startJob()
{
    const Enroll::JobSpec spec = Enroll::EnrollmentUseCase::jobSpec(
        target(), m_draft->origin, EnrollmentSource::Wizard, m_draft->label);
    m_services.runner->createAndRun(spec, m_draft->plan, this,
                                    [this](std::optional<qint64> jobId, const QString &error) {
                                        if (!jobId)
                                            return emit jobNotSaved(error);
                                        m_draft->jobId = *jobId;
                                        emit jobSaved(*jobId);
                                    });
}

void EnrollPresenter::pauseJob()
{
    m_services.runner->pause(m_draft->jobId);
}

void EnrollPresenter::resumeJob()
{
    m_services.runner->run(m_draft->jobId);
}

void EnrollPresenter::cancelJob()
{
    m_services.runner->cancel(m_draft->jobId);
}

void EnrollPresenter::retryFailed()
{
    m_services.runner->retryFailed(m_draft->jobId);
}

void EnrollPresenter::readJob()
{
    const qint64 jobId = m_draft->jobId;
    using Loaded = std::pair<std::optional<EnrollmentJobRecord>, QList<EnrollmentItemRecord>>;
    m_services.store->run(
        [jobId](Stores &s) {
            return Loaded {s.enrollments.job(jobId), s.enrollments.items(jobId)};
        },
        this, [this](const Loaded &loaded) { emit jobRead(loaded.first, loaded.second); });
}

HubSpot::RateLimitInfo EnrollPresenter::rateLimit() const
{
    return m_services.runner->rateLimit();
}

qint64 EnrollPresenter::jobAhead() const
{
    const Jobs::JobRunner *runner = m_services.runner;
    const qint64 current = runner->currentJob();
    const qint64 mine = m_draft->jobId;
    return current != 0 && current != mine && runner->isQueued(mine) ? current : 0;
}

bool EnrollPresenter::isMine(qint64 jobId) const
{
    return jobId != 0 && jobId == m_draft->jobId;
}

void EnrollPresenter::followRunner()
{
    Jobs::JobRunner *runner = m_services.runner;
    connect(runner, &Jobs::JobRunner::jobStarted, this, [this](qint64 jobId) {
        if (isMine(jobId))
            emit jobStarted();
    });
    connect(runner, &Jobs::JobRunner::jobLoaded, this,
            [this](const EnrollmentJobRecord &job, const QList<EnrollmentItemRecord> &items) {
                if (isMine(job.id))
                    emit jobLoaded(job, items);
            });
    connect(runner, &Jobs::JobRunner::itemUpdated, this, [this](const EnrollmentItemRecord &item) {
        if (isMine(item.jobId))
            emit itemUpdated(item);
    });
    connect(runner, &Jobs::JobRunner::countsChanged, this,
            [this](qint64 jobId, const JobCounts &counts) {
                if (isMine(jobId))
                    emit countsChanged(counts);
            });
    connect(runner, &Jobs::JobRunner::jobFinished, this, [this](const EnrollmentJobRecord &job) {
        if (isMine(job.id))
            emit jobFinished(job);
    });
    connect(runner, &Jobs::JobRunner::problem, this, [this](qint64 jobId, const QString &message) {
        if (isMine(jobId))
            emit jobProblem(message);
    });
}

} // namespace SeqDesk::Ui
