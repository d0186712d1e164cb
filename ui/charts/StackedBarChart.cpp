#include "charts/StackedBarChart.h"

#include "charts/CategoryLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPixmap>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace SeqDesk::Ui::Charts {

namespace {

constexpr int kLabelledBars = 6; // beyond, vertical bars are labelled in groups
constexpr int kMinimumHeight = 220;
constexpr int kChrome = 110; // title, legend, value axis and margins around the bars
constexpr int kRowGap = 8; // between the names of two horizontal bars
constexpr int kAxisPadding = 24; // of the names' 40 %: margins, tick marks, label padding

} // namespace

// The Qt Charts view, kept out of the header so no page includes Qt Charts. Horizontal bars
// are named down the left side: the names are shortened in the middle here, to the room the
// chart's width leaves them (Qt Charts would cut every long one to "…"), and each bar gets
// the height of its name, so no name is hidden behind its neighbour's.
class ChartCanvas final : public QChartView
{
public:
    explicit ChartCanvas(QWidget *parent)
        : QChartView(new QChart, parent)
    {
        setRenderHint(QPainter::Antialiasing);
        // Readable on a dark palette too: the chart's theme follows the palette's base.
        const QColor base = palette().color(QPalette::Base);
        if (base.lightnessF() < 0.5)
            chart()->setTheme(QChart::ChartThemeDark);
        chart()->setBackgroundBrush(base);
        setMouseTracking(true);
        chart()->legend()->setAlignment(Qt::AlignBottom);
        chart()->setMargins(QMargins(4, 4, 4, 4));
        chart()->setBackgroundRoundness(0);
        chart()->setAnimationOptions(QChart::NoAnimation);
        chart()->setLocalizeNumbers(true); // the value axis: "2.000" in German
        chart()->setLocale(QLocale());
        setMinimumHeight(kMinimumHeight);
    }

    QAbstractBarSeries *series() const
    {
        const auto all = chart()->series();
        return all.isEmpty() ? nullptr : static_cast<QAbstractBarSeries *>(all.first());
    }

    void setNames(QBarCategoryAxis *axis, const QStringList &names)
    {
        m_names = names;
        m_nameAxis = axis;
        if (axis) {
            axis->setTruncateLabels(false); // shortened here, in the middle
            const int row = QFontMetrics(axis->labelsFont()).height() + kRowGap;
            setMinimumHeight(std::max(kMinimumHeight, int(names.size()) * row + kChrome));
        } else {
            setMinimumHeight(kMinimumHeight);
        }
        relabel();
    }

    // The whole name of the horizontal bar at `pos` (on the bar or on its name), if any.
    QString nameAt(const QPoint &pos) const
    {
        if (!m_nameAxis || m_names.isEmpty())
            return QString();
        const QPointF p = chart()->mapFromScene(mapToScene(pos));
        const QRectF plot = chart()->plotArea();
        if (p.y() < plot.top() || p.y() >= plot.bottom() || p.x() < 0)
            return QString();
        // The first category is drawn at the bottom.
        const int n = int(m_names.size());
        const int index = int((plot.bottom() - p.y()) / (plot.height() / n));
        return index >= 0 && index < n ? m_names.at(index) : QString();
    }

    QStringList names() const { return m_names; }

    QStringList drawnNames() const
    {
        QList<QGraphicsTextItem *> labels;
        const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
        for (QGraphicsItem *item : scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                continue;
            const QRectF r = text->sceneBoundingRect();
            if (r.center().x() < plot.left() && r.center().y() > plot.top()
                && r.center().y() < plot.bottom())
                labels.append(text);
        }
        std::sort(labels.begin(), labels.end(), [](QGraphicsTextItem *a, QGraphicsTextItem *b) {
            return a->sceneBoundingRect().center().y() < b->sceneBoundingRect().center().y();
        });
        QStringList out;
        for (QGraphicsTextItem *label : labels) {
            // Outside the view the name is cut off, as good as not drawn.
            if (label->sceneBoundingRect().left() >= 0)
                out.append(label->toPlainText());
        }
        return out;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QChartView::resizeEvent(event);
        relabel();
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        QChartView::mouseMoveEvent(event);
        const QString name = nameAt(event->pos());
        if (name.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), name, this);
    }

