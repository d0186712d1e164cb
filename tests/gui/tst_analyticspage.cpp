// The Analytics page offscreen on a mirror with a known history: every filter is set through
// the page's own widgets and the charts' series values are read back from the charts.
#include "FileDialogs.h"
#include "analytics/AnalyticsFilterBar.h"
#include "analytics/AnalyticsPage.h"
#include "analytics/AnalyticsPresenter.h"
#include "analytics/AnalyticsRowsModel.h"
#include "charts/StackedBarChart.h"
#include "core/Translations.h"
#include "jobs/DemoHistory.h"
#include "store/StoreWorker.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <tuple>

using namespace SeqDesk;
using namespace SeqDesk::Store;
using Ui::Charts::StackedBarChart;

namespace {

PortalRecord portalRecord(const QString &id, const QString &name)
{
    PortalRecord p;
    p.portalId = id;
    p.name = name;
    return p;
}

// One job of the fixture: where and when, and how many of each outcome.
struct JobSpec
{
    const char *portal;
    const char *sequence;
    const char *sender;
    EnrollmentSource source;
    const char *file;
    const char *label;
    int daysAgo; // local days before today, at noon
    int enrolled;
    int skipped;
    int failed;
    int deferred;
};

const QList<JobSpec> &fixture()
{
    static const QList<JobSpec> jobs {
        {"4242424", "101", "ana@acme.example", EnrollmentSource::Wizard, "", "", 1, 40, 5, 3, 0},
        {"4242424", "101", "ana@acme.example", EnrollmentSource::Cli, "leads.csv", "", 3, 20, 2, 0,
         4},
        {"4242424", "102", "bo@acme.example", EnrollmentSource::Wizard, "", "Spring push", 10, 12,
         6, 2, 0},
        {"4242424", "103", "bo@acme.example", EnrollmentSource::Cli, "", "", 50, 30, 0, 5, 0},
        {"777", "900", "cy@other.example", EnrollmentSource::Wizard, "", "", 2, 7, 1, 1, 0},
    };
    return jobs;
}

QDateTime localNoon(int daysAgo)
{
    return QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(12, 0)).toUTC();
}

class Fixture final
{
    Q_DISABLE_COPY_MOVE(Fixture)
public:
    Fixture() = default;

