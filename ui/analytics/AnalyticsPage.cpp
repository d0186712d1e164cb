#include "analytics/AnalyticsPage.h"
#include "ColumnFit.h"

#include "FileDialogs.h"
#include "analytics/AnalyticsFilterBar.h"
#include "analytics/AnalyticsRowsModel.h"
#include "analytics/AnalyticsText.h"
#include "charts/StackedBarChart.h"
#include "core/Percent.h"

#include <QEvent>
#include <QGridLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace SeqDesk::Ui {

using namespace SeqDesk::Store;
using Charts::StackedBarChart;

namespace {

constexpr int kSequenceBars = 12; // the largest; the rest are in the table

StackedBarChart *newChart(QWidget *parent, const char *name, const QString &emptyText)
{
    auto *chart = new StackedBarChart(parent);
    chart->setObjectName(QLatin1String(name));
    chart->setEmptyText(emptyText);
    return chart;
}

} // namespace

AnalyticsPage::AnalyticsPage(QWidget *parent)
    : QWidget(parent)
    , m_filters(new AnalyticsFilterBar(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_bySequence(newChart(this, "sequenceChart", tr("No contacts in this range.")))
    , m_overTime(newChart(this, "timeChart", tr("No contacts in this range.")))
    , m_bySource(newChart(this, "sourceChart", tr("No contacts in this range.")))
    , m_reasons(newChart(this, "reasonChart", tr("Nothing was skipped or failed.")))
    , m_rows(new AnalyticsRowsModel(this))
{
    setObjectName(QStringLiteral("analyticsPage"));
    m_status->setObjectName(QStringLiteral("analyticsStatus"));
    m_stack->addWidget(createContent());
    m_stack->addWidget(createEmptyState());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);
    m_status->hide();

    connect(m_bySequence, &StackedBarChart::categoryClicked, this, [this](int index) {
        if (index >= 0 && index < m_sequenceIds.size())
            m_filters->setSequences({m_sequenceIds.at(index)});
    });
}

AnalyticsPage::~AnalyticsPage() = default;

QWidget *AnalyticsPage::createContent()
{
    auto *content = new QWidget;
    auto *kpis = new QHBoxLayout;
    const QList<std::pair<const char *, QString>> names {{"kpiEnrolled", tr("enrolled")},
                                                         {"kpiSkipped", tr("skipped")},
                                                         {"kpiFailed", tr("failed")},
                                                         {"kpiDeferred", tr("deferred")},
                                                         {"kpiSuccessRate", tr("success rate")}};
    for (const auto &[name, caption] : names) {
        auto *box = new QLabel(content);
        box->setObjectName(QLatin1String(name));
        box->setAlignment(Qt::AlignCenter);
        box->setFrameShape(QFrame::StyledPanel);
        box->setMinimumHeight(56);
        box->setProperty("caption", caption);
        kpis->addWidget(box);
        m_kpis.append(box);
    }
    // The sequences' and the days' bars get the whole width: their names are what the page
    // is about. Sources and reasons (short names) share a row.
    auto *charts = new QGridLayout;
    charts->addWidget(
        chartPanel(m_bySequence, tr("Per sequence"), "saveSequenceChart", tr("per-sequence.png")),
        0, 0, 1, 2);
    charts->addWidget(chartPanel(m_overTime, tr("Over time"), "saveTimeChart", tr("over-time.png")),
                      1, 0, 1, 2);
    charts->addWidget(
        chartPanel(m_bySource, tr("By source"), "saveSourceChart", tr("by-source.png")), 2, 0);
    charts->addWidget(
        chartPanel(m_reasons, tr("Why skipped or failed"), "saveReasonChart", tr("reasons.png")), 2,
        1);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("analyticsTable"));
    m_table->setAccessibleName(tr("Enrollments per sequence"));
    m_table->setModel(m_rows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AnalyticsRowsModel::SequenceColumn,
                                                      QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    // One line a row: a long name is elided (its tooltip is whole), not wrapped and cut.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setMinimumHeight(220);
    // Tab leaves the table (the arrow keys move in it): it does not trap the keyboard.
    m_table->setTabKeyNavigation(false);
    // Its widths are not kept in the settings: fitRowColumns() sets them from the room.
    m_table->viewport()->installEventFilter(this); // fitRowColumns() to its width
    m_rowsTitle = new QLabel(content);
    m_rowsTitle->setObjectName(QStringLiteral("analyticsRowsTitle"));
    auto *exportRows = new QPushButton(tr("Export CSV…"), content);
    exportRows->setObjectName(QStringLiteral("exportAnalyticsCsv"));
    connect(exportRows, &QPushButton::clicked, this, &AnalyticsPage::exportRows);
    auto *tableBar = new QHBoxLayout;
    tableBar->addWidget(m_rowsTitle, 1);
    tableBar->addWidget(exportRows);

    auto *inner = new QVBoxLayout(content);
    inner->addLayout(kpis);
    inner->addLayout(charts);
    inner->addLayout(tableBar);
    inner->addWidget(m_table);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget *AnalyticsPage::chartPanel(StackedBarChart *chart, const QString &title,
                                   const char *saveName, const QString &fileName)
{
    auto *panel = new QWidget;
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), panel);
    auto *save = new QToolButton(panel);
    save->setObjectName(QLatin1String(saveName));
    save->setText(tr("Save PNG…"));
    save->setAutoRaise(true);
    connect(save, &QToolButton::clicked, this, [this, chart, fileName] {
        const QString path = FileDialogs::saveFileName(this, tr("Save the chart"), fileName,
                                                       tr("PNG images (*.png)"));
        QString error;
        if (!path.isEmpty() && !chart->savePng(path, &error))
            QMessageBox::warning(this, tr("Save the chart"), error);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(save);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(chart, 1);
    return panel;
}

QWidget *AnalyticsPage::createEmptyState()
{
    auto *empty = new QWidget;
    empty->setObjectName(QStringLiteral("analyticsEmpty"));
    auto *text = new QLabel(tr("<h3>No enrollments yet</h3><p>Enroll contacts into a sequence "
                               "and SeqDesk shows here what worked: who was enrolled, skipped "
                               "or failed, and why, per sequence and over time.</p>"),
                            empty);
    text->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    text->setWordWrap(true);
    text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    auto *enroll = new QPushButton(tr("Enroll contacts…"), empty);
    enroll->setObjectName(QStringLiteral("analyticsEnrollButton"));
    connect(enroll, &QPushButton::clicked, this, &AnalyticsPage::enrollRequested);
    // The text ends a third of the way down, the button under it.
    auto *layout = new QVBoxLayout(empty);
    layout->addWidget(text, 1);
    layout->addWidget(enroll, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return empty;
}

void AnalyticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    emit shown();
}

void AnalyticsPage::showNoHistory()
{
    m_stack->setCurrentIndex(1);
    m_status->hide();
}

void AnalyticsPage::showError(const QString &message)
{
    m_status->setText(tr("The history could not be read: %1").arg(message));
    m_status->show();
}

void AnalyticsPage::showSnapshot(const AnalyticsSnapshot &snapshot, TimeBucket bucket,
                                 const QDate &firstDay, const QDate &lastDay)
{
    m_stack->setCurrentIndex(0);
    m_status->hide();
    const QLocale l;
    const OutcomeCounts &t = snapshot.totals;
    const QList<QString> values {
        l.toString(t.enrolled), l.toString(t.skipped), l.toString(t.failed), l.toString(t.deferred),
        t.enrolled + t.skipped + t.failed > 0 ? Percent::format(100.0 * t.successRate(), 1, l)
                                              : QStringLiteral("–")};
    for (int i = 0; i < m_kpis.size(); ++i) {
        m_kpis.at(i)->setText(QStringLiteral("<span style='font-size:x-large'><b>%1</b></span>"
                                             "<br>%2")
                                  .arg(values.at(i), m_kpis.at(i)->property("caption").toString()));
    }

    Charts::StackedBars sequences;
    QList<OutcomeCounts> counts;
    m_sequenceIds.clear();
    for (const SequenceOutcomes &s : snapshot.bySequence) {
        if (sequences.categories.size() == kSequenceBars)
            break;
        sequences.categories.append(s.name.isEmpty() ? s.sequenceId : s.name);
        m_sequenceIds.append(s.sequenceId);
        counts.append(s.counts);
    }
    // Largest on top of a horizontal chart: Qt Charts draws the first category at the bottom.
    std::reverse(sequences.categories.begin(), sequences.categories.end());
    std::reverse(m_sequenceIds.begin(), m_sequenceIds.end());
    std::reverse(counts.begin(), counts.end());
    sequences.series = AnalyticsText::outcomeSeries(counts);
    sequences.horizontal = true;
    m_bySequence->setData(sequences);

    // Every day (or week) of the range, also those without contacts: a gap is news too.
    Charts::StackedBars time;
    counts.clear();
    QHash<QDate, OutcomeCounts> byStart;
    for (const TimeOutcomes &p : snapshot.overTime)
        byStart.insert(p.start, p.counts);
    const auto startOf = [bucket](const QDate &day) {
        return bucket == TimeBucket::Day ? day : day.addDays(1 - day.dayOfWeek());
    };
    QDate first = firstDay.isValid() ? startOf(firstDay) : QDate();
    QDate last = lastDay.isValid() ? startOf(lastDay) : QDate();
    if (!snapshot.overTime.isEmpty()) {
        if (!first.isValid())
            first = snapshot.overTime.constFirst().start;
        if (!last.isValid())
            last = snapshot.overTime.constLast().start;
    }
    const int step = bucket == TimeBucket::Day ? 1 : 7;
    for (QDate d = first; d.isValid() && d <= last; d = d.addDays(step)) {
        time.categories.append(bucket == TimeBucket::Day
                                   ? l.toString(d, QStringLiteral("d MMM"))
                                   : tr("wk %1").arg(l.toString(d, QStringLiteral("d MMM"))));
        counts.append(byStart.value(d));
    }
    time.series = AnalyticsText::outcomeSeries(counts);
    m_overTime->setData(time);

    Charts::StackedBars sources;
    counts.clear();
    for (const SourceOutcomes &s : snapshot.bySource) {
        // largest on top
        sources.categories.prepend(AnalyticsText::sourceName(s.source, s.sourceName));
        counts.prepend(s.counts);
    }
    sources.series = AnalyticsText::outcomeSeries(counts);
    sources.horizontal = true;
    m_bySource->setData(sources);

    // A bar per reason as the user reads it (a code may both skip and fail contacts; codes
    // that read the same, such as a predicted "already_enrolled" and HubSpot's
    // "ALREADY_ENROLLED", share their bar), the most common on top.
    Charts::StackedBars reasons;
    Charts::BarSeries skipped {tr("Skipped"), QColor(0x9e, 0x9e, 0x9e), {}};
    Charts::BarSeries failed {tr("Failed"), QColor(0xc6, 0x28, 0x28), {}};
    QStringList names;
    QHash<QString, std::pair<int, int>> perName; // skipped, failed
    for (const ReasonCount &r : snapshot.reasons) {
        const QString name = AnalyticsText::reasonName(r.code);
        if (!perName.contains(name))
            names.append(name);
        (r.failed ? perName[name].second : perName[name].first) += r.count;
    }
    const auto total = [&perName](const QString &name) {
        return perName.value(name).first + perName.value(name).second;
    };
    std::stable_sort(names.begin(), names.end(),
                     [&total](const QString &a, const QString &b) { return total(a) > total(b); });
    names = names.mid(0, kSequenceBars);
    std::reverse(names.begin(), names.end());
    for (const QString &name : names) {
        reasons.categories.append(name);
        skipped.values.append(perName.value(name).first);
        failed.values.append(perName.value(name).second);
    }
    reasons.series = {skipped, failed};
    reasons.horizontal = true;
    m_reasons->setData(reasons);

    m_rows->setRows(snapshot.rows);
    fitRowColumns();
    m_rowsTitle->setText(
        snapshot.rowCount > snapshot.rows.size()
            ? tr("<b>Rows</b> (the newest %1 of %2; export for all)")
                  .arg(l.toString(snapshot.rows.size()), l.toString(snapshot.rowCount))
            : tr("<b>Rows</b> (%1)").arg(l.toString(snapshot.rowCount)));
}

bool AnalyticsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitRowColumns();
    return QWidget::eventFilter(watched, event);
}

void AnalyticsPage::fitRowColumns()
{
    // The day and the numbers as wide as they need; the sequence, sender and source share the
    // rest, each at most a third unless another needs less (the sequence stretches to the end).
    int left = m_table->viewport()->width();
    for (int column = 0; column < AnalyticsRowsModel::ColumnCount; ++column) {
        if (column == AnalyticsRowsModel::SequenceColumn
            || column == AnalyticsRowsModel::SenderColumn
            || column == AnalyticsRowsModel::SourceColumn)
            continue;
        m_table->resizeColumnToContents(column);
        left -= m_table->columnWidth(column);
    }
    const QHash<int, int> widths = ColumnFit::share(m_table,
                                                    {{AnalyticsRowsModel::SequenceColumn, 1},
                                                     {AnalyticsRowsModel::SenderColumn, 1},
                                                     {AnalyticsRowsModel::SourceColumn, 1}},
                                                    left);
    m_table->setColumnWidth(AnalyticsRowsModel::SenderColumn,
                            widths.value(AnalyticsRowsModel::SenderColumn));
    m_table->setColumnWidth(AnalyticsRowsModel::SourceColumn,
                            widths.value(AnalyticsRowsModel::SourceColumn));
}

void AnalyticsPage::exportRows()
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export the rows"), tr("enrollment-analytics.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        emit exportRequested(path); // every row of the filter, not only those shown
}

void AnalyticsPage::showExportResult(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export the rows"), error);
}

} // namespace SeqDesk::Ui
