// HubSpotClient: contacts batch read (chunked) and search.
#include "hubspot/HubSpotClient.h"

#include "hubspot/Parsers.h"
#include "hubspot/RequestBodies.h"
#include "hubspot/RequestScheduler.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

namespace SeqDesk::HubSpot {

namespace {

// Collects the answers of all chunks; the first error wins.
struct BatchState
{
    QStringList inputs; // deduplicated, in input order
    IdProperty idProperty = IdProperty::Id;
    int pending = 0;
    bool failed = false;
    BatchReadResult merged;
    HubSpotClient::Callback<BatchReadResult> done;

    QString keyOf(const QString &value) const
    {
        return idProperty == IdProperty::Email ? value.trimmed().toLower() : value.trimmed();
    }

    void finish()
    {
        // Order found contacts by input; every input not found is reported as not found.
        QHash<QString, Contact> byKey;
        for (const Contact &c : merged.found) {
            const QString key = keyOf(idProperty == IdProperty::Email
                                          ? c.properties.value(QStringLiteral("email"))
                                          : c.id);
            if (!key.isEmpty())
                byKey.insert(key, c);
        }
        BatchReadResult result;
        result.errors = merged.errors;
        QSet<QString> used;
        for (const QString &input : inputs) {
            const QString key = keyOf(input);
            const auto it = byKey.constFind(key);
            if (it != byKey.constEnd()) {
                if (!used.contains(it->id)) {
                    result.found.append(*it);
                    used.insert(it->id);
                }
            } else {
                result.notFound.append(input);
            }
        }
        // Contacts matched by another key (e.g. a secondary email) are still returned.
        for (const Contact &c : merged.found) {
            if (!used.contains(c.id)) {
                result.found.append(c);
                used.insert(c.id);
            }
        }
        done(Result<BatchReadResult>::success(result));
    }
};

} // namespace

void HubSpotClient::batchReadContacts(const QStringList &idsOrEmails, IdProperty idProperty,
                                      const QStringList &properties, QObject *context,
                                      Callback<BatchReadResult> done)
{
    auto state = std::make_shared<BatchState>();
    state->idProperty = idProperty;
    state->done = std::move(done);
    QSet<QString> seen;
    for (const QString &raw : idsOrEmails) {
        const QString value = raw.trimmed();
        if (value.isEmpty() || seen.contains(state->keyOf(value)))
            continue;
        seen.insert(state->keyOf(value));
        state->inputs.append(value);
    }
    QStringList props = properties;
    if (idProperty == IdProperty::Email && !props.contains(QStringLiteral("email")))
        props.append(QStringLiteral("email"));

    if (state->inputs.isEmpty()) {
        later(context, [state] { state->finish(); });
        return;
    }
    for (int i = 0; i < state->inputs.size(); i += batchReadChunkSize) {
        ++state->pending;
        readChunk(state->inputs.mid(i, batchReadChunkSize), idProperty, props, context,
                  [state](Result<BatchReadResult> chunk) {
                      if (state->failed)
                          return;
                      if (!chunk.ok()) {
                          state->failed = true;
                          state->done(Result<BatchReadResult>::failure(chunk.error()));
                          return;
                      }
                      state->merged.found += chunk.value().found;
                      state->merged.notFound += chunk.value().notFound;
                      state->merged.errors += chunk.value().errors;
                      if (--state->pending == 0)
                          state->finish();
                  });
    }
}

void HubSpotClient::readChunk(const QStringList &chunk, IdProperty idProperty,
                              const QStringList &properties, QObject *context,
                              Callback<BatchReadResult> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("archived"), QStringLiteral("false"));
    OutgoingRequest request;
    request.endpoint = Endpoint::ContactsBatchRead;
    request.verb = QByteArrayLiteral("POST");
    request.url = url(request.endpoint, QString(), query);
    request.body = batchReadBody(chunk, idProperty, properties);
    request.idempotent = true; // a read, even though it is a POST
    submit(request, context, [done](const RawAnswer &answer) {
        done(answer.ok() ? parseBatchRead(answer.body)
                         : Result<BatchReadResult>::failure(answer.error));
    });
}

void HubSpotClient::searchContacts(const SearchRequest &search, QObject *context,
                                   Callback<SearchPage> done)
{
    const QString invalid = validateSearchRequest(search);
    if (!invalid.isEmpty()) {
        later(context, [done, invalid] {
            done(Result<SearchPage>::failure(
                ApiError::badRequest(Endpoint::ContactsSearch, invalid)));
        });
        return;
    }
    OutgoingRequest request;
    request.endpoint = Endpoint::ContactsSearch;
    request.verb = QByteArrayLiteral("POST");
    request.url = url(request.endpoint, QString(), QUrlQuery());
    request.body = searchBody(search);
    submit(request, context, [done](const RawAnswer &answer) {
        done(answer.ok() ? parseSearchPage(answer.body)
                         : Result<SearchPage>::failure(answer.error));
    });
}

} // namespace SeqDesk::HubSpot