    bool open(bool withHistory)
    {
        std::optional<QString> opened;
        store.open(dir.filePath(QStringLiteral("mirror.sqlite")), &context,
                   [&](QString e) { opened = e; });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 10000) || !opened->isEmpty())
            return false;
        if (withHistory && !write())
            return false;
        page = std::make_unique<Ui::AnalyticsPage>();
        presenter = std::make_unique<Ui::AnalyticsPresenter>(&store, nullptr, page.get());
        page->resize(1180, 900);
        page->show();
        const PortalRecord demo
            = portalRecord(QStringLiteral("4242424"), QStringLiteral("Demo portal"));
        const PortalRecord other
            = portalRecord(QStringLiteral("777"), QStringLiteral("Other portal"));
        return refreshed([&] { presenter->setPortals({demo, other}, QStringLiteral("4242424")); });
    }

    // Runs `change` and waits until the page shows what follows from it.
    template<typename F> bool refreshed(F change)
    {
        QSignalSpy spy(presenter.get(), &Ui::AnalyticsPresenter::refreshed);
        change();
        return spy.wait(5000);
    }

    template<typename T> T *child(const char *name) const
    {
        auto *w = page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    // Series name -> values of the chart, as drawn.
    QHash<QString, QList<double>> series(const char *chart) const
    {
        QHash<QString, QList<double>> out;
        for (const auto &s : child<StackedBarChart>(chart)->shownData().series)
            out.insert(s.name, s.values);
        return out;
    }
    QStringList categories(const char *chart) const
    {
        return child<StackedBarChart>(chart)->shownData().categories;
    }
    QString kpi(const char *name) const { return child<QLabel>(name)->text(); }
    // The value of series `name` on the bar of `category` in `chart`; -1 when no such bar.
    double valueAt(const char *chart, const QString &category, const QString &name) const
    {
        const int i = int(categories(chart).indexOf(category));
        return i < 0 ? -1.0 : series(chart).value(name).value(i, -1.0);
    }

    // Ticks exactly the menu entries whose data is in `keys`, as a user would.
    bool pick(const char *button, const QStringList &keys)
    {
        return refreshed([&] {
            for (QAction *a : child<QToolButton>(button)->menu()->actions()) {
                if (a->isChecked() != keys.contains(a->data().toString()))
                    a->trigger(); // toggles and tells the menu
            }
        });
    }

    // Of the sequences 101, 102 and 103.
    QStringList sequenceNames {QStringLiteral("Inbound Demo Request"),
                               QStringLiteral("Webinar Follow-up"),
                               QStringLiteral("Cold Outreach Q4")};
    // Also write two jobs of the demo portal from HubSpot list 55, renamed between them.
    bool withListJobs = false;
    QTemporaryDir dir;
    QObject context;
    StoreWorker store;
    std::unique_ptr<Ui::AnalyticsPage> page;
    std::unique_ptr<Ui::AnalyticsPresenter> presenter;

private:
    bool write()
    {
        std::optional<bool> ok;
        store.run(
            [names = sequenceNames, lists = withListJobs](Stores &s) {
                bool good = true;
                for (const QString &portal : {QStringLiteral("4242424"), QStringLiteral("777")}) {
                    const PortalRecord p = portalRecord(portal,
                                                        portal == QLatin1String("777")
                                                            ? QStringLiteral("Other portal")
                                                            : QStringLiteral("Demo portal"));
                    good = good && s.portals.upsert(p);
                }
                QList<SequenceSnapshotItem> demo;
                for (int i = 0; i < names.size(); ++i) {
                    SequenceSnapshotItem item;
                    item.sequence.portalId = QStringLiteral("4242424");
                    item.sequence.sequenceId = QString::number(101 + i);
                    item.sequence.name = names.at(i);
                    item.sequence.stepCount = 3;
                    demo.append(item);
                }
                good = good
                    && s.sequences
                           .applySnapshot(QStringLiteral("4242424"), {}, demo,
                                          QDateTime::currentDateTimeUtc())
                           .has_value();
                int contact = 1000;
                for (const JobSpec &spec : fixture()) {
                    EnrollmentJobRecord job;
                    job.portalId = QLatin1String(spec.portal);
                    job.sequenceId = QLatin1String(spec.sequence);
                    job.senderEmail = QLatin1String(spec.sender);
                    job.source = spec.source;
                    job.sourceFileName = QLatin1String(spec.file);
                    job.label = QLatin1String(spec.label);
                    job.createdAt = localNoon(spec.daysAgo);
                    job.state = JobState::Completed;
                    QList<EnrollmentItemRecord> items;
                    const auto add = [&](ItemState state, int n, const QString &code) {
                        for (int i = 0; i < n; ++i) {
                            EnrollmentItemRecord item;
                            item.contactId = QString::number(++contact);
                            item.state = state;
                            item.hubspotCode = code;
                            item.attemptedAt = job.createdAt;
                            if (state != ItemState::Deferred)
                                item.finishedAt = job.createdAt;
                            items.append(item);
                        }
                    };
                    add(ItemState::Enrolled, spec.enrolled, QString());
                    add(ItemState::Skipped, spec.skipped, QStringLiteral("UNSUBSCRIBED"));
                    add(ItemState::Failed, spec.failed, QStringLiteral("INVALID_SENDER"));
                    add(ItemState::Deferred, spec.deferred, QString());
                    add(ItemState::Pending, 2, QString()); // never counted
                    good = good && s.enrollments.createJob(job, items).has_value();
                }
                // List 55: 6 enrolled and 1 skipped 5 days ago, then 4 enrolled 4 days ago.
                const std::tuple<int, const char *, int, int> listJobs[] {
                    {5, "Webinar no-shows", 6, 1}, {4, "Webinar no-shows (all)", 4, 0}};
                for (const auto &[daysAgo, name, enrolled, skipped] : listJobs) {
                    if (!lists)
                        continue;
                    EnrollmentJobRecord job;
                    job.portalId = QStringLiteral("4242424");
                    job.sequenceId = QStringLiteral("101");
                    job.senderEmail = QStringLiteral("ana@acme.example");
                    job.sourceListId = QStringLiteral("55");
                    job.sourceListName = QLatin1String(name);
                    job.createdAt = localNoon(daysAgo);
                    job.state = JobState::Completed;
                    QList<EnrollmentItemRecord> items;
                    for (int i = 0; i < enrolled + skipped; ++i) {
                        EnrollmentItemRecord item;
                        item.contactId = QString::number(++contact);
                        item.state = i < enrolled ? ItemState::Enrolled : ItemState::Skipped;
                        // As a dry run records a predicted skip: the same reason as HubSpot's
                        // UNSUBSCRIBED above, under another code.
                        if (item.state == ItemState::Skipped)
                            item.hubspotCode = QStringLiteral("unsubscribed");
                        item.finishedAt = job.createdAt;
                        items.append(item);
                    }
                    good = good && s.enrollments.createJob(job, items).has_value();
                }
                return good;
            },
            &context, [&](bool r) { ok = r; });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 10000) && *ok;
    }
};

