// seqdesk-cli --mcp through its pipes, against the real seqdesk-sandbox: the lifecycle, the
// tools list, each tool, the refusals of start_enrollment (checked against what the sandbox
// accepted), malformed input, progress and cancellation, and pause/resume/cancel of a job.
#include "McpHarness.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace McpTest;
using SeqDesk::Sandbox::ContactKind;

class TestMcpServer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void initializeNegotiatesTheProtocolVersion();
    void toolsListNamesEveryToolWithItsSchema();
    void malformedInputGetsJsonRpcErrorsAndTheServerStaysUp();
    void toolArgumentErrorsAreToolResults();
    void requestsSentTogetherEachGetTheirAnswer();
    void listSequencesSyncsTheMirrorFirstThenFilters();
    void mirrorOlderThanADayIsSyncedAgainOrShownWithTheProblem();
    void listContactListsFindsTheSandboxLists();
    void previewThenStartEnrollsEachEligibleContactOnce();
    void startWithoutFreshConfirmedPreviewEnrollsNobody();
    void previewOfAListReportsProgressAndHonoursCancellation();
    void jobIsPausedResumedAndCancelled();
    void serverExitsWhenItsInputCloses();

private:
    bool ageMirror(); // its last sync two days earlier
    QJsonObject preview(const QStringList &contactIds, const QString &sequence = {});

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Server> m_server;
};

void TestMcpServer::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->start());
    m_server = std::make_unique<Server>();
    QVERIFY(m_server->start(m_home->path(), m_sandbox->base));
}

void TestMcpServer::cleanup()
{
    if (m_server)
        QVERIFY2(m_server->badLines.isEmpty(), m_server->badLines.value(0).constData());
    m_server.reset();
    m_sandbox.reset();
    m_home.reset();
}

QJsonObject TestMcpServer::preview(const QStringList &contactIds, const QString &sequence)
{
    return m_server->call(
        QStringLiteral("preview_enrollment"),
        {{QStringLiteral("sequenceId"), sequence.isEmpty() ? m_sandbox->sequence() : sequence},
         {QStringLiteral("senderEmail"), m_sandbox->sender()},
         {QStringLiteral("contactIds"), QJsonArray::fromStringList(contactIds)}});
}

void TestMcpServer::initializeNegotiatesTheProtocolVersion()
{
    for (const QString &version : {QStringLiteral("2025-06-18"), QStringLiteral("2025-11-25")}) {
        const QJsonObject r = m_server->initialize(version);
        QCOMPARE(r.value(QStringLiteral("protocolVersion")).toString(), version);
        QVERIFY(
            r.value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("tools")));
        QCOMPARE(r.value(QStringLiteral("serverInfo")).toObject().value(QStringLiteral("name")),
                 QStringLiteral("seqdesk"));
        QVERIFY(r.value(QStringLiteral("instructions"))
                    .toString()
                    .contains(QStringLiteral("preview_enrollment")));
    }
    // A version it does not speak: its newest, for the client to decide.
    QCOMPARE(m_server->initialize(QStringLiteral("2024-11-05"))
                 .value(QStringLiteral("protocolVersion"))
                 .toString(),
             QStringLiteral("2025-11-25"));
    const QJsonObject pong = m_server->response(m_server->request(QStringLiteral("ping")));
    QCOMPARE(pong.value(QStringLiteral("result")).toObject(), QJsonObject());
}

