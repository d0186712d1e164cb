#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>

class QSocketNotifier;

namespace SeqDesk::Mcp {

// MCP's stdio transport: newline-delimited messages on file descriptors (stdin and stdout),
// read as they arrive on the event loop. Nothing else may write to the output descriptor.
class StdioTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StdioTransport)

public:
    explicit StdioTransport(int inputFd = 0, int outputFd = 1, QObject *parent = nullptr);
    ~StdioTransport() override;

    // Starts reading; false when a descriptor cannot be used.
    bool start();
    // One message: `line` (no line break in it) and a newline, written at once.
    void send(const QByteArray &line);

signals:
    void lineReceived(const QByteArray &line);
    // The input ended (the client closed it or went away).
    void closed();

private:
    void readAvailable();

    int m_inputFd;
    int m_outputFd;
    QFile m_output;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer; // a line not ended yet
    bool m_closed = false;
};

} // namespace SeqDesk::Mcp
