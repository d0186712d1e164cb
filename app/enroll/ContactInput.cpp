#include "enroll/ContactInput.h"

#include "enroll/ContactValue.h"
#include "enroll/CsvReader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstring>

namespace SeqDesk::Enroll {

namespace {

using Detail::ListBuilder;

ParseResult failure(const QString &error)
{
    return {std::nullopt, error};
}

bool isBlankText(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c.unicode() != 0xFEFF)
            return false;
    }
    return true;
}

// --- free-form text: pasted text and text files ---

bool isSeparator(QChar c)
{
    return c == u',' || c == u';' || c == u'\t';
}

// The index of the character that closes the quote or angle bracket at pos on this line, or -1.
qsizetype closingOf(QStringView line, qsizetype pos)
{
    return line.indexOf(line[pos] == u'<' ? u'>' : u'"', pos + 1);
}

// One comma/semicolon/tab-separated part of a line: "Name" <address>, or values separated
// by spaces.
void readChunk(QStringView chunk, int line, ListBuilder &builder)
{
    const QStringView text = chunk.trimmed();
    if (text.isEmpty())
        return;
    if (text.endsWith(u'>')) {
        const qsizetype open = text.lastIndexOf(u'<');
        if (open >= 0 && !text.first(open).contains(u'@')) {
            builder.addValue(text, line);
            return;
        }
    }
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i == n)
            break;
        const qsizetype start = i;
        while (i < n && !text[i].isSpace()) {
            if ((text[i] == u'"' && i == start) || text[i] == u'<') {
                const qsizetype close = closingOf(text, i);
                if (close > 0) {
                    i = close + 1;
                    continue;
                }
            }
            ++i;
        }
        builder.addValue(text.sliced(start, i - start), line);
    }
}

void readFreeFormLine(QStringView lineText, int line, ListBuilder &builder)
{
    const QStringView text = lineText.trimmed();
    if (text.isEmpty() || text.startsWith(u'#'))
        return;
    const qsizetype n = text.size();
    qsizetype start = 0;
    qsizetype i = 0;
    bool tokenStart = true;
    while (i < n) {
        const QChar c = text[i];
        if (isSeparator(c)) {
            readChunk(text.sliced(start, i - start), line, builder);
            start = ++i;
            tokenStart = true;
            continue;
        }
        // A separator inside "..." or <...> on the same line does not split.
        if ((c == u'"' && tokenStart) || c == u'<') {
            const qsizetype close = closingOf(text, i);
            if (close > 0) {
                i = close + 1;
                tokenStart = false;
                continue;
            }
        }
        tokenStart = c.isSpace();
        ++i;
    }
    readChunk(text.sliced(start), line, builder);
}

void readFreeForm(QStringView text, ListBuilder &builder)
{
    const qsizetype n = text.size();
    qsizetype start = 0;
    int line = 1;
    for (;;) {
        qsizetype end = start;
        while (end < n && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        readFreeFormLine(text.sliced(start, end - start), line, builder);
        if (end >= n)
            break;
        if (text[end] == u'\r' && end + 1 < n && text[end + 1] == u'\n')
            ++end;
        start = end + 1;
        ++line;
    }
}

ParseResult parseText(QStringView text, ContactList list, const QString &where, bool csv)
{
    if (isBlankText(text))
        return failure(QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                   "Nothing to read: %1 is empty.")
                           .arg(where));
    list.lines = Detail::countLines(text);
    if (csv || Detail::startsWithContactHeader(text)) {
        const QString error = Detail::readCsv(text, where, list);
        if (!error.isEmpty())
            return failure(error);
    } else {
        ListBuilder builder(list, list.lines);
        readFreeForm(text, builder);
    }
    if (list.contacts.isEmpty() && list.invalid.isEmpty() && list.duplicates.isEmpty()) {
        if (list.csv && list.csv->header)
            return failure(
                QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                            "Found only a header row in %1: no contacts below it.")
                    .arg(where));
        return failure(QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                   "Found no contact ids or emails in %1.")
                           .arg(where));
    }
    return {std::move(list), QString()};
}

// --- bytes that are not UTF-8 text ---

bool startsWith(const QByteArray &bytes, const char *magic, qsizetype size)
{
    return bytes.startsWith(QByteArrayView(magic, size));
}

// UTF-16 without a byte order mark: mostly-ASCII text has a NUL in every other byte.
bool looksLikeUtf16(const QByteArray &bytes)
{
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 4096);
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes[i] == '\0')
            ++(i % 2 == 0 ? even : odd);
    }
    const qsizetype most = qMax(even, odd);
    const qsizetype least = qMin(even, odd);
    return most * 10 >= sample * 4 && least * 20 <= sample;
}

