#include "analytics/AnalyticsPresenter.h"

#include "analytics/AnalyticsFilterBar.h"
#include "analytics/AnalyticsPage.h"
#include "analytics/AnalyticsRowsModel.h"
#include "enroll/JobExport.h"
#include "jobs/JobRunner.h"
#include "store/StoreWorker.h"

#include <limits>

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;

namespace {

QDate localDay(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().date() : QDate();
}

} // namespace

AnalyticsPresenter::AnalyticsPresenter(StoreWorker *store, Jobs::JobRunner *runner,
                                       AnalyticsPage *page, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_page(page)
{
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(1000);
    connect(&m_throttle, &QTimer::timeout, this, &AnalyticsPresenter::refresh);
    connect(page->filterBar(), &AnalyticsFilterBar::filterChanged, this,
            &AnalyticsPresenter::refresh);
    connect(page->filterBar(), &AnalyticsFilterBar::portalChanged, this,
            &AnalyticsPresenter::reload);
    connect(page, &AnalyticsPage::shown, this, [this] {
        if (std::exchange(m_dirty, false))
            refresh();
    });
    connect(page, &AnalyticsPage::exportRequested, this, &AnalyticsPresenter::exportRows);
    if (runner) {
        // While a job runs the page follows it, a refresh a second at most; its end may
        // bring new sequences, sources and senders to choose from.
        connect(runner, &Jobs::JobRunner::countsChanged, this, [this] {
            if (!m_throttle.isActive())
                m_throttle.start();
        });
        connect(runner, &Jobs::JobRunner::jobFinished, this, &AnalyticsPresenter::reload);
    }
}

AnalyticsPresenter::~AnalyticsPresenter() = default;

void AnalyticsPresenter::setPortals(const QList<PortalRecord> &portals, const QString &current)
{
    m_page->filterBar()->setPortals(portals, current);
    reload();
}

void AnalyticsPresenter::showSequence(const QString &portalId, const QString &sequenceId)
{
    m_page->filterBar()->setPortal(portalId);
    loadChoices([this, sequenceId] {
        m_page->filterBar()->setSequences({sequenceId}, false);
        refresh();
    });
}

void AnalyticsPresenter::reload()
{
    loadChoices([this] { refresh(); });
}

void AnalyticsPresenter::loadChoices(std::function<void()> then)
{
    const QString portalId = m_page->filterBar()->portalId();
    m_store->run(
        [portalId](Stores &s) { return s.analytics.choices(portalId); }, this,
        [this, portalId, then = std::move(then)](const std::optional<AnalyticsChoices> &choices) {
            if (portalId != m_page->filterBar()->portalId())
                return; // another portal was chosen meanwhile: its own load follows
            if (choices)
                m_page->filterBar()->setChoices(*choices);
            then();
        });
}

void AnalyticsPresenter::refresh()
{
    m_throttle.stop();
    if (!m_page->isVisible()) {
        m_dirty = true; // read when shown: a hidden page costs the store nothing
        return;
    }
    if (m_reading) {
        m_again = true; // one read at a time on the store's thread; the newest filter next
        return;
    }
    read();
}

void AnalyticsPresenter::read()
{
    m_reading = true;
    const QDate today = QDate::currentDate();
    const AnalyticsFilter filter = m_page->filterBar()->filter(today);
    const TimeBucket bucket = m_page->filterBar()->bucket(today);
    const QString portalId = filter.portalId;
    struct Answer
    {
        std::optional<AnalyticsSnapshot> snapshot;
        bool anyHistory = false;
        QString error;
    };
    m_store->run(
        [filter, bucket, portalId](Stores &s) {
            Answer a;
            a.snapshot = s.analytics.snapshot(filter, bucket, kRowLimit);
            if (!a.snapshot)
                a.error = s.analytics.lastError();
            else if (a.snapshot->totals.total() > 0)
                a.anyHistory = true;
            else if (const auto choices = s.analytics.choices(portalId))
                a.anyHistory = !choices->sequences.isEmpty();
            return a;
        },
        this,
        [this, bucket, filter](const Answer &a) {
            m_reading = false;
            if (std::exchange(m_again, false))
                return read(); // this answer is for an older filter
            if (!a.snapshot)
                m_page->showError(a.error);
            else if (!a.anyHistory)
                m_page->showNoHistory();
            else
                m_page->showSnapshot(*a.snapshot, bucket, localDay(filter.from),
                                     localDay(filter.to.addMSecs(-1)));
            emit refreshed();
        });
}

void AnalyticsPresenter::exportRows(const QString &path)
{
    const AnalyticsFilter filter = m_page->filterBar()->filter(QDate::currentDate());
    m_store->run(
        [filter, path](Stores &s) {
            const auto rows = s.analytics.rows(filter, std::numeric_limits<int>::max());
            if (!rows)
                return s.analytics.lastError();
            QString error; // written off the UI thread
            Enroll::saveFile(path, AnalyticsRowsModel::csv(rows->first), &error);
            return error;
        },
        this, [this](const QString &error) { m_page->showExportResult(error); });
}

} // namespace SeqDesk::Ui
