#include "enroll/CsvReader.h"

#include "enroll/ContactValue.h"

#include <QCoreApplication>

namespace SeqDesk::Enroll::Detail {

namespace {

struct HeaderName
{
    QLatin1String name; // lower case, without spaces, underscores, hyphens or dots
    int rank; // lower wins when several columns match
};

// "Record ID" and "Email" are HubSpot's export headers; hs_object_id and vid its property
// and legacy names.
const HeaderName kIdNames[] = {
    {QLatin1String("recordid"), 0},
    {QLatin1String("contactid"), 0},
    {QLatin1String("hsobjectid"), 0},
    {QLatin1String("hubspotid"), 0},
    {QLatin1String("hubspotcontactid"), 0},
    {QLatin1String("contactrecordid"), 0},
    {QLatin1String("vid"), 1},
    {QLatin1String("objectid"), 1},
    {QLatin1String("id"), 2},
};
const HeaderName kEmailNames[] = {
    {QLatin1String("email"), 0},        {QLatin1String("emailaddress"), 0},
    {QLatin1String("contactemail"), 0}, {QLatin1String("primaryemail"), 1},
    {QLatin1String("emailadresse"), 1}, {QLatin1String("mail"), 2},
};

constexpr int kNoRank = 1000;
constexpr int kColumnsNamedInErrors = 12;

struct HeaderMatch
{
    bool any() const { return idColumn >= 0 || emailColumn >= 0; }

    int idColumn = -1;
    int emailColumn = -1;
};

QString normalizedHeaderName(QStringView field)
{
    QString name;
    name.reserve(field.size());
    for (const QChar c : field) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c.unicode() == 0xFEFF)
            continue;
        name.append(c.toLower());
    }
    return name;
}

int rankOf(const QString &name, const HeaderName *names, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (name == names[i].name)
            return names[i].rank;
    }
    return kNoRank;
}

HeaderMatch matchHeader(const CsvRecord &record)
{
    HeaderMatch match;
    int idRank = kNoRank;
    int emailRank = kNoRank;
    for (int column = 0; column < int(record.fields.size()); ++column) {
        const QString name = normalizedHeaderName(record.fields[column]);
        const int asId = rankOf(name, kIdNames, std::size(kIdNames));
        if (asId < idRank) {
            idRank = asId;
            match.idColumn = column;
        }
        const int asEmail = rankOf(name, kEmailNames, std::size(kEmailNames));
        if (asEmail < emailRank) {
            emailRank = asEmail;
            match.emailColumn = column;
        }
    }
    return match;
}

int firstValueColumn(const CsvRecord &record)
{
    for (int column = 0; column < int(record.fields.size()); ++column) {
        if (checkValue(unwrapValue(record.fields[column])).ok())
            return column;
    }
    return -1;
}

QString columnName(const CsvRecord &header, int column)
{
    if (column < 0)
        return {};
    QString name = header.fields[column].trimmed().toString();
    name.remove(QChar(0xFEFF));
    return name;
}

QString unclosedQuoteError(int line, const QString &where)
{
    return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                       "Line %1 of %2 opens a quoted field that is never closed.")
        .arg(line)
        .arg(where);
}

QString noColumnError(const CsvRecord &first, const QString &where)
{
    QStringList names;
    for (const QStringView field : first.fields) {
        if (names.size() == kColumnsNamedInErrors) {
            names.append(QStringLiteral("\u2026"));
            break;
        }
        names.append(QLatin1Char('"') + shortened(field) + QLatin1Char('"'));
    }
    return QCoreApplication::translate(
               "SeqDesk::Enroll::ContactInput",
               "Found no contact id or email column in %1. Its first row is: %2. Name the "
               "columns \"Record ID\" or \"Email\", or give one id or email per line.")
        .arg(where, names.join(QStringLiteral(", ")));
}

