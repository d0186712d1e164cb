// seqdesk-cli's behaviour, run in-process against the sandbox over loopback.
#include "CliHarness.h"
#include "store/Database.h"
#include "store/StoreWorker.h"
#include "store/Stores.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace SeqDesk;
using namespace SeqDesk::Cli;

using CliTest::CliHarness;
using CliTest::Run;

class TestCliRunner final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsEveryUsersSequencesOnce();
    void jsonListsTheSameSequencesAsTheSandboxHolds();
    void userIdListsOnlyThatUsersSequences();
    void legacyPathsGiveTheSameList();
    void tokenMayComeFromTheEnvironment();
    void noTokenIsAUsageError();
    void rejectedTokenExitsWithThreeAndIsNeverEchoed();
    void missingScopeExitsWithThreeAndNamesTheScope();
    void unknownUserIsABadInput();
    void unreachableServerExitsWithFour();
    void storedTokenIsReadBackByPortalId();
    void storedPortalKeepsItsApiVersionUnlessOneIsGiven();
    void unavailableKeychainFailsWithoutFallback();
    void jobsJsonIsAnEmptyArrayWithoutJobs();
    void listIdEnrollsEachEligibleMemberOnceAndRecordsTheList();
    void listIdRefusesAMissingCompanyOrEmptyListBeforeAnyJob();
    void jobsJsonDescribesEachJobOfTheStore();
    void jobsJsonGivesTheResumeTimeOfAJobWaitingForTheSendCap();
    void listListsPrintsEveryContactListAsATable();
    void listListsJsonAndQueryInEveryVersion_data();
    void listListsJsonAndQueryInEveryVersion();
    void listListsWithoutTheListsScopeNamesIt();
    void listListsWithNoMatchIsAnEmptyArray();

private:
    Run run(QStringList args, const QString &envToken = QString())
    {
        return m_cli->run(std::move(args), envToken);
    }
    QStringList base() const { return m_cli->base(); }
    // Enrolls `contacts` into a shared sequence as the first user; the job's id.
    qint64 enroll(const QStringList &contacts, const QStringList &extra = {});
    QJsonArray jobsJson();
    QStringList contactsOf(Sandbox::ContactKind kind, int count) const;

    std::unique_ptr<CliHarness> m_cli;
};

void TestCliRunner::init()
{
    m_cli = std::make_unique<CliHarness>();
    QVERIFY(m_cli->start());
}

void TestCliRunner::cleanup()
{
    m_cli.reset();
}

void TestCliRunner::listsEveryUsersSequencesOnce()
{
    const Run r = run(base() << QStringLiteral("--token") << m_cli->token
                             << QStringLiteral("--list-sequences"));
    QCOMPARE(r.exitCode, int(ExitOk));
    const int total = int(m_cli->server->state().data().sequences.size());
    QVERIFY2(r.out.startsWith(QStringLiteral("Portal ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral(": %1 sequences,").arg(total)), qPrintable(r.out));
    for (const auto &s : m_cli->server->state().data().sequences)
        QCOMPARE(r.out.count(QString::number(s.id)), 1);
}

void TestCliRunner::jsonListsTheSameSequencesAsTheSandboxHolds()
{
    const Run r = run(base() << QStringLiteral("--token") << m_cli->token
                             << QStringLiteral("--list-sequences") << QStringLiteral("--json"));
    QCOMPARE(r.exitCode, int(ExitOk));
    QJsonParseError e;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &e).object();
    QCOMPARE(e.error, QJsonParseError::NoError);
    const QJsonArray seqs = root.value(QStringLiteral("sequences")).toArray();
    QCOMPARE(seqs.size(), m_cli->server->state().data().sequences.size());
    QCOMPARE(root.value(QStringLiteral("count")).toInt(), int(seqs.size()));
    QSet<QString> ids;
    for (const QJsonValue &v : seqs) {
        const QJsonObject o = v.toObject();
        ids.insert(o.value(QStringLiteral("id")).toString());
        QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("visibleToUserIds")).toArray().isEmpty());
    }
    QCOMPARE(ids.size(), seqs.size());
}

void TestCliRunner::userIdListsOnlyThatUsersSequences()
{
    const auto &data = m_cli->server->state().data();
    const qint64 user = *data.owners.at(0).userId;
    int expected = 0;
    for (const auto &s : data.sequences)
        expected += (s.shared || s.userId == user) ? 1 : 0;
    const Run r = run(base() << QStringLiteral("--token") << m_cli->token
                             << QStringLiteral("--list-sequences") << QStringLiteral("--json")
                             << QStringLiteral("--user-id") << QString::number(user));
    QCOMPARE(r.exitCode, int(ExitOk));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("count")).toInt(), expected);
}

