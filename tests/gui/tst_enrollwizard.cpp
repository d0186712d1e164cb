// The enrollment wizard offscreen, end to end against the demo sandbox: every page, a dry
// run that sends nothing, a job paused and resumed, the summary's exports, and quitting
// during a job (it resumes at the next start).
#include "../sandbox/DemoLookup.h"
#include "FileDialogs.h"
#include "GuiHarness.h"
#include "WizardDriver.h"
#include "core/Translations.h"
#include "enroll/EnrollWizard.h"
#include "enroll/EnrollmentEngine.h"
#include "enroll/JobItemsModel.h"
#include "enroll/PlanTableModel.h"
#include "jobs/JobRunner.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSet>
#include <QToolButton>

using namespace SeqDesk;
using GuiHarness::App;
using Ui::EnrollWizard;
using namespace WizardDriver;

namespace {

// The demo portal synced, then the sandbox slowed to 2 requests/s so a job takes seconds.
bool openSlowDemo(App &app)
{
    if (!app.start() || !app.clickAndWaitLoaded(app.child<QPushButton>("tryDemoButton")))
        return false;
    Sandbox::SandboxSettings settings = app.server.settings();
    settings.latencyMs = 40;
    settings.rateLimit = 2;
    settings.rateWindowMs = 1000;
    if (!app.server.setSettings(settings))
        return false;
    app.server.resetRateLimit(); // the sync's requests do not count
    return true;
}

// n ids of contacts the sandbox would enroll (not enrolled yet).
QStringList normalContactIds(const Sandbox::SandboxState &state, int n)
{
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids << QString::number(
            DemoLookup::contactOfKind(state, Sandbox::ContactKind::Normal, i)->id);
    return ids;
}

// The "enrolled" figure the Analytics page shows (-1 when none).
int shownEnrolled(App &app)
{
    static const QRegularExpression number(QStringLiteral("<b>([0-9,]+)</b>"));
    const auto match = number.match(app.child<QLabel>("kpiEnrolled")->text());
    return match.hasMatch() ? match.captured(1).remove(QLatin1Char(',')).toInt() : -1;
}

// A Draft job of `contactIds` (all to enroll) as the primary user, saved like the wizard's.
std::optional<qint64> saveJob(App &app, qint64 sequenceId, const QStringList &contactIds)
{
    const auto &owner = DemoLookup::owner(app.server.state(), DemoLookup::Primary);
    Enroll::JobSpec spec;
    spec.portalId = app.window->currentPortalId();
    spec.sequenceId = QString::number(sequenceId);
    spec.senderEmail = owner.email;
    spec.userId = QString::number(owner.userId.value_or(0));
    QList<Enroll::PlannedContact> plan;
    for (const QString &id : contactIds) {
        Enroll::PlannedContact p;
        p.contactId = p.input = id;
        p.line = int(plan.size()) + 1;
        plan << p;
    }
    std::optional<qint64> jobId;
    bool answered = false;
    app.runner->createJob(spec, plan, &app.context, [&](std::optional<qint64> id, const QString &) {
        jobId = id;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 5000))
        return std::nullopt;
    return jobId;
}

// Sets a job's state in the mirror as another run (or a killed process) left it.
bool setJobState(App &app, qint64 jobId, Store::JobState state, const QDateTime &resumeAt)
{
    std::optional<bool> ok;
    app.store.run(
        [jobId, state, resumeAt](Store::Stores &s) {
            return s.enrollments.setJobState(jobId, state, QDateTime::currentDateTimeUtc(),
                                             QString(), resumeAt);
        },
        &app.context, [&](bool r) { ok = r; });
    return QTest::qWaitFor([&] { return ok.has_value(); }, 5000) && *ok;
}

// From the sequence page to "Start enrollment" with `ids` pasted: true once the job starts.
bool walkToStart(App &app, EnrollWizard *wizard, const QStringList &ids)
{
    if (!walkToContacts(app, wizard))
        return false;
    in<QPlainTextEdit>(wizard, "contactsEdit")->setPlainText(ids.join(QLatin1Char(',')));
    const QString counted = QStringLiteral("%1 contacts").arg(ids.size());
    auto *next = wizard->button(QWizard::NextButton);
    return QTest::qWaitFor(
               [&] { return in<QLabel>(wizard, "contactCounts")->text().contains(counted); })
        && clickNext(wizard) // the dry run
        && QTest::qWaitFor([&] { return next->isEnabled(); }, 20000) && clickNext(wizard) // confirm
        && clickNext(wizard); // Start enrollment
}

} // namespace

class TestEnrollWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(qApp); } // English plural forms
    void wizardEnrollsWithPreviewPauseResumeAndSummary();
    void quittingDuringAJobResumesItAtTheNextStart();
    void pauseInTheWizardPausesItsOwnJobNotAnother();
    void runnerResumesInterruptedAndDueJobsButNotUserPausedOnes();
    void quitAfterTheJobEndedWhileAskingCloses();
    void closingTheWizardRightAfterStartStillRunsTheJob();
};

void TestEnrollWizard::wizardEnrollsWithPreviewPauseResumeAndSummary()
{
    App app;
    QVERIFY(openSlowDemo(app));
    const Sandbox::SandboxState &state = app.server.state();
    const Sandbox::Sequence *sequence = DemoLookup::teamSequenceWithSteps(state);
    QVERIFY(sequence);
    const QString sequenceId = QString::number(sequence->id);
    const int acceptedBefore = int(app.server.acceptedEnrollments().size());

    // Opened from the Sequences page's selection: preselected; only enrollable ones listed.
    QVERIFY(app.window->findChild<QAction *>(QStringLiteral("enrollContactsAction"))->isEnabled());
    auto *table = app.child<QTableView>("sequenceTable");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, GuiHarness::Model::NameColumn).data() == sequence->name)
            table->selectRow(row);
    }
    // "Enroll contacts…" of the selected sequence (the detail pane's button).
    QTest::mouseClick(app.child<QPushButton>("enrollButton"), Qt::LeftButton);
    EnrollWizard *wizard = openWizardOn(app, QString());
    QVERIFY(wizard);
    auto *list = in<QListWidget>(wizard, "sequenceList");
    QTRY_VERIFY(list->currentItem() != nullptr);
    QVERIFY(list->currentItem()->text().startsWith(sequence->name));
    int enrollable = 0;
    for (const Store::SequenceRecord &s : wizard->draft().sequences)
        enrollable += s.isEnrollable() ? 1 : 0;
    QCOMPARE(list->count(), enrollable);
    QVERIFY(enrollable < wizard->draft().sequences.size()); // the demo has drafts and archived
    auto *search = in<QLineEdit>(wizard, "sequenceSearch");
    search->setText(sequence->name);
    int shown = 0;
    for (int row = 0; row < list->count(); ++row)
        shown += list->item(row)->isHidden() ? 0 : 1;
    QVERIFY(shown >= 1 && shown < list->count());
    shot(wizard, "test-wizard-sequence.png");

    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard->currentId(), int(EnrollWizard::SenderPageId));
    QVERIFY(in<QListWidget>(wizard, "senderList")->count() > 0);
    chooseSender(app, wizard);
    QTRY_VERIFY(in<QLabel>(wizard, "senderUsage")->text().contains(QStringLiteral("1,000 more")));
    shot(wizard, "wizard-sender.png");
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard->currentId(), int(EnrollWizard::ContactsPageId));
    QVERIFY(wizard->draft().sender.has_value());

    // Contacts: 12 ids to enroll, one by email, an unsubscribed one, a duplicate, a typo.
    QStringList ids = normalContactIds(state, 13);
    const Sandbox::Contact *byEmail = state.contact(ids.takeLast().toLongLong());
    const Sandbox::Contact *unsubscribed
        = DemoLookup::contactOfKind(state, Sandbox::ContactKind::Unsubscribed);
    QVERIFY(byEmail && unsubscribed);
    QStringList lines = ids;
    lines << byEmail->email << QString::number(unsubscribed->id) << ids.first()
          << QStringLiteral("12O45");
    auto *next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled()); // nothing pasted yet
    in<QPlainTextEdit>(wizard, "contactsEdit")->setPlainText(lines.join(QLatin1Char('\n')));
    auto *counts = in<QLabel>(wizard, "contactCounts");
    QTRY_VERIFY(counts->text().contains(QStringLiteral("14 contacts")));
    QVERIFY2(counts->text().contains(QStringLiteral("1 duplicate "))
                 && counts->text().contains(QStringLiteral("1 invalid line")),
             qPrintable(counts->text()));
    QVERIFY(in<QListWidget>(wizard, "contactProblems")
                ->item(0)
                ->text()
                .contains(QStringLiteral("Line 16")));
    QVERIFY(next->isEnabled());

    // A file replaces the pasted text until "Use pasted text instead".
    QTemporaryDir files;
    const QString csv = files.filePath(QStringLiteral("contacts.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Record ID,Email\r\n" + ids.at(0).toUtf8() + ",\r\n" + ids.at(1).toUtf8()
                + ",\r\n");
    }
    Ui::FileDialogs::setNextAnswer(csv);
    QTest::mouseClick(in<QPushButton>(wizard, "importFileButton"), Qt::LeftButton);
    QTRY_VERIFY(counts->text().contains(QStringLiteral("2 contacts")));
    QVERIFY(counts->text().contains(QStringLiteral("Record ID")));
    QCOMPARE(in<QLabel>(wizard, "contactsFile")->text(), QStringLiteral("contacts.csv"));
    QTest::mouseClick(in<QPushButton>(wizard, "clearFileButton"), Qt::LeftButton);
    QVERIFY(counts->text().contains(QStringLiteral("14 contacts")));
    shot(wizard, "wizard-contacts.png");

    // Preview: a dry run reads HubSpot in batches and enrolls nobody.
    QVERIFY(clickNext(wizard));
    auto *status = in<QLabel>(wizard, "planStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("will be enrolled")), 20000);
    QVERIFY2(status->text().contains(QStringLiteral("<b>13 will be enrolled</b>")),
             qPrintable(status->text()));
    QCOMPARE(int(app.server.acceptedEnrollments().size()), acceptedBefore);
    table = in<QTableView>(wizard, "planTable");
    QCOMPARE(table->model()->rowCount(), 15); // 14 contacts + the duplicate
    auto *filter = in<QComboBox>(wizard, "planFilter");
    const int unsubscribedIndex = filter->findText(
        Enroll::Prediction::name(Enroll::Plan::Unsubscribed), Qt::MatchStartsWith);
    QVERIFY(unsubscribedIndex > 0);
    filter->setCurrentIndex(unsubscribedIndex);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, Ui::PlanTableModel::ContactColumn).data().toString(),
             QString::number(unsubscribed->id));
    filter->setCurrentIndex(0);
    const QString planCsv = files.filePath(QStringLiteral("preview.csv"));
    Ui::FileDialogs::setNextAnswer(planCsv);
    QTest::mouseClick(in<QPushButton>(wizard, "exportPlanButton"), Qt::LeftButton);
    {
        QFile f(planCsv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = f.readAll().split('\n');
        QCOMPARE(rows.size(), 1 + 15 + 1 + 1); // header, contacts, the invalid line, last \n
        QVERIFY(rows.at(0).startsWith("line,input,contact_id,email,outcome"));
    }
    shot(wizard, "wizard-preview.png");

    // Confirm, then the job: pause mid-run, resume, complete.
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard->currentId(), int(EnrollWizard::ConfirmPageId));
    QVERIFY(in<QLabel>(wizard, "confirmSummary")->text().contains(QStringLiteral("13 contacts")));
    in<QLineEdit>(wizard, "jobLabel")->setText(QStringLiteral("Wizard test"));
    shot(wizard, "wizard-confirm.png");
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard->currentId(), int(EnrollWizard::ProgressPageId));
    auto *pause = in<QPushButton>(wizard, "pauseButton");
    auto *items = wizard->items();
    const auto enrolledRows = [items] {
        int n = 0;
        for (const auto &item : items->items())
            n += item.state == Store::ItemState::Enrolled ? 1 : 0;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(enrolledRows() >= 2, 20000);
    QVERIFY(pause->isEnabled());
    QTRY_VERIFY(in<QLabel>(wizard, "jobRate")->text().contains(QStringLiteral("contacts/s")));
    shot(wizard, "wizard-progress.png");
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pause->text(), QStringLiteral("Resume"), 10000);
    QVERIFY(in<QLabel>(wizard, "jobState")->text().contains(QStringLiteral("paused")));
    const qint64 jobId = wizard->draft().jobId;
    QVERIFY(jobId > 0);
    const int atPause = int(app.server.acceptedEnrollments().size()) - acceptedBefore;
    QVERIFY2(atPause < 13, "the job ended before it could be paused");
    QCOMPARE(enrolledRows(), atPause); // the table shows what HubSpot accepted
    QTest::qWait(600);
    QCOMPARE(int(app.server.acceptedEnrollments().size()) - acceptedBefore, atPause);
    shot(wizard, "wizard-paused.png");

    QTest::mouseClick(pause, Qt::LeftButton); // Resume
    QTRY_COMPARE(pause->text(), QStringLiteral("Pause"));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
    QCOMPARE(enrolledRows(), 13);
    QVERIFY(in<QProgressBar>(wizard, "jobProgress")->value()
            == in<QProgressBar>(wizard, "jobProgress")->maximum());
    // Each contact exactly once.
    QSet<qint64> enrolledIds;
    const auto accepted = app.server.acceptedEnrollments();
    for (int i = acceptedBefore; i < accepted.size(); ++i) {
        QVERIFY(!enrolledIds.contains(accepted.at(i).contactId));
        enrolledIds.insert(accepted.at(i).contactId);
    }
    QCOMPARE(enrolledIds.size(), 13);
    QVERIFY(enrolledIds.contains(byEmail->id));

    // Summary and its exports.
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard->currentId(), int(EnrollWizard::SummaryPageId));
    auto *headline = in<QLabel>(wizard, "summaryHeadline");
    QTRY_VERIFY(headline->text().contains(QStringLiteral("13 of 15 contacts enrolled")));
    QVERIFY(!in<QPushButton>(wizard, "retryFailedButton")->isEnabled()); // none failed
    const QString reasons = in<QLabel>(wizard, "summaryReasons")->text();
    QVERIFY2(reasons.count(QStringLiteral("1 × Skipped")) == 2, qPrintable(reasons));
    const QString json = files.filePath(QStringLiteral("job.json"));
    Ui::FileDialogs::setNextAnswer(json);
    QTest::mouseClick(in<QPushButton>(wizard, "exportJsonButton"), Qt::LeftButton);
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("job")).toInteger(), jobId);
        QCOMPARE(doc.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(doc.value(QStringLiteral("enrolled")).toArray().size(), 13);
        QCOMPARE(doc.value(QStringLiteral("skipped")).toArray().size(), 2);
        QCOMPARE(doc.value(QStringLiteral("invalid")).toArray().size(), 1);
    }
    const QString csvOut = files.filePath(QStringLiteral("job.csv"));
    Ui::FileDialogs::setNextAnswer(csvOut);
    QTest::mouseClick(in<QPushButton>(wizard, "exportCsvButton"), Qt::LeftButton);
    QVERIFY(QFile(csvOut).size() > 0);
    shot(wizard, "wizard-summary.png");

    // The Sequences page counts what SeqDesk enrolled.
    QTRY_VERIFY([&] {
        const QAbstractItemModel *rows = app.rows();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, GuiHarness::Model::NameColumn).data() == sequence->name)
                return rows->index(row, GuiHarness::Model::EnrolledColumn).data().toInt() == 13;
        }
        return false;
    }());

    // "Open analytics": the main window's Analytics page, filtered to the job's sequence.
    QTest::mouseClick(in<QPushButton>(wizard, "openAnalyticsButton"), Qt::LeftButton);
    QTRY_VERIFY(app.child<QWidget>("analyticsPage")->isVisible());
    QTRY_COMPARE(shownEnrolled(app), 13);
    QTRY_COMPARE(app.child<QToolButton>("sequenceFilter")->text(), QStringLiteral("Sequences: 1"));

    // The job as the analytics will read it.
    std::optional<Store::EnrollmentJobRecord> job;
    app.store.run([jobId](Store::Stores &s) { return s.enrollments.job(jobId); }, &app.context,
                  [&](std::optional<Store::EnrollmentJobRecord> j) { job = j; });
    QTRY_VERIFY(job.has_value());
    QCOMPARE(job->label, QStringLiteral("Wizard test"));
    QCOMPARE(job->sequenceId, sequenceId);
    QCOMPARE(job->source, Store::EnrollmentSource::Wizard);
    QCOMPARE(job->state, Store::JobState::Completed);
    QCOMPARE(job->counts.enrolled, 13);
}