// The fixture's counts for the jobs `keep` lets through.
template<typename Keep> OutcomeCounts expected(Keep keep)
{
    OutcomeCounts c;
    for (const JobSpec &j : fixture()) {
        if (!keep(j))
            continue;
        c.enrolled += j.enrolled;
        c.skipped += j.skipped;
        c.failed += j.failed;
        c.deferred += j.deferred;
    }
    return c;
}

QList<double> nonZero(const QList<double> &values)
{
    QList<double> out;
    std::copy_if(values.cbegin(), values.cend(), std::back_inserter(out),
                 [](double v) { return v != 0.0; });
    return out;
}

double sum(const QList<double> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0);
}

void shot(QWidget *widget, const char *name)
{
    QTest::qWait(50); // the layout of what was just shown
    if (const QString dir = qEnvironmentVariable("SEQDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
}

} // namespace

class TestAnalyticsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(qApp); }
    void chartsShowTheLast30DaysOfThePortal();
    void eachFilterNarrowsEveryChart();
    void clickingASequenceBarFiltersToIt();
    void exportsTheRowsAsCsvAndChartsAsPng();
    void emptyHistoryShowsTheEmptyState();
    void anotherPortalBringsItsOwnChoices();
    void openAnalyticsShowsThePortalsSequenceEvenWithoutHistory();
    void repeatedCategoryNamesStaySeparateBars();
    void aListSourceIsNamedAndFilteredByItsNewestName();
    void longNamesAreReadableAt1024Pixels();
    void demoPortalGetsASampleHistoryOnce();
};

