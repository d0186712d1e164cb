#include "cli/ReportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cerrno>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SeqDesk::Cli {

namespace {

constexpr int kMaxLinks = 40; // as the kernel's ELOOP

enum class Kind {
    New, // nothing there yet: a file is made
    File, // replaced
    Fifo, // written through
    CharDevice, // written through
    Descriptor, // one of this process's: written through, where it stands
};

// What a path names once its symbolic links are followed.
struct Destination
{
    Kind kind = Kind::New;
    QString path; // without a symbolic link: what is made, replaced or opened
    int descriptor = -1; // Kind::Descriptor
    struct stat st
    {
    }; // lstat() of `path`, but for New and Descriptor
    QString problem; // why it cannot take a report; empty when it can
};

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// N when `path` is /proc/<this process>/fd/N: the canonical form of /dev/fd/N,
// /dev/stdout, /proc/self/fd/N. Else -1.
int ownDescriptor(const QString &path)
{
    static const QRegularExpression fd(QStringLiteral("^/proc/(\\d+)(?:/task/\\d+)?/fd/(\\d+)$"));
    const QRegularExpressionMatch m = fd.match(path);
    bool ok = false;
    const int n = m.captured(2).toInt(&ok);
    return m.hasMatch() && ok && m.captured(1).toLongLong() == qint64(::getpid()) ? n : -1;
}

Destination resolve(const QString &given)
{
    Destination d;
    QString path = QDir::cleanPath(QFileInfo(given).absoluteFilePath());
    for (int links = 0;; ++links) {
        // Its folder's canonical path: /dev/fd and /proc/self are /proc/<pid>/fd there.
        const QFileInfo name(path);
        const QString folder = QFileInfo(name.path()).canonicalFilePath();
        if (folder.isEmpty()) {
            d.problem = ReportFile::tr("the folder %1 does not exist").arg(shown(name.path()));
            return d;
        }
        d.path = QDir(folder).filePath(name.fileName());
        d.descriptor = ownDescriptor(d.path);
        if (d.descriptor >= 0) {
            d.kind = Kind::Descriptor; // not its link's target: the open file, where it stands
            return d;
        }
        if (::lstat(native(d.path).constData(), &d.st) != 0) {
            if (errno != ENOENT)
                d.problem = ReportFile::tr("%1 cannot be looked up (%2)")
                                .arg(shown(d.path), qt_error_string(errno));
            return d; // Kind::New
        }
        if (!S_ISLNK(d.st.st_mode))
            break;
        path = QFileInfo(d.path).symLinkTarget();
        if (links == kMaxLinks || path.isEmpty()) {
            d.problem = ReportFile::tr("%1 cannot be followed (%2)")
                            .arg(shown(d.path), qt_error_string(ELOOP));
            return d;
        }
    }
    switch (d.st.st_mode & S_IFMT) {
    case S_IFREG:
        d.kind = Kind::File;
        break;
    case S_IFIFO:
        d.kind = Kind::Fifo;
        break;
    case S_IFCHR:
        d.kind = Kind::CharDevice;
        break;
    case S_IFDIR:
        d.problem = ReportFile::tr("%1 is a folder").arg(shown(d.path));
        break;
    case S_IFSOCK:
        d.problem = ReportFile::tr("%1 is a socket").arg(shown(d.path));
        break;
    case S_IFBLK:
        d.problem = ReportFile::tr("%1 is a block device").arg(shown(d.path));
        break;
    default:
        d.problem = ReportFile::tr("%1 is not a file, a FIFO or a device").arg(shown(d.path));
        break;
    }
    return d;
}

// Why `d` cannot take the report now, or empty.
QString problemWith(const Destination &d)
{
    if (!d.problem.isEmpty())
        return d.problem;
    switch (d.kind) {
    case Kind::New:
        return QString();
    case Kind::Descriptor: {
        const int flags = ::fcntl(d.descriptor, F_GETFL);
        if (flags < 0)
            return ReportFile::tr("descriptor %1 is not open (%2)")
                .arg(QString::number(d.descriptor), qt_error_string(errno));
        if ((flags & O_ACCMODE) == O_RDONLY)
            return ReportFile::tr("descriptor %1 is open for reading only")
                .arg(QString::number(d.descriptor));
        return QString();
    }
    case Kind::File:
    case Kind::Fifo:
    case Kind::CharDevice:
        if (::access(native(d.path).constData(), W_OK) != 0)
            return ReportFile::tr("%1 is not writable (%2)")
                .arg(shown(d.path), qt_error_string(errno));
        return QString();
    }
    return QString();
}

QString cannotCreateIn(const QString &folder, const QString &why)
{
    return ReportFile::tr("no file can be created in the folder %1 (%2)").arg(shown(folder), why);
}

// Writes all of `bytes` to `fd`. false: errno says why. SIGPIPE is held back meanwhile, so
// that a reader who went away is an error (EPIPE), not the end of the process.
bool writeAll(int fd, const QByteArray &bytes)
{
    sigset_t sigpipe;
    sigset_t old;
    sigemptyset(&sigpipe);
    sigaddset(&sigpipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &sigpipe, &old);
    int error = 0;
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd ready {fd, POLLOUT, 0}; // a non-blocking descriptor we were given
            ::poll(&ready, 1, -1);
        } else {
            error = n < 0 ? errno : EIO;
            break;
        }
    }
    if (error == EPIPE) { // the SIGPIPE this write raised: taken, not delivered
        const timespec now {0, 0};
        while (sigtimedwait(&sigpipe, nullptr, &now) == SIGPIPE) { }
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    errno = error;
    return error == 0;
}

} // namespace

