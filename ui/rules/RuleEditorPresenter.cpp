#include "rules/RuleEditorPresenter.h"

#include "core/Clock.h"
#include "enroll/ListSearch.h"
#include "hubspot/HubSpotClient.h"
#include "jobs/JobRunner.h"
#include "store/StoreWorker.h"
#include "sync/PortalManager.h"

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;

RuleEditorPresenter::RuleEditorPresenter(const RuleServices &services, const QString &portalId,
                                         const std::optional<RuleRecord> &original, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_portalId(portalId)
    , m_original(original)
{ }

RuleEditorPresenter::~RuleEditorPresenter() = default;

void RuleEditorPresenter::load()
{
    struct Data
    {
        QList<SequenceRecord> sequences;
        QList<OwnerRecord> owners;
        QSet<QString> taken;
        QString error;
    };
    const QString portalId = m_portalId;
    const qint64 self = m_original ? m_original->id : 0;
    m_services.store->run(
        [portalId, self](Stores &s) {
            Data d;
            d.sequences = s.sequences.sequences(portalId);
            d.error = s.sequences.lastError();
            d.owners = s.owners.activeOwners(portalId);
            for (const RuleRecord &r : s.rules.rules(portalId)) {
                if (r.id != self)
                    d.taken.insert(r.name);
            }
            return d;
        },
        this,
        [this](const Data &d) {
            m_sequences = d.sequences;
            m_owners = d.owners;
            m_takenNames = d.taken;
            emit loaded(d.error);
        });
}

void RuleEditorPresenter::withClient(std::function<void()> action)
{
    if (m_client)
        return action();
    m_waiting.append(std::move(action));
    if (m_waiting.size() > 1)
        return; // the client is being asked for
    m_services.portals->withClient(
        m_portalId, this,
        [this](std::shared_ptr<HubSpot::HubSpotClient> client, const QString &error) {
            const QList<std::function<void()>> actions = std::exchange(m_waiting, {});
            if (!client)
                return emit listsFailed(error);
            m_client = std::move(client);
            m_search = std::make_unique<Enroll::ListSearch>(m_client.get());
            connect(m_search.get(), &Enroll::ListSearch::found, this,
                    [this](const QList<HubSpot::ListSummary> &lists, bool first, bool hasMore) {
                        emit listsFound(lists, first, hasMore);
                    });
            connect(m_search.get(), &Enroll::ListSearch::failed, this,
                    [this](const HubSpot::ApiError &e) { emit listsFailed(e.describe()); });
            for (const std::function<void()> &action : actions)
                action();
        });
}

void RuleEditorPresenter::searchLists(const QString &query)
{
    withClient([this, query] { m_search->start(query); });
}

void RuleEditorPresenter::fetchMoreLists()
{
    if (m_search)
        m_search->fetchMore();
}

RuleRecord RuleEditorPresenter::toSave(RuleRecord form) const
{
    const QDateTime now = m_services.runner->clock()->nowUtc();
    form.name = form.name.trimmed();
    form.updatedAt = now;
    if (!m_original) { // enabled, and due at once
        form.id = 0;
        form.portalId = m_portalId;
        form.state = RuleState::Enabled;
        form.stopReason.clear();
        form.createdAt = now;
        form.nextRunAt = now;
        return form;
    }
    const RuleRecord &was = *m_original;
    form.id = was.id;
    form.portalId = was.portalId;
    form.createdAt = was.createdAt;
    form.lastRunAt = was.lastRunAt;
    form.state = was.state;
    form.stopReason = was.stopReason;
    form.nextRunAt = was.nextRunAt;
    const QDateTime scheduled = now.addSecs(qint64(form.everyMinutes) * 60);
    if (!form.nextRunAt.isValid() || form.nextRunAt > scheduled)
        form.nextRunAt = scheduled;
    // A stopped rule the user changed runs again; so does one with a new list or sequence.
    if (was.state == RuleState::Stopped) {
        form.state = RuleState::Enabled;
        form.stopReason.clear();
        form.nextRunAt = now;
    }
    if (form.listId != was.listId || form.sequenceId != was.sequenceId)
        form.nextRunAt = now;
    return form;
}

void RuleEditorPresenter::save(const RuleRecord &form)
{
    const RuleRecord rule = toSave(form);
    const bool create = rule.id == 0;
    using Saved = std::pair<qint64, QString>;
    m_services.store->run(
        [rule, create](Stores &s) {
            if (create) {
                const std::optional<qint64> id = s.rules.create(rule);
                return Saved {id.value_or(0), id ? QString() : s.rules.lastError()};
            }
            return s.rules.update(rule) ? Saved {rule.id, QString()}
                                        : Saved {0, s.rules.lastError()};
        },
        this,
        [this, rule, create](const Saved &result) {
            if (result.first == 0)
                return emit saveFailed(result.second);
            RuleRecord done = rule;
            done.id = result.first;
            emit saved(done, create);
        });
}

} // namespace SeqDesk::Ui