void TestAnalyticsPage::chartsShowTheLast30DaysOfThePortal()
{
    Fixture f;
    QVERIFY(f.open(true));
    const auto demo30 = [](const JobSpec &j) {
        return qstrcmp(j.portal, "4242424") == 0 && j.daysAgo < 30;
    };
    const OutcomeCounts c = expected(demo30);
    QVERIFY2(f.kpi("kpiEnrolled").contains(QStringLiteral("<b>%1</b>").arg(c.enrolled)),
             qPrintable(f.kpi("kpiEnrolled")));
    QVERIFY(f.kpi("kpiFailed").contains(QStringLiteral("<b>%1</b>").arg(c.failed)));
    QVERIFY(f.kpi("kpiDeferred").contains(QStringLiteral("<b>%1</b>").arg(c.deferred)));

    // Per sequence: largest on top (the last category of a horizontal chart).
    QCOMPARE(f.categories("sequenceChart"),
             (QStringList {QStringLiteral("Webinar Follow-up"),
                           QStringLiteral("Inbound Demo Request")}));
    const auto bars = f.series("sequenceChart");
    QCOMPARE(bars.value(QStringLiteral("Enrolled")), (QList<double> {12, 60}));
    QCOMPARE(bars.value(QStringLiteral("Skipped")), (QList<double> {6, 7}));
    QCOMPARE(bars.value(QStringLiteral("Failed")), (QList<double> {2, 3}));
    QCOMPARE(bars.value(QStringLiteral("Deferred")), (QList<double> {0, 4}));

    // Over time: a bar for each of the 30 local days, those with contacts in order.
    QCOMPARE(f.categories("timeChart").size(), 30);
    const QList<double> perDay = f.series("timeChart").value(QStringLiteral("Enrolled"));
    QCOMPARE(nonZero(perDay), (QList<double> {12, 20, 40}));
    QCOMPARE(perDay.at(29 - 1), 40.0); // yesterday
    QCOMPARE(perDay.at(29 - 10), 12.0);
    // By source: wizard, the file and the label.
    const QStringList sources = f.categories("sourceChart");
    QCOMPARE(sources.size(), 3);
    QVERIFY(sources.contains(QStringLiteral("File: leads.csv")));
    QVERIFY(sources.contains(QStringLiteral("Label: Spring push")));
    QCOMPARE(sum(f.series("sourceChart").value(QStringLiteral("Enrolled"))), double(c.enrolled));
    // Reasons.
    QCOMPARE(sum(f.series("reasonChart").value(QStringLiteral("Skipped"))), double(c.skipped));
    QCOMPARE(sum(f.series("reasonChart").value(QStringLiteral("Failed"))), double(c.failed));
    // The table: a row per job and day.
    QCOMPARE(f.child<QTableView>("analyticsTable")->model()->rowCount(), 3);
    shot(f.page.get(), "analytics-fixture.png");
}

void TestAnalyticsPage::eachFilterNarrowsEveryChart()
{
    Fixture f;
    QVERIFY(f.open(true));
    const auto enrolledShown = [&f] {
        return int(sum(f.series("sequenceChart").value(QStringLiteral("Enrolled"))));
    };
    auto *range = f.child<QComboBox>("rangeFilter");

    // Range: 7 days, 90 days, all time, custom.
    QVERIFY(f.refreshed([&] { range->setCurrentIndex(0); }));
    QCOMPARE(enrolledShown(), 60); // jobs 1 and 3 days ago
    QVERIFY(f.refreshed([&] { range->setCurrentIndex(2); }));
    QCOMPARE(enrolledShown(), 102); // also 10 and 50 days ago
    QCOMPARE(f.categories("sequenceChart").size(), 3);
    QVERIFY(f.refreshed([&] { range->setCurrentIndex(3); }));
    QCOMPARE(enrolledShown(), 102);
    QVERIFY(f.refreshed([&] {
        f.page->filterBar()->setCustomRange(QDate::currentDate().addDays(-10),
                                            QDate::currentDate().addDays(-2));
    }));
    QVERIFY(f.child<QDateEdit>("fromDate")->isVisible());
    QCOMPARE(enrolledShown(), 32); // 10 and 3 days ago
    QCOMPARE(f.categories("timeChart").size(), 9);
    QCOMPARE(nonZero(f.series("timeChart").value(QStringLiteral("Enrolled"))),
             (QList<double> {12, 20}));

    // Sequences (two of them), then sources, then senders, each alone and combined.
    QVERIFY(f.refreshed([&] { range->setCurrentIndex(3); })); // all time
    QVERIFY(f.pick("sequenceFilter", {QStringLiteral("102"), QStringLiteral("103")}));
    QCOMPARE(enrolledShown(), 42);
    QCOMPARE(f.child<QToolButton>("sequenceFilter")->text(), QStringLiteral("Sequences: 2"));
    QVERIFY(f.pick("sourceFilter", {QStringLiteral("cli")}));
    QCOMPARE(enrolledShown(), 30); // sequence 103 from the CLI
    QCOMPARE(f.categories("sourceChart"), QStringList {QStringLiteral("seqdesk-cli")});
    QVERIFY(f.pick("sequenceFilter", {}));
    QCOMPARE(enrolledShown(), 30); // the file-sourced CLI job is "file:", not "cli"
    QVERIFY(f.pick("sourceFilter", {}));
    QVERIFY(f.pick("senderFilter", {QStringLiteral("ana@acme.example")}));
    QCOMPARE(enrolledShown(), 60);
    QCOMPARE(int(sum(f.series("reasonChart").value(QStringLiteral("Failed")))), 3);

    // Portal: every portal, then the other one.
    QVERIFY(f.pick("senderFilter", {}));
    auto *portal = f.child<QComboBox>("portalFilter");
    QVERIFY(f.refreshed([&] { portal->setCurrentIndex(portal->findData(QString())); }));
    QCOMPARE(enrolledShown(), 109);
    QVERIFY(f.refreshed([&] { portal->setCurrentIndex(portal->findData(QStringLiteral("777"))); }));
    QCOMPARE(enrolledShown(), 7);
    QVERIFY(f.kpi("kpiSuccessRate").contains(QStringLiteral("77.8%")));

    // Clear filters: the last 30 days of every portal still chosen (portal stays).
    QVERIFY(f.refreshed(
        [&] { QTest::mouseClick(f.child<QPushButton>("clearAnalyticsFilters"), Qt::LeftButton); }));
    QCOMPARE(range->currentIndex(), 1);
    QCOMPARE(enrolledShown(), 7);
}

