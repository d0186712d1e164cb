#pragma once

#include "enroll/ContactInput.h"

#include <QList>
#include <QStringView>

// Internal to seqdesk_enroll: RFC 4180 records and the CSV reading of contacts.
namespace SeqDesk::Enroll::Detail {

struct CsvRecord
{
    bool isBlank() const;

    QList<QStringView> fields; // views into the text, or into storage when unescaped
    QList<QString> storage;
    QStringView raw; // the record as written, for problems
    int line = 0; // physical line where the record starts
};

// Splits text into records: fields quoted with ", doubled quotes inside them, line breaks
// (LF, CRLF or CR) inside quotes. Spaces before an opening quote are dropped.
class CsvRecordReader final
{
public:
    // The delimiter comes from an Excel "sep=;" first line, else from the first record:
    // ',', ';' or tab, whichever occurs most often outside quotes (ties: tab, semicolon,
    // comma). Without any, each line is one field.
    explicit CsvRecordReader(QStringView text);
    Q_DISABLE_COPY_MOVE(CsvRecordReader)

    QChar delimiter() const { return m_delimiter == u'\n' ? QChar() : QChar(m_delimiter); }

    // The next record that holds something other than spaces; false at the end, or when a
    // quoted field is never closed (then unclosedQuoteLine() > 0).
    bool next(CsvRecord &record);
    int unclosedQuoteLine() const { return m_unclosedQuoteLine; }

private:
    bool readRecord(CsvRecord &record);
    bool readQuotedField(qsizetype quote, CsvRecord &record);
    bool isFieldEnd(QChar c) const { return c == u'\n' || c == u'\r' || c == m_delimiter; }

    QStringView m_text;
    char16_t m_delimiter = u'\n'; // '\n': none, a single column
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_unclosedQuoteLine = 0;
};

// Whether the first record is a header naming an id or an email column.
bool startsWithContactHeader(QStringView text);

// Reads text as CSV into list (contacts, problems, list.csv). where names the input in
// errors. Returns an error about the whole input, or an empty string.
QString readCsv(QStringView text, const QString &where, ContactList &list);

} // namespace SeqDesk::Enroll::Detail
