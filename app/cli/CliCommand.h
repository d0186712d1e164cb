#pragma once

#include <QObject>

class QTextStream;

namespace SeqDesk::Cli {

// What every seqdesk-cli command shares: stdout and stderr, and one finished(exitCode) after
// both are flushed, however many paths end the command.
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    ~CliCommand() override;

signals:
    void finished(int exitCode);

protected:
    CliCommand(QTextStream &out, QTextStream &err, QObject *parent);

    // `message` on its own line of stderr, then finish(exitCode).
    void fail(int exitCode, const QString &message);
    // Flushes both streams and emits finished(exitCode), the first time only.
    void finish(int exitCode);
    bool isFinished() const { return m_finished; }

    QTextStream &m_out;
    QTextStream &m_err;

private:
    bool m_finished = false;
};

} // namespace SeqDesk::Cli