void TestAnalyticsPage::clickingASequenceBarFiltersToIt()
{
    Fixture f;
    QVERIFY(f.open(true));
    auto *chart = f.child<StackedBarChart>("sequenceChart");
    QCOMPARE(f.categories("sequenceChart").at(0), QStringLiteral("Webinar Follow-up"));
    QVERIFY(f.refreshed([&] { emit chart->categoryClicked(0); }));
    QCOMPARE(f.categories("sequenceChart"), QStringList {QStringLiteral("Webinar Follow-up")});
    QCOMPARE(f.page->filterBar()->filter(QDate::currentDate()).sequenceIds,
             QStringList {QStringLiteral("102")});
    QCOMPARE(f.child<QTableView>("analyticsTable")->model()->rowCount(), 1);
}

void TestAnalyticsPage::exportsTheRowsAsCsvAndChartsAsPng()
{
    Fixture f;
    QVERIFY(f.open(true));
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("rows.csv"));
    Ui::FileDialogs::setNextAnswer(csv);
    QTest::mouseClick(f.child<QPushButton>("exportAnalyticsCsv"), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 3);
    QVERIFY(lines.at(0).startsWith(
        "day,portal_id,sequence_id,sequence_name,sender,source,source_name,job_id"));
    const QString png = out.filePath(QStringLiteral("chart.png"));
    Ui::FileDialogs::setNextAnswer(png);
    QTest::mouseClick(f.child<QToolButton>("saveSequenceChart"), Qt::LeftButton);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
}

void TestAnalyticsPage::emptyHistoryShowsTheEmptyState()
{
    Fixture f;
    QVERIFY(f.open(false));
    QTRY_VERIFY(f.child<QWidget>("analyticsEmpty")->isVisible());
    QVERIFY(f.child<QPushButton>("analyticsEnrollButton")->isVisible());

    shot(f.page.get(), "analytics-empty.png");
}

namespace {

QStringList menuKeys(Fixture &f, const char *button)
{
    QStringList keys;
    for (const QAction *a : f.child<QToolButton>(button)->menu()->actions())
        keys.append(a->data().toString() + (a->isChecked() ? QStringLiteral("*") : QString()));
    return keys;
}

} // namespace

