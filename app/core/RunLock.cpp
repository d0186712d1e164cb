#include "core/RunLock.h"

#include "core/OwnerOnly.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

namespace SeqDesk::RunLock {

namespace {

// A lock file this old without its holder's details is not being written any more.
constexpr qint64 kUnwrittenMs = 5000;

// How long ago the lock file was last written; -1 when it is gone.
qint64 ageMs(const QLockFile &lock)
{
    const QFileInfo file(lock.fileName());
    if (!file.exists())
        return -1;
    return file.lastModified().msecsTo(QDateTime::currentDateTime());
}

bool readable(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString app;
    return lock.getLockInfo(&pid, &host, &app);
}

// tryLock() without the lock file's mode.
bool take(QLockFile &lock)
{
    if (lock.tryLock(0))
        return true;
    if (lock.error() != QLockFile::LockFailedError || readable(lock))
        return false;
    if (ageMs(lock) < 0)
        return lock.tryLock(0); // its holder let go just now
    // As QLockFile removes a stale lock: one process at a time, checking again under the
    // guard. removeStaleLockFile() refuses a file whose creator is alive (it holds flock()).
    QLockFile guard(lock.fileName() + QStringLiteral(".rmlock"));
    if (!guard.tryLock(0))
        return false;
    OwnerOnly::ensureFile(guard.fileName());
    if (readable(lock) || ageMs(lock) < kUnwrittenMs)
        return false;
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

} // namespace

bool tryLock(QLockFile &lock)
{
    if (!take(lock))
        return false;
    // QLockFile creates it 0666 less the umask; its folder (the mirror's, 0700) keeps others
    // out meanwhile.
    OwnerOnly::ensureFile(lock.fileName());
    return true;
}

bool holder(const QLockFile &lock, qint64 *pid, QString *app)
{
    QString host;
    for (int waited = 0; waited < 100; ++waited) {
        if (lock.getLockInfo(pid, &host, app))
            return true;
        const qint64 age = ageMs(lock);
        if (age < 0 || age >= kUnwrittenMs)
            return false;
        QThread::msleep(1);
    }
    return false;
}

} // namespace SeqDesk::RunLock