void TestMcpServer::toolsListNamesEveryToolWithItsSchema()
{
    m_server->initialize();
    const QJsonArray tools = m_server->response(m_server->request(QStringLiteral("tools/list")))
                                 .value(QStringLiteral("result"))
                                 .toObject()
                                 .value(QStringLiteral("tools"))
                                 .toArray();
    QSet<QString> names;
    for (const QJsonValue &v : tools) {
        const QJsonObject t = v.toObject();
        names.insert(t.value(QStringLiteral("name")).toString());
        QCOMPARE(t.value(QStringLiteral("inputSchema")).toObject().value(QStringLiteral("type")),
                 QStringLiteral("object"));
        QVERIFY(!t.value(QStringLiteral("description")).toString().isEmpty());
        const bool readOnly = t.value(QStringLiteral("annotations"))
                                  .toObject()
                                  .value(QStringLiteral("readOnlyHint"))
                                  .toBool();
        const QString name = t.value(QStringLiteral("name")).toString();
        QCOMPARE(readOnly,
                 name.startsWith(QLatin1String("list_")) || name == QLatin1String("get_job")
                     || name == QLatin1String("preview_enrollment")
                     || name == QLatin1String("enrollment_summary"));
    }
    QCOMPARE(names,
             (QSet<QString> {QStringLiteral("list_sequences"), QStringLiteral("list_contact_lists"),
                             QStringLiteral("preview_enrollment"),
                             QStringLiteral("start_enrollment"), QStringLiteral("get_job"),
                             QStringLiteral("pause_job"), QStringLiteral("resume_job"),
                             QStringLiteral("cancel_job"), QStringLiteral("enrollment_summary")}));
    const QJsonObject start = tools.at(3).toObject();
    QCOMPARE(start.value(QStringLiteral("name")).toString(), QStringLiteral("start_enrollment"));
    QCOMPARE(start.value(QStringLiteral("inputSchema"))
                 .toObject()
                 .value(QStringLiteral("required"))
                 .toArray(),
             (QJsonArray {QStringLiteral("previewId"), QStringLiteral("confirm")}));
}

void TestMcpServer::malformedInputGetsJsonRpcErrorsAndTheServerStaysUp()
{
    m_server->initialize();
    const auto errorCode = [](const QJsonObject &m) {
        return m.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
    };
    // Not JSON: -32700, id null.
    m_server->sendRaw("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ");
    QJsonObject r = m_server->response(QJsonValue::Null);
    QCOMPARE(errorCode(r), -32700);
    // JSON but not a request object: -32600.
    for (const QByteArray &bad : {QByteArray("[1, 2]"), QByteArray("\"ping\""), QByteArray("42"),
                                  QByteArray("{\"jsonrpc\": \"1.0\", \"id\": 7, \"method\": "
                                             "\"ping\"}"),
                                  QByteArray("{\"jsonrpc\": \"2.0\", \"id\": 8}")}) {
        m_server->sendRaw(bad);
        const QJsonValue id = bad.contains("\"id\": 7") ? QJsonValue(7)
            : bad.contains("\"id\": 8")                 ? QJsonValue(8)
                                                        : QJsonValue(QJsonValue::Null);
        r = m_server->response(id);
        QVERIFY2(errorCode(r) == -32600, bad.constData());
    }
    // Unknown method: -32601.
    r = m_server->response(m_server->request(QStringLiteral("resources/list")));
    QCOMPARE(errorCode(r), -32601);
    // Bad params: -32602.
    m_server->sendRaw(
        "{\"jsonrpc\":\"2.0\",\"id\":\"p1\",\"method\":\"tools/call\",\"params\":[1]}");
    QCOMPARE(errorCode(m_server->response(QStringLiteral("p1"))), -32602);
    r = m_server->response(m_server->request(QStringLiteral("tools/call"),
                                             {{QStringLiteral("arguments"), QJsonObject()}}));
    QCOMPARE(errorCode(r), -32602); // no name
    r = m_server->response(
        m_server->request(QStringLiteral("tools/call"), {{QStringLiteral("name"), 12}}));
    QCOMPARE(errorCode(r), -32602);
    r = m_server->response(m_server->request(QStringLiteral("tools/call"),
                                             {{QStringLiteral("name"), QStringLiteral("get_job")},
                                              {QStringLiteral("arguments"), QJsonArray {1}}}));
    QCOMPARE(errorCode(r), -32602);
    r = m_server->response(m_server->request(
        QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("enroll_all")}}));
    QCOMPARE(errorCode(r), -32602); // unknown tool
    r = m_server->response(m_server->request(QStringLiteral("initialize"), {}));
    QCOMPARE(errorCode(r), -32602); // no protocolVersion
    // Notifications are never answered, known or not; the server still answers afterwards.
    m_server->notify(QStringLiteral("notifications/unknown"));
    m_server->notify(QStringLiteral("notifications/cancelled"),
                     {{QStringLiteral("requestId"), 999}});
    const int ping = m_server->request(QStringLiteral("ping"));
    QVERIFY(m_server->response(ping).contains(QStringLiteral("result")));
    QVERIFY(m_server->responses.isEmpty());
    QCOMPARE(m_server->process.state(), QProcess::Running);
}