void TestAnalyticsPage::anotherPortalBringsItsOwnChoices()
{
    Fixture f;
    QVERIFY(f.open(true));
    QVERIFY(f.refreshed([&] { f.child<QComboBox>("rangeFilter")->setCurrentIndex(3); }));
    QVERIFY(f.pick("sequenceFilter", {QStringLiteral("101")}));
    // The filter bar's portal box: the other portal's sequences and senders, none ticked.
    auto *portal = f.child<QComboBox>("portalFilter");
    QVERIFY(f.refreshed([&] { portal->setCurrentIndex(portal->findData(QStringLiteral("777"))); }));
    QCOMPARE(menuKeys(f, "sequenceFilter"), QStringList {QStringLiteral("900")});
    QCOMPARE(menuKeys(f, "senderFilter"), QStringList {QStringLiteral("cy@other.example")});
    QCOMPARE(f.child<QToolButton>("sequenceFilter")->text(), QStringLiteral("All sequences"));
    QVERIFY(f.kpi("kpiEnrolled").contains(QStringLiteral("<b>7</b>")));
    // The main window's portal switcher (setPortals), with a sequence ticked before.
    QVERIFY(
        f.refreshed([&] { portal->setCurrentIndex(portal->findData(QStringLiteral("4242424"))); }));
    QVERIFY(f.pick("sequenceFilter", {QStringLiteral("101")}));
    QVERIFY(f.refreshed([&] {
        f.presenter->setPortals({portalRecord(QStringLiteral("4242424"), QStringLiteral("Demo")),
                                 portalRecord(QStringLiteral("777"), QStringLiteral("Other"))},
                                QStringLiteral("777"));
    }));
    QVERIFY(f.page->filterBar()->filter(QDate::currentDate()).sequenceIds.isEmpty());
    QVERIFY(f.kpi("kpiEnrolled").contains(QStringLiteral("<b>7</b>")));
}

void TestAnalyticsPage::aListSourceIsNamedAndFilteredByItsNewestName()
{
    Fixture f;
    f.withListJobs = true;
    QVERIFY(f.open(true));
    const QString name = QStringLiteral("List: Webinar no-shows (all)");
    const QString key = QStringLiteral("list:4242424:55");

    // By source: the list's two jobs are one bar, under the name of the newer one.
    const QStringList sources = f.categories("sourceChart");
    QCOMPARE(sources.size(), 4); // wizard, the file, the label and the list
    QCOMPARE(int(sources.count(name)), 1);
    QVERIFY(!sources.contains(QStringLiteral("List: Webinar no-shows")));
    QCOMPARE(f.valueAt("sourceChart", name, QStringLiteral("Enrolled")), 10.0);
    QCOMPARE(f.valueAt("sourceChart", name, QStringLiteral("Skipped")), 1.0);
    // Codes that read the same share one bar: HubSpot's UNSUBSCRIBED and the predicted
    // "unsubscribed" of the list's job.
    QStringList reasons = f.categories("reasonChart");
    QCOMPARE(int(reasons.count(QStringLiteral("Unsubscribed"))), 1);
    QCOMPARE(int(reasons.removeDuplicates()), 0);
    const OutcomeCounts demo30 = expected(
        [](const JobSpec &j) { return qstrcmp(j.portal, "4242424") == 0 && j.daysAgo < 30; });
    QCOMPARE(f.valueAt("reasonChart", QStringLiteral("Unsubscribed"), QStringLiteral("Skipped")),
             double(demo30.skipped + 1));

    // The source filter offers it by that name, and narrows every chart and the table to it.
    QString offered;
    for (const QAction *a : f.child<QToolButton>("sourceFilter")->menu()->actions()) {
        if (a->data().toString() == key)
            offered = a->text();
    }
    QCOMPARE(offered, name);
    QVERIFY(f.pick("sourceFilter", {key}));
    QCOMPARE(f.categories("sourceChart"), QStringList {name});
    QCOMPARE(sum(f.series("sequenceChart").value(QStringLiteral("Enrolled"))), 10.0);
    QCOMPARE(f.categories("sequenceChart"), QStringList {QStringLiteral("Inbound Demo Request")});
    QVERIFY(f.kpi("kpiEnrolled").contains(QStringLiteral("<b>10</b>")));
    QAbstractItemModel *table = f.child<QTableView>("analyticsTable")->model();
    QCOMPARE(table->rowCount(), 2);
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(table->index(row, Ui::AnalyticsRowsModel::SourceColumn).data().toString(), name);
    // The CSV export keeps the key and gives the name beside it.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("rows.csv"));
    Ui::FileDialogs::setNextAnswer(csv);
    QTest::mouseClick(f.child<QPushButton>("exportAnalyticsCsv"), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 2);
    for (const QByteArray &line : lines.mid(1))
        QVERIFY2(QString::fromUtf8(line).contains(key + QLatin1Char(',') + name + QLatin1Char(',')),
                 line.constData());
    shot(f.page.get(), "analytics-list-source.png");
}

