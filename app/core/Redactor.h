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
};

} // namespace SeqDesk
