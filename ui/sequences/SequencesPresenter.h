#pragma once

#include <QObject>
#include <QString>

namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Ui {

class SequencesPage;

// Feeds the Sequences page from the local mirror of one portal and carries out its
// SeqDesk-side actions (pause/resume, archive/restore) through the store worker, so the
// UI thread never runs a query.
class SequencesPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequencesPresenter)

public:
    SequencesPresenter(Store::StoreWorker *store, SequencesPage *page, QObject *parent = nullptr);

    // Shows `portalId`'s sequences (reloads when called again, e.g. after a sync).
    void showPortal(const QString &portalId);
    QString portalId() const { return m_portalId; }
    // No portal: an empty page (answers still on their way are dropped).
    void clear();

signals:
    void loaded(int sequenceCount);
    // A store failure, for the status bar.
    void problem(const QString &message);

private:
    void setFlag(const QString &sequenceId, bool paused, bool value);

    Store::StoreWorker *m_store;
    SequencesPage *m_page;
    QString m_portalId;
    int m_generation = 0; // answers of an older showPortal() are dropped
};

} // namespace SeqDesk::Ui
