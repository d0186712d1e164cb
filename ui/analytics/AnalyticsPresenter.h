#pragma once

#include "store/AnalyticsStore.h"
#include "store/Records.h"

#include <QObject>
#include <QTimer>

#include <functional>

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
    // Reads the page's numbers again: now if the page is shown and no read is under way,
    // after the one under way, or once the page is shown.
    void refresh();
    // The portal's sequence alone (the wizard's "Open analytics").
    void showSequence(const QString &portalId, const QString &sequenceId);

signals:
    // A refresh reached the page (for tests and the screenshot).
    void refreshed();

private:
    // The filter's choices for the chosen portal, then `then` (after they are in the bar).
    void loadChoices(std::function<void()> then);
    void reload(); // choices, then numbers
    void read();
    void exportRows(const QString &path);

    Store::StoreWorker *m_store;
    AnalyticsPage *m_page;
    QTimer m_throttle;
    bool m_reading = false; // a snapshot read is under way
    bool m_again = false; // the filter changed meanwhile: read again, drop that answer
    bool m_dirty = false; // changed while the page was hidden
};

} // namespace SeqDesk::Ui
