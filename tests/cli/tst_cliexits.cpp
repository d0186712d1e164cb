// seqdesk-cli's exit codes and what it says with them (issue 13): a job waiting for the send
// cap exits 5 and uses the cap to the last contact; a sequence the app would not enroll into
// (a draft, paused or archived in SeqDesk) is refused with 2 before anything is sent;
// messages say what the process did, not what it will not do.
#include "CliHarness.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace SeqDesk;
using namespace SeqDesk::Cli;
using CliTest::CliHarness;
using CliTest::Run;

namespace {

const QString kPortalId = QStringLiteral("4242424"); // the sandbox's

SeqDesk::Sandbox::SandboxConfig fastSandbox()
{
    SeqDesk::Sandbox::SandboxConfig config;
    config.settings.rateLimit = 100000; // the send cap is under test, not the rate limit
    return config;
}

} // namespace

class TestCliExits final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aJobWaitingForTheSendCapExitsFiveAndUsesTheCapExactly();
    void aSequenceTheAppWouldNotUseIsRefusedBeforeAnythingIsSent_data();
    void aSequenceTheAppWouldNotUseIsRefusedBeforeAnythingIsSent();
    void serverTroubleBeforeTheJobSaysNothingWasEnrolled();
    void helpAndReadmeListEveryExitCode();

private:
    QString activeSequence() const;
    QStringList normalContacts(int n) const;
    QStringList enrollArgs(const QString &sequenceId, const QStringList &contacts) const;
    // Writes `sequenceId` into the mirror as a sync would (the portal row included), then
    // `flag` on it ("paused", "archived" or empty).
    bool mirror(const QString &sequenceId, const QString &flag);

    std::unique_ptr<CliHarness> m_cli;
};

void TestCliExits::init()
{
    m_cli = std::make_unique<CliHarness>(fastSandbox());
    QVERIFY(m_cli->start());
}

void TestCliExits::cleanup()
{
    m_cli.reset();
}

QString TestCliExits::activeSequence() const
{
    return m_cli->activeSequence();
}

QStringList TestCliExits::normalContacts(int n) const
{
    return m_cli->normalContacts(n);
}

QStringList TestCliExits::enrollArgs(const QString &sequenceId, const QStringList &contacts) const
{
    return m_cli->enrollArgs(contacts, sequenceId);
}

bool TestCliExits::mirror(const QString &sequenceId, const QString &flag)
{
    Store::Database db(Store::Database::uniqueConnectionName(QStringLiteral("test")));
    if (!db.open(m_cli->storePath()))
        return false;
    Store::Stores stores(db.handle());
    Store::PortalRecord portal;
    portal.portalId = kPortalId;
    portal.name = QStringLiteral("Sandbox");
    if (!stores.portals.upsert(portal)) {
        qWarning("portal: %s", qPrintable(stores.portals.lastError()));
        return false;
    }
    Store::SequenceSnapshotItem item;
    item.sequence.sequenceId = sequenceId;
    item.sequence.name = QStringLiteral("Spring push");
    item.sequence.stepCount = 3;
    QList<Store::SequenceStepRecord> steps(3);
    for (int i = 0; i < steps.size(); ++i) {
        steps[i].stepOrder = i;
        steps[i].actionType = QStringLiteral("EMAIL");
    }
    item.steps = steps;
    if (!stores.sequences.applySnapshot(kPortalId, {}, {item}, QDateTime::currentDateTimeUtc())) {
        qWarning("snapshot: %s", qPrintable(stores.sequences.lastError()));
        return false;
    }
    if (flag == QLatin1String("paused"))
        return stores.sequences.setPaused(kPortalId, sequenceId, true);
    if (flag == QLatin1String("archived"))
        return stores.sequences.setArchivedByUser(kPortalId, sequenceId, true);
    return true;
}

void TestCliExits::aJobWaitingForTheSendCapExitsFiveAndUsesTheCapExactly()
{
    const QStringList ids = normalContacts(60);
    QCOMPARE(ids.size(), 60);
    Run r = m_cli->run(enrollArgs(activeSequence(), ids)
                       << QStringLiteral("--daily-cap") << QStringLiteral("50"));
    QVERIFY2(r.exitCode == int(ExitDeferred), qPrintable(r.err)); // not 0: not done yet
    QVERIFY2(r.err.contains(QStringLiteral("50 enrolled, 0 skipped, 0 failed, 10 deferred")),
             qPrintable(r.err));
    QCOMPARE(m_cli->server->acceptedEnrollments().size(), 50); // the cap, to the last place
    static const QRegularExpression resume(QStringLiteral("Resume it after \\S+ with: "
                                                          "seqdesk-cli --resume (\\d+)"));
    const QRegularExpressionMatch m = resume.match(r.err);
    QVERIFY2(m.hasMatch(), qPrintable(r.err));

    // Resumed before its time: nothing to send, still waiting, the same code.
    r = m_cli->run(m_cli->withToken() << QStringLiteral("--resume") << m.captured(1));
    QVERIFY2(r.exitCode == int(ExitDeferred), qPrintable(r.err));
    QCOMPARE(m_cli->server->acceptedEnrollments().size(), 50);

    // A dry run that predicts deferrals ran fine: 0.
    r = m_cli->run(enrollArgs(activeSequence(), normalContacts(60).mid(50)) << QStringLiteral(
                       "--daily-cap") << QStringLiteral("50") << QStringLiteral("--dry-run"));
    QVERIFY2(r.exitCode == int(ExitOk), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("0 would be enrolled, 0 skipped, 10 deferred")),
             qPrintable(r.err));
}

