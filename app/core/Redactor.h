#pragma once

#include <QString>

namespace SeqDesk {

// Removes secrets from text before it reaches a log, an error message or a file.
// Bearer tokens and HubSpot private-app tokens (pat-xxx-...) are replaced by "[redacted]".
// A specific secret can be registered so it is scrubbed wherever it appears.
class Redactor final
{
public:
    static QString scrub(const QString &text);
    static QString scrub(const QString &text, const QString &secret);
    // scrub(), and every e-mail address (contacts', sender inboxes', owners': all of them)
    // replaced by "[email]": for what leaves the user's hands or stays around (the log files,
    // the diagnostics), where nobody needs to read whom SeqDesk enrolled.
    static QString scrubPersonal(const QString &text);
};

} // namespace SeqDesk