void TestAnalyticsPage::openAnalyticsShowsThePortalsSequenceEvenWithoutHistory()
{
    Fixture f;
    QVERIFY(f.open(true));
    auto *portal = f.child<QComboBox>("portalFilter");
    QVERIFY(f.refreshed([&] { portal->setCurrentIndex(portal->findData(QStringLiteral("777"))); }));
    // The wizard's job was on the other portal than the one shown.
    QVERIFY(f.refreshed(
        [&] { f.presenter->showSequence(QStringLiteral("4242424"), QStringLiteral("102")); }));
    QCOMPARE(portal->count(), 3); // every portal still to choose from
    QCOMPARE(f.page->filterBar()->portalId(), QStringLiteral("4242424"));
    QCOMPARE(f.categories("sequenceChart"), QStringList {QStringLiteral("Webinar Follow-up")});
    // A sequence with nothing counted yet stays chosen (the page says there is nothing).
    QVERIFY(f.refreshed(
        [&] { f.presenter->showSequence(QStringLiteral("4242424"), QStringLiteral("555")); }));
    QCOMPARE(f.page->filterBar()->filter(QDate::currentDate()).sequenceIds,
             QStringList {QStringLiteral("555")});
    QVERIFY(f.kpi("kpiEnrolled").contains(QStringLiteral("<b>0</b>")));
}

void TestAnalyticsPage::repeatedCategoryNamesStaySeparateBars()
{
    StackedBarChart chart;
    chart.resize(600, 400);
    chart.show();
    Ui::Charts::StackedBars data;
    data.horizontal = true;
    data.categories
        = {QStringLiteral("Welcome"), QStringLiteral("Other"), QStringLiteral("Welcome")};
    data.series = {{QStringLiteral("Enrolled"), Qt::darkGreen, {5, 10, 20}}};
    chart.setData(data);
    const auto *view = chart.findChild<QChartView *>();
    QVERIFY(view);
    const QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : view->chart()->axes()) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(a))
            axis = c;
    }
    QVERIFY(axis);
    QCOMPARE(axis->count(), 3); // one label per bar, so no bar shifts under another's name
}

