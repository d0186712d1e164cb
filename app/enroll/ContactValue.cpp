#include "enroll/ContactValue.h"

#include <QCoreApplication>

namespace SeqDesk::Enroll::Detail {

namespace {

constexpr qsizetype kMaxEmailLength = 254;
constexpr qsizetype kShownLength = 80;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isBlank(QChar c)
{
    // QChar::isSpace covers the Unicode spaces (NBSP included); spreadsheets and web pages
    // also leave byte order marks and zero-width spaces around values.
    return c.isSpace() || c.unicode() == 0xFEFF || c.unicode() == 0x200B;
}

QStringView trimBlank(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

bool isWrappedIn(QStringView text, char16_t open, char16_t close)
{
    return text.size() >= 2 && text.front() == open && text.back() == close;
}

ValueCheck invalid(const QString &reason)
{
    ValueCheck check;
    check.reason = reason;
    return check;
}

ValueCheck checkId(QStringView digits)
{
    static constexpr QStringView kMaxId = u"9223372036854775807";
    qsizetype zeros = 0;
    while (zeros < digits.size() && digits[zeros] == u'0')
        ++zeros;
    const QStringView id = digits.sliced(zeros);
    if (id.isEmpty())
        return invalid(QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                   "Zero is not a contact id."));
    if (id.size() > kMaxId.size() || (id.size() == kMaxId.size() && id.compare(kMaxId) > 0))
        return invalid(QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                   "Too large to be a HubSpot contact id."));
    ValueCheck check;
    check.kind = ContactKeyKind::Id;
    check.value = id.toString();
    return check;
}

// Characters an address can hold only inside a quoted local part; in practice a sign of two
// values run together or of a display name.
bool isForbiddenInEmail(char16_t c)
{
    switch (c) {
    case u',':
    case u';':
    case u'<':
    case u'>':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'\\':
    case u'"':
        return true;
    default:
        return false;
    }
}

bool isSpaceOrControl(QChar c)
{
    const char16_t u = c.unicode();
    return u <= 0x20 || (u >= 0x7F && u <= 0xA0) || (u > 0xA0 && c.isSpace());
}

QString lowerCased(QStringView text, bool asciiOnly)
{
    if (!asciiOnly)
        return text.toString().toLower();
    QString lower(text.size(), Qt::Uninitialized);
    QChar *out = lower.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        *out++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    return lower;
}

ValueCheck checkEmail(QStringView text, qsizetype at)
{
    if (text.size() > kMaxEmailLength)
        return invalid(QCoreApplication::translate(
            "SeqDesk::Enroll::ContactInput", "Longer than 254 characters: not an email address."));
    int ats = 0;
    bool asciiOnly = true;
    for (const QChar c : text) {
        if (isSpaceOrControl(c))
            return invalid(QCoreApplication::translate(
                "SeqDesk::Enroll::ContactInput",
                "An email address cannot contain spaces or control characters."));
        if (isForbiddenInEmail(c.unicode()))
            return invalid(QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                       "An email address cannot contain %1.")
                               .arg(c));
        ats += c == u'@';
        asciiOnly = asciiOnly && c.unicode() < 0x80;
    }
    if (ats > 1)
        return invalid(QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                   "More than one @: not an email address."));
    const QStringView domain = text.sliced(at + 1);
    if (at == 0)
        return invalid(QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                   "Nothing before the @: not an email address."));
    if (domain.isEmpty())
        return invalid(QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                                   "Nothing after the @: not an email address."));
    bool dot = false;
    bool emptyLabel = domain.front() == u'.' || domain.back() == u'.';
    for (qsizetype i = 0; i < domain.size(); ++i) {
        if (domain[i] == u'.') {
            dot = true;
            emptyLabel = emptyLabel || (i > 0 && domain[i - 1] == u'.');
        }
    }
    if (!dot)
        return invalid(QCoreApplication::translate(
            "SeqDesk::Enroll::ContactInput",
            "The domain after the @ has no dot: not an email address."));
    if (emptyLabel)
        return invalid(QCoreApplication::translate(
            "SeqDesk::Enroll::ContactInput",
            "The domain after the @ has an empty part (a dot at its start or end, or two "
            "dots in a row)."));
    ValueCheck check;
    check.kind = ContactKeyKind::Email;
    check.value = lowerCased(text, asciiOnly);
    return check;
}