void TestMcpServer::toolArgumentErrorsAreToolResults()
{
    m_server->initialize();
    QJsonObject r = m_server->call(QStringLiteral("get_job"), {});
    QVERIFY(isError(r));
    QVERIFY2(text(r).contains(QStringLiteral("jobId")), qPrintable(text(r)));
    r = m_server->call(QStringLiteral("preview_enrollment"),
                       {{QStringLiteral("sequenceId"), m_sandbox->sequence()},
                        {QStringLiteral("senderEmail"), m_sandbox->sender()}});
    QVERIFY(isError(r));
    QVERIFY2(text(r).contains(QStringLiteral("contactIds, emails and listId")),
             qPrintable(text(r)));
    r = m_server->call(QStringLiteral("list_sequences"), {{QStringLiteral("status"), 3}});
    QVERIFY(isError(r));
    r = m_server->call(QStringLiteral("enrollment_summary"), {{QStringLiteral("days"), 0}});
    QVERIFY(isError(r));
    r = m_server->call(QStringLiteral("get_job"), {{QStringLiteral("jobId"), 424242}});
    QVERIFY(isError(r));
    QVERIFY2(text(r).contains(QStringLiteral("no job 424242")), qPrintable(text(r)));
}

void TestMcpServer::requestsSentTogetherEachGetTheirAnswer()
{
    m_server->initialize();
    // Sent at once, string and number ids; answered as each is done, whatever the order.
    m_server->send(
        {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
         {QStringLiteral("id"), QStringLiteral("lists")},
         {QStringLiteral("method"), QStringLiteral("tools/call")},
         {QStringLiteral("params"),
          QJsonObject {{QStringLiteral("name"), QStringLiteral("list_contact_lists")}}}});
    const int job = m_server->startCall(QStringLiteral("get_job"), {{QStringLiteral("jobId"), 5}});
    const int ping = m_server->request(QStringLiteral("ping"));
    QVERIFY(m_server->response(ping).contains(QStringLiteral("result")));
    QVERIFY(isError(m_server->response(job).value(QStringLiteral("result")).toObject()));
    const QJsonObject lists
        = m_server->response(QStringLiteral("lists")).value(QStringLiteral("result")).toObject();
    QVERIFY2(!isError(lists), qPrintable(text(lists)));
    QVERIFY(data(lists).value(QStringLiteral("count")).toInt() > 0);
    QVERIFY(m_server->responses.isEmpty());
}

void TestMcpServer::listSequencesSyncsTheMirrorFirstThenFilters()
{
    m_server->initialize();
    const int id
        = m_server->startCall(QStringLiteral("list_sequences"), {}, QStringLiteral("sync"));
    const QJsonObject first = m_server->response(id).value(QStringLiteral("result")).toObject();
    QVERIFY2(!isError(first), qPrintable(text(first)));
    QVERIFY(data(first).value(QStringLiteral("syncedNow")).toBool()); // the mirror was empty
    QVERIFY(!m_server->notifications.isEmpty()); // the sync's progress
    QCOMPARE(m_server->notifications.constFirst().value(QStringLiteral("method")).toString(),
             QStringLiteral("notifications/progress"));
    const int total = data(first).value(QStringLiteral("total")).toInt();
    QCOMPARE(total, int(m_sandbox->data().sequences.size()));

    const QJsonObject active = m_server->call(
        QStringLiteral("list_sequences"), {{QStringLiteral("status"), QStringLiteral("active")}});
    QVERIFY(!data(active).value(QStringLiteral("syncedNow")).toBool()); // fresh now
    const QJsonArray rows = data(active).value(QStringLiteral("sequences")).toArray();
    QVERIFY(!rows.isEmpty() && rows.size() < total);
    bool found = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject s = v.toObject();
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(s.value(QStringLiteral("steps")).toInt() > 0);
        found = found || s.value(QStringLiteral("id")).toString() == m_sandbox->sequence();
    }
    QVERIFY(found);
    const QJsonObject drafts = m_server->call(
        QStringLiteral("list_sequences"), {{QStringLiteral("status"), QStringLiteral("draft")}});
    for (const QJsonValue &v : data(drafts).value(QStringLiteral("sequences")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("steps")).toInt(), 0);
}