// A data row under a header: its id when valid, else its email.
void readHeaderRow(const CsvRecord &row, const HeaderMatch &header, int width, ListBuilder &builder)
{
    if (row.fields.size() < width) {
        builder.addProblem(
            row.line, row.raw,
            QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                        "The row has fewer columns than the header (%1 of %2).")
                .arg(row.fields.size())
                .arg(width));
        return;
    }
    const QStringView idText
        = header.idColumn >= 0 ? unwrapValue(row.fields[header.idColumn]) : QStringView();
    const QStringView emailText
        = header.emailColumn >= 0 ? unwrapValue(row.fields[header.emailColumn]) : QStringView();
    ValueCheck id;
    if (!idText.isEmpty()) {
        id = checkValue(idText);
        if (id.ok() && id.kind != ContactKeyKind::Id) {
            id = {};
            id.reason = QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                    "An email address in the id column.");
        }
    }
    ValueCheck email;
    if (!emailText.isEmpty()) {
        email = checkValue(emailText);
        if (email.ok() && email.kind != ContactKeyKind::Email) {
            email = {};
            email.reason = QCoreApplication::translate(
                "SeqDesk::Enroll::ContactInput",
                "A number in the email column: not an email address.");
        }
    }
    if (id.ok())
        builder.addKey(ContactKeyKind::Id, id.value, row.line, email.value);
    else if (email.ok())
        builder.addKey(ContactKeyKind::Email, email.value, row.line);
    else if (!idText.isEmpty())
        builder.addProblem(row.line, row.fields[header.idColumn], id.reason);
    else if (!emailText.isEmpty())
        builder.addProblem(row.line, row.fields[header.emailColumn], email.reason);
    else
        builder.addProblem(row.line, row.raw, reasonNoValue());
}

// ',', ';' or '\t', whichever occurs most often outside quotes in the first non-blank
// record (ties: tab, then semicolon, then comma); null when none occurs.
QChar detectDelimiter(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r')
            lineStart = i + 1;
        else if (!c.isSpace())
            break;
    }
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    bool fieldStart = true;
    for (qsizetype i = lineStart; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"' && i + 1 < n && text[i + 1] == u'"')
                ++i; // a doubled quote inside the field
            else if (c == u'"')
                inQuotes = false;
            continue;
        }
        if (c == u'\n' || c == u'\r')
            break;
        if (c == u'"' && fieldStart) {
            inQuotes = true;
            continue;
        }
        if (c == u',' || c == u';' || c == u'\t') {
            commas += c == u',';
            semicolons += c == u';';
            tabs += c == u'\t';
            fieldStart = true;
        } else if (c != u' ') {
            fieldStart = false;
        }
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas)
        return QLatin1Char('\t');
    if (semicolons > 0 && semicolons >= commas)
        return QLatin1Char(';');
    if (commas > 0)
        return QLatin1Char(',');
    return {};
}

} // namespace

