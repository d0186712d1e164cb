#pragma once

#include "store/AnalyticsStore.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace SeqDesk::Ui {

namespace Charts {
class StackedBarChart;
}
class AnalyticsFilterBar;
class AnalyticsRowsModel;

// Analytics: KPIs, four charts (per sequence, over time, by source, reasons) and the rows
// under them, for the filters of the bar on top. Shows what it is given (AnalyticsPresenter
// reads the store); clicking a sequence's bar filters to it. Exports the table as CSV and
// each chart as PNG.
class AnalyticsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsPage)

public:
    explicit AnalyticsPage(QWidget *parent = nullptr);
    ~AnalyticsPage() override;

    AnalyticsFilterBar *filterBar() const { return m_filters; }
    AnalyticsRowsModel *rows() const { return m_rows; }

    // No history at all: the empty state instead of blank axes.
    void showNoHistory();
    // `firstDay`..`lastDay`: the local days of the range (invalid: all time), so the time
    // chart has a bar for each day or week of it.
    void showSnapshot(const Store::AnalyticsSnapshot &snapshot, Store::TimeBucket bucket,
                      const QDate &firstDay, const QDate &lastDay);
    void showError(const QString &message);

    void showExportResult(const QString &error); // empty: written

signals:
    void enrollRequested();
    // "Export CSV…" chose `path`: the rows of the whole filter go there.
    void exportRequested(const QString &path);
    void shown();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createContent();
    QWidget *createEmptyState();
    QWidget *chartPanel(Charts::StackedBarChart *chart, const QString &title, const char *saveName,
                        const QString &fileName);
    void fitRowColumns();
    void exportRows();

    AnalyticsFilterBar *m_filters;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QList<QLabel *> m_kpis; // enrolled, skipped, failed, deferred, success rate
    Charts::StackedBarChart *m_bySequence;
    Charts::StackedBarChart *m_overTime;
    Charts::StackedBarChart *m_bySource;
    Charts::StackedBarChart *m_reasons;
    AnalyticsRowsModel *m_rows;
    QTableView *m_table = nullptr;
    QLabel *m_rowsTitle = nullptr;
    QStringList m_sequenceIds; // of the per-sequence bars, in order
};

} // namespace SeqDesk::Ui
