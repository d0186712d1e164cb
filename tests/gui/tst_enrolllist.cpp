// The enrollment wizard's "A HubSpot list" offscreen against the demo sandbox: the list
// picker (search as you type, relevance then name, paged as the table scrolls), reading a
// list's members with progress and Cancel, a whole job from a list, and a token without the
// lists scope.
#include "../sandbox/DemoLookup.h"
#include "../sandbox/HttpProbe.h"
#include "GuiHarness.h"
#include "WizardDriver.h"
#include "core/Translations.h"
#include "enroll/EnrollPresenter.h"
#include "enroll/EnrollWizard.h"
#include "enroll/ListPickerModel.h"
#include "jobs/JobRunner.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>

using namespace SeqDesk;
using namespace WizardDriver;
using GuiHarness::App;
using Ui::EnrollWizard;
using Ui::ListPickerModel;

namespace {

// The demo list of `name` (a prefix of it).
const Sandbox::ContactList *demoList(const App &app, const QString &name)
{
    for (const Sandbox::ContactList &l : app.server.state().data().lists) {
        if (l.name.startsWith(name))
            return &l;
    }
    return nullptr;
}

QStringList shownLists(QTableView *table)
{
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << table->model()->index(row, ListPickerModel::NameColumn).data().toString();
    return names;
}

// Clicks the list's row, as a user picks it.
bool pickList(QTableView *table, const QString &name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ListPickerModel::NameColumn);
        if (index.data().toString().startsWith(name)) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
            return table->currentIndex().row() == row;
        }
    }
    return false;
}

// The wizard on the contacts page with "A HubSpot list" chosen.
EnrollWizard *openOnListSource(App &app)
{
    const Sandbox::Sequence *sequence = DemoLookup::teamSequenceWithSteps(app.server.state());
    EnrollWizard *wizard = sequence ? openWizardOn(app, QString::number(sequence->id)) : nullptr;
    if (!wizard || !walkToContacts(app, wizard))
        return nullptr;
    QTest::mouseClick(in<QRadioButton>(wizard, "listSource"), Qt::LeftButton);
    return wizard;
}

int routeRequests(const App &app, const char *route)
{
    return app.server.stats().requests.value(QLatin1String(route));
}

} // namespace

class TestEnrollList final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(qApp); } // English plural forms
    void wizardEnrollsTheMembersOfAList();
    void pickerSearchesOrdersAndPages();
    void largeListShowsProgressAndCancels();
    void tokenWithoutTheListsScopeIsToldWhatToAdd();
    void longListNamesFitAt1024Pixels();
};