void TestEnrollWizard::quittingDuringAJobResumesItAtTheNextStart()
{
    App app;
    QVERIFY(openSlowDemo(app));
    const Sandbox::SandboxState &state = app.server.state();
    const Sandbox::Sequence *sequence = DemoLookup::teamSequenceWithSteps(state, 1);
    QVERIFY(sequence);
    const int acceptedBefore = int(app.server.acceptedEnrollments().size());
    EnrollWizard *wizard = openWizardOn(app, QString::number(sequence->id));
    QVERIFY(wizard);
    const QStringList ids = normalContactIds(state, 30);
    QVERIFY(walkToStart(app, wizard, ids));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->items()->rowCount() == 30, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(int(app.server.acceptedEnrollments().size()) - acceptedBefore >= 2,
                             20000);
    const qint64 jobId = wizard->draft().jobId;

    // The Analytics page follows the running job.
    app.window->showAnalytics(QString(), QString());
    const int first = shownEnrolled(app);
    QTRY_VERIFY_WITH_TIMEOUT(shownEnrolled(app) > first && shownEnrolled(app) >= 2, 15000);

    // Closing the window asks; "Keep running" keeps it open and the job going.
    QTimer::singleShot(0, [&app] {
        auto *box = app.window->findChild<QMessageBox *>(QStringLiteral("quitDuringJobBox"));
        QVERIFY(box);
        box->buttons().last()->click(); // Keep running
    });
    QVERIFY(!app.window->close());
    QVERIFY(app.runner->isBusy());
    QTimer::singleShot(0, [&app] {
        auto *box = app.window->findChild<QMessageBox *>(QStringLiteral("quitDuringJobBox"));
        QVERIFY(box);
        in<QPushButton>(box, "confirmQuitButton")->click();
    });
    app.window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!app.window->isVisible(), 10000);
    QVERIFY(!app.runner->isBusy());
    const int atQuit = int(app.server.acceptedEnrollments().size()) - acceptedBefore;
    QVERIFY2(atQuit < 30, "the job ended before the window closed");

    std::optional<Store::EnrollmentJobRecord> job;
    app.store.run([jobId](Store::Stores &s) { return s.enrollments.job(jobId); }, &app.context,
                  [&](std::optional<Store::EnrollmentJobRecord> j) { job = j; });
    QTRY_VERIFY(job.has_value());
    QCOMPARE(job->state, Store::JobState::Paused);
    QVERIFY(job->resumeAt.isValid() && job->resumeAt <= QDateTime::currentDateTimeUtc());

    // The next start: a new runner finds the job and finishes it, each contact once.
    Jobs::JobRunner next(app.portals.get(), &app.store);
    next.setLockDirectory(app.dir.path());
    QSignalSpy finished(&next, &Jobs::JobRunner::jobFinished);
    next.resumeWaiting();
    QVERIFY(finished.wait(30000));
    const auto done = finished.takeFirst().at(0).value<Store::EnrollmentJobRecord>();
    QCOMPARE(done.id, jobId);
    QCOMPARE(done.state, Store::JobState::Completed);
    QCOMPARE(done.counts.enrolled, 30);
    QSet<qint64> enrolledIds;
    const auto accepted = app.server.acceptedEnrollments();
    for (int i = acceptedBefore; i < accepted.size(); ++i)
        enrolledIds.insert(accepted.at(i).contactId);
    QCOMPARE(int(accepted.size()) - acceptedBefore, 30);
    QCOMPARE(enrolledIds.size(), 30);
}