// 1,234 / 1.234.567 / 1 234 567 / 1'234: digits in groups of three. One dot alone
// (1.234) reads as a decimal point instead.
bool hasDigitGroups(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && isAsciiDigit(text[i]))
        ++i;
    if (i == 0 || i > 3 || i == n)
        return false;
    const QChar separator = text[i];
    if (!(separator == u',' || separator == u'.' || separator == u'\'' || separator.isSpace()))
        return false;
    int groups = 0;
    while (i < n) {
        if (text[i] != separator || i + 4 > n)
            return false;
        for (qsizetype k = i + 1; k < i + 4; ++k) {
            if (!isAsciiDigit(text[k]))
                return false;
        }
        i += 4;
        ++groups;
    }
    return separator != u'.' || groups > 1;
}

// Explains numbers that are not ids: a sign, a decimal part, scientific notation, digit
// groups.
QString numberReason(QStringView text)
{
    if (hasDigitGroups(text))
        return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                           "Contact ids are written without thousands separators.");
    qsizetype i = 0;
    const qsizetype n = text.size();
    const bool sign = n > 0 && (text[0] == u'+' || text[0] == u'-');
    if (sign)
        ++i;
    const qsizetype intStart = i;
    while (i < n && isAsciiDigit(text[i]))
        ++i;
    if (i == intStart)
        return {};
    bool fraction = false;
    bool fractionIsZero = true;
    if (i < n && (text[i] == u'.' || text[i] == u',')) {
        fraction = true;
        for (++i; i < n && isAsciiDigit(text[i]); ++i)
            fractionIsZero = fractionIsZero && text[i] == u'0';
    }
    bool exponent = false;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        const qsizetype expStart = i;
        while (i < n && isAsciiDigit(text[i]))
            ++i;
        if (i == expStart)
            return {};
        exponent = true;
    }
    if (i != n)
        return {};
    if (exponent)
        return QCoreApplication::translate(
            "SeqDesk::Enroll::ContactInput",
            "Scientific notation: the spreadsheet shortened a long id and its last digits "
            "are lost. Format the column as a number without decimals, or as text, and "
            "export again.");
    if (fraction && fractionIsZero)
        return QCoreApplication::translate(
            "SeqDesk::Enroll::ContactInput",
            "Contact ids are whole numbers: remove the decimal part (the spreadsheet "
            "column may be formatted with decimals).");
    if (fraction)
        return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                           "Not a whole number: contact ids have no decimal part.");
    return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                       "Contact ids are positive whole numbers without a sign.");
}

} // namespace

int countLineBreaks(QStringView text)
{
    // LF, CR and CRLF each end a line: every LF and CR, less one per CRLF pair.
    const qsizetype feeds = text.count(u'\n');
    const qsizetype returns = text.count(u'\r');
    if (returns == 0)
        return int(feeds);
    return int(feeds + returns - text.count(u"\r\n"));
}

int countLines(QStringView text)
{
    if (text.isEmpty())
        return 0;
    const bool endsWithBreak = text.back() == u'\n' || text.back() == u'\r';
    return countLineBreaks(text) + (endsWithBreak ? 0 : 1);
}

QString reasonNoValue()
{
    return QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                       "No contact id or email address.");
}

QString reasonEmptyQuoted()
{
    return QCoreApplication::translate("SeqDesk::Enroll::ContactInput", "Empty quoted value.");
}

QStringView unwrapValue(QStringView text)
{
    QStringView value = trimBlank(text);
    if (value.isEmpty())
        return value;
    // The common case, a bare id or address, has nothing to unwrap.
    const char16_t first = value.front().unicode();
    if (isAsciiAlnum(first) && isAsciiAlnum(value.back().unicode()) && first != u'm'
        && first != u'M')
        return value;
    if (value.endsWith(u'>')) {
        const qsizetype open = value.lastIndexOf(u'<');
        if (open >= 0)
            value = trimBlank(value.sliced(open + 1, value.size() - open - 2));
    }
    for (int round = 0; round < 3; ++round) {
        if (isWrappedIn(value, u'"', u'"') || isWrappedIn(value, u'\'', u'\'')
            || isWrappedIn(value, u'<', u'>') || isWrappedIn(value, u'\u201C', u'\u201D')
            || isWrappedIn(value, u'\u2018', u'\u2019'))
            value = trimBlank(value.sliced(1, value.size() - 2));
        else
            break;
    }
    if (value.startsWith(u"mailto:", Qt::CaseInsensitive))
        value = trimBlank(value.sliced(7));
    return value;
}