bool TestMcpServer::ageMirror()
{
    QDirIterator it(m_home->path(), {QStringLiteral("seqdesk.sqlite")}, QDir::Files,
                    QDirIterator::Subdirectories);
    if (!it.hasNext())
        return false;
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
        db.setDatabaseName(it.next());
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
            ok = q.exec(QStringLiteral("UPDATE portals SET last_sync_at = last_sync_at - %1")
                            .arg(qint64(2) * 24 * 60 * 60 * 1000))
                && q.numRowsAffected() == 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("age"));
    return ok;
}

void TestMcpServer::mirrorOlderThanADayIsSyncedAgainOrShownWithTheProblem()
{
    m_server->initialize();
    QVERIFY(data(m_server->call(QStringLiteral("list_sequences")))
                .value(QStringLiteral("syncedNow"))
                .toBool());
    // Two days old: synced again first.
    QVERIFY(ageMirror());
    const QString name = m_sandbox->data().sequences.constFirst().name;
    QJsonObject r
        = m_server->call(QStringLiteral("list_sequences"), {{QStringLiteral("query"), name}});
    QVERIFY2(!isError(r), qPrintable(text(r)));
    QVERIFY(data(r).value(QStringLiteral("syncedNow")).toBool());
    const QJsonArray found = data(r).value(QStringLiteral("sequences")).toArray();
    QVERIFY(!found.isEmpty());
    for (const QJsonValue &v : found)
        QVERIFY(v.toObject().value(QStringLiteral("name")).toString().contains(name));
    // Two days old and HubSpot refuses the sync: the last sync's sequences, saying why.
    QVERIFY(ageMirror());
    QVERIFY(m_sandbox->control({{QStringLiteral("revokeToken"), true}}));
    r = m_server->call(QStringLiteral("list_sequences"));
    QVERIFY2(!isError(r), qPrintable(text(r)));
    QVERIFY(!data(r).value(QStringLiteral("syncedNow")).toBool());
    QVERIFY(!data(r).value(QStringLiteral("syncProblem")).toString().isEmpty());
    QCOMPARE(data(r).value(QStringLiteral("total")).toInt(),
             int(m_sandbox->data().sequences.size()));
}

void TestMcpServer::listContactListsFindsTheSandboxLists()
{
    m_server->initialize();
    const QJsonObject r = m_server->call(QStringLiteral("list_contact_lists"));
    QVERIFY2(!isError(r), qPrintable(text(r)));
    const QJsonArray lists = data(r).value(QStringLiteral("lists")).toArray();
    int contactLists = 0;
    for (const auto &l : m_sandbox->data().lists)
        contactLists += l.isContactList() ? 1 : 0;
    QCOMPARE(lists.size(), contactLists);
    const QJsonObject one = lists.at(0).toObject();
    for (const char *key : {"id", "name", "size", "kind"})
        QVERIFY2(one.contains(QLatin1String(key)), key);
    const QString name = one.value(QStringLiteral("name")).toString();
    const QJsonObject matched
        = m_server->call(QStringLiteral("list_contact_lists"), {{QStringLiteral("query"), name}});
    QCOMPARE(data(matched)
                 .value(QStringLiteral("lists"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             name);
}

void TestMcpServer::previewThenStartEnrollsEachEligibleContactOnce()
{
    m_server->initialize();
    const QStringList normal = m_sandbox->contactsOfKind(ContactKind::Normal, 12);
    const QStringList unsubscribed = m_sandbox->contactsOfKind(ContactKind::Unsubscribed, 1);
    const QStringList input = normal + unsubscribed + QStringList {normal.first()};
    const QJsonObject p = preview(input);
    QVERIFY2(!isError(p), qPrintable(text(p)));
    const QJsonObject counts = data(p).value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("enroll")).toInt(), 12);
    QCOMPARE(counts.value(QStringLiteral("unsubscribed")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("duplicate")).toInt(), 1);
    QCOMPARE(data(p).value(QStringLiteral("contacts")).toArray().size(), 14);
    QCOMPARE(m_sandbox->accepted(), 0); // a dry run
    const QString previewId = data(p).value(QStringLiteral("previewId")).toString();

    const QJsonObject started = m_server->call(
        QStringLiteral("start_enrollment"),
        {{QStringLiteral("previewId"), previewId}, {QStringLiteral("confirm"), true}});
    QVERIFY2(!isError(started), qPrintable(text(started)));
    const qint64 jobId = data(started).value(QStringLiteral("jobId")).toInteger();
    QVERIFY(jobId > 0);
    const QJsonObject job = waitForJobEnd(*m_server, jobId);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    const QJsonObject jobCounts = job.value(QStringLiteral("counts")).toObject();
    QCOMPARE(jobCounts.value(QStringLiteral("enrolled")).toInt(), 12);
    QCOMPARE(jobCounts.value(QStringLiteral("skipped")).toInt(), 2);
    QVERIFY(!job.value(QStringLiteral("reasons")).toArray().isEmpty());

    const QHash<QString, int> times = m_sandbox->enrollments();
    QCOMPARE(times.size(), 12);
    for (const QString &id : normal)
        QCOMPARE(times.value(id), 1);

    // The same preview starts nobody a second time.
    const QJsonObject again = m_server->call(
        QStringLiteral("start_enrollment"),
        {{QStringLiteral("previewId"), previewId}, {QStringLiteral("confirm"), true}});
    QVERIFY(isError(again));
    QVERIFY2(text(again).contains(QString::number(jobId)), qPrintable(text(again)));
    QCOMPARE(m_sandbox->accepted(), 12);

    // Analytics' numbers for the sequence.
    const QJsonObject summary = m_server->call(
        QStringLiteral("enrollment_summary"),
        {{QStringLiteral("sequenceId"), m_sandbox->sequence()}, {QStringLiteral("days"), 7}});
    QVERIFY2(!isError(summary), qPrintable(text(summary)));
    const QJsonObject totals = data(summary).value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("enrolled")).toInt(), 12);
    QCOMPARE(totals.value(QStringLiteral("skipped")).toInt(), 2);
    QCOMPARE(data(summary).value(QStringLiteral("sequences")).toArray().size(), 1);
}