void TestCliRunner::legacyPathsGiveTheSameList()
{
    const QStringList args = base()
        << QStringLiteral("--token") << m_cli->token << QStringLiteral("--list-sequences")
        << QStringLiteral("--json");
    const Run dated = run(args);
    const Run legacy
        = run(QStringList(args) << QStringLiteral("--api-version") << QStringLiteral("v4"));
    QCOMPARE(legacy.exitCode, int(ExitOk));
    QCOMPARE(legacy.out, dated.out);
    QVERIFY(m_cli->server->stats().requests.value(QStringLiteral("sequences.list")) > 0);
}

void TestCliRunner::tokenMayComeFromTheEnvironment()
{
    const Run r = run(base() << QStringLiteral("--list-sequences"), m_cli->token);
    QCOMPARE(r.exitCode, int(ExitOk));
}

void TestCliRunner::noTokenIsAUsageError()
{
    const Run r = run(base() << QStringLiteral("--list-sequences"));
    QCOMPARE(r.exitCode, int(ExitUsage));
    QVERIFY(r.err.contains(QStringLiteral("HUBSPOT_ACCESS_TOKEN")));
}

void TestCliRunner::rejectedTokenExitsWithThreeAndIsNeverEchoed()
{
    const QString wrong = QStringLiteral("pat-na1-deadbeef-0000-0000-0000-000000000bad");
    const Run r
        = run(base() << QStringLiteral("--token") << wrong << QStringLiteral("--list-sequences"));
    QCOMPARE(r.exitCode, int(ExitAuth));
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!r.err.contains(wrong));
    QVERIFY(!r.out.contains(wrong));
}

void TestCliRunner::missingScopeExitsWithThreeAndNamesTheScope()
{
    QStringList scopes = Sandbox::SandboxConfig::allScopes();
    scopes.removeAll(QStringLiteral("automation.sequences.read"));
    m_cli->server->setGrantedScopes(scopes);
    const Run r = run(base() << QStringLiteral("--token") << m_cli->token
                             << QStringLiteral("--list-sequences"));
    QCOMPARE(r.exitCode, int(ExitAuth));
    QVERIFY2(r.err.contains(QStringLiteral("automation.sequences.read")), qPrintable(r.err));
}

void TestCliRunner::unknownUserIsABadInput()
{
    const Run r = run(base() << QStringLiteral("--token") << m_cli->token
                             << QStringLiteral("--list-sequences") << QStringLiteral("--user-id")
                             << QStringLiteral("999"));
    QCOMPARE(r.exitCode, int(ExitUsage));
    QVERIFY(!r.err.isEmpty());
}

void TestCliRunner::unreachableServerExitsWithFour()
{
    const QStringList args = base();
    m_cli->server.reset(); // nothing listens on that port any more
    const Run r = run(QStringList(args) << QStringLiteral("--token") << m_cli->token
                                        << QStringLiteral("--list-sequences"));
    QCOMPARE(r.exitCode, int(ExitNetwork));
    QVERIFY(!r.err.isEmpty());
}

void TestCliRunner::storedTokenIsReadBackByPortalId()
{
    const Run store = run(base() << QStringLiteral("--store-token"), m_cli->token);
    QCOMPARE(store.exitCode, int(ExitOk));
    QVERIFY2(store.out.contains(QStringLiteral("4242424")), qPrintable(store.out));
    QVERIFY(!store.out.contains(m_cli->token));
    QCOMPARE(m_cli->secrets.size(), 1);

    const Run list = run(base() << QStringLiteral("--portal-id") << QStringLiteral("4242424")
                                << QStringLiteral("--list-sequences"));
    QCOMPARE(list.exitCode, int(ExitOk));
    const Run other = run(base() << QStringLiteral("--portal-id") << QStringLiteral("1")
                                 << QStringLiteral("--list-sequences"));
    QCOMPARE(other.exitCode, int(ExitAuth));
    QVERIFY(other.err.contains(QStringLiteral("--store-token")));
}

