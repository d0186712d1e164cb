#pragma once

#include <QChar>
#include <QList>
#include <QString>

#include <optional>

class QByteArray;

namespace SeqDesk::Enroll {

// Reads the contacts a user wants to enroll: HubSpot contact ids and/or email addresses from
// pasted text, a text file or a CSV file. Pure and synchronous: no network, no widgets.
//
// Pasted text and text files are free-form: values separated by line breaks, commas,
// semicolons, tabs or spaces; "Ana Lima" <ana@x.com> reads as ana@x.com; lines starting
// with # are comments. Input whose first row is a header naming an id or email column
// (id, contact id, record id, hs_object_id, vid / email, e-mail, email address) is read as
// CSV, so is every file named *.csv or *.tsv.
//
// CSV (RFC 4180; delimiter , ; or tab, or an Excel "sep=" line): under a header, a row
// gives its id when valid, else its email; rows with fewer columns than the header are
// invalid. Without a header, the first column holding an id or email in the first row is
// read. Duplicates: the same id; the same email (case-insensitive); in a CSV, a row read by
// its email that repeats an earlier row's email, or a row read by its id whose email an
// earlier row was read by (HubSpot emails are unique). Two different ids sharing an email
// are both kept: the id wins.

enum class ContactKeyKind { Id, Email };

struct ContactKey
{
    ContactKeyKind kind = ContactKeyKind::Id;
    QString value; // id: digits only, no leading zeros; email: trimmed, lower-cased
    int line = 0; // 1-based physical line where the value's record starts
};

// A value that repeats an earlier one; it is not in ContactList::contacts.
struct DuplicateKey
{
    ContactKey key; // the repeat, with its own line
    int firstLine = 0; // line of the contact it repeats
};

struct InputProblem
{
    int line = 0;
    QString text; // the offending input, shortened to about 80 characters
    QString reason; // translated, e.g. "is in scientific notation (...)"
};

enum class InputFormat { PastedText, Text, Csv };

// Which columns of a CSV input were read, for the UI and the CLI to say what they used.
struct CsvColumns
{
    QChar delimiter; // ',', ';' or '\t'; null when the input has a single column
    bool header = false; // false: no header, the first row was data
    int idColumn = -1; // 0-based, -1 when none; without a header one column is read
    int emailColumn = -1; // for both kinds, so idColumn == emailColumn
    QString idColumnName; // header text, or "column 2" without a header
    QString emailColumnName;

    // Translated sentence such as: Ids from column "Record ID", emails from column "Email".
    QString description() const;
};

struct ContactList
{
    QList<ContactKey> contacts; // unique, in input order
    QList<InputProblem> invalid; // in input order
    QList<DuplicateKey> duplicates; // in input order
    int lines = 0; // physical lines read
    QString source; // the file name, or "pasted text" (translated)
    InputFormat format = InputFormat::PastedText;
    std::optional<CsvColumns> csv; // set when the input was read as CSV
};

// Either a list (possibly without any contact, when every line was invalid, so the UI can
// show why) or an error about the input as a whole (empty, not text, unreadable, ...).
struct ParseResult
{
    std::optional<ContactList> list;
    QString error; // translated; empty when list is set
};

ParseResult parsePastedText(const QString &text);

// Reads at most 64 MiB; errors name the path and the operating system's reason.
ParseResult parseFile(const QString &path);

// What parseFile uses. name is the file name: it becomes the source, and a name ending in
// .csv or .tsv selects CSV even without a header.
ParseResult parseBytes(const QByteArray &bytes, const QString &name);

constexpr qint64 kMaxInputFileBytes = 64 * 1024 * 1024;

} // namespace SeqDesk::Enroll