ReportFile::ReportFile(const QString &path)
    : m_path(path)
{ }

bool ReportFile::check()
{
    m_error.clear();
    const Destination d = resolve(m_path);
    if (const QString problem = problemWith(d); !problem.isEmpty())
        return refuse(problem);
    if (d.kind != Kind::New && d.kind != Kind::File)
        return true;
    // The report is made beside it first: the folder must take a file (access() alone
    // would not tell: root passes it, and /proc takes no file whatever it says).
    const QString folder = QFileInfo(d.path).path();
    QTemporaryFile probe(d.path + QStringLiteral(".XXXXXX"));
    if (!probe.open())
        return refuse(cannotCreateIn(folder, probe.errorString()));
    return true;
}

bool ReportFile::write(const QByteArray &bytes)
{
    m_error.clear();
    const Destination d = resolve(m_path);
    if (const QString problem = problemWith(d); !problem.isEmpty())
        return fail(problem);
    if (d.kind == Kind::New || d.kind == Kind::File)
        return replace(d.path, d.kind == Kind::File ? &d.st : nullptr, bytes);
    int fd = -1;
    if (d.kind == Kind::Descriptor) {
        fd = ::fcntl(d.descriptor, F_DUPFD_CLOEXEC, 0); // the same open file, offset and all
    } else {
        do // a FIFO: waits for its reader
            fd = ::open(native(d.path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        while (fd < 0 && errno == EINTR);
    }
    if (fd < 0)
        return fail(qt_error_string(errno));
    const bool written = writeAll(fd, bytes);
    const int error = errno;
    ::close(fd);
    return written || fail(qt_error_string(error));
}

bool ReportFile::replace(const QString &path, const struct stat *existing, const QByteArray &bytes)
{
    // Owner-only from its creation (QTemporaryFile), so never readable by others, not even
    // before its mode is set; nothing is left behind when anything fails (autoRemove).
    QTemporaryFile file(path + QStringLiteral(".XXXXXX"));
    if (!file.open())
        return fail(cannotCreateIn(QFileInfo(path).path(), file.errorString()));
    const int fd = file.handle();
    mode_t mode = S_IRUSR | S_IWUSR;
    if (existing) {
        // The user's file keeps its mode, and its owner where we may change it (root).
        mode = existing->st_mode & 07777;
        if (existing->st_uid != ::geteuid() || existing->st_gid != ::getegid()) {
            [[maybe_unused]] const int owned = ::fchown(fd, existing->st_uid, existing->st_gid);
        }
    }
    if (::fchmod(fd, mode) != 0)
        return fail(qt_error_string(errno));
    if (file.write(bytes) != bytes.size() || !file.flush())
        return fail(file.errorString());
    if (::fsync(fd) != 0 && errno != EINVAL) // EINVAL: a file system that does not sync
        return fail(qt_error_string(errno));
    file.close();
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    if (::rename(native(file.fileName()).constData(), native(path).constData()) != 0)
        return fail(qt_error_string(errno));
    file.setAutoRemove(false);
    return true;
}

bool ReportFile::refuse(const QString &why)
{
    m_error = tr("Cannot write the report to %1: %2.").arg(shown(m_path), why);
    return false;
}

bool ReportFile::fail(const QString &why)
{
    m_error = tr("Could not write the report to %1: %2.").arg(shown(m_path), why);
    return false;
}

bool ReportFile::sharesStandardOutput() const
{
    struct stat report
    {
    };
    struct stat out
    {
    };
    return ::stat(native(m_path).constData(), &report) == 0 && ::fstat(STDOUT_FILENO, &out) == 0
        && report.st_dev == out.st_dev && report.st_ino == out.st_ino;
}

} // namespace SeqDesk::Cli
