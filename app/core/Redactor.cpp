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

QString Redactor::scrubPersonal(const QString &text)
{
    // Wider than an address's grammar on purpose: a local part of anything but separators
    // and quotes, an @ (or its URL-encoded %40), a domain of labels: "user@localhost",
    // "ana+tag@x.com" and "ana%40x.com" in a logged URL go too. Most lines have neither, and
    // then the expression is not run.
    static const QRegularExpression email(
        QStringLiteral("[^\\s<>()\\[\\]{},;:\"`/\\\\=&?|]+(?:@|%40)[A-Za-z0-9](?:[A-Za-z0-9-]*"
                       "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"));
    QString out = scrub(text);
    if (out.contains(QLatin1Char('@')) || out.contains(QLatin1String("%40")))
        out.replace(email, QStringLiteral("[email]"));
    return out;
}

} // namespace SeqDesk
