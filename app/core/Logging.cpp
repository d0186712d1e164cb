#include "core/Logging.h"

#include "core/OwnerOnly.h"
#include "core/Redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>
#include <sys/stat.h>

namespace SeqDesk {

namespace {

// All of it guarded by g_mutex.
QMutex g_mutex;
QFile *g_file = nullptr;
QString g_path;
qint64 g_size = 0; // of g_file, as written
qint64 g_maxBytes = Logging::kMaxBytes;
int g_keep = Logging::kKeep;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void complain(const QString &text) // never through qWarning: the handler holds the mutex
{
    const QByteArray bytes = (QStringLiteral("seqdesk log: ") + text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

// Opens g_path for appending, owner-only from its first byte. False when it cannot.
bool openLog()
{
    auto *file = new QFile(g_path);
    if (!OwnerOnly::ensureFile(g_path)
        || !file->open(QIODevice::Append | QIODevice::Text, OwnerOnly::kFile)) {
        delete file;
        return false;
    }
    delete g_file;
    g_file = file;
    g_size = file->size();
    return true;
}

QString rotated(int n)
{
    return g_path + QLatin1Char('.') + QString::number(n);
}

// The log at g_path is not the file this process writes: another process rotated it.
bool rotatedByAnother()
{
    struct stat onDisk
    {
    };
    struct stat open
    {
    };
    return ::stat(QFile::encodeName(g_path).constData(), &onDisk) != 0
        || ::fstat(g_file->handle(), &open) != 0 || onDisk.st_ino != open.st_ino
        || onDisk.st_dev != open.st_dev;
}

// <log>.N-1 -> <log>.N ... <log> -> <log>.1, then a new <log>. Renaming keeps each file's
// owner-only mode; one an older SeqDesk left looser is made owner-only here.
void rotate()
{
    if (g_file && rotatedByAnother()) {
        if (!openLog())
            g_size = 0; // keep writing where it was; the next try after another maxBytes
        return;
    }
    delete g_file;
    g_file = nullptr;
    QFile::remove(rotated(g_keep));
    for (int n = g_keep - 1; n >= 1; --n) {
        if (QFile::exists(rotated(n))) {
            QFile::rename(rotated(n), rotated(n + 1));
            OwnerOnly::ensureFile(rotated(n + 1));
        }
    }
    if (g_keep >= 1) {
        QFile::rename(g_path, rotated(1));
        OwnerOnly::ensureFile(rotated(1));
    } else {
        QFile::remove(g_path);
    }
    if (!openLog()) {
        complain(QStringLiteral("cannot open %1 after rotating it").arg(g_path));
        return;
    }
    if (g_size > g_maxBytes) { // the full log could not be moved aside (e.g. a read-only folder)
        complain(QStringLiteral("cannot rotate %1: it grows past its limit").arg(g_path));
        g_size = 0; // the next try after another maxBytes, not on every line
    }
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = QStringLiteral("%1 %2 %3: %4\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  QLatin1String(levelName(type)),
                                  QLatin1String(context.category ? context.category : "default"),
                                  Redactor::scrubPersonal(message));
    const QByteArray bytes = line.toUtf8();
    QMutexLocker lock(&g_mutex);
    // With a log file, the terminal only gets warnings and worse; without one, everything.
    if (!g_file || (type != QtDebugMsg && type != QtInfoMsg))
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    if (g_file) {
        g_file->write(bytes);
        g_file->flush();
        g_size += bytes.size();
        if (g_size > g_maxBytes)
            rotate();
    }
}

} // namespace

void Logging::install(const QString &logFilePath, qint64 maxBytes, int keep)
{
    {
        QMutexLocker lock(&g_mutex);
        delete g_file;
        g_file = nullptr;
        g_path = logFilePath;
        g_maxBytes = qMax<qint64>(1, maxBytes);
        g_keep = qMax(0, keep);
        // Owner-only from the first byte: the folder 0700, the file created 0600 (not chmod-ed
        // after the fact, when it would have been readable by others for a moment). A folder or
        // log an older SeqDesk left open is made owner-only before anything more is written.
        if (!logFilePath.isEmpty() && OwnerOnly::ensureDir(QFileInfo(logFilePath).absolutePath())
            && openLog() && g_size > g_maxBytes)
            rotate(); // an earlier run left it full
    }
    qInstallMessageHandler(handler);
}

QString Logging::defaultLogFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return dir + QStringLiteral("/logs/") + QCoreApplication::applicationName()
        + QStringLiteral(".log");
}

QString Logging::logFilePathOf(const QString &appName)
{
    // What AppLocalDataLocation is for a program of this organization.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/')
        + QCoreApplication::organizationName() + QLatin1Char('/') + appName
        + QStringLiteral("/logs/") + appName + QStringLiteral(".log");
}

} // namespace SeqDesk