void TestCliExits::aSequenceTheAppWouldNotUseIsRefusedBeforeAnythingIsSent_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("draft") << QStringLiteral("draft") << QStringLiteral("is a draft");
    QTest::newRow("paused in SeqDesk")
        << QStringLiteral("paused") << QStringLiteral("is paused in SeqDesk: choose");
    QTest::newRow("archived in SeqDesk")
        << QStringLiteral("archived") << QStringLiteral("is archived in SeqDesk: choose");
}

void TestCliExits::aSequenceTheAppWouldNotUseIsRefusedBeforeAnythingIsSent()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    QString sequenceId;
    if (kind == QLatin1String("draft")) { // no steps in HubSpot: not synced, HubSpot's answer
        for (const auto &s : m_cli->server->state().data().sequences) {
            if (s.shared && s.steps.isEmpty())
                sequenceId = QString::number(s.id);
        }
        QVERIFY(!sequenceId.isEmpty());
    } else {
        sequenceId = activeSequence();
        QVERIFY(mirror(sequenceId, kind));
    }
    const Run r = m_cli->run(enrollArgs(sequenceId, normalContacts(3)));
    QVERIFY2(r.exitCode == int(ExitUsage), qPrintable(r.err));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was enrolled")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("Job ")));
    QVERIFY(m_cli->server->acceptedEnrollments().isEmpty());

    // The same sequence active in the mirror (resumed, restored) is used again.
    if (kind != QLatin1String("draft")) {
        QVERIFY(mirror(sequenceId, QString()));
        Store::Database db(Store::Database::uniqueConnectionName(QStringLiteral("test")));
        QVERIFY(db.open(m_cli->storePath()));
        Store::Stores stores(db.handle());
        QVERIFY(stores.sequences.setPaused(kPortalId, sequenceId, false));
        QVERIFY(stores.sequences.setArchivedByUser(kPortalId, sequenceId, false));
    }
    if (kind != QLatin1String("draft")) {
        const Run ok = m_cli->run(enrollArgs(sequenceId, normalContacts(3)));
        QVERIFY2(ok.exitCode == int(ExitOk), qPrintable(ok.err));
        QCOMPARE(m_cli->server->acceptedEnrollments().size(), 3);
    }
}

void TestCliExits::serverTroubleBeforeTheJobSaysNothingWasEnrolled()
{
    // Every request fails with a 5xx: the dry run cannot read the contacts. No job exists,
    // so the message must not promise that SeqDesk tries again.
    Sandbox::SandboxSettings settings = m_cli->server->settings();
    settings.failRate = 1.0;
    m_cli->server->setSettings(settings);
    const Run r = m_cli->run(enrollArgs(activeSequence(), normalContacts(3)));
    QVERIFY2(r.exitCode == int(ExitNetwork), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("tries again")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("No job was saved; nobody was enrolled.")),
             qPrintable(r.err));
    QVERIFY(m_cli->server->acceptedEnrollments().isEmpty());
}

void TestCliExits::helpAndReadmeListEveryExitCode()
{
    const CliParseResult parsed = parseCliArguments({QStringLiteral("seqdesk-cli")});
    QFile readme(QStringLiteral(SEQDESK_README));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype table = text.indexOf(QStringLiteral("#### Exit codes"));
    QVERIFY(table >= 0);
    static const QRegularExpression row(QStringLiteral("^\\| (\\d) \\| ([^|]+) \\| ([^|]+) \\|$"),
                                        QRegularExpression::MultilineOption);
    QList<int> documented;
    for (auto it = row.globalMatch(text, table); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        documented << m.captured(1).toInt();
        QVERIFY2(!m.captured(3).trimmed().isEmpty(), "each code has an example");
    }
    QCOMPARE(
        documented,
        (QList<int> {ExitOk, ExitContactsFailed, ExitUsage, ExitAuth, ExitNetwork, ExitDeferred}));
    for (const int code : std::as_const(documented)) {
        QVERIFY2(parsed.helpText.contains(QStringLiteral("\n  %1  ").arg(code)),
                 qPrintable(QString::number(code)));
    }
    // The order in which codes win, the same in both.
    QVERIFY(text.contains(QStringLiteral("first of 3, 4, 2, 5, 1")));
    QVERIFY(parsed.helpText.contains(QStringLiteral("first of 3, 4, 2, 5, 1")));
}

QTEST_GUILESS_MAIN(TestCliExits)
#include "tst_cliexits.moc"