QString notTextError(const QByteArray &bytes, const QString &name)
{
    if (startsWith(bytes, "PK\x03\x04", 4) || startsWith(bytes, "PK\x05\x06", 4))
        return QCoreApplication::translate(
                   "SeqDesk::Enroll::ContactInput",
                   "Cannot read %1: it is an Excel workbook (.xlsx) or another zip archive, "
                   "not text. Export it as CSV (in Excel: Save As, CSV UTF-8) and choose "
                   "that file.")
            .arg(name);
    if (startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return QCoreApplication::translate(
                   "SeqDesk::Enroll::ContactInput",
                   "Cannot read %1: it is an Excel 97-2003 workbook (.xls), not text. Save it "
                   "as CSV UTF-8 and choose that file.")
            .arg(name);
    if (startsWith(bytes, "%PDF-", 5))
        return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                           "Cannot read %1: it is a PDF document, not text. Save "
                                           "the contacts as UTF-8 CSV or text.")
            .arg(name);
    const bool nul = std::memchr(bytes.constData(), 0, std::size_t(bytes.size())) != nullptr;
    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2)
        || (nul && looksLikeUtf16(bytes)))
        return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                           "Cannot read %1: it is saved as UTF-16 (\"Unicode "
                                           "text\"). Save it as UTF-8 CSV or text.")
            .arg(name);
    if (nul)
        return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                           "Cannot read %1: it holds binary data, not text. Save "
                                           "it as UTF-8 CSV or text.")
            .arg(name);
    return {};
}

// Byte offset of the first invalid UTF-8 sequence (overlong forms and surrogates are
// invalid), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint cp = 0;
        uint min = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString invalidUtf8Error(const QByteArray &bytes, const QString &name)
{
    const qsizetype offset = firstInvalidUtf8(bytes);
    if (offset < 0)
        return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                           "Cannot read %1: it is not valid UTF-8. Save it as "
                                           "UTF-8 CSV or text.")
            .arg(name);
    const QByteArrayView before(bytes.constData(), offset);
    int line = 1;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i] == '\n'
            || (before[i] == '\r' && (i + 1 == before.size() || before[i + 1] != '\n')))
            ++line;
    }
    return QCoreApplication::translate(
               "SeqDesk::Enroll::ContactInput",
               "Cannot read %1: line %2 is not valid UTF-8 (the file may use another "
               "encoding, such as Windows-1252). Save it as UTF-8 CSV or text.")
        .arg(name)
        .arg(line);
}

} // namespace

QString CsvColumns::description() const
{
    if (!header)
        return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                           "Ids and emails from %1 (no header row).")
            .arg(idColumnName);
    if (idColumn >= 0 && emailColumn >= 0)
        return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                           "Ids from column \"%1\", emails from column \"%2\".")
            .arg(idColumnName, emailColumnName);
    if (idColumn >= 0)
        return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                           "Ids from column \"%1\".")
            .arg(idColumnName);
    return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                       "Emails from column \"%1\".")
        .arg(emailColumnName);
}

ParseResult parsePastedText(const QString &text)
{
    ContactList list;
    list.source = QCoreApplication::translate("SeqDesk::Enroll::ContactInput", "pasted text");
    list.format = InputFormat::PastedText;
    return parseText(
        text, std::move(list),
        QCoreApplication::translate("SeqDesk::Enroll::ContactInput", "the pasted text"), false);
}

ParseResult parseBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.isEmpty())
        return failure(QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                   "Nothing to read: %1 is empty.")
                           .arg(name));
    const QString notText = notTextError(bytes, name);
    if (!notText.isEmpty())
        return failure(notText);
    // Stateless: a sequence cut short at the end is an error too. The BOM is skipped.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return failure(invalidUtf8Error(bytes, name));
    ContactList list;
    list.source = name;
    list.format = InputFormat::Text;
    const bool csvName = name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive);
    return parseText(text, std::move(list), name, csvName);
}

ParseResult parseFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return failure(QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                   "Cannot read %1: it is a folder, not a file.")
                           .arg(path));
    const QString tooLarge
        = QCoreApplication::translate(
              "SeqDesk::Enroll::ContactInput",
              "Cannot read %1: it is larger than %2 MiB. Split it into smaller files.")
              .arg(path)
              .arg(kMaxInputFileBytes / (1024 * 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            QCoreApplication::translate("SeqDesk::Enroll::ContactInput", "Cannot read %1: %2")
                .arg(path, file.errorString()));
    if (file.size() > kMaxInputFileBytes)
        return failure(tooLarge);
    // Read one byte past the limit: pipes and special files report no size.
    const QByteArray bytes = file.read(kMaxInputFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(
            QCoreApplication::translate("SeqDesk::Enroll::ContactInput", "Cannot read %1: %2")
                .arg(path, file.errorString()));
    if (bytes.size() > kMaxInputFileBytes)
        return failure(tooLarge);
    return parseBytes(bytes, info.fileName());
}

} // namespace SeqDesk::Enroll
