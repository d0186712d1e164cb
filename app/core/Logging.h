#pragma once

#include <QString>

namespace SeqDesk {

// Installs the process-wide Qt message handler: every message is scrubbed of tokens and e-mail
// addresses (Redactor::scrubPersonal) and appended to `logFilePath` (it and its folder
// owner-only, also when they exist already: OwnerOnly). With a log file only warnings and
// worse also go to stderr; without one (empty path) everything does.
//
// The log rotates: when it passes `maxBytes` (and at start when an earlier run left it over
// that), <name>.log becomes <name>.log.1, .1 becomes .2, ..., and the oldest beyond `keep` is
// deleted. Every file stays owner-only. When another process (a second seqdesk-cli) rotated
// the same log first, this one only reopens the new file.
class Logging final
{
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kKeep = 3; // rotated files kept beside the current one

    static void install(const QString &logFilePath, qint64 maxBytes = kMaxBytes, int keep = kKeep);
    // The default log file: <AppLocalDataLocation>/logs/<appName>.log
    static QString defaultLogFilePath();
    // The default log file of SeqDesk's program `appName` ("seqdesk", "seqdesk-cli"), from any
    // of them: <GenericDataLocation>/<organization>/<appName>/logs/<appName>.log.
    static QString logFilePathOf(const QString &appName);
};

} // namespace SeqDesk