bool CsvRecord::isBlank() const
{
    for (const QStringView field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

CsvRecordReader::CsvRecordReader(QStringView text)
    : m_text(text)
{
    const qsizetype n = text.size();
    if (n >= 5 && text.startsWith(u"sep=", Qt::CaseInsensitive)
        && (n == 5 || text[5] == u'\n' || text[5] == u'\r') && !text[4].isSpace()
        && text[4] != u'"') {
        m_delimiter = text[4].unicode();
        m_pos = 5;
        if (m_pos < n) {
            m_pos += text.sliced(5).startsWith(u"\r\n") ? 2 : 1;
            ++m_line;
        }
        return;
    }
    const QChar detected = detectDelimiter(text);
    if (!detected.isNull())
        m_delimiter = detected.unicode();
}

bool CsvRecordReader::next(CsvRecord &record)
{
    while (m_pos < m_text.size()) {
        if (!readRecord(record))
            return false;
        if (!record.isBlank())
            return true;
    }
    return false;
}

bool CsvRecordReader::readRecord(CsvRecord &record)
{
    record.fields.clear();
    record.storage.clear();
    record.line = m_line;
    const qsizetype start = m_pos;
    const qsizetype n = m_text.size();
    for (;;) {
        qsizetype p = m_pos;
        while (p < n && (m_text[p] == u' ' || (m_text[p] == u'\t' && m_delimiter != u'\t')))
            ++p;
        if (p < n && m_text[p] == u'"') {
            if (!readQuotedField(p, record))
                return false;
        } else {
            qsizetype end = m_pos;
            while (end < n && !isFieldEnd(m_text[end]))
                ++end;
            record.fields.append(m_text.sliced(m_pos, end - m_pos));
            m_pos = end;
        }
        if (m_pos < n && m_delimiter != u'\n' && m_text[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        break;
    }
    record.raw = m_text.sliced(start, m_pos - start);
    if (m_pos < n) { // at a line break: LF, CRLF or CR
        const bool cr = m_text[m_pos] == u'\r';
        ++m_pos;
        if (cr && m_pos < n && m_text[m_pos] == u'\n')
            ++m_pos;
        ++m_line;
    }
    return true;
}

bool CsvRecordReader::readQuotedField(qsizetype quote, CsvRecord &record)
{
    const int startLine = m_line;
    const qsizetype n = m_text.size();
    qsizetype from = quote + 1;
    bool doubled = false;
    qsizetype close = -1;
    for (;;) {
        const qsizetype q = m_text.indexOf(u'"', from);
        if (q < 0) {
            m_unclosedQuoteLine = startLine;
            m_pos = n;
            return false;
        }
        m_line += countLineBreaks(m_text.sliced(from, q - from));
        if (q + 1 < n && m_text[q + 1] == u'"') {
            doubled = true;
            from = q + 2;
            continue;
        }
        close = q;
        break;
    }
    const QStringView content = m_text.sliced(quote + 1, close - quote - 1);
    qsizetype end = close + 1;
    while (end < n && !isFieldEnd(m_text[end]))
        ++end;
    // Lenient: text between the closing quote and the delimiter is kept, spaces dropped.
    const QStringView trailing = m_text.sliced(close + 1, end - close - 1).trimmed();
    m_pos = end;
    if (!doubled && trailing.isEmpty()) {
        record.fields.append(content);
        return true;
    }
    QString value = content.toString();
    if (doubled)
        value.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    value += trailing;
    record.storage.append(value);
    // The view points at the string's heap data, which stays put when storage grows.
    record.fields.append(QStringView(record.storage.constLast()));
    return true;
}

bool startsWithContactHeader(QStringView text)
{
    CsvRecordReader reader(text);
    CsvRecord first;
    return reader.next(first) && matchHeader(first).any() && firstValueColumn(first) < 0;
}

QString readCsv(QStringView text, const QString &where, ContactList &list)
{
    CsvRecordReader reader(text);
    CsvRecord record;
    list.format = InputFormat::Csv;
    if (!reader.next(record))
        return reader.unclosedQuoteLine() > 0
            ? unclosedQuoteError(reader.unclosedQuoteLine(), where)
            : QString();
    CsvColumns columns;
    columns.delimiter = reader.delimiter();
    const HeaderMatch header = matchHeader(record);
    const bool hasHeader = header.any() && firstValueColumn(record) < 0;
    // Rows with an id and an email may also put the email in the hash.
    const bool twoKeysPerRow = hasHeader && header.idColumn >= 0 && header.emailColumn >= 0;
    ListBuilder builder(list, twoKeysPerRow ? 2 * qsizetype(list.lines) : list.lines);
    if (hasHeader) {
        columns.header = true;
        columns.idColumn = header.idColumn;
        columns.emailColumn = header.emailColumn;
        columns.idColumnName = columnName(record, header.idColumn);
        columns.emailColumnName = columnName(record, header.emailColumn);
        list.csv = columns;
        // Trailing unnamed header columns ("id,email,") are not required in the rows.
        int width = int(record.fields.size());
        while (width > 1 && record.fields[width - 1].trimmed().isEmpty())
            --width;
        while (reader.next(record))
            readHeaderRow(record, header, width, builder);
    } else {
        const int column = firstValueColumn(record);
        if (column < 0)
            return noColumnError(record, where);
        columns.idColumn = columns.emailColumn = column;
        columns.idColumnName = columns.emailColumnName
            = QCoreApplication::translate("SeqDesk::Enroll::ContactInput", "column %1")
                  .arg(column + 1);
        list.csv = columns;
        do {
            if (record.fields.size() <= column)
                builder.addProblem(record.line, record.raw,
                                   QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                               "The row has no column %1.")
                                       .arg(column + 1));
            else if (record.fields[column].trimmed().isEmpty())
                builder.addProblem(record.line, record.raw, reasonNoValue());
            else
                builder.addValue(record.fields[column], record.line);
        } while (reader.next(record));
    }
    if (reader.unclosedQuoteLine() > 0)
        return unclosedQuoteError(reader.unclosedQuoteLine(), where);
    return {};
}

} // namespace SeqDesk::Enroll::Detail