void TestMcpServer::startWithoutFreshConfirmedPreviewEnrollsNobody()
{
    m_server->initialize();
    const QStringList contacts = m_sandbox->contactsOfKind(ContactKind::Normal, 5);
    QString previewId = data(preview(contacts)).value(QStringLiteral("previewId")).toString();
    QVERIFY(!previewId.isEmpty());
    const auto start = [this](const QJsonObject &args) {
        return m_server->call(QStringLiteral("start_enrollment"), args);
    };
    // No such preview.
    QJsonObject r
        = start({{QStringLiteral("previewId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                 {QStringLiteral("confirm"), true}});
    QVERIFY(isError(r));
    QVERIFY2(text(r).contains(QStringLiteral("preview_enrollment first")), qPrintable(text(r)));
    r = start({{QStringLiteral("confirm"), true}});
    QVERIFY(isError(r));
    // confirm missing, false, or not a boolean.
    r = start({{QStringLiteral("previewId"), previewId}});
    QVERIFY(isError(r));
    QVERIFY2(text(r).contains(QStringLiteral("confirm: true")), qPrintable(text(r)));
    r = start({{QStringLiteral("previewId"), previewId}, {QStringLiteral("confirm"), false}});
    QVERIFY(isError(r));
    r = start({{QStringLiteral("previewId"), previewId},
               {QStringLiteral("confirm"), QStringLiteral("true")}});
    QVERIFY(isError(r));
    // Stale: made 16 minutes ago (the saved preview's time moved back).
    const QString file = previewFile(m_home->path(), previewId);
    QVERIFY(!file.isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    saved.insert(QStringLiteral("createdAt"),
                 QDateTime::currentDateTimeUtc().addSecs(-16 * 60).toString(Qt::ISODateWithMs));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(saved).toJson());
    f.close();
    r = start({{QStringLiteral("previewId"), previewId}, {QStringLiteral("confirm"), true}});
    QVERIFY(isError(r));
    QVERIFY2(text(r).contains(QStringLiteral("stale: it was made 16 minutes ago")),
             qPrintable(text(r)));
    // Dated 20 minutes ahead (the clock was set back): refused, and no negative age.
    saved.insert(QStringLiteral("createdAt"),
                 QDateTime::currentDateTimeUtc().addSecs(20 * 60).toString(Qt::ISODateWithMs));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(saved).toJson());
    f.close();
    r = start({{QStringLiteral("previewId"), previewId}, {QStringLiteral("confirm"), true}});
    QVERIFY(isError(r));
    QVERIFY2(text(r).contains(QStringLiteral("clock set back")), qPrintable(text(r)));
    QVERIFY2(!text(r).contains(QStringLiteral("minutes ago")), qPrintable(text(r)));
    // Stale: the sequence changed in HubSpot after the preview.
    previewId = data(preview(contacts)).value(QStringLiteral("previewId")).toString();
    QVERIFY(m_sandbox->control(
        {{QStringLiteral("renameSequence"),
          QJsonObject {{QStringLiteral("id"), m_sandbox->sequence()},
                       {QStringLiteral("name"), QStringLiteral("Renamed after the preview")}}}}));
    r = start({{QStringLiteral("previewId"), previewId}, {QStringLiteral("confirm"), true}});
    QVERIFY(isError(r));
    QVERIFY2(text(r).contains(QStringLiteral("changed")), qPrintable(text(r)));
    // Nobody was enrolled, and no job was made.
    QCOMPARE(m_sandbox->accepted(), 0);
    r = m_server->call(QStringLiteral("get_job"), {{QStringLiteral("jobId"), 1}});
    QVERIFY(isError(r));
}

void TestMcpServer::previewOfAListReportsProgressAndHonoursCancellation()
{
    // A sandbox with a 2,000-member list, each answer held a little: the preview takes pages.
    m_server.reset();
    m_sandbox = std::make_unique<Sandbox>(2000);
    QVERIFY(m_sandbox->start({QStringLiteral("--latency-ms"), QStringLiteral("50")}));
    m_server = std::make_unique<Server>();
    QVERIFY(m_server->start(m_home->path(), m_sandbox->base));
    m_server->initialize();
    QString listId;
    for (const auto &l : m_sandbox->data().lists) {
        if (l.isContactList() && l.members.size() == 2000)
            listId = QString::number(l.listId);
    }
    QVERIFY(!listId.isEmpty());
    const QJsonObject args {{QStringLiteral("sequenceId"), m_sandbox->sequence()},
                            {QStringLiteral("senderEmail"), m_sandbox->sender()},
                            {QStringLiteral("listId"), listId}};
    // Progress: the list's pages, then the dry run's batches, growing, to the total.
    const int whole
        = m_server->startCall(QStringLiteral("preview_enrollment"), args, QStringLiteral("whole"));
    const QJsonObject done = m_server->response(whole).value(QStringLiteral("result")).toObject();
    QVERIFY2(!isError(done), qPrintable(text(done)));
    QCOMPARE(data(done).value(QStringLiteral("total")).toInt(), 2000);
    QCOMPARE(data(done).value(QStringLiteral("contactsShown")).toInt(), 50);
    QCOMPARE(data(done).value(QStringLiteral("source")).toObject().value(QStringLiteral("listId")),
             listId);
    double last = 0;
    for (const QJsonObject &n : std::as_const(m_server->notifications)) {
        const QJsonObject p = n.value(QStringLiteral("params")).toObject();
        QCOMPARE(p.value(QStringLiteral("progressToken")).toString(), QStringLiteral("whole"));
        QVERIFY(p.value(QStringLiteral("progress")).toDouble() > last); // it only grows
        last = p.value(QStringLiteral("progress")).toDouble();
        QCOMPARE(p.value(QStringLiteral("total")).toDouble(), 4000.0); // members, then dry run
    }
    // 8 member pages, then the dry run's batches of 100 (answers may come together).
    QVERIFY(m_server->notifications.size() > 8);
    QCOMPARE(last, 4000.0);
    m_server->notifications.clear();

    // Cancelled after its first progress: no result ever, and the server goes on.
    const int cancelled = m_server->startCall(QStringLiteral("preview_enrollment"), args,
                                              QStringLiteral("cancel-me"));
    QElapsedTimer t;
    t.start();
    while (m_server->notifications.isEmpty() && t.elapsed() < 30000)
        m_server->pump(50);
    QVERIFY(!m_server->notifications.isEmpty());
    m_server->notify(QStringLiteral("notifications/cancelled"),
                     {{QStringLiteral("requestId"), cancelled},
                      {QStringLiteral("reason"), QStringLiteral("the user changed their mind")}});
    QVERIFY(m_server->response(m_server->request(QStringLiteral("ping")))
                .contains(QStringLiteral("result")));
    // A whole call after it: had the cancelled one gone on, its answer would come first.
    const QJsonObject after = m_server->call(QStringLiteral("list_contact_lists"));
    QVERIFY(!isError(after));
    QVERIFY(m_server->response(cancelled, 0).isEmpty());
    const qsizetype seen = m_server->notifications.size();
    QVERIFY(m_server->response(m_server->request(QStringLiteral("ping")))
                .contains(QStringLiteral("result")));
    QCOMPARE(m_server->notifications.size(), seen); // no progress after the cancellation's ping
    QCOMPARE(m_sandbox->accepted(), 0);
}

void TestMcpServer::jobIsPausedResumedAndCancelled()
{
    m_server->initialize();
    // Slow enough that the job is still running when pause_job arrives: 5 enrollments a
    // second.
    QVERIFY(m_sandbox->control({{QStringLiteral("settings"),
                                 QJsonObject {{QStringLiteral("rateLimit"), 5},
                                              {QStringLiteral("rateWindowMs"), 1000}}}}));
    const QStringList contacts = m_sandbox->contactsOfKind(ContactKind::Normal, 60);
    const QJsonObject p = preview(contacts);
    QVERIFY2(!isError(p), qPrintable(text(p)));
    const QJsonObject started
        = m_server->call(QStringLiteral("start_enrollment"),
                         {{QStringLiteral("previewId"), data(p).value(QStringLiteral("previewId"))},
                          {QStringLiteral("confirm"), true}});
    const qint64 jobId = data(started).value(QStringLiteral("jobId")).toInteger();
    QVERIFY2(jobId > 0, qPrintable(text(started)));
    // Once the sandbox accepted some, pause.
    QElapsedTimer t;
    t.start();
    while (m_sandbox->accepted() < 2 && t.elapsed() < 60000)
        m_server->pump(20);
    QJsonObject r = m_server->call(QStringLiteral("pause_job"), {{QStringLiteral("jobId"), jobId}});
    QVERIFY2(!isError(r), qPrintable(text(r)));
    QCOMPARE(data(r).value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    const int atPause = m_sandbox->accepted();
    r = m_server->call(QStringLiteral("get_job"), {{QStringLiteral("jobId"), jobId}});
    QCOMPARE(data(r).value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    QCOMPARE(data(r)
                 .value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("enrolled"))
                 .toInt(),
             atPause);
    QCOMPARE(m_sandbox->accepted(), atPause); // nothing sent while paused
    // Resume, then cancel once a few more went.
    r = m_server->call(QStringLiteral("resume_job"), {{QStringLiteral("jobId"), jobId}});
    QVERIFY2(!isError(r), qPrintable(text(r)));
    t.restart();
    while (m_sandbox->accepted() < atPause + 2 && t.elapsed() < 60000)
        m_server->pump(20);
    r = m_server->call(QStringLiteral("cancel_job"), {{QStringLiteral("jobId"), jobId}});
    QVERIFY2(!isError(r), qPrintable(text(r)));
    QCOMPARE(data(r).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    const QJsonObject counts = data(r).value(QStringLiteral("counts")).toObject();
    const int enrolled = counts.value(QStringLiteral("enrolled")).toInt();
    QVERIFY(enrolled > atPause && enrolled < contacts.size());
    QCOMPARE(counts.value(QStringLiteral("pending")).toInt(), contacts.size() - enrolled);
    // A cancelled job is never run again.
    r = m_server->call(QStringLiteral("resume_job"), {{QStringLiteral("jobId"), jobId}});
    QVERIFY(isError(r));
    const QHash<QString, int> times = m_sandbox->enrollments();
    QCOMPARE(times.size(), enrolled);
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        QCOMPARE(it.value(), 1);
}

void TestMcpServer::serverExitsWhenItsInputCloses()
{
    m_server->initialize();
    QVERIFY(m_server->response(m_server->request(QStringLiteral("ping")))
                .contains(QStringLiteral("result")));
    m_server->process.closeWriteChannel();
    QVERIFY(m_server->process.waitForFinished(30000));
    QCOMPARE(m_server->process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server->process.exitCode(), 0);
    // stdout held MCP messages only; the logs went to stderr (or the log file).
    m_server->pump(0);
}

QTEST_GUILESS_MAIN(TestMcpServer)
#include "tst_mcpserver.moc"
