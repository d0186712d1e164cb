#include "mcp/StdioTransport.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace SeqDesk::Mcp {

namespace {

constexpr qsizetype kReadChunk = 64 * 1024;

} // namespace

StdioTransport::StdioTransport(int inputFd, int outputFd, QObject *parent)
    : QObject(parent)
    , m_inputFd(inputFd)
    , m_outputFd(outputFd)
{ }

StdioTransport::~StdioTransport() = default;

bool StdioTransport::start()
{
    if (!m_output.open(m_outputFd, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    // A client that went away makes a write fail (then its input ends too), not the process
    // die mid-job.
    std::signal(SIGPIPE, SIG_IGN);
    m_notifier = new QSocketNotifier(m_inputFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdioTransport::readAvailable);
    return true;
}

void StdioTransport::send(const QByteArray &line)
{
    QByteArray message = line;
    message.append('\n');
    qint64 written = 0;
    while (written < message.size()) {
        const qint64 n = m_output.write(message.constData() + written, message.size() - written);
        if (n <= 0)
            return; // the client went away: its input ends too
        written += n;
    }
}

void StdioTransport::readAvailable()
{
    if (m_closed)
        return;
    QByteArray chunk(kReadChunk, Qt::Uninitialized);
    const ssize_t n = ::read(m_inputFd, chunk.data(), size_t(chunk.size()));
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_closed = true;
        m_notifier->setEnabled(false);
        if (!m_buffer.trimmed().isEmpty())
            emit lineReceived(std::exchange(m_buffer, QByteArray()));
        emit closed();
        return;
    }
    m_buffer.append(chunk.constData(), qsizetype(n));
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        QByteArray message = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (message.endsWith('\r'))
            message.chop(1);
        if (!message.trimmed().isEmpty())
            emit lineReceived(message);
        if (m_closed)
            return;
    }
}

} // namespace SeqDesk::Mcp
