#pragma once

#include <QString>

namespace SeqDesk {

// Installs the process-wide Qt message handler: every message is scrubbed of tokens
// (Redactor) and appended to `logFilePath` (it and its folder owner-only, also when they exist
// already: OwnerOnly). With a log file only warnings and worse also go to stderr; without one
// (empty path) everything does.
class Logging final
{
public:
    static void install(const QString &logFilePath);
    // The default log file: <AppLocalDataLocation>/logs/<appName>.log
    static QString defaultLogFilePath();
};

} // namespace SeqDesk