void TestEnrollWizard::pauseInTheWizardPausesItsOwnJobNotAnother()
{
    App app;
    QVERIFY(openSlowDemo(app));
    const Sandbox::SandboxState &state = app.server.state();
    const Sandbox::Sequence *sequence = DemoLookup::teamSequenceWithSteps(state, 1);
    QVERIFY(sequence);
    // Job A: 30 contacts, started directly in the runner (as a due job resumed at start is).
    const QStringList all = normalContactIds(state, 40);
    const std::optional<qint64> jobA = saveJob(app, sequence->id, all.mid(0, 30));
    QVERIFY(jobA);
    app.runner->run(*jobA);
    QTRY_COMPARE(app.runner->currentJob(), *jobA);

    EnrollWizard *wizard = openWizardOn(app, QString::number(sequence->id));
    QVERIFY(wizard);
    QSignalSpy finished(app.runner.get(), &Jobs::JobRunner::jobFinished);
    QVERIFY(walkToStart(app, wizard, all.mid(30)));
    QTRY_VERIFY(wizard->draft().jobId > 0);
    QVERIFY(app.runner->isQueued(wizard->draft().jobId)); // behind job A
    auto *pause = in<QPushButton>(wizard, "pauseButton");
    QVERIFY(pause->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton); // pause MY job
    QVERIFY(finished.wait(15000));
    const auto stopped = finished.first().at(0).value<Store::EnrollmentJobRecord>();
    QCOMPARE(stopped.id, wizard->draft().jobId); // paused while queued, job A untouched
    QCOMPARE(stopped.state, Store::JobState::Paused);
    QCOMPARE(app.runner->currentJob(), *jobA);
    QVERIFY(!app.runner->isQueued(stopped.id));
}

