#pragma once

#include "store/Records.h"

#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace SeqDesk::Ui {

class SequenceDetailPane;
class SequenceFilterProxy;
class SequenceTableModel;

// Every sequence of the portal: status chips with counts, a search box, the table and the
// selected sequence's details. Actions are requested by signals; whoever owns the store
// carries them out and feeds the changed record back through model()->updateSequence().
class SequencesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequencesPage)

public:
    explicit SequencesPage(QWidget *parent = nullptr);
    ~SequencesPage() override;

    SequenceTableModel *model() const { return m_model; }
    SequenceFilterProxy *proxy() const { return m_proxy; }

    QString selectedSequenceId() const { return m_selectedId; }
    // Selects and shows the sequence if the filters let it through; false otherwise.
    bool selectSequence(const QString &sequenceId);
    void clearFilters();

    // A running sync: a line over the table says where it stands (users listed, details
    // read, -1 while listing) and that the rows marked Syncing are not saved yet.
    void showSyncProgress(int usersListed, int users, int detailsRead, int detailsToRead);
    void hideSyncProgress();

signals:
    void pauseRequested(const QString &sequenceId, bool pause);
    void archiveRequested(const QString &sequenceId, bool archive);
    void enrollRequested(const QString &sequenceId);

private:
    QWidget *createFilterBar();
    static QString chipToolTip(Store::SequenceStatus status);
    QWidget *createEmptyState();
    void applyStatusChips();
    void updateChipCounts();
    void updateEmptyState();
    void onCurrentRowChanged();
    void refreshSelected();
    void showContextMenu(const QPoint &pos);

    SequenceTableModel *m_model;
    SequenceFilterProxy *m_proxy;
    std::array<QToolButton *, 4> m_chips {};
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyMessage = nullptr;
    QLabel *m_clearFiltersLink = nullptr;
    QLabel *m_syncBanner = nullptr;
    bool m_syncing = false;
    SequenceDetailPane *m_detail = nullptr;
    QAction *m_enrollAction;
    QAction *m_pauseAction;
    QAction *m_archiveAction;
    QString m_selectedId;
};

} // namespace SeqDesk::Ui
