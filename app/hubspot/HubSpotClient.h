#pragma once

#include "hubspot/ClientConfig.h"
#include "hubspot/Pagination.h"
#include "hubspot/RequestBodies.h"
#include "hubspot/Result.h"
#include "hubspot/Types.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QUrlQuery;

namespace SeqDesk {
class Clock;
}

namespace SeqDesk::HubSpot {

class RequestScheduler;
struct OutgoingRequest;
struct RawAnswer;

// Asynchronous client of the HubSpot endpoints SeqDesk uses, on an injected
// QNetworkAccessManager. Every call takes a context object: when it is destroyed before
// the answer, the callback is never called. Callbacks always run later, from the event
// loop, never inside the call (cancelAll() excepted). When the client is destroyed, every
// pending callback whose context is alive gets a Cancelled error, later, from the
// context's event loop.
class HubSpotClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubSpotClient)

public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    // `clock` may be null (system clock). An invalid config (see configError()) makes
    // every call fail with Fatal InvalidConfiguration.
    HubSpotClient(QNetworkAccessManager *nam, ClientConfig config, const Clock *clock = nullptr,
                  QObject *parent = nullptr);
    ~HubSpotClient() override;

    // https, or http on a loopback host (127.0.0.0/8, ::1, localhost) only.
    static bool validateBaseUrl(const QUrl &url, QString *error);

    bool isValid() const { return m_configError.isEmpty(); }
    QString configError() const { return m_configError; }
    const ClientConfig &config() const { return m_config; }
    // Sent as "Authorization: Bearer <token>"; never logged.
    void setAccessToken(const QString &token);

    void accountDetails(QObject *context, Callback<AccountDetails> done);
    // All pages.
    void owners(QObject *context, Callback<QList<Owner>> done, PageProgress progress = {});
    // All pages of the sequences visible to one user (userId required).
    void sequencesForUser(const QString &userId, QObject *context,
                          Callback<QList<SequenceSummary>> done, PageProgress progress = {});
    // One page of them: `after` empty for the first page, then the page's nextAfter (empty
    // on the last page), so a caller can use each page as it arrives (SequenceCalls.cpp).
    void sequencesPage(const QString &userId, const QString &after, QObject *context,
                       Callback<Page<SequenceSummary>> done);
    void sequence(const QString &sequenceId, const QString &userId, QObject *context,
                  Callback<SequenceDetail> done);
    // One contact. A lost answer is checked with contactEnrollment() before any retry.
    void enroll(const EnrollmentRequest &request, QObject *context,
                Callback<EnrollmentResult> done);
    // nullopt when the contact is in no sequence (HubSpot answers 404 OBJECT_NOT_FOUND).
    void contactEnrollment(const QString &contactId, QObject *context,
                           Callback<std::optional<ContactEnrollment>> done);
    // Any number of ids or emails, read 100 per call; found contacts in input order plus
    // the inputs HubSpot did not find.
    void batchReadContacts(const QStringList &idsOrEmails, IdProperty idProperty,
                           const QStringList &properties, QObject *context,
                           Callback<BatchReadResult> done);
    // One page (request.after selects it).
    void searchContacts(const SearchRequest &request, QObject *context, Callback<SearchPage> done);
    // Lists (crm.lists.read; a token without it gets Fatal MissingScopes naming it).
    // One page of the lists search: request.offset selects it (0, then nextOffset).
    void searchLists(const ListSearchRequest &request, QObject *context,
                     Callback<ListSearchPage> done);
    // One list with its size and object type; an unknown list is Fatal NotFound.
    void list(const QString &listId, QObject *context, Callback<ListSummary> done);
    // One page of a list's members, sorted by record id: `after` empty for the first page,
    // then the page's nextAfter (empty on the last page); total = the list's size now.
    // `limit` is capped at HubSpot's maximum (250). Reading page by page keeps memory
    // flat and lets a caller show progress and stop between pages.
    void listMembershipsPage(const QString &listId, const QString &after, QObject *context,
                             Callback<Page<ListMembership>> done, int limit = membershipsPageLimit);
    // All members of a list, 250 per page, collected in memory.
    void listMemberships(const QString &listId, QObject *context,
                         Callback<QList<ListMembership>> done, PageProgress progress = {});

    ClientStats stats() const;
    // Aborts every request; pending callbacks receive an error of kind Cancelled, within
    // this call. Requests those callbacks start are cancelled too. An enroll that was
    // already sent gets ApiError::outcomeUnknown (no read is made to find out).
    void cancelAll();
    // Seeds the retry jitter (tests).
    void setRandomSeed(quint32 seed);
    // ClientConfig::rateShare from now on (0.05 to 1).
    void setRateShare(double share);

signals:
    void rateLimitChanged(const SeqDesk::HubSpot::RateLimitInfo &info);

private:
    struct EnrollOp;
    QUrl url(Endpoint endpoint, const QString &id, const QUrlQuery &query) const;
    void submit(const OutgoingRequest &request, QObject *context,
                std::function<void(const RawAnswer &)> done, qint64 delayMs = 0);
    // Runs fn from the event loop (unless context is destroyed first).
    void later(QObject *context, std::function<void()> fn);
    template<typename T>
    void fetchAll(Endpoint endpoint, const QString &id, QUrlQuery query, QObject *context,
                  Result<Page<T>> (*parse)(const QByteArray &), PageProgress progress,
                  Callback<QList<T>> done);
    void postEnrollment(const std::shared_ptr<EnrollOp> &op, qint64 delayMs);
    void verifyEnrollment(const std::shared_ptr<EnrollOp> &op);
    void readChunk(const QStringList &chunk, IdProperty idProperty, const QStringList &properties,
                   QObject *context, Callback<BatchReadResult> done);

    ClientConfig m_config;
    QString m_configError;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    RequestScheduler *m_scheduler;
};

} // namespace SeqDesk::HubSpot