void TestCliRunner::storedPortalKeepsItsApiVersionUnlessOneIsGiven()
{
    QCOMPARE(run(base() << QStringLiteral("--store-token"), m_cli->token).exitCode, int(ExitOk));
    // The portal as the app connected it, on 2026-03.
    {
        Store::StoreWorker store;
        QObject context;
        std::optional<bool> saved;
        store.open(m_cli->storePath(), &context, [&](const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            Store::PortalRecord p;
            p.portalId = QStringLiteral("4242424");
            p.name = QStringLiteral("Acme");
            p.apiVersion = QStringLiteral("2026-03");
            store.run([p](Store::Stores &s) { return s.portals.upsert(p); }, &context,
                      [&](bool ok) { saved = ok; });
        });
        QTRY_VERIFY(saved.has_value());
        QVERIFY(*saved);
    }
    const auto requestsOn = [this](const QStringList &args, const QString &envToken = {}) {
        const QMap<QString, int> before = m_cli->server->stats().versions;
        const Run r = run(base() << args << QStringLiteral("--list-sequences"), envToken);
        QMap<QString, int> sent;
        for (const QString &version : m_cli->server->stats().versions.keys()) {
            if (const int n
                = m_cli->server->stats().versions.value(version) - before.value(version))
                sent.insert(version, n);
        }
        return std::make_pair(r.exitCode, sent.keys());
    };
    const QStringList byPortal {QStringLiteral("--portal-id"), QStringLiteral("4242424")};
    QCOMPARE(requestsOn(byPortal),
             std::make_pair(int(ExitOk), QStringList {QStringLiteral("2026-03")}));
    QCOMPARE(requestsOn(QStringList(byPortal)
                        << QStringLiteral("--api-version") << QStringLiteral("2026-09")),
             std::make_pair(int(ExitOk), QStringList {QStringLiteral("2026-09")}));
    // A token of the environment names no stored portal: the newest version.
    QCOMPARE(requestsOn({}, m_cli->token),
             std::make_pair(int(ExitOk), QStringList {QStringLiteral("2026-09")}));
}

void TestCliRunner::unavailableKeychainFailsWithoutFallback()
{
    m_cli->secrets.setAvailable(false);
    const Run store = run(base() << QStringLiteral("--store-token") << QStringLiteral("--token")
                                 << m_cli->token);
    QCOMPARE(store.exitCode, int(ExitNetwork));
    QVERIFY(store.err.contains(QStringLiteral("keychain")));
    QCOMPARE(m_cli->secrets.size(), 0);
}

QStringList TestCliRunner::contactsOf(Sandbox::ContactKind kind, int count) const
{
    QStringList ids;
    for (const auto &c : m_cli->server->state().data().contacts) {
        if (c.kind == kind && ids.size() < count)
            ids << QString::number(c.id);
    }
    return ids;
}

