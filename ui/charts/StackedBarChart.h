#pragma once

#include "charts/ChartData.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace SeqDesk::Ui::Charts {

class ChartCanvas;

// A stacked bar chart with a title, a legend and an empty state. Clicking a bar reports its
// category. The one widget of the charts module: pages give it StackedBars and never see
// the chart library.
class StackedBarChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackedBarChart)

public:
    explicit StackedBarChart(QWidget *parent = nullptr);
    ~StackedBarChart() override;

    // Shown instead of the chart when every value is 0 (or there is no category).
    void setEmptyText(const QString &text);
    void setData(const StackedBars &data);
    // What the chart shows now, read back from the chart's own series (for tests).
    StackedBars shownData() const;
    // The names drawn beside horizontal bars, top to bottom, as they read on screen (for
    // tests: what the user sees, not what the chart was given).
    QStringList drawnCategoryLabels() const;
    // The whole name shown as the tooltip at `pos` (this widget's coordinates) over a
    // horizontal bar or its name; empty elsewhere.
    QString categoryToolTipAt(const QPoint &pos) const;
    bool isShowingEmptyState() const;

    // The chart as a PNG, at its size on screen; false and the reason when it cannot be
    // written.
    bool savePng(const QString &path, QString *error);

signals:
    void categoryClicked(int index);

private:
    QStackedWidget *m_stack;
    ChartCanvas *m_canvas;
    QLabel *m_empty;
};

} // namespace SeqDesk::Ui::Charts