void TestEnrollWizard::quitAfterTheJobEndedWhileAskingCloses()
{
    App app;
    QVERIFY(openSlowDemo(app));
    const Sandbox::SandboxState &state = app.server.state();
    const Sandbox::Sequence *sequence = DemoLookup::teamSequenceWithSteps(state, 1);
    QVERIFY(sequence);
    EnrollWizard *wizard = openWizardOn(app, QString::number(sequence->id));
    QVERIFY(wizard);
    QVERIFY(walkToStart(app, wizard, normalContactIds(state, 4)));
    QTRY_VERIFY(app.runner->isBusy());
    // The quit question is open while the job ends; then the user clicks Quit.
    QTimer::singleShot(0, [&app] {
        auto *box = app.window->findChild<QMessageBox *>(QStringLiteral("quitDuringJobBox"));
        QVERIFY(box);
        QTRY_VERIFY_WITH_TIMEOUT(!app.runner->isBusy(), 30000);
        in<QPushButton>(box, "confirmQuitButton")->click();
    });
    app.window->close();
    QTRY_VERIFY(!app.window->isVisible());
}

void TestEnrollWizard::closingTheWizardRightAfterStartStillRunsTheJob()
{
    App app;
    QVERIFY(openSlowDemo(app));
    const Sandbox::SandboxState &state = app.server.state();
    const Sandbox::Sequence *sequence = DemoLookup::teamSequenceWithSteps(state, 1);
    EnrollWizard *wizard = openWizardOn(app, QString::number(sequence->id));
    QVERIFY(wizard);
    QVERIFY(walkToStart(app, wizard, normalContactIds(state, 4)));
    // Closed (and deleted) before the save answered, as with a big list.
    wizard->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTRY_VERIFY_WITH_TIMEOUT(!app.runner->isBusy() && !app.server.acceptedEnrollments().isEmpty(),
                             20000);
    std::optional<QList<Store::EnrollmentJobRecord>> jobs;
    app.store.run([](Store::Stores &s) { return s.enrollments.recentJobs(10); }, &app.context,
                  [&](QList<Store::EnrollmentJobRecord> j) { jobs = j; });
    QTRY_VERIFY(jobs.has_value());
    QCOMPARE(jobs->size(), 1);
    QCOMPARE(jobs->first().state, Store::JobState::Completed);
    QCOMPARE(jobs->first().counts.enrolled, 4);
}