ValueCheck checkValue(QStringView value)
{
    if (value.isEmpty())
        return invalid(reasonNoValue());
    bool digitsOnly = true;
    qsizetype at = -1;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (!isAsciiDigit(c)) {
            digitsOnly = false;
            if (c == u'@') {
                at = i;
                break;
            }
        }
    }
    if (digitsOnly)
        return checkId(value);
    if (at >= 0)
        return checkEmail(value, at);
    const QString reason = numberReason(value);
    if (!reason.isEmpty())
        return invalid(reason);
    return invalid(QCoreApplication::translate("SeqDesk::Enroll::ContactInput",
                                               "Neither a contact id nor an email address."));
}

QString shortened(QStringView text)
{
    const QStringView shown = trimBlank(text);
    QString out = shown.size() <= kShownLength
        ? shown.toString()
        : shown.first(kShownLength - 1).toString() + QChar(0x2026);
    // A CSV record can span lines; the problem is shown on one.
    for (QChar &c : out) {
        if (c == u'\n' || c == u'\r')
            c = u' ';
    }
    return out;
}

ListBuilder::ListBuilder(ContactList &list, qsizetype expectedValues)
    : m_list(list)
{
    m_seen.reserve(expectedValues);
    m_list.contacts.reserve(qMin(expectedValues, qsizetype(m_list.lines)));
}

void ListBuilder::addValue(QStringView text, int line)
{
    const QStringView value = unwrapValue(text);
    if (value.isEmpty()) {
        addProblem(line, text, trimBlank(text).isEmpty() ? reasonNoValue() : reasonEmptyQuoted());
        return;
    }
    const ValueCheck check = checkValue(value);
    if (!check.ok()) {
        addProblem(line, text, check.reason);
        return;
    }
    addKey(check.kind, check.value, line);
}

void ListBuilder::addKey(ContactKeyKind kind, const QString &value, int line,
                         const QString &alsoEmail)
{
    if (kind == ContactKeyKind::Email && !m_emailKeys) {
        flushAliases();
        m_emailKeys = true;
    }
    // One hash lookup per key: operator[] inserts, a size change tells whether it was new.
    qsizetype size = m_seen.size();
    Seen &seen = m_seen[value];
    if (m_seen.size() == size) {
        m_list.duplicates.append({{kind, value, line}, seen.line});
        return;
    }
    seen = {line, true};
    if (!alsoEmail.isEmpty()) {
        if (!m_emailKeys) {
            m_aliases.append({alsoEmail, line});
        } else {
            size = m_seen.size();
            Seen &email = m_seen[alsoEmail]; // may rehash: seen is not used below
            if (m_seen.size() != size) {
                email = {line, false};
            } else if (email.key) {
                // The row's email was an earlier row's key: the same person. Its id now
                // points there too, so a later row with this id is a duplicate of that row.
                const int firstLine = email.line;
                m_seen[value].line = firstLine;
                m_list.duplicates.append({{kind, value, line}, firstLine});
                return;
            }
        }
    }
    m_list.contacts.append({kind, value, line});
}

void ListBuilder::flushAliases()
{
    for (const auto &[email, line] : std::as_const(m_aliases)) {
        const qsizetype size = m_seen.size();
        Seen &seen = m_seen[email];
        if (m_seen.size() != size)
            seen = {line, false};
    }
    m_aliases.clear();
    m_aliases.squeeze();
}

void ListBuilder::addProblem(int line, QStringView text, const QString &reason)
{
    m_list.invalid.append({line, shortened(text), reason});
}

} // namespace SeqDesk::Enroll::Detail
