#pragma once

#include "hubspot/Types.h"
#include "rules/RuleServices.h"
#include "store/Records.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace SeqDesk::Enroll {
class ListSearch;
}
namespace SeqDesk::HubSpot {
class HubSpotClient;
}

namespace SeqDesk::Ui {

// Between the rule editor and the services: reads the portal's sequences, active users and
// the names its other rules use from the mirror, searches the portal's contact lists a page
// at a time (Enroll::ListSearch on the portal's client), and saves the rule through the
// store worker: a new rule is enabled and due at once.
class RuleEditorPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditorPresenter)

public:
    // Not owned. `original`: the rule being edited; nullopt for a new one.
    RuleEditorPresenter(const RuleServices &services, const QString &portalId,
                        const std::optional<Store::RuleRecord> &original,
                        QObject *parent = nullptr);
    ~RuleEditorPresenter() override;

    const std::optional<Store::RuleRecord> &original() const { return m_original; }
    QString portalId() const { return m_portalId; }
    // What load() read: the portal's sequences, its active users, the other rules' names.
    const QList<Store::SequenceRecord> &sequences() const { return m_sequences; }
    const QList<Store::OwnerRecord> &owners() const { return m_owners; }
    const QSet<QString> &takenNames() const { return m_takenNames; }

    // The mirror's sequences and users of the portal, then loaded() (error: empty if read).
    void load();
    // The portal's contact lists whose name holds `query`: listsFound() or listsFailed();
    // fetchMoreLists() asks for the next page.
    void searchLists(const QString &query);
    void fetchMoreLists();
    // Saves `rule` (its form fields): saved() or saveFailed().
    void save(const Store::RuleRecord &rule);
    // The rule `form` becomes when saved now (state, times; id and portal of the original).
    Store::RuleRecord toSave(Store::RuleRecord form) const;

signals:
    void loaded(const QString &error);
    void listsFound(const QList<SeqDesk::HubSpot::ListSummary> &lists, bool first, bool hasMore);
    void listsFailed(const QString &message);
    void saved(const SeqDesk::Store::RuleRecord &rule, bool created);
    void saveFailed(const QString &message);

private:
    void withClient(std::function<void()> action);

    RuleServices m_services;
    QString m_portalId;
    std::optional<Store::RuleRecord> m_original;
    QList<Store::SequenceRecord> m_sequences;
    QList<Store::OwnerRecord> m_owners;
    QSet<QString> m_takenNames;
    std::shared_ptr<HubSpot::HubSpotClient> m_client; // once lists were searched
    std::unique_ptr<Enroll::ListSearch> m_search;
    QList<std::function<void()>> m_waiting; // for the client
};

} // namespace SeqDesk::Ui
