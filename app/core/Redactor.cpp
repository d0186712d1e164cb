#include "core/Redactor.h"

#include <QRegularExpression>

namespace SeqDesk {

QString Redactor::scrub(const QString &text)
{
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"']+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pat(QStringLiteral("\\bpat-[a-z0-9]+-[A-Za-z0-9-]+"));
    QString out = text;
    out.replace(bearer, QStringLiteral("\\1[redacted]"));
    out.replace(pat, QStringLiteral("[redacted]"));
    return out;
}

QString Redactor::scrub(const QString &text, const QString &secret)
{
    QString out = scrub(text);
    if (secret.size() >= 4)
        out.replace(secret, QStringLiteral("[redacted]"));
    return out;
}

} // namespace SeqDesk
