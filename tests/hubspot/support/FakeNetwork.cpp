#include "FakeNetwork.h"

#include <QTimer>

namespace {

// The error codes QNetworkReplyHttpImpl reports for HTTP statuses.
QNetworkReply::NetworkError httpError(int status)
{
    switch (status) {
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 500 ? QNetworkReply::UnknownServerError
                             : QNetworkReply::UnknownContentError;
    }
}

class FakeReply final : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
              const CannedReply &canned, QObject *parent)
        : QNetworkReply(parent)
        , m_canned(canned)
    {
        setRequest(request);
        setOperation(op);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (canned.hang) {
            QTimer::singleShot(0, this, [this] {
                if (m_canned.startsConnecting)
                    emit socketStartedConnecting();
                if (m_canned.sendsRequest && !m_done)
                    emit requestSent();
            });
            if (request.transferTimeout() > 0)
                QTimer::singleShot(request.transferTimeout(), this, [this] {
                    fail(QNetworkReply::OperationCanceledError,
                         QStringLiteral("Operation canceled"));
                });
            return;
        }
        QTimer::singleShot(canned.delayMs, this, [this] { complete(); });
    }

    void abort() override
    {
        fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_offset);
        if (n <= 0)
            return m_done ? -1 : 0;
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void complete()
    {
        if (m_done)
            return;
        if (m_canned.error != QNetworkReply::NoError) {
            fail(m_canned.error, m_canned.errorText);
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_canned.status);
        for (const auto &h : m_canned.headers)
            setRawHeader(h.first, h.second);
        m_data = m_canned.body;
        if (m_canned.status >= 400)
            setError(httpError(m_canned.status), QStringLiteral("server replied: error"));
        m_done = true;
        emit metaDataChanged();
        emit readyRead();
        if (error() != QNetworkReply::NoError)
            emit errorOccurred(error());
        emit finished();
    }

    void fail(QNetworkReply::NetworkError code, const QString &text)
    {
        if (m_done)
            return;
        m_done = true;
        setError(code, text);
        emit errorOccurred(code);
        emit finished();
    }

    CannedReply m_canned;
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_done = false;
};

} // namespace

CannedReply CannedReply::json(int status, const QByteArray &body)
{
    CannedReply r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

CannedReply &CannedReply::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

CannedReply &CannedReply::rate(int max, int remaining, int intervalMs)
{
    header(QByteArrayLiteral("X-HubSpot-RateLimit-Max"), QByteArray::number(max));
    header(QByteArrayLiteral("X-HubSpot-RateLimit-Remaining"), QByteArray::number(remaining));
    header(QByteArrayLiteral("X-HubSpot-RateLimit-Interval-Milliseconds"),
           QByteArray::number(intervalMs));
    return *this;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    m_elapsed.start();
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.verb = op == CustomOperation
        ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
        : (op == GetOperation ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST"));
    recorded.url = request.url();
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.insert(name.toLower(), request.rawHeader(name));
    recorded.transferTimeout = request.transferTimeout();
    recorded.atMs = m_elapsed.elapsed();
    requests.append(recorded);

    CannedReply canned;
    if (m_handler) {
        canned = m_handler(recorded);
    } else if (!m_queue.empty()) {
        canned = m_queue.front();
        m_queue.pop_front();
    } else {
        canned = CannedReply::json(200, QByteArrayLiteral("{}"));
    }
    auto *reply = new FakeReply(op, request, canned, this);
    ++inFlight;
    maxInFlight = qMax(maxInFlight, inFlight);
    connect(reply, &QNetworkReply::finished, this, [this] { --inFlight; });
    return reply;
}
