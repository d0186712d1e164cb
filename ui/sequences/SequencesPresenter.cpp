#include "SequencesPresenter.h"

#include "SequenceTableModel.h"
#include "SequencesPage.h"
#include "store/StoreWorker.h"

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;

namespace {

struct PortalView
{
    QList<SequenceRecord> sequences;
    QHash<QString, QList<SequenceStepRecord>> steps;
    QHash<QString, QString> userNames;
};

QString displayName(const OwnerRecord &o)
{
    const QString name = QStringList {o.firstName, o.lastName}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? o.email : name;
}

} // namespace

SequencesPresenter::SequencesPresenter(StoreWorker *store, SequencesPage *page, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_page(page)
{
    connect(m_page, &SequencesPage::pauseRequested, this,
            [this](const QString &id, bool pause) { setFlag(id, true, pause); });
    connect(m_page, &SequencesPage::archiveRequested, this,
            [this](const QString &id, bool archive) { setFlag(id, false, archive); });
}

void SequencesPresenter::showPortal(const QString &portalId, const Sync::UnsavedReading &unsaved)
{
    m_portalId = portalId;
    m_unsaved = unsaved;
    m_shown = false;
    const int generation = ++m_generation;
    m_store->run(
        [portalId](Stores &s) {
            PortalView v;
            v.sequences = s.sequences.sequences(portalId);
            v.steps = s.sequences.allSteps(portalId);
            for (const OwnerRecord &o : s.owners.owners(portalId)) {
                if (o.userId)
                    v.userNames.insert(QString::number(*o.userId), displayName(o));
            }
            return v;
        },
        this,
        [this, generation](PortalView v) {
            if (generation != m_generation)
                return;
            m_shown = true;
            m_mirrorNames = std::move(v.userNames);
            m_page->model()->setUserNames(m_mirrorNames);
            m_page->model()->setSteps(std::move(v.steps));
            m_page->model()->setSequences(v.sequences);
            if (m_unsaved.isEmpty())
                m_page->hideSyncProgress();
            else
                apply(m_unsaved); // what the sync read meanwhile, again over the mirror
            emit loaded(int(v.sequences.size()));
        });
}

void SequencesPresenter::addUnsaved(const QString &portalId, const Sync::UnsavedReading &more)
{
    if (portalId != m_portalId || more.isEmpty())
        return;
    m_unsaved.append(more);
    if (m_shown) // else the mirror's answer shows all of it
        apply(more);
}

void SequencesPresenter::apply(const Sync::UnsavedReading &part)
{
    SequenceTableModel *model = m_page->model();
    if (!part.owners.isEmpty()) { // a first sync: the mirror has no owners yet
        QHash<QString, QString> names = m_mirrorNames;
        for (const OwnerRecord &o : part.owners) {
            if (o.userId)
                names.insert(QString::number(*o.userId), displayName(o));
        }
        model->setUserNames(std::move(names));
    }
    model->addUnsaved(part.listed);
    model->setUnsavedDetails(part.detailed);
    m_page->showSyncProgress(m_unsaved.usersListed, m_unsaved.users, m_unsaved.detailsRead,
                             m_unsaved.detailsToRead);
    emit unsavedShown(model->unsavedCount(), m_unsaved.detailsRead, m_unsaved.detailsToRead);
}

void SequencesPresenter::clear()
{
    m_portalId.clear();
    m_unsaved = {};
    m_shown = false;
    ++m_generation;
    m_page->model()->setSequences({});
    m_page->hideSyncProgress();
}

void SequencesPresenter::setFlag(const QString &sequenceId, bool paused, bool value)
{
    const QString portalId = m_portalId;
    m_store->run(
        [portalId, sequenceId, paused, value](Stores &s) -> std::pair<QString, SequenceRecord> {
            const bool ok = paused ? s.sequences.setPaused(portalId, sequenceId, value)
                                   : s.sequences.setArchivedByUser(portalId, sequenceId, value);
            if (!ok)
                return {s.sequences.lastError(), {}};
            return {QString(),
                    s.sequences.sequence(portalId, sequenceId).value_or(SequenceRecord {})};
        },
        this,
        [this, portalId](std::pair<QString, SequenceRecord> r) {
            if (portalId != m_portalId)
                return;
            if (!r.first.isEmpty()) {
                emit problem(tr("The change was not saved: %1").arg(r.first));
                return;
            }
            m_page->model()->updateSequence(r.second);
        });
}

} // namespace SeqDesk::Ui