qint64 TestCliRunner::enroll(const QStringList &contacts, const QStringList &extra)
{
    const Run r = run(m_cli->enrollArgs(contacts) << extra);
    static const QRegularExpression created(QStringLiteral("Job (\\d+): enrolling"));
    const QRegularExpressionMatch m = created.match(r.err);
    if ((r.exitCode != int(ExitOk) && r.exitCode != int(ExitDeferred)) || !m.hasMatch())
        qWarning("enrollment exited with %d: %s", r.exitCode, qPrintable(r.err));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

void TestCliRunner::listIdEnrollsEachEligibleMemberOnceAndRecordsTheList()
{
    // Over 300 requests: a rate limit that lets them through within the run's wait.
    Sandbox::SandboxConfig fast;
    fast.settings.rateLimit = 1000;
    fast.settings.rateWindowMs = 1000;
    m_cli = std::make_unique<CliHarness>(fast);
    QVERIFY(m_cli->start());
    const auto &data = m_cli->server->state().data();
    const Sandbox::ContactList *list = nullptr;
    for (const auto &l : data.lists) {
        if (l.isContactList() && l.members.size() > 250
            && (!list || l.members.size() > list->members.size()))
            list = &l; // more than one page of members
    }
    QVERIFY(list);
    QString sequenceId;
    for (const auto &s : data.sequences) {
        if (s.shared && !s.steps.isEmpty()) {
            sequenceId = QString::number(s.id);
            break;
        }
    }
    const QString report = m_cli->storeDir.filePath(QStringLiteral("report.json"));
    const Run r
        = run(base() << QStringLiteral("--token") << m_cli->token << QStringLiteral("--sequence-id")
                     << sequenceId << QStringLiteral("--sender-email")
                     << data.owners.at(0).inboxes.value(0) << QStringLiteral("--list-id")
                     << QString::number(list->listId) << QStringLiteral("--output-json") << report);
    QCOMPARE(r.exitCode, int(ExitOk));

    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QSet<QString> members;
    for (qint64 id : list->members)
        members.insert(QString::number(id));
    QSet<QString> enrolled;
    QSet<QString> reported;
    for (const QJsonValue v : json.value(QStringLiteral("enrolled")).toArray()) {
        enrolled.insert(v[QStringLiteral("contactId")].toString());
        reported.insert(v[QStringLiteral("contactId")].toString());
    }
    for (const QJsonValue v : json.value(QStringLiteral("skipped")).toArray()) {
        QVERIFY(!v[QStringLiteral("reason")].toString().isEmpty());
        reported.insert(v[QStringLiteral("contactId")].toString());
    }
    QCOMPARE(reported, members); // every member, each once, none invented
    QVERIFY(!enrolled.isEmpty());
    QVERIFY(enrolled.size() < members.size()); // the list holds contacts who are skipped too

    // The sandbox accepted each enrolled member once, and nobody else.
    QMap<QString, int> accepted;
    for (const auto &e : m_cli->server->acceptedEnrollments())
        ++accepted[QString::number(e.contactId)];
    QCOMPARE(QSet<QString>(accepted.keyBegin(), accepted.keyEnd()), enrolled);
    for (int n : std::as_const(accepted))
        QCOMPARE(n, 1);

    // The job says where its contacts came from.
    const QJsonArray jobs = jobsJson();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.at(0)[QStringLiteral("sourceListId")].toString(), QString::number(list->listId));
    QCOMPARE(jobs.at(0)[QStringLiteral("sourceListName")].toString(), list->name);
}

void TestCliRunner::listIdRefusesAMissingCompanyOrEmptyListBeforeAnyJob()
{
    const auto &data = m_cli->server->state().data();
    QString companies;
    QString empty;
    for (const auto &l : data.lists) {
        if (!l.isContactList())
            companies = QString::number(l.listId);
        else if (l.members.isEmpty())
            empty = QString::number(l.listId);
    }
    QVERIFY(!companies.isEmpty() && !empty.isEmpty());
    const QList<std::pair<QString, QString>> cases {
        {QStringLiteral("999999"), QStringLiteral("no list 999999")},
        {companies, QStringLiteral("only contact lists")},
        {empty, QStringLiteral("has no members")}};
    for (const auto &[listId, says] : cases) {
        const Run r = run(
            base() << QStringLiteral("--token") << m_cli->token << QStringLiteral("--sequence-id")
                   << QString::number(data.sequences.at(0).id) << QStringLiteral("--sender-email")
                   << data.owners.at(0).inboxes.value(0) << QStringLiteral("--list-id") << listId);
        QCOMPARE(r.exitCode, int(ExitUsage));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }
    QCOMPARE(jobsJson().size(), 0); // nothing journaled
    QVERIFY(m_cli->server->acceptedEnrollments().isEmpty());
}

QJsonArray TestCliRunner::jobsJson()
{
    const Run r = run({QStringLiteral("--jobs"), QStringLiteral("--json")});
    if (r.exitCode != int(ExitOk))
        qWarning("--jobs --json exited with %d: %s", r.exitCode, qPrintable(r.err));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("not a JSON array: %s", qPrintable(r.out));
    return doc.array();
}

