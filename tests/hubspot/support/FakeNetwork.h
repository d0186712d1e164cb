#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <deque>
#include <functional>

// The QNetworkAccessManager seam for unit tests: every request is recorded and answered
// with a canned reply (status, headers, body, delay, network error), never touching a
// socket.
struct CannedReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // network-level failure
    bool hang = false; // never answers; ends only by transfer timeout or abort
    // What a hanging reply signals first, as Qt does for a new connection
    // (socketStartedConnecting) and once the request is on the wire (requestSent).
    bool startsConnecting = false;
    bool sendsRequest = false;
    QString errorText = QStringLiteral("fake network error"); // errorString() of `error`

    static CannedReply json(int status, const QByteArray &body);
    CannedReply &header(const QByteArray &name, const QByteArray &value);
    // X-HubSpot-RateLimit-Max / Remaining / Interval-Milliseconds
    CannedReply &rate(int max, int remaining, int intervalMs);
};

struct RecordedRequest
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    int transferTimeout = 0;
    qint64 atMs = 0; // since the manager was created
};

class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<CannedReply(const RecordedRequest &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    // Answers every request (takes precedence over the queue).
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers the next request; an empty queue answers 200 {}.
    void enqueue(const CannedReply &reply) { m_queue.push_back(reply); }

    QList<RecordedRequest> requests;
    int inFlight = 0;
    int maxInFlight = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    std::deque<CannedReply> m_queue;
    QElapsedTimer m_elapsed;
};
