#include "charts/StackedBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPixmap>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace SeqDesk::Ui::Charts {

namespace {

constexpr int kLabelledBars = 6; // beyond, vertical bars are labelled in groups

} // namespace

// The Qt Charts view, kept out of the header so no page includes Qt Charts.
class ChartCanvas final : public QChartView
{
public:
    explicit ChartCanvas(QWidget *parent)
        : QChartView(new QChart, parent)
    {
        setRenderHint(QPainter::Antialiasing);
        chart()->legend()->setAlignment(Qt::AlignBottom);
        chart()->setMargins(QMargins(4, 4, 4, 4));
        chart()->setBackgroundRoundness(0);
        chart()->setAnimationOptions(QChart::NoAnimation);
        setMinimumHeight(220);
    }

    QAbstractBarSeries *series() const
    {
        const auto all = chart()->series();
        return all.isEmpty() ? nullptr : static_cast<QAbstractBarSeries *>(all.first());
    }
    QStringList categories;
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
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(data.title);
    m_canvas->categories = data.categories;

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
    // The axes drop a repeated label (and the bars after it would shift): two sequences of
    // one name stay two categories, told apart by zero-width spaces.
    QStringList unique;
    for (const QString &c : data.categories) {
        QString label = c;
        while (unique.contains(label))
            label += QChar(0x200B);
        unique.append(label);
    }
    QAbstractAxis *categories = nullptr;
    const int n = int(data.categories.size());
    if (!data.horizontal && n > kLabelledBars) {
        // Too many bars to name each (a month of days): a label per group of bars.
        // Each label stands under its own bar (bars sit at 0, 1, ...).
        auto *groups = new QCategoryAxis;
        groups->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        groups->setRange(-0.5, n - 0.5);
        groups->setStartValue(-0.5);
        const int step = (n + kLabelledBars - 1) / kLabelledBars;
        for (int i = 0; i < n; i += step)
            groups->append(unique.at(i), i);
        categories = groups;
    } else {
        auto *names = new QBarCategoryAxis;
        names->append(unique);
        categories = names;
    }
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setRange(0, largest > 0 ? largest : 1);
    values->applyNiceNumbers();
    chart->addAxis(categories, data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    connect(series, &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet *) { emit categoryClicked(index); });

    m_stack->setCurrentWidget(largest > 0 ? static_cast<QWidget *>(m_canvas) : m_empty);
}

StackedBars StackedBarChart::shownData() const
{
    StackedBars out;
    out.title = m_canvas->chart()->title();
    out.categories = m_canvas->categories;
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
