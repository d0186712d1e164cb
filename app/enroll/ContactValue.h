#pragma once

#include "enroll/ContactInput.h"

#include <QHash>
#include <QList>
#include <QStringView>

#include <utility>

// Internal to seqdesk_enroll: checking one value and collecting a ContactList.
namespace SeqDesk::Enroll::Detail {

struct ValueCheck
{
    bool ok() const { return !value.isEmpty(); }

    ContactKeyKind kind = ContactKeyKind::Id;
    QString value; // normalised: id without leading zeros, email lower-cased
    QString reason; // translated, when not ok
};

// Trims spaces, reads the address out of "Name <address>", then drops surrounding quotes
// or angle brackets and a mailto: prefix.
QStringView unwrapValue(QStringView text);

// Checks an unwrapped value: a positive whole number that fits in 64 bits, or a
// pragmatically valid email address.
ValueCheck checkValue(QStringView value);

// The text shown with a problem: trimmed and cut to about 80 characters.
QString shortened(QStringView text);

// Line breaks (LF, CRLF or CR) in text, and its physical lines (a last line without a line
// break counts, a final line break starts no new line).
int countLineBreaks(QStringView text);
int countLines(QStringView text);

// The user-visible reasons shared by the readers.
QString reasonNoValue();
QString reasonEmptyQuoted();

// Collects contacts, duplicates and problems. Duplicates are found with one hash lookup:
// ids and emails never collide (ids are digits only, emails hold an @).
class ListBuilder final
{
public:
    // expectedValues sizes the hash (the input's line count is a fair guess); contacts are
    // reserved for at most list.lines.
    ListBuilder(ContactList &list, qsizetype expectedValues);
    Q_DISABLE_COPY_MOVE(ListBuilder)

    // A value on its own (text, pasted text, a CSV without header). text is the raw token.
    void addValue(QStringView text, int line);

    // A key of a CSV row. alsoEmail is the row's valid email when the key is its id: a later
    // row with only that email is a duplicate of this one, and a row whose email was an
    // earlier row's key is a duplicate of that row.
    void addKey(ContactKeyKind kind, const QString &value, int line,
                const QString &alsoEmail = QString());

    void addProblem(int line, QStringView text, const QString &reason);

private:
    struct Seen
    {
        int line = 0;
        bool key = true; // false: only the email of a row keyed by its id
    };

    // Until a row is keyed by its email, the emails of rows keyed by their id wait in
    // m_aliases: most files have an id on every row, and then these emails never need a
    // hash entry. From the first email key on, they go straight into m_seen.
    void flushAliases();

    ContactList &m_list;
    QHash<QString, Seen> m_seen;
    QList<std::pair<QString, int>> m_aliases;
    bool m_emailKeys = false; // a key of m_seen is an email: m_aliases is not used
};

} // namespace SeqDesk::Enroll::Detail