private:
    void relabel()
    {
        if (!m_nameAxis)
            return;
        // Qt Charts gives the axes at most 40 % of the width (its layout's "golden ratio"),
        // less the axis' padding and the chart's margins; the bars keep the rest.
        const int room = std::max(60, width() * 2 / 5 - kAxisPadding);
        const QStringList labels
            = CategoryLabels::fit(m_names, QFontMetrics(m_nameAxis->labelsFont()), room);
        if (labels != m_nameAxis->categories())
            m_nameAxis->setCategories(labels);
    }

    QStringList m_names; // whole, in the axis' order
    QBarCategoryAxis *m_nameAxis = nullptr;
};

StackedBarChart::StackedBarChart(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_canvas(new ChartCanvas(this))
    , m_empty(new QLabel(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px;"));
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

StackedBarChart::~StackedBarChart() = default;

void StackedBarChart::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void StackedBarChart::setData(const StackedBars &data)
{
    QChart *chart = m_canvas->chart();
    chart->removeAllSeries(); // deletes them
    m_canvas->setNames(nullptr, {}); // the axis it fits names into goes now
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // hands the axis back without deleting it
        delete axis;
    }
    chart->setTitle(data.title);

    double largest = 0;
    std::vector<double> stacked(size_t(data.categories.size()), 0.0);
    for (const BarSeries &s : data.series) {
        for (int i = 0; i < s.values.size() && i < data.categories.size(); ++i)
            stacked[size_t(i)] += s.values.at(i);
    }
    for (double v : stacked)
        largest = std::max(largest, v);

    QAbstractBarSeries *series = data.horizontal
        ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
        : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    for (const BarSeries &s : data.series) {
        auto *set = new QBarSet(s.name);
        set->setColor(s.color);
        set->setBorderColor(s.color);
        for (int i = 0; i < data.categories.size(); ++i)
            set->append(i < s.values.size() ? s.values.at(i) : 0.0);
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QAbstractAxis *categories = nullptr;
    QBarCategoryAxis *names = nullptr;
    const int n = int(data.categories.size());
    if (!data.horizontal && n > kLabelledBars) {
        // Too many bars to name each (a month of days): a label per group of bars.
        // Each label stands under its own bar (bars sit at 0, 1, ...).
        const QStringList unique = CategoryLabels::unique(data.categories);
        auto *groups = new QCategoryAxis;
        groups->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        groups->setRange(-0.5, n - 0.5);
        groups->setStartValue(-0.5);
        const int step = (n + kLabelledBars - 1) / kLabelledBars;
        for (int i = 0; i < n; i += step)
            groups->append(unique.at(i), i);
        categories = groups;
    } else {
        names = new QBarCategoryAxis;
        names->append(CategoryLabels::unique(data.categories));
        categories = names;
    }
    auto *values = new QValueAxis;
    // Localized numbers take only "%.<precision><type>" (a "%d" comes out empty).
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setRange(0, largest > 0 ? largest : 1);
    values->applyNiceNumbers();
    chart->addAxis(categories, data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    m_canvas->setNames(data.horizontal ? names : nullptr, data.categories);
    connect(series, &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet *) { emit categoryClicked(index); });
    if (data.horizontal) {
        connect(series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
            const QStringList all = m_canvas->names();
            if (on && index >= 0 && index < all.size())
                QToolTip::showText(QCursor::pos(), all.at(index), m_canvas);
            else
                QToolTip::hideText();
        });
    }

    m_stack->setCurrentWidget(largest > 0 ? static_cast<QWidget *>(m_canvas) : m_empty);
}

StackedBars StackedBarChart::shownData() const
{
    StackedBars out;
    out.title = m_canvas->chart()->title();
    out.categories = m_canvas->names();
    if (QAbstractBarSeries *series = m_canvas->series()) {
        out.horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
        for (QBarSet *set : series->barSets()) {
            BarSeries s;
            s.name = set->label();
            s.color = set->color();
            for (int i = 0; i < set->count(); ++i)
                s.values.append(set->at(i));
            out.series.append(s);
        }
    }
    return out;
}

QStringList StackedBarChart::drawnCategoryLabels() const
{
    return m_canvas->drawnNames();
}

QString StackedBarChart::categoryToolTipAt(const QPoint &pos) const
{
    return m_canvas->nameAt(m_canvas->mapFrom(this, pos));
}

bool StackedBarChart::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

bool StackedBarChart::savePng(const QString &path, QString *error)
{
    const QPixmap pixmap = m_stack->currentWidget()->grab();
    if (pixmap.save(path, "PNG"))
        return true;
    if (error)
        *error = tr("Could not write the image %1.").arg(path);
    return false;
}

} // namespace SeqDesk::Ui::Charts