void TestCliRunner::jobsJsonIsAnEmptyArrayWithoutJobs()
{
    const Run r = run({QStringLiteral("--jobs"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, int(ExitOk));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    QCOMPARE(e.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().isEmpty());
    QCOMPARE(r.out.trimmed(), QStringLiteral("[]")); // nothing else on stdout
    QVERIFY(!r.err.isEmpty()); // the words go to stderr
}

void TestCliRunner::jobsJsonDescribesEachJobOfTheStore()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QStringList normal = contactsOf(Sandbox::ContactKind::Normal, 3);
    const QStringList unsubscribed = contactsOf(Sandbox::ContactKind::Unsubscribed, 1);
    QCOMPARE(normal.size() + unsubscribed.size(), 4);
    const qint64 first
        = enroll(normal + unsubscribed, {QStringLiteral("--label"), QStringLiteral("Spring push")});
    QVERIFY(first > 0);
    const qint64 second = enroll(contactsOf(Sandbox::ContactKind::Normal, 5).mid(3));
    QVERIFY(second > first);

    QJsonArray jobs = jobsJson();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("id")).toInteger(), second); // newest first
    const QJsonObject j = jobs.at(1).toObject();
    QCOMPARE(j.value(QStringLiteral("id")).toInteger(), first);
    QCOMPARE(j.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(j.value(QStringLiteral("portalId")).toInteger(), 4242424);
    QVERIFY(!j.value(QStringLiteral("portalName")).toString().isEmpty());
    const auto &data = m_cli->server->state().data();
    QCOMPARE(j.value(QStringLiteral("senderEmail")).toString(), data.owners.at(0).inboxes.value(0));
    QCOMPARE(j.value(QStringLiteral("userId")).toString(),
             QString::number(*data.owners.at(0).userId));
    QCOMPARE(j.value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
    QCOMPARE(j.value(QStringLiteral("label")).toString(), QStringLiteral("Spring push"));
    QCOMPARE(j.value(QStringLiteral("dailyCap")).toInt(), 1000);
    const QJsonObject counts = j.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("enrolled")).toInt(), 3);
    QCOMPARE(counts.value(QStringLiteral("skipped")).toInt(), 1);
    for (const char *none : {"failed", "deferred", "pending", "inFlight"})
        QCOMPARE(counts.value(QLatin1String(none)).toInt(-1), 0);
    QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 4);
    // ISO 8601 UTC times, in order; no resume time; the sequence was never synced.
    const auto time = [&j](const char *key) {
        const QString text = j.value(QLatin1String(key)).toString();
        return text.endsWith(QLatin1Char('Z')) ? QDateTime::fromString(text, Qt::ISODateWithMs)
                                               : QDateTime();
    };
    QVERIFY(time("createdAt") >= before);
    QVERIFY(time("startedAt") >= time("createdAt"));
    QVERIFY(time("finishedAt") >= time("startedAt"));
    QCOMPARE(time("updatedAt"), time("finishedAt"));
    QVERIFY(time("updatedAt") <= QDateTime::currentDateTimeUtc());
    QVERIFY(j.value(QStringLiteral("resumeAt")).isNull());
    QVERIFY(j.value(QStringLiteral("sequenceName")).isNull());

    // Once the mirror knows the sequence (a sync), its name comes with the job.
    const QString sequenceId = j.value(QStringLiteral("sequenceId")).toString();
    {
        Store::Database db(Store::Database::uniqueConnectionName(QStringLiteral("test")));
        QVERIFY(db.open(m_cli->storePath()));
        Store::Stores stores(db.handle());
        Store::SequenceSnapshotItem item;
        item.sequence.sequenceId = sequenceId;
        item.sequence.name = QStringLiteral("[OUTBOUND] Cold - Spring push");
        QVERIFY(stores.sequences.applySnapshot(QStringLiteral("4242424"), {}, {item},
                                               QDateTime::currentDateTimeUtc()));
    }
    jobs = jobsJson();
    QCOMPARE(jobs.size(), 2);
    for (const QJsonValue &v : std::as_const(jobs))
        QCOMPARE(v.toObject().value(QStringLiteral("sequenceName")).toString(),
                 QStringLiteral("[OUTBOUND] Cold - Spring push"));
}

void TestCliRunner::jobsJsonGivesTheResumeTimeOfAJobWaitingForTheSendCap()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const qint64 id = enroll(contactsOf(Sandbox::ContactKind::Normal, 4),
                             {QStringLiteral("--daily-cap"), QStringLiteral("2")});
    QVERIFY(id > 0);
    const QJsonArray jobs = jobsJson();
    QCOMPARE(jobs.size(), 1);
    const QJsonObject j = jobs.at(0).toObject();
    QCOMPARE(j.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    QCOMPARE(j.value(QStringLiteral("dailyCap")).toInt(), 2);
    const QJsonObject counts = j.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("enrolled")).toInt(), 2);
    QCOMPARE(counts.value(QStringLiteral("deferred")).toInt(), 2);
    const QDateTime resumeAt
        = QDateTime::fromString(j.value(QStringLiteral("resumeAt")).toString(), Qt::ISODateWithMs);
    QVERIFY2(resumeAt > before.addSecs(23 * 3600),
             qPrintable(j.value(QStringLiteral("resumeAt")).toString()));
    QVERIFY(j.value(QStringLiteral("finishedAt")).isNull());
}

