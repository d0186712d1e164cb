#pragma once

#include <QCoreApplication>
#include <QString>

class QByteArray;
struct stat;

namespace SeqDesk::Cli {

// Where seqdesk-cli's report goes (--output-json). A file, or a path with nothing there
// yet, is replaced atomically (a new file beside it, renamed over it): a new report is
// owner-only from the start whatever the umask (it holds contacts' emails); an existing
// file keeps its mode and owner. A symbolic link is followed: the file it points to is
// replaced and the link stays a link. What is not a file is written through and never
// replaced: a FIFO, a character device (/dev/null), a descriptor of this process
// (/dev/stdout, /dev/fd/N, bash's >(...)), written where it stands. A folder, a socket and
// a block device are refused.
class ReportFile final
{
    Q_DECLARE_TR_FUNCTIONS(SeqDesk::Cli::ReportFile)

public:
    explicit ReportFile(const QString &path);

    // Whether write() can put the report there, checked before anything is sent. It writes
    // nothing and leaves nothing behind, and opens no FIFO (that waits for a reader) nor
    // device (opening one may do something): their write permission is what it checks.
    // false: error() says why.
    bool check();
    // Writes all of `bytes`, or returns false with error() saying why. A FIFO waits for its
    // reader; a reader that went away is an error, not the end of the process (SIGPIPE).
    bool write(const QByteArray &bytes);
    // Whether the report goes where this process's stdout goes (/dev/stdout, or the file
    // stdout was redirected to): then nothing else should be printed there.
    bool sharesStandardOutput() const;
    // One sentence naming the path and the problem.
    QString error() const { return m_error; }

private:
    // Atomically: a new file beside `path`, renamed over it. `existing`: the file there.
    bool replace(const QString &path, const struct stat *existing, const QByteArray &bytes);
    bool refuse(const QString &why); // check()
    bool fail(const QString &why); // write()

    QString m_path;
    QString m_error;
};

} // namespace SeqDesk::Cli
