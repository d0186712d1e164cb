// libFuzzer target: the sandbox's request parsing, without sockets. The input is one or more
// HTTP requests (FuzzSupport.h; requests separated by lines holding only "%%"), e.g.
//   POST /crm/v3/objects/contacts/batch/read?archived=false HTTP/1.1
//   Content-Type: application/json
//
//   {"inputs": [{"id": "1"}], "properties": ["email"], "propertiesWithHistory": []}
// Each one is routed (Router), its path, query string (userId, limit, after cursors, ...) and
// JSON body read by the HubSpot handlers on a small demo portal, as SandboxServer does after
// the token, scope and rate checks; POST /_sandbox/control goes to SandboxServer::applyControl.
// The requests of one input share the portal, so a list can be created and then filled.
#include "FuzzSupport.h"

#include "FixedClock.h"
#include "sandbox/Cursor.h"
#include "sandbox/DemoData.h"
#include "sandbox/Handlers.h"
#include "sandbox/HttpTypes.h"
#include "sandbox/JsonInput.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace SeqDesk::Sandbox;
using SeqDesk::Fuzz::fixedClock;

namespace {

// A small portal: every kind of owner, sequence, contact and list, built once.
constexpr DemoDataSpec portalSpec {1, 8, 6, 40, 0};

const PortalData &portal()
{
    static const PortalData data = generateDemoData(portalSpec);
    return data;
}

// As QtHttpServer fills a request: the target's path (tolerant), its query and the headers.
SandboxRequest requestOf(const QByteArray &text)
{
    const SeqDesk::Fuzz::Message message = SeqDesk::Fuzz::splitMessage(text);
    const QList<QByteArray> words = message.startLine.split(' ');
    const QByteArray target = words.value(1);
    const qsizetype mark = target.indexOf('?');
    QUrl url;
    url.setPath(QString::fromLatin1(target.left(mark < 0 ? target.size() : mark)),
                QUrl::TolerantMode);
    if (mark >= 0)
        url.setQuery(QString::fromLatin1(target.mid(mark + 1)));

    SandboxRequest r;
    r.method = words.value(0);
    r.path = stripTrailingSlash(url.path());
    r.query = QUrlQuery(url);
    r.contentType = message.header("Content-Type");
    r.authorization = message.header("Authorization");
    r.body = message.body;
    r.baseUrl = QStringLiteral("http://127.0.0.1:8080");
    return r;
}

void checkReply(const Reply &reply)
{
    FUZZ_CHECK(reply.status >= 200 && reply.status <= 599);
    if (!reply.contentType.startsWith("application/json"))
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    FUZZ_CHECK(doc.isObject());
    // A next page is always one this sandbox takes back: its cursor, and its link's.
    const QJsonObject next = doc.object()
                                 .value(QStringLiteral("paging"))
                                 .toObject()
                                 .value(QStringLiteral("next"))
                                 .toObject();
    if (next.isEmpty())
        return;
    const QString after = next.value(QStringLiteral("after")).toString();
    FUZZ_CHECK(Cursor::decodeAfter(after).has_value());
    if (next.contains(QStringLiteral("link"))) {
        const QUrl link(next.value(QStringLiteral("link")).toString());
        FUZZ_CHECK(link.isValid());
        FUZZ_CHECK(QUrlQuery(link).queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded)
                   == after);
    }
}

Reply control(const SandboxRequest &request, std::unique_ptr<SandboxServer> &server)
{
    QJsonObject document;
    if (auto bad = JsonInput::parseObject(request, &document))
        return *bad;
    if (!server) { // built only when needed: it generates its own portal
        SandboxConfig config;
        config.seed = portalSpec.seed;
        config.ownerCount = portalSpec.ownerCount;
        config.sequenceCount = portalSpec.sequenceCount;
        config.contactCount = portalSpec.contactCount;
        server = std::make_unique<SandboxServer>(config, &fixedClock());
    }
    QJsonObject result;
    QString error;
    const int status = server->applyControl(document, &result, &error);
    FUZZ_CHECK(status == 200 || status == 400 || status == 404);
    FUZZ_CHECK((status == 200) == error.isEmpty());
    return Reply::json(status, result);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // SandboxServer is a QObject tree
    (void)portal();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SandboxState state(portal(), fixedClock());
    SandboxSettings settings;
    std::unique_ptr<SandboxServer> server;
    for (const QByteArray &part : SeqDesk::Fuzz::splitParts(SeqDesk::Fuzz::bytes(data, size), 8)) {
        const SandboxRequest request = requestOf(part);
        const Route route = matchRoute(request.method, request.path);
        if (route.wrongMethod || route.name == QLatin1String(Routes::notFound))
            continue; // answered by SandboxServer itself, before any parsing
        if (route.name == QLatin1String(Routes::sandboxControl)) {
            checkReply(control(request, server));
            continue;
        }
        if (route.sandbox)
            continue; // inspection: nothing of the request is read
        HandlerContext ctx {state, settings, false, settings.dailyApiLimit, 0};
        checkReply(dispatchHubSpot(route, request, ctx));
        ctx.legacyErrorShape = true;
        checkReply(dispatchHubSpot(route, request, ctx));
    }
    server.reset();
    QCoreApplication::sendPostedEvents(); // nothing of this input is left for the next one
    return 0;
}