void TestEnrollWizard::runnerResumesInterruptedAndDueJobsButNotUserPausedOnes()
{
    App app;
    QVERIFY(openSlowDemo(app));
    const Sandbox::SandboxState &state = app.server.state();
    const Sandbox::Sequence *sequence = DemoLookup::teamSequenceWithSteps(state, 2);
    QVERIFY(sequence);
    const QStringList ids = normalContactIds(state, 6);
    const auto killed = saveJob(app, sequence->id, ids.mid(0, 2)); // left "running"
    const auto waiting = saveJob(app, sequence->id, ids.mid(2, 2)); // due in 1.5 s
    const auto paused = saveJob(app, sequence->id, ids.mid(4, 2)); // paused by the user
    QVERIFY(killed && waiting && paused);
    QVERIFY(setJobState(app, *killed, Store::JobState::Running, QDateTime()));
    QVERIFY(setJobState(app, *waiting, Store::JobState::Paused,
                        QDateTime::currentDateTimeUtc().addMSecs(1500)));
    QVERIFY(setJobState(app, *paused, Store::JobState::Paused, QDateTime()));

    QSignalSpy finished(app.runner.get(), &Jobs::JobRunner::jobFinished);
    app.runner->setCheckInterval(200);
    app.runner->resumeWaiting(); // as at start
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).value<Store::EnrollmentJobRecord>().id, *killed);
    QCOMPARE(finished.at(0).at(0).value<Store::EnrollmentJobRecord>().state,
             Store::JobState::Completed);
    // The waiting one once its time came, while the app runs; never the paused one.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    const auto second = finished.at(1).at(0).value<Store::EnrollmentJobRecord>();
    QCOMPARE(second.id, *waiting);
    QCOMPARE(second.state, Store::JobState::Completed);
    QCOMPARE(second.counts.enrolled, 2);
    QTest::qWait(500);
    QCOMPARE(finished.size(), 2);
    QVERIFY(!app.runner->isBusy());
    QCOMPARE(int(app.server.acceptedEnrollments().size()), 4);
}

QTEST_MAIN(TestEnrollWizard)
#include "tst_enrollwizard.moc"
