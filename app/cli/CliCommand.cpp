#include "cli/CliCommand.h"

#include <QTextStream>

namespace SeqDesk::Cli {

CliCommand::CliCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

CliCommand::~CliCommand() = default;

void CliCommand::fail(int exitCode, const QString &message)
{
    m_err << message << QLatin1Char('\n');
    finish(exitCode);
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    emit finished(exitCode);
}

} // namespace SeqDesk::Cli
