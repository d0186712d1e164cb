// JSON-RPC 2.0 framing of the MCP server: what is a request, a notification, an error.
#include "mcp/JsonRpc.h"

#include <QJsonDocument>
#include <QTest>

using namespace SeqDesk::Mcp;

class TestJsonRpc final : public QObject
{
    Q_OBJECT

private slots:
    void parsesRequestsAndNotifications();
    void refusesWhatIsNotARequest_data();
    void refusesWhatIsNotARequest();
    void writesOneLinePerMessage();
};

void TestJsonRpc::parsesRequestsAndNotifications()
{
    JsonRpc::Message m = JsonRpc::parse(
        R"({"jsonrpc":"2.0","id":"a1","method":"tools/call","params":{"name":"get_job"}})");
    QCOMPARE(m.kind, JsonRpc::Message::Kind::Request);
    QCOMPARE(m.id.toString(), QStringLiteral("a1"));
    QCOMPARE(m.method, QStringLiteral("tools/call"));
    QCOMPARE(m.params.value(QStringLiteral("name")).toString(), QStringLiteral("get_job"));
    m = JsonRpc::parse(R"({"jsonrpc":"2.0","method":"notifications/initialized"})");
    QCOMPARE(m.kind, JsonRpc::Message::Kind::Notification);
    m = JsonRpc::parse(R"({"jsonrpc":"2.0","id":3,"result":{}})");
    QCOMPARE(m.kind, JsonRpc::Message::Kind::Response);
    QCOMPARE(JsonRpc::idKey(QJsonValue(3)), JsonRpc::idKey(QJsonValue(3.0)));
    QVERIFY(JsonRpc::idKey(QJsonValue(3)) != JsonRpc::idKey(QJsonValue(QStringLiteral("3"))));
}

void TestJsonRpc::refusesWhatIsNotARequest_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code");
    QTest::newRow("not JSON") << QByteArray("{\"jsonrpc\":") << int(JsonRpc::ParseError);
    QTest::newRow("array") << QByteArray("[]") << int(JsonRpc::InvalidRequest);
    QTest::newRow("string") << QByteArray("\"ping\"") << int(JsonRpc::InvalidRequest);
    QTest::newRow("number") << QByteArray("42") << int(JsonRpc::InvalidRequest);
    QTest::newRow("no version") << QByteArray(R"({"id":1,"method":"ping"})")
                                << int(JsonRpc::InvalidRequest);
    QTest::newRow("id object") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"ping"})")
                               << int(JsonRpc::InvalidRequest);
    QTest::newRow("method number")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":5})") << int(JsonRpc::InvalidRequest);
    QTest::newRow("params array") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"method":"ping","params":[]})")
                                  << int(JsonRpc::InvalidParams);
}

void TestJsonRpc::refusesWhatIsNotARequest()
{
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    const JsonRpc::Message m = JsonRpc::parse(line);
    QCOMPARE(m.kind, JsonRpc::Message::Kind::Invalid);
    QCOMPARE(m.errorCode, code);
}

void TestJsonRpc::writesOneLinePerMessage()
{
    const QByteArray line
        = JsonRpc::error(QJsonValue(7), JsonRpc::MethodNotFound, QStringLiteral("two\nlines"));
    QVERIFY(!line.contains('\n'));
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    QCOMPARE(o.value(QStringLiteral("id")).toInt(), 7);
    QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
             -32601);
}

QTEST_GUILESS_MAIN(TestJsonRpc)
#include "tst_jsonrpc.moc"
