#pragma once

#include "store/AnalyticsStore.h"
#include "store/Records.h"

#include <QObject>
#include <QTimer>

namespace SeqDesk::Jobs {
class JobRunner;
}
namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Ui {

class AnalyticsPage;

// Reads the Analytics page's numbers off the UI thread (AnalyticsStore on the StoreWorker)
// whenever a filter changes, and again while a job runs (at most once a second).
class AnalyticsPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsPresenter)

public:
    static constexpr int kRowLimit = 500; // rows the table shows; exports have them all

    // Not owned; `runner` may be null.
    AnalyticsPresenter(Store::StoreWorker *store, Jobs::JobRunner *runner, AnalyticsPage *page,
                       QObject *parent = nullptr);
    ~AnalyticsPresenter() override;

    // The portals to choose from and the one to show (empty: every portal).
    void setPortals(const QList<Store::PortalRecord> &portals, const QString &current);
    void refresh();
    // Filters to one sequence (the wizard's "Open analytics").
    void showSequence(const QString &portalId, const QString &sequenceId);

signals:
    // A refresh reached the page (for tests and the screenshot).
    void refreshed();

private:
    void loadChoices();
    void exportRows(const QString &path);

    Store::StoreWorker *m_store;
    AnalyticsPage *m_page;
    QTimer m_throttle;
    int m_generation = 0; // answers of older refreshes are dropped
};

} // namespace SeqDesk::Ui
