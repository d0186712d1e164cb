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

namespace SeqDesk {

namespace {

QMutex g_mutex;
QFile *g_file = nullptr;

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

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = QStringLiteral("%1 %2 %3: %4\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  QLatin1String(levelName(type)),
                                  QLatin1String(context.category ? context.category : "default"),
                                  Redactor::scrub(message));
    const QByteArray bytes = line.toUtf8();
    QMutexLocker lock(&g_mutex);
    // With a log file, the terminal only gets warnings and worse; without one, everything.
    if (!g_file || (type != QtDebugMsg && type != QtInfoMsg))
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    if (g_file) {
        g_file->write(bytes);
        g_file->flush();
    }
}

} // namespace

void Logging::install(const QString &logFilePath)
{
    if (!logFilePath.isEmpty()) {
        // Owner-only from the first byte: the folder 0700, the file created 0600 (not chmod-ed
        // after the fact, when it would have been readable by others for a moment). A folder or
        // log an older SeqDesk left open is made owner-only before anything more is written.
        const QString dir = QFileInfo(logFilePath).absolutePath();
        auto *file = new QFile(logFilePath);
        if (OwnerOnly::ensureDir(dir) && OwnerOnly::ensureFile(logFilePath)
            && file->open(QIODevice::Append | QIODevice::Text, OwnerOnly::kFile)) {
            QMutexLocker lock(&g_mutex);
            g_file = file;
        } else {
            delete file;
        }
    }
    qInstallMessageHandler(handler);
}

QString Logging::defaultLogFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return dir + QStringLiteral("/logs/") + QCoreApplication::applicationName()
        + QStringLiteral(".log");
}

} // namespace SeqDesk