void TestAnalyticsPage::longNamesAreReadableAt1024Pixels()
{
    Fixture f;
    // Names as sales teams write them: long, with shared prefixes; the last one too long for
    // any chart.
    f.sequenceNames = {QStringLiteral("[OUTBOUND] Cold - SaaS CFOs - Q4 renewal push"),
                       QStringLiteral("[OUTBOUND] Cold - SaaS CFOs - Q1 new logos"),
                       QStringLiteral("[OUTBOUND] Cold - Manufacturing (DACH) - plant managers, "
                                      "second touch after the trade show")};
    for (const QString &name : f.sequenceNames)
        QVERIFY(name.size() >= 40);
    QVERIFY(f.open(true));
    QVERIFY(f.refreshed([&] { f.child<QComboBox>("rangeFilter")->setCurrentIndex(3); })); // all
    f.page->resize(1024, 768);
    auto *chart = f.child<StackedBarChart>("sequenceChart");
    QStringList topDown = chart->shownData().categories; // bottom to top in the chart's data
    std::reverse(topDown.begin(), topDown.end());
    QCOMPARE(topDown.size(), 3);

    // Each drawn name is the whole name, or the name shortened in the middle (so the shared
    // prefix does not make two alike); never clipped, one beside each bar, in the bars' order.
    const auto shortened = [](const QString &label, const QString &name) {
        const int cut = int(label.indexOf(QChar(0x2026)));
        return cut > 5 && cut < label.size() - 5 && name.startsWith(label.left(cut))
            && name.endsWith(label.mid(cut + 1));
    };
    const QString tooLong = f.sequenceNames.at(2);
    QTRY_COMPARE(chart->drawnCategoryLabels().size(), 3);
    QStringList drawn = chart->drawnCategoryLabels();
    for (int i = 0; i < 3; ++i) {
        if (topDown.at(i) == tooLong)
            QVERIFY2(shortened(drawn.at(i), tooLong), qPrintable(drawn.at(i)));
        else
            QCOMPARE(drawn.at(i), topDown.at(i)); // 42 and 46 characters fit whole at 1024 px
    }
    shot(f.page.get(), "analytics-long-names.png");
    // By source and the reasons: a name drawn beside every bar too.
    for (const char *name : {"sourceChart", "reasonChart"}) {
        auto *other = f.child<StackedBarChart>(name);
        QCOMPARE(other->drawnCategoryLabels().size(), other->shownData().categories.size());
    }

    // Narrower: every name shortened in the middle, each still drawn and different, and the
    // whole name in the tooltip over its bar and its label.
    f.page->resize(640, 768);
    QTRY_VERIFY(chart->drawnCategoryLabels() != drawn);
    drawn = chart->drawnCategoryLabels();
    QCOMPARE(drawn.size(), 3);
    QCOMPARE(QSet<QString>(drawn.cbegin(), drawn.cend()).size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(shortened(drawn.at(i), topDown.at(i)), qPrintable(drawn.at(i)));
    for (const int x : {20, chart->width() / 2}) { // on the labels, on the bars
        QSet<QString> tips;
        for (int y = 0; y < chart->height(); y += 2) {
            if (const QString tip = chart->categoryToolTipAt(QPoint(x, y)); !tip.isEmpty())
                tips.insert(tip);
        }
        QCOMPARE(tips, QSet<QString>(topDown.cbegin(), topDown.cend()));
    }
    shot(f.page.get(), "analytics-narrow.png");
}

void TestAnalyticsPage::demoPortalGetsASampleHistoryOnce()
{
    Fixture f;
    QVERIFY(f.open(false));
    const QString portal = QStringLiteral("4242424");
    std::optional<std::pair<int, int>> seeded;
    f.store.run(
        [portal](Stores &s) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const int before = Jobs::seedDemoHistory(s, portal, now); // nothing synced yet
            s.portals.upsert(portalRecord(portal, QStringLiteral("Demo portal")));
            OwnerRecord owner;
            owner.portalId = portal;
            owner.ownerId = QStringLiteral("1");
            owner.userId = 9001;
            owner.email = QStringLiteral("Ana@Acme.example");
            owner.type = QStringLiteral("PERSON");
            owner.active = true;
            SequenceSnapshotItem item;
            item.sequence.portalId = portal;
            item.sequence.sequenceId = QStringLiteral("101");
            item.sequence.name = QStringLiteral("Inbound Demo Request");
            item.sequence.stepCount = 3;
            s.sequences.applySnapshot(portal, {owner}, {item}, now);
            const int first = Jobs::seedDemoHistory(s, portal, now);
            const int second = Jobs::seedDemoHistory(s, portal, now);
            return std::make_pair(before + second, first);
        },
        &f.context, [&](std::pair<int, int> r) { seeded = r; });
    QTRY_VERIFY(seeded.has_value());
    QCOMPARE(seeded->first, 0); // before the first sync, and once written
    QCOMPARE(seeded->second, 40);
    QVERIFY(f.refreshed([&] {
        f.presenter->setPortals({portalRecord(portal, QStringLiteral("Demo portal"))}, portal);
    }));
    QVERIFY(!f.child<QWidget>("analyticsEmpty")->isVisible());
    QCOMPARE(f.categories("sequenceChart"), QStringList {QStringLiteral("Inbound Demo Request")});
    QVERIFY(sum(f.series("sequenceChart").value(QStringLiteral("Enrolled"))) > 100);
    QVERIFY(sum(f.series("reasonChart").value(QStringLiteral("Skipped"))) > 0);
}

QTEST_MAIN(TestAnalyticsPage)
#include "tst_analyticspage.moc"
