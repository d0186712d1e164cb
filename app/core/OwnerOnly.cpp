#include "core/OwnerOnly.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace SeqDesk::OwnerOnly {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Takes group's and others' bits off an existing entry of this user (not through a symbolic
// link). A shared folder (the sticky bit, as /tmp) or another user's entry is not SeqDesk's:
// left as it is.
bool tighten(const QFileInfo &entry, QFileDevice::Permissions mode, QString *error)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(entry.filePath()).constData(), &st) != 0 || S_ISLNK(st.st_mode)
        || st.st_uid != ::geteuid() || (st.st_mode & S_ISVTX)
        || !(st.st_mode & (S_IRWXG | S_IRWXO)))
        return true;
    if (QFile::setPermissions(entry.filePath(), mode))
        return true;
    return fail(
        error,
        QCoreApplication::translate("OwnerOnly", "Could not make %1 readable by its owner only.")
            .arg(QDir::toNativeSeparators(entry.filePath())));
}

} // namespace

bool ensureDir(const QString &dir, QString *error)
{
    QStringList missing;
    for (QString d = QFileInfo(dir).absoluteFilePath(); !QFileInfo::exists(d);
         d = QFileInfo(d).absolutePath())
        missing.prepend(d);
    for (const QString &d : std::as_const(missing)) {
        if (!QDir().mkdir(d, kDir) && !QFileInfo(d).isDir())
            return fail(error,
                        QCoreApplication::translate("OwnerOnly", "Could not create the folder %1.")
                            .arg(QDir::toNativeSeparators(d)));
    }
    return tighten(QFileInfo(QFileInfo(dir).canonicalFilePath()), kDir, error);
}

bool ensureFile(const QString &path, QString *error)
{
    const QFileInfo file(path);
    return !file.exists() || tighten(QFileInfo(file.canonicalFilePath()), kFile, error);
}

bool ensureTree(const QString &root, QString *error)
{
    const QFileInfo top(QFileInfo(root).canonicalFilePath()); // the user's link to it is fine
    if (!top.isDir())
        return ensureFile(root, error);
    bool ok = tighten(top, kDir, error);
    QDirIterator it(top.filePath(),
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        ok = tighten(entry, entry.isDir() && !entry.isSymLink() ? kDir : kFile, error) && ok;
    }
    return ok;
}

void restrictNewFiles()
{
    ::umask(S_IRWXG | S_IRWXO);
}

} // namespace SeqDesk::OwnerOnly