void TestCliRunner::listListsPrintsEveryContactListAsATable()
{
    const Run r = run(base() << QStringLiteral("--token") << m_cli->token
                             << QStringLiteral("--list-lists"));
    QCOMPARE(r.exitCode, int(ExitOk));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), QStringLiteral("ID\tNAME\tSIZE\tKIND\tUPDATED"));
    int contactLists = 0;
    for (const Sandbox::ContactList &l : m_cli->server->state().data().lists) {
        if (!l.isContactList()) {
            QVERIFY(!r.out.contains(l.name)); // a company list is no contacts source
            continue;
        }
        ++contactLists;
        const QString kind = l.processingType == QLatin1String("MANUAL") ? QStringLiteral("static")
            : l.processingType == QLatin1String("DYNAMIC")               ? QStringLiteral("active")
                                                           : QStringLiteral("snapshot");
        const QString row = QString::number(l.listId) + QLatin1Char('\t') + l.name
            + QLatin1Char('\t') + QString::number(l.members.size()) + QLatin1Char('\t') + kind
            + QLatin1Char('\t');
        QVERIFY2(r.out.contains(row), qPrintable(row));
    }
    QCOMPARE(lines.size(), contactLists + 1);
}

void TestCliRunner::listListsJsonAndQueryInEveryVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("2026-09") << QStringLiteral("2026-09");
    QTest::newRow("2026-03") << QStringLiteral("2026-03");
    QTest::newRow("v4") << QStringLiteral("v4");
}

void TestCliRunner::listListsJsonAndQueryInEveryVersion()
{
    QFETCH(QString, version);
    const Run r
        = run(base() << QStringLiteral("--token") << m_cli->token << QStringLiteral("--list-lists")
                     << QStringLiteral("--query") << QStringLiteral("TRIAL")
                     << QStringLiteral("--json") << QStringLiteral("--api-version") << version);
    QCOMPARE(r.exitCode, int(ExitOk));
    QJsonParseError e;
    const QJsonArray lists = QJsonDocument::fromJson(r.out.toUtf8(), &e).array();
    QCOMPARE(e.error, QJsonParseError::NoError);
    QCOMPARE(lists.size(), 1);
    const Sandbox::ContactList &trial = m_cli->server->state().data().lists.at(1);
    const QJsonObject o = lists.at(0).toObject();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QString::number(trial.listId));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), trial.name);
    QCOMPARE(o.value(QStringLiteral("size")).toInt(), int(trial.members.size()));
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("active"));
    QCOMPARE(o.value(QStringLiteral("processingType")).toString(), QStringLiteral("DYNAMIC"));
    QCOMPARE(o.value(QStringLiteral("objectTypeId")).toString(), QStringLiteral("0-1"));
    QVERIFY(o.value(QStringLiteral("updatedAt")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(o.value(QStringLiteral("lastAddedAt")).isString());
    QCOMPARE(m_cli->server->stats().requests.value(QStringLiteral("lists.search")), 1);
    QCOMPARE(m_cli->server->stats().requests.value(QStringLiteral("notFound")), 0);
}

void TestCliRunner::listListsWithoutTheListsScopeNamesIt()
{
    QStringList scopes = Sandbox::SandboxConfig::allScopes();
    scopes.removeAll(QStringLiteral("crm.lists.read"));
    m_cli->server->setGrantedScopes(scopes);
    const Run r = run(base() << QStringLiteral("--token") << m_cli->token
                             << QStringLiteral("--list-lists"));
    QCOMPARE(r.exitCode, int(ExitAuth));
    QVERIFY2(r.err.contains(QStringLiteral("crm.lists.read")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Private Apps > Scopes")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliRunner::listListsWithNoMatchIsAnEmptyArray()
{
    const Run json = run(base() << QStringLiteral("--token") << m_cli->token
                                << QStringLiteral("--list-lists") << QStringLiteral("--query")
                                << QStringLiteral("no such list") << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, int(ExitOk));
    QCOMPARE(json.out, QStringLiteral("[]\n"));
    QVERIFY(json.err.contains(QStringLiteral("no such list")));
    const Run table
        = run(base() << QStringLiteral("--token") << m_cli->token << QStringLiteral("--list-lists")
                     << QStringLiteral("--query") << QStringLiteral("no such list"));
    QCOMPARE(table.exitCode, int(ExitOk));
    QVERIFY(table.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRunner)
#include "tst_clirunner.moc"
