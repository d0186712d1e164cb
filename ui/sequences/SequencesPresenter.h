#pragma once

#include "sync/UnsavedReading.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Ui {

class SequencesPage;

// Feeds the Sequences page from the local mirror of one portal and carries out its
// SeqDesk-side actions (pause/resume, archive/restore) through the store worker, so the
// UI thread never runs a query. While the portal syncs, what the sync read and has not saved
// is shown over the mirror: new sequences as rows marked Syncing, their details as they
// come, where the sync stands in a line over the table (the mirror's rows stay as saved).
class SequencesPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequencesPresenter)

public:
    SequencesPresenter(Store::StoreWorker *store, SequencesPage *page, QObject *parent = nullptr);

    // Shows `portalId`'s sequences (reloads when called again, e.g. after a sync), and over
    // them what its running sync read so far (`unsaved`; empty when it does not sync).
    void showPortal(const QString &portalId, const Sync::UnsavedReading &unsaved = {});
    // A further part of what the portal's running sync read (ignored for another portal).
    void addUnsaved(const QString &portalId, const Sync::UnsavedReading &more);
    QString portalId() const { return m_portalId; }
    // No portal: an empty page (answers still on their way are dropped).
    void clear();

signals:
    void loaded(int sequenceCount);
    // The page shows `rows` sequences the running sync has not saved, `detailsRead` of
    // `detailsToRead` details read (-1 while the sync lists sequences).
    void unsavedShown(int rows, int detailsRead, int detailsToRead);
    // A store failure, for the status bar.
    void problem(const QString &message);

private:
    void setFlag(const QString &sequenceId, bool paused, bool value);
    void apply(const Sync::UnsavedReading &part);

    Store::StoreWorker *m_store;
    SequencesPage *m_page;
    QString m_portalId;
    int m_generation = 0; // answers of an older showPortal() are dropped
    bool m_shown = false; // the page shows m_portalId's mirror (its load answered)
    QHash<QString, QString> m_mirrorNames; // the mirror's owners' names
    Sync::UnsavedReading m_unsaved; // of the current portal's running sync
};

} // namespace SeqDesk::Ui
