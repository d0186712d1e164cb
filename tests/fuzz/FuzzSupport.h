#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the libFuzzer targets of tests/fuzz: the input as Qt bytes, inputs shaped like
// an HTTP message, and FUZZ_CHECK for what must hold whatever the input.
namespace SeqDesk::Fuzz {

// A deep copy: libFuzzer's buffer is only valid during the call, and ASan must see reads
// past its end.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An input written like an HTTP message, so seeds stay readable:
//   <start line>
//   Name: value
//   ...
//   <empty line>
//   <body>
// Line breaks are LF or CRLF. Without an empty line everything after the start line is
// headers and the body is empty.
struct Message
{
    QByteArray startLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header of that name (case-insensitive), trimmed; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

inline Message splitMessage(const QByteArray &input)
{
    Message m;
    qsizetype pos = 0;
    bool first = true;
    while (pos < input.size()) {
        qsizetype end = input.indexOf('\n', pos);
        const bool last = end < 0;
        if (last)
            end = input.size();
        QByteArray line = input.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = last ? input.size() : end + 1;
        if (first) {
            m.startLine = line;
            first = false;
            continue;
        }
        if (line.isEmpty()) {
            m.body = input.mid(pos);
            break;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return m;
}

// Splits input at lines holding only "%%" (at most `max` parts; the last one keeps the rest).
inline QList<QByteArray> splitParts(const QByteArray &input, int max)
{
    QList<QByteArray> parts;
    qsizetype start = 0;
    while (parts.size() + 1 < max) {
        const qsizetype at = input.indexOf("\n%%\n", start);
        if (at < 0)
            break;
        parts.append(input.mid(start, at + 1 - start));
        start = at + 4;
    }
    parts.append(input.mid(start));
    return parts;
}

[[noreturn]] inline void checkFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: FUZZ_CHECK(%s) failed\n", file, line, condition);
    std::abort();
}

} // namespace SeqDesk::Fuzz

// What must hold whatever the input; a failure aborts, and libFuzzer keeps the input.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::SeqDesk::Fuzz::checkFailed(#condition, __FILE__, __LINE__);                          \
    } while (false)
