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

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Takes group's and others' bits off an existing entry (not through a symbolic link).
bool tighten(const QFileInfo &entry, QFileDevice::Permissions mode, QString *error)
{
    if (entry.isSymLink() || !(entry.permissions() & kOthers))
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
    return tighten(QFileInfo(dir), kDir, error);
}

bool ensureFile(const QString &path, QString *error)
{
    const QFileInfo file(path);
    return !file.exists() || tighten(file, kFile, error);
}

bool ensureTree(const QString &root, QString *error)
{
    const QFileInfo top(root);
    if (!top.exists())
        return true;
    if (top.isSymLink() || !top.isDir())
        return ensureFile(root, error);
    const uint me = ::geteuid();
    bool ok = top.ownerId() != me || tighten(top, kDir, error);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        if (entry.ownerId() != me)
            continue;
        ok = tighten(entry, entry.isDir() ? kDir : kFile, error) && ok;
    }
    return ok;
}

void restrictNewFiles()
{
    ::umask(S_IRWXG | S_IRWXO);
}

} // namespace SeqDesk::OwnerOnly
