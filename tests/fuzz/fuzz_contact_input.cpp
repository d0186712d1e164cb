// libFuzzer target: the contact input (app/enroll/ContactInput), as the wizard and
// seqdesk-cli read it. Each input is read three ways: as a file named *.csv, as a file named
// *.txt (free-form, or CSV when it starts with a contact header) and as pasted text.
#include "FuzzSupport.h"

#include "enroll/ContactInput.h"

#include <QSet>

using namespace SeqDesk::Enroll;

namespace {

bool isId(const QString &value)
{
    if (value.isEmpty() || value.size() > 19 || value.front() == u'0')
        return false;
    for (const QChar c : value) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// What ContactInput.h promises about any result.
void checkResult(const ParseResult &result)
{
    FUZZ_CHECK(result.list.has_value() == result.error.isEmpty());
    if (!result.list)
        return;
    const ContactList &list = *result.list;
    FUZZ_CHECK(list.lines >= 1);
    FUZZ_CHECK(!list.contacts.isEmpty() || !list.invalid.isEmpty() || !list.duplicates.isEmpty());
    QSet<QString> seen;
    for (const ContactKey &key : list.contacts) {
        FUZZ_CHECK(key.line >= 1 && key.line <= list.lines);
        if (key.kind == ContactKeyKind::Id) {
            FUZZ_CHECK(isId(key.value));
        } else {
            FUZZ_CHECK(key.value.count(u'@') == 1);
            FUZZ_CHECK(key.value == key.value.trimmed());
        }
        FUZZ_CHECK(!seen.contains(key.value)); // ids and emails never collide (no @ in ids)
        seen.insert(key.value);
    }
    for (const DuplicateKey &duplicate : list.duplicates) {
        FUZZ_CHECK(duplicate.key.line >= 1 && duplicate.key.line <= list.lines);
        FUZZ_CHECK(duplicate.firstLine >= 1 && duplicate.firstLine <= duplicate.key.line);
    }
    for (const InputProblem &problem : list.invalid) {
        FUZZ_CHECK(problem.line >= 1 && problem.line <= list.lines);
        FUZZ_CHECK(!problem.reason.isEmpty());
    }
    if (list.csv) {
        const CsvColumns &csv = *list.csv;
        FUZZ_CHECK(csv.idColumn >= 0 || csv.emailColumn >= 0);
        FUZZ_CHECK(!csv.description().isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = SeqDesk::Fuzz::bytes(data, size);
    checkResult(parseBytes(input, QStringLiteral("contacts.csv")));
    checkResult(parseBytes(input, QStringLiteral("contacts.txt")));
    checkResult(parsePastedText(QString::fromUtf8(input)));
    return 0;
}