void TestEnrollList::wizardEnrollsTheMembersOfAList()
{
    App app;
    QVERIFY(app.start() && app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    app.window->resize(1024, 768);
    const Sandbox::ContactList *board = demoList(app, QStringLiteral("Customer advisory board"));
    QVERIFY(board);
    const int acceptedBefore = int(app.server.acceptedEnrollments().size());

    EnrollWizard *wizard = openOnListSource(app);
    QVERIFY(wizard);
    wizard->resize(1024, 700);
    auto *next = wizard->button(QWizard::NextButton);
    auto *table = in<QTableView>(wizard, "listTable");
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QVERIFY(!next->isEnabled()); // no list chosen yet
    // Contact lists only: the demo's company list is not offered.
    QVERIFY(!shownLists(table).join(QLatin1Char('|')).contains(QStringLiteral("Target accounts")));
    QVERIFY(in<QLabel>(wizard, "listsStatus")->text().contains(QStringLiteral("contact lists")));

    QVERIFY(pickList(table, board->name));
    auto *read = in<QLabel>(wizard, "listReadStatus");
    const QString members = QStringLiteral("%1 contacts").arg(board->members.size());
    QTRY_VERIFY2(read->text().contains(members), qPrintable(read->text()));
    QVERIFY(next->isEnabled());
    shot(wizard, "wizard-list.png");

    // The dry run of the members, as for pasted ids.
    QVERIFY(clickNext(wizard));
    auto *status = in<QLabel>(wizard, "planStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("will be enrolled")), 20000);
    QCOMPARE(wizard->draft().plan.size(), board->members.size());
    int toEnroll = 0;
    for (const Enroll::PlannedContact &p : wizard->draft().plan)
        toEnroll += p.plan == Enroll::Plan::Enroll ? 1 : 0;
    QVERIFY(toEnroll > 0);
    QVERIFY(clickNext(wizard));
    QVERIFY(in<QLabel>(wizard, "confirmSummary")->text().contains(board->name.toHtmlEscaped()));
    QSignalSpy finished(app.runner.get(), &Jobs::JobRunner::jobFinished);
    QVERIFY(clickNext(wizard)); // Start enrollment
    QVERIFY(finished.wait(30000));
    const auto job = finished.first().at(0).value<Store::EnrollmentJobRecord>();
    QCOMPARE(job.id, wizard->draft().jobId);
    QCOMPARE(job.state, Store::JobState::Completed);
    QCOMPARE(job.sourceListId, QString::number(board->listId));
    QCOMPARE(job.sourceListName, board->name);
    QCOMPARE(job.counts.enrolled, toEnroll);
    QCOMPARE(int(app.server.acceptedEnrollments().size()) - acceptedBefore, toEnroll);
    QSet<qint64> enrolled;
    for (int i = acceptedBefore; i < app.server.acceptedEnrollments().size(); ++i)
        enrolled.insert(app.server.acceptedEnrollments().at(i).contactId);
    QCOMPARE(enrolled.size(), toEnroll); // each once
    for (qint64 id : enrolled)
        QVERIFY(board->members.contains(id)); // and only members
    QTRY_VERIFY(next->isEnabled());
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard->currentId(), int(EnrollWizard::SummaryPageId));
}

void TestEnrollList::pickerSearchesOrdersAndPages()
{
    App app;
    QVERIFY(app.start() && app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    const Sandbox::Sequence *sequence = DemoLookup::teamSequenceWithSteps(app.server.state());
    EnrollWizard *wizard = openWizardOn(app, QString::number(sequence->id));
    QVERIFY(wizard && walkToContacts(app, wizard));
    wizard->presenter()->setListPageSize(2); // the demo's 6 contact lists in 3 pages
    wizard->resize(1024, 700);
    const int searchesBefore = routeRequests(app, "lists.search");
    auto *table = in<QTableView>(wizard, "listTable");
    auto *status = in<QLabel>(wizard, "listsStatus");
    // Room for two rows and a half: the table asks for pages while its last row shows, then
    // for the next one as the user scrolls to the end, until HubSpot has no more.
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + 2 * rowHeight
                          + rowHeight / 2);
    QTest::mouseClick(in<QRadioButton>(wizard, "listSource"), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QTest::qWait(200); // nothing more is asked for without scrolling
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(status->text(), QStringLiteral("4 contact lists so far: scroll down for more."));
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    QTRY_VERIFY2(status->text() == QStringLiteral("6 contact lists"), qPrintable(status->text()));
    QCOMPARE(routeRequests(app, "lists.search") - searchesBefore, 3);
    table->setMinimumHeight(0);
    table->setMaximumHeight(QWIDGETSIZE_MAX);
    QStringList names = shownLists(table);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a.toLower(), b.toLower()) < 0;
    });
    QCOMPARE(names, sorted); // no query: by name
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex size = table->model()->index(row, ListPickerModel::SizeColumn);
        const QModelIndex kind = table->model()->index(row, ListPickerModel::KindColumn);
        const Sandbox::ContactList *l = demoList(app, names.at(row));
        QCOMPARE(size.data().toString(), QLocale().toString(qint64(l->members.size())));
        const QString expectedKind = l->processingType == QLatin1String("MANUAL")
            ? QStringLiteral("Static")
            : l->processingType == QLatin1String("DYNAMIC") ? QStringLiteral("Active")
                                                            : QStringLiteral("Snapshot");
        QCOMPARE(kind.data().toString(), expectedKind);
        const QModelIndex updated = table->model()->index(row, ListPickerModel::UpdatedColumn);
        QVERIFY(!updated.data().toString().isEmpty());
    }

    // As the user types: HubSpot's matches, the name's start before a match inside a word.
    QTest::keyClicks(in<QLineEdit>(wizard, "listSearch"), QStringLiteral("re"));
    QTRY_COMPARE(shownLists(table),
                 QStringList({QStringLiteral("Re-engagement (empty)"),
                              QStringLiteral("Conference booth scans")}));
    QTest::keyClicks(in<QLineEdit>(wizard, "listSearch"), QStringLiteral("zzz"));
    QTRY_COMPARE(status->text(), QStringLiteral("No contact list matches \"rezzz\"."));
    QCOMPARE(table->model()->rowCount(), 0);

    // An empty list is refused with its name; choosing another reads it.
    in<QLineEdit>(wizard, "listSearch")->clear();
    QTRY_COMPARE(table->model()->rowCount(), 6);
    QVERIFY(pickList(table, QStringLiteral("Re-engagement")));
    auto *read = in<QLabel>(wizard, "listReadStatus");
    QTRY_VERIFY2(read->text().contains(QStringLiteral("has no members")), qPrintable(read->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(pickList(table, QStringLiteral("Webinar no-shows")));
    QTRY_VERIFY2(read->text().contains(QStringLiteral("125 contacts")), qPrintable(read->text()));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    shot(wizard, "test-wizard-list-search.png");

    // Back to pasted text: its own contacts count, and the list is kept for later.
    QTest::mouseClick(in<QRadioButton>(wizard, "pasteSource"), Qt::LeftButton);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(in<QRadioButton>(wizard, "listSource"), Qt::LeftButton);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestEnrollList::largeListShowsProgressAndCancels()
{
    Sandbox::SandboxConfig config;
    config.listMembers = 50000;
    App app(config);
    QVERIFY(app.start() && app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    Sandbox::SandboxSettings settings = app.server.settings();
    settings.latencyMs = 5; // 200 pages: a few seconds, the rate limit out of the way
    settings.rateLimit = 100000;
    QVERIFY(app.server.setSettings(settings));
    EnrollWizard *wizard = openOnListSource(app);
    QVERIFY(wizard);
    wizard->resize(1024, 700);
    auto *table = in<QTableView>(wizard, "listTable");
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QVERIFY(pickList(table, QStringLiteral("Newsletter subscribers")));

    // Progress page by page, "12,500 of 50,000"; then Cancel stops asking.
    auto *bar = in<QProgressBar>(wizard, "listProgress");
    auto *read = in<QLabel>(wizard, "listReadStatus");
    QSignalSpy progress(wizard->presenter(), &Ui::EnrollPresenter::listProgress);
    QVERIFY(QTest::qWaitFor([&] { return progress.size() >= 50; }, 60000));
    const QString readSoFar = QLocale().toString(qint64(progress.last().at(0).toLongLong()));
    QVERIFY2(read->text().contains(readSoFar + QStringLiteral(" of 50,000")),
             qPrintable(read->text()));
    QCOMPARE(bar->maximum(), 50000);
    QVERIFY(bar->isVisible());
    shot(wizard, "wizard-list-progress.png");
    auto *button = in<QPushButton>(wizard, "listReadButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY(read->text().contains(QStringLiteral("Stopped reading")));
    QCOMPARE(button->text(), QStringLiteral("Read again"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    const int shownAtCancel = int(progress.size());
    QCoreApplication::processEvents(); // an answer on its way is dropped
    QCOMPARE(int(progress.size()), shownAtCancel);

    // Read again: the whole list, each member once, in 200 pages of 250.
    const int pagesBefore = routeRequests(app, "lists.memberships");
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(read->text().contains(QStringLiteral("50,000 contacts")),
                              qPrintable(read->text()), 60000);
    // (and perhaps the page that was on its way when reading stopped: its answer is dropped)
    const int pages = routeRequests(app, "lists.memberships") - pagesBefore;
    QVERIFY2(pages == 200 || pages == 201, qPrintable(QString::number(pages)));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(clickNext(wizard)); // the dry run starts on 50,000 ids
    QCOMPARE(wizard->draft().contacts->contacts.size(), 50000);
    QCOMPARE(wizard->draft().origin.kind, Enroll::ContactOrigin::Kind::HubSpotList);
    wizard->back(); // not waiting for 500 batch reads
}

void TestEnrollList::tokenWithoutTheListsScopeIsToldWhatToAdd()
{
    App app;
    QVERIFY(app.start() && app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    QStringList scopes = app.server.grantedScopes();
    scopes.removeAll(QStringLiteral("crm.lists.read"));
    app.server.setGrantedScopes(scopes);
    EnrollWizard *wizard = openOnListSource(app);
    QVERIFY(wizard);
    auto *status = in<QLabel>(wizard, "listsStatus");
    QTRY_VERIFY(status->text().contains(QStringLiteral("crm.lists.read")));
    QVERIFY2(status->text().contains(QStringLiteral("Private Apps")), qPrintable(status->text()));
    QCOMPARE(in<QTableView>(wizard, "listTable")->model()->rowCount(), 0);
    // Pasted contacts still work on this portal.
    QTest::mouseClick(in<QRadioButton>(wizard, "pasteSource"), Qt::LeftButton);
    const Sandbox::Contact *c
        = DemoLookup::contactOfKind(app.server.state(), Sandbox::ContactKind::Normal);
    in<QPlainTextEdit>(wizard, "contactsEdit")->setPlainText(QString::number(c->id));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestEnrollList::longListNamesFitAt1024Pixels()
{
    App app;
    QVERIFY(app.start() && app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")));
    // A list made the way HubSpot makes one, with a name as long as reps give them.
    const QString longName = QStringLiteral(
        "[EMEA] Q4 enterprise trial signups \u2014 Director+ titles, no open opportunity, "
        "engaged in the last 30 days (owner: SDR team North)");
    HttpProbe probe(app.server.baseUrl(), app.server.token().toUtf8());
    const auto created
        = probe.postJson(QStringLiteral("/crm/v3/lists"),
                         {{QStringLiteral("name"), longName},
                          {QStringLiteral("objectTypeId"), QStringLiteral("0-1")},
                          {QStringLiteral("processingType"), QStringLiteral("MANUAL")}});
    QVERIFY2(created.status == 200, created.body.constData());
    EnrollWizard *wizard = openOnListSource(app);
    QVERIFY(wizard);
    wizard->resize(1024, 700);
    auto *table = in<QTableView>(wizard, "listTable");
    QTRY_COMPARE(table->model()->rowCount(), 7);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // The name column takes the room the others leave; they show their whole text.
    QHeaderView *header = table->horizontalHeader();
    QVERIFY(header->sectionSize(ListPickerModel::NameColumn) > table->viewport()->width() / 2);
    const QFontMetrics metrics = table->fontMetrics();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (int column : {int(ListPickerModel::SizeColumn), int(ListPickerModel::KindColumn),
                           int(ListPickerModel::UpdatedColumn)}) {
            const QString text = table->model()->index(row, column).data().toString();
            QVERIFY2(metrics.horizontalAdvance(text) < header->sectionSize(column),
                     qPrintable(text));
        }
    }
    // The long name is shortened in the middle where it is drawn, whole in its tooltip.
    int row = 0;
    while (row < table->model()->rowCount()
           && table->model()->index(row, ListPickerModel::NameColumn).data() != longName)
        ++row;
    QVERIFY(row < table->model()->rowCount());
    const QModelIndex name = table->model()->index(row, ListPickerModel::NameColumn);
    QVERIFY(metrics.horizontalAdvance(longName) > header->sectionSize(ListPickerModel::NameColumn));
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
    QVERIFY(name.data(Qt::ToolTipRole).toString().startsWith(longName));
    QVERIFY(pickList(table, QStringLiteral("[EMEA] Q4")));
    QTRY_VERIFY(
        in<QLabel>(wizard, "listReadStatus")->text().contains(QStringLiteral("has no members")));
    shot(wizard, "test-wizard-list-long-name.png");
}

QTEST_MAIN(TestEnrollList)
#include "tst_enrolllist.moc"
