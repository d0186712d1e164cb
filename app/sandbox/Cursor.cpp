#include "sandbox/Cursor.h"

#include <QByteArray>

namespace SeqDesk::Sandbox::Cursor {

namespace {
constexpr char prefix[] = "sdc1:";
constexpr auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString encode(qint64 key)
{
    const QByteArray raw = QByteArray(prefix) + QByteArray::number(key);
    return QString::fromLatin1(raw.toBase64(options));
}

std::optional<qint64> decode(const QString &cursor)
{
    const auto result = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), options | QByteArray::AbortOnBase64DecodingErrors);
    if (!result || !result.decoded.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const qint64 key = result.decoded.mid(int(sizeof(prefix)) - 1).toLongLong(&ok);
    if (!ok || key < 0)
        return std::nullopt;
    return key;
}

std::optional<qint64> decodeAfter(const QString &after)
{
    if (after.isEmpty() || after == QLatin1String("0"))
        return 0;
    return decode(after);
}

} // namespace SeqDesk::Sandbox::Cursor
