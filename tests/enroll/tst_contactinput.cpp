#include "enroll/ContactInput.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace SeqDesk::Enroll;

namespace {

// "value:line" for each key: the value as normalised and the line it came from.
QStringList keysOf(const QList<ContactKey> &keys)
{
    QStringList out;
    for (const ContactKey &key : keys)
        out.append(key.value + QLatin1Char(':') + QString::number(key.line));
    return out;
}

// "value:line<firstLine" for each duplicate.
QStringList duplicatesOf(const ContactList &list)
{
    QStringList out;
    for (const DuplicateKey &dup : list.duplicates)
        out.append(dup.key.value + QLatin1Char(':') + QString::number(dup.key.line)
                   + QLatin1Char('<') + QString::number(dup.firstLine));
    return out;
}

// "line:text" for each invalid entry.
QStringList invalidOf(const ContactList &list)
{
    QStringList out;
    for (const InputProblem &problem : list.invalid)
        out.append(QString::number(problem.line) + QLatin1Char(':') + problem.text);
    return out;
}

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

QByteArray utf16le(const QString &text, bool bom)
{
    QByteArray out = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (const QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

// Marks every message of the parser's context, to prove it went through translation.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "SeqDesk::Enroll::ContactInput") != 0)
            return {};
        return QStringLiteral("[tr]") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestContactInput final : public QObject
{
    Q_OBJECT

private slots:
    // pasted text and text files
    void pastedTextSplitsOnNewlinesCommasSemicolonsTabsAndSpaces();
    void pastedAddressesWithDisplayNamesReadTheAddress();
    void idsAreCheckedAndExplained_data();
    void idsAreCheckedAndExplained();
    void emailsAreCheckedAndExplained_data();
    void emailsAreCheckedAndExplained();
    void blankLinesAndCommentLinesAreSkippedSilently();
    void duplicatesAreReportedWithTheirLineAndTheFirstOne();
    void invalidEntriesKeepTheirLineAndAShortenedText();
    void emptyQuotedValueIsInvalid();
    void lineEndingsLfCrlfAndCrNumberLinesAlike_data();
    void lineEndingsLfCrlfAndCrNumberLinesAlike();
    void emptyInputIsAnError_data();
    void emptyInputIsAnError();
    void inputWithOnlyInvalidLinesIsAListWithoutContacts();
    void inputWithOnlyCommentsIsAnError();
    void textFileIsFreeFormUnlessItStartsWithAHeader();
    void pastedSpreadsheetRowsWithAHeaderAreReadAsColumns();

    // CSV
    void csvWithSemicolonsAndBomReadsTheEmailColumn();
    void csvHeaderNamesAreRecognised_data();
    void csvHeaderNamesAreRecognised();
    void csvDelimiterIsDetectedOutsideQuotes_data();
    void csvDelimiterIsDetectedOutsideQuotes();
    void csvRowUsesItsIdElseItsEmail();
    void csvRowSharingAnEmailWithAnEarlierRowIsADuplicate();
    void csvQuotedFieldsKeepDelimitersQuotesAndLineBreaks();
    void csvUnterminatedQuoteIsAnErrorNamingItsLine();
    void csvRowWithFewerColumnsThanTheHeaderIsInvalid();
    void csvWithoutHeaderReadsTheFirstColumnHoldingContacts();
    void csvSingleColumnDoesNotSplitOnCommas();
    void csvHeaderWithoutIdOrEmailColumnIsAnErrorNamingTheColumns();
    void csvWithOnlyAHeaderIsAnError();

    // bytes and files
    void filesThatAreNotTextGetAClearError_data();
    void filesThatAreNotTextGetAClearError();
    void invalidUtf8NamesTheFirstBadLine_data();
    void invalidUtf8NamesTheFirstBadLine();
    void utf8ByteOrderMarkIsIgnored();
    void parseFileReadsTheFileAndNamesItsSource();
    void missingFileOrFolderIsAnErrorNamingThePathAndTheReason();
    void fileLargerThanTheLimitIsAnError();
    void hundredThousandLinesAreReadCompletely();
    void messagesGoThroughTranslation();
};

// --- pasted text and text files ---

void TestContactInput::pastedTextSplitsOnNewlinesCommasSemicolonsTabsAndSpaces()
{
    const ParseResult result
        = parsePastedText(QStringLiteral("101,102;103\t104 105\n  106 ,, ana@x.com\n"));
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(keysOf(result.list->contacts),
             QStringList({QStringLiteral("101:1"), QStringLiteral("102:1"), QStringLiteral("103:1"),
                          QStringLiteral("104:1"), QStringLiteral("105:1"), QStringLiteral("106:2"),
                          QStringLiteral("ana@x.com:2")}));
    QCOMPARE(result.list->contacts.at(0).kind, ContactKeyKind::Id);
    QCOMPARE(result.list->contacts.at(6).kind, ContactKeyKind::Email);
    QVERIFY(result.list->invalid.isEmpty());
    QCOMPARE(result.list->lines, 2);
    QCOMPARE(result.list->format, InputFormat::PastedText);
    QCOMPARE(result.list->source, QStringLiteral("pasted text"));
    QVERIFY(!result.list->csv);
}

void TestContactInput::pastedAddressesWithDisplayNamesReadTheAddress()
{
    const ParseResult result = parsePastedText(QStringLiteral(
        "\"Ana Lima\" <Ana@X.com>, Bob Stone <bob@y.com>; \"Lima, Carla\" <carla@z.com>\n"
        "<dan@w.com> 'eve@v.com' \u201Cfay@u.com\u201D mailto:Gus@T.com \u00A0107\u00A0"));
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(keysOf(result.list->contacts),
             QStringList({QStringLiteral("ana@x.com:1"), QStringLiteral("bob@y.com:1"),
                          QStringLiteral("carla@z.com:1"), QStringLiteral("dan@w.com:2"),
                          QStringLiteral("eve@v.com:2"), QStringLiteral("fay@u.com:2"),
                          QStringLiteral("gus@t.com:2"), QStringLiteral("107:2")}));
    QVERIFY2(result.list->invalid.isEmpty(), qPrintable(invalidOf(*result.list).join(u'\n')));
}

void TestContactInput::idsAreCheckedAndExplained_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("id"); // expected normalised id, or empty
    QTest::addColumn<QString>("reason"); // expected part of the reason when invalid

    QTest::newRow("plain") << QStringLiteral("101") << QStringLiteral("101") << QString();
    QTest::newRow("leading zeros")
        << QStringLiteral("000101") << QStringLiteral("101") << QString();
    QTest::newRow("largest") << QStringLiteral("9223372036854775807")
                             << QStringLiteral("9223372036854775807") << QString();
    QTest::newRow("too large") << QStringLiteral("9223372036854775808") << QString()
                               << QStringLiteral("Too large");
    QTest::newRow("zero") << QStringLiteral("0") << QString() << QStringLiteral("Zero");
    QTest::newRow("zeros") << QStringLiteral("000") << QString() << QStringLiteral("Zero");
    QTest::newRow("minus") << QStringLiteral("-101") << QString() << QStringLiteral("sign");
    QTest::newRow("plus") << QStringLiteral("+101") << QString() << QStringLiteral("sign");
    QTest::newRow("decimal zero") << QStringLiteral("101.0") << QString()
                                  << QStringLiteral("remove the decimal part");
    QTest::newRow("decimal") << QStringLiteral("101.5") << QString()
                             << QStringLiteral("Not a whole number");
    QTest::newRow("excel scientific")
        << QStringLiteral("1.01E+05") << QString() << QStringLiteral("Scientific notation");
    QTest::newRow("lower scientific")
        << QStringLiteral("1e5") << QString() << QStringLiteral("Scientific notation");
    QTest::newRow("dot groups") << QStringLiteral("1.234.567") << QString()
                                << QStringLiteral("without thousands separators");
    QTest::newRow("apostrophe groups") << QStringLiteral("1'234'567") << QString()
                                       << QStringLiteral("without thousands separators");
    QTest::newRow("word") << QStringLiteral("abc") << QString()
                          << QStringLiteral("Neither a contact id nor an email");
    QTest::newRow("full-width digits")
        << QStringLiteral("\uFF11\uFF10\uFF11") << QString() << QStringLiteral("Neither");
}

void TestContactInput::idsAreCheckedAndExplained()
{
    QFETCH(QString, input);
    QFETCH(QString, id);
    QFETCH(QString, reason);
    const ParseResult result = parsePastedText(input);
    QVERIFY2(result.list, qPrintable(result.error));
    const ContactList &list = *result.list;
    if (!id.isEmpty()) {
        QCOMPARE(keysOf(list.contacts), QStringList {id + QStringLiteral(":1")});
        QCOMPARE(list.contacts.at(0).kind, ContactKeyKind::Id);
        QVERIFY(list.invalid.isEmpty());
    } else {
        QVERIFY(list.contacts.isEmpty());
        QCOMPARE(invalidOf(list), QStringList {QStringLiteral("1:") + input});
        QVERIFY2(list.invalid.at(0).reason.contains(reason), qPrintable(list.invalid.at(0).reason));
    }
}

void TestContactInput::emailsAreCheckedAndExplained_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("email"); // expected normalised email, or empty
    QTest::addColumn<QString>("reason");

    QTest::newRow("lower-cased") << QStringLiteral("Ana.Lima+x@Example.COM")
                                 << QStringLiteral("ana.lima+x@example.com") << QString();
    QTest::newRow("unicode") << QStringLiteral("J\u00D6RG@m\u00FCller.de")
                             << QStringLiteral("j\u00F6rg@m\u00FCller.de") << QString();
    QTest::newRow("two @") << QStringLiteral("ana@x@y.com") << QString()
                           << QStringLiteral("More than one @");
    QTest::newRow("nothing before @")
        << QStringLiteral("@x.com") << QString() << QStringLiteral("Nothing before the @");
    QTest::newRow("nothing after @")
        << QStringLiteral("ana@") << QString() << QStringLiteral("Nothing after the @");
    QTest::newRow("no dot") << QStringLiteral("ana@localhost") << QString()
                            << QStringLiteral("has no dot");
    QTest::newRow("two dots") << QStringLiteral("ana@x..com") << QString()
                              << QStringLiteral("empty part");
    QTest::newRow("trailing dot") << QStringLiteral("ana@x.com.") << QString()
                                  << QStringLiteral("empty part");
    QTest::newRow("forbidden") << QStringLiteral("ana(x)@x.com") << QString()
                               << QStringLiteral("cannot contain (");
    QTest::newRow("too long") << QStringLiteral("a@") + QString(250, u'x') + QStringLiteral(".com")
                              << QString() << QStringLiteral("Longer than 254");
}

void TestContactInput::emailsAreCheckedAndExplained()
{
    QFETCH(QString, input);
    QFETCH(QString, email);
    QFETCH(QString, reason);
    const ParseResult result = parsePastedText(input);
    QVERIFY2(result.list, qPrintable(result.error));
    const ContactList &list = *result.list;
    if (!email.isEmpty()) {
        QCOMPARE(keysOf(list.contacts), QStringList {email + QStringLiteral(":1")});
        QCOMPARE(list.contacts.at(0).kind, ContactKeyKind::Email);
    } else {
        QVERIFY(list.contacts.isEmpty());
        QCOMPARE(list.invalid.size(), 1);
        QCOMPARE(list.invalid.at(0).line, 1);
        QVERIFY2(list.invalid.at(0).reason.contains(reason), qPrintable(list.invalid.at(0).reason));
    }
}

void TestContactInput::blankLinesAndCommentLinesAreSkippedSilently()
{
    const ParseResult result = parseBytes(utf8("\n  \n# exported 2024-05-01, 3 contacts\n101\n\t\n"
                                               "   # indented comment\n102\n"),
                                          QStringLiteral("contacts.txt"));
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(keysOf(result.list->contacts),
             QStringList({QStringLiteral("101:4"), QStringLiteral("102:7")}));
    QVERIFY(result.list->invalid.isEmpty());
    QCOMPARE(result.list->lines, 7);
    QCOMPARE(result.list->format, InputFormat::Text);
    QCOMPARE(result.list->source, QStringLiteral("contacts.txt"));
}

void TestContactInput::duplicatesAreReportedWithTheirLineAndTheFirstOne()
{
    const ParseResult result
        = parsePastedText(QStringLiteral("101\nana@x.com\n0101\nANA@X.com\n102 101"));
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(keysOf(result.list->contacts),
             QStringList({QStringLiteral("101:1"), QStringLiteral("ana@x.com:2"),
                          QStringLiteral("102:5")}));
    QCOMPARE(duplicatesOf(*result.list),
             QStringList({QStringLiteral("101:3<1"), QStringLiteral("ana@x.com:4<2"),
                          QStringLiteral("101:5<1")}));
    QCOMPARE(result.list->duplicates.at(1).key.kind, ContactKeyKind::Email);
}

void TestContactInput::invalidEntriesKeepTheirLineAndAShortenedText()
{
    const QString longValue = QString(200, u'z');
    const ParseResult result
        = parsePastedText(QStringLiteral("101\nnot-a-contact\n102\n") + longValue);
    QVERIFY2(result.list, qPrintable(result.error));
    const ContactList &list = *result.list;
    QCOMPARE(list.invalid.size(), 2);
    QCOMPARE(list.invalid.at(0).line, 2);
    QCOMPARE(list.invalid.at(0).text, QStringLiteral("not-a-contact"));
    QCOMPARE(list.invalid.at(1).line, 4);
    QCOMPARE(list.invalid.at(1).text.size(), 80);
    QVERIFY(list.invalid.at(1).text.startsWith(QStringLiteral("zzzz")));
    QVERIFY(list.invalid.at(1).text.endsWith(QChar(0x2026)));
    QCOMPARE(keysOf(list.contacts),
             QStringList({QStringLiteral("101:1"), QStringLiteral("102:3")}));
}

void TestContactInput::emptyQuotedValueIsInvalid()
{
    const ParseResult result = parsePastedText(QStringLiteral("101, \"\", 102"));
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(invalidOf(*result.list), QStringList {QStringLiteral("1:\"\"")});
    QCOMPARE(result.list->invalid.at(0).reason, QStringLiteral("Empty quoted value."));
    QCOMPARE(result.list->contacts.size(), 2);
}

void TestContactInput::lineEndingsLfCrlfAndCrNumberLinesAlike_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::newRow("txt lf") << utf8("101\n102\n\n103\n") << QStringLiteral("a.txt");
    QTest::newRow("txt crlf") << utf8("101\r\n102\r\n\r\n103\r\n") << QStringLiteral("a.txt");
    QTest::newRow("txt cr") << utf8("101\r102\r\r103\r") << QStringLiteral("a.txt");
    QTest::newRow("txt no final break") << utf8("101\n102\n\n103") << QStringLiteral("a.txt");
    QTest::newRow("csv lf") << utf8("101\n102\n\n103\n") << QStringLiteral("a.csv");
    QTest::newRow("csv crlf") << utf8("101\r\n102\r\n\r\n103\r\n") << QStringLiteral("a.csv");
    QTest::newRow("csv cr") << utf8("101\r102\r\r103\r") << QStringLiteral("a.csv");
}

void TestContactInput::lineEndingsLfCrlfAndCrNumberLinesAlike()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    const ParseResult result = parseBytes(bytes, name);
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(
        keysOf(result.list->contacts),
        QStringList({QStringLiteral("101:1"), QStringLiteral("102:2"), QStringLiteral("103:4")}));
    QCOMPARE(result.list->lines, 4);
}

void TestContactInput::emptyInputIsAnError_data()
{
    QTest::addColumn<bool>("pasted");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty text") << true << QByteArray()
                                << QStringLiteral("Nothing to read: the pasted text is empty.");
    QTest::newRow("blank text") << true << utf8("  \n\t\r\n \u00A0")
                                << QStringLiteral("Nothing to read: the pasted text is empty.");
    QTest::newRow("empty file") << false << QByteArray()
                                << QStringLiteral("Nothing to read: c.csv is empty.");
    QTest::newRow("blank file") << false << utf8("\xEF\xBB\xBF\r\n  \r\n")
                                << QStringLiteral("Nothing to read: c.csv is empty.");
}

void TestContactInput::emptyInputIsAnError()
{
    QFETCH(bool, pasted);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const ParseResult result = pasted ? parsePastedText(QString::fromUtf8(bytes))
                                      : parseBytes(bytes, QStringLiteral("c.csv"));
    QVERIFY(!result.list);
    QCOMPARE(result.error, error);
}

void TestContactInput::inputWithOnlyInvalidLinesIsAListWithoutContacts()
{
    const ParseResult result = parseBytes(utf8("Ana Lima\n1.01E+05\n"), QStringLiteral("c.txt"));
    QVERIFY2(result.list, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.list->contacts.isEmpty());
    QCOMPARE(invalidOf(*result.list),
             QStringList({QStringLiteral("1:Ana"), QStringLiteral("1:Lima"),
                          QStringLiteral("2:1.01E+05")}));
}

void TestContactInput::inputWithOnlyCommentsIsAnError()
{
    const ParseResult result
        = parseBytes(utf8("# nothing yet\n# still nothing\n"), QStringLiteral("c.txt"));
    QVERIFY(!result.list);
    QCOMPARE(result.error, QStringLiteral("Found no contact ids or emails in c.txt."));
}

void TestContactInput::textFileIsFreeFormUnlessItStartsWithAHeader()
{
    const ParseResult freeForm = parseBytes(utf8("101,102\n103\n"), QStringLiteral("ids.txt"));
    QVERIFY2(freeForm.list, qPrintable(freeForm.error));
    QCOMPARE(freeForm.list->format, InputFormat::Text);
    QCOMPARE(
        keysOf(freeForm.list->contacts),
        QStringList({QStringLiteral("101:1"), QStringLiteral("102:1"), QStringLiteral("103:2")}));

    const ParseResult csv
        = parseBytes(utf8("Email,Name\nana@x.com,Ana Lima\n"), QStringLiteral("export.txt"));
    QVERIFY2(csv.list, qPrintable(csv.error));
    QCOMPARE(csv.list->format, InputFormat::Csv);
    QVERIFY(csv.list->csv && csv.list->csv->header);
    QCOMPARE(keysOf(csv.list->contacts), QStringList {QStringLiteral("ana@x.com:2")});
    QVERIFY(csv.list->invalid.isEmpty()); // "Ana Lima" is the name column, not read
}

void TestContactInput::pastedSpreadsheetRowsWithAHeaderAreReadAsColumns()
{
    const ParseResult result = parsePastedText(
        QStringLiteral("Contact ID\tName\tEmail\n101\tAna Lima\tana@x.com\n\tBob\tbob@y.com\n"));
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(result.list->format, InputFormat::Csv);
    QCOMPARE(result.list->source, QStringLiteral("pasted text"));
    QCOMPARE(result.list->csv->delimiter, QLatin1Char('\t'));
    QCOMPARE(keysOf(result.list->contacts),
             QStringList({QStringLiteral("101:2"), QStringLiteral("bob@y.com:3")}));
    QVERIFY(result.list->invalid.isEmpty());
}

// --- CSV ---

void TestContactInput::csvWithSemicolonsAndBomReadsTheEmailColumn()
{
    const ParseResult result = parseBytes(
        utf8("\xEF\xBB\xBFName;E-Mail;City\r\nAna;Ana@X.com;Lisboa\r\nBob;bob@y.com;Porto\r\n"),
        QStringLiteral("Kontakte.CSV"));
    QVERIFY2(result.list, qPrintable(result.error));
    const ContactList &list = *result.list;
    QCOMPARE(keysOf(list.contacts),
             QStringList({QStringLiteral("ana@x.com:2"), QStringLiteral("bob@y.com:3")}));
    QVERIFY(list.invalid.isEmpty());
    QCOMPARE(list.lines, 3);
    QCOMPARE(list.format, InputFormat::Csv);
    QVERIFY(list.csv);
    QCOMPARE(list.csv->delimiter, QLatin1Char(';'));
    QVERIFY(list.csv->header);
    QCOMPARE(list.csv->idColumn, -1);
    QCOMPARE(list.csv->emailColumn, 1);
    QCOMPARE(list.csv->emailColumnName, QStringLiteral("E-Mail"));
    QCOMPARE(list.csv->description(), QStringLiteral("Emails from column \"E-Mail\"."));
}

void TestContactInput::csvHeaderNamesAreRecognised_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("idColumn");
    QTest::addColumn<int>("emailColumn");
    QTest::newRow("id") << QStringLiteral("name,id") << 1 << -1;
    QTest::newRow("Contact ID") << QStringLiteral("Contact ID,x") << 0 << -1;
    QTest::newRow("contactid") << QStringLiteral("x,CONTACTID") << 1 << -1;
    QTest::newRow("Record ID, Email") << QStringLiteral("Record ID,First Name,Email") << 0 << 2;
    QTest::newRow("hs_object_id") << QStringLiteral("hs_object_id;email") << 0 << 1;
    QTest::newRow("vid") << QStringLiteral("VID") << 0 << -1;
    QTest::newRow("email address") << QStringLiteral("x,\" Email Address \"") << -1 << 1;
    QTest::newRow("e-mail") << QStringLiteral("e-mail") << -1 << 0;
    QTest::newRow("specific id wins") << QStringLiteral("id,Record ID,Email") << 1 << 2;
}

void TestContactInput::csvHeaderNamesAreRecognised()
{
    QFETCH(QString, header);
    QFETCH(int, idColumn);
    QFETCH(int, emailColumn);
    QByteArray bytes = header.toUtf8() + "\n";
    // A row holding ana@x.com in the email column and 101 in the id column.
    QStringList row;
    const int width = int(header.count(QLatin1Char(',')) + header.count(QLatin1Char(';'))) + 1;
    for (int i = 0; i < width; ++i)
        row.append(i == idColumn          ? QStringLiteral("101")
                       : i == emailColumn ? QStringLiteral("ana@x.com")
                                          : QStringLiteral("other"));
    bytes += row.join(header.contains(u';') ? u';' : u',').toUtf8() + "\n";
    const ParseResult result = parseBytes(bytes, QStringLiteral("c.csv"));
    QVERIFY2(result.list, qPrintable(result.error));
    QVERIFY(result.list->csv && result.list->csv->header);
    QCOMPARE(result.list->csv->idColumn, idColumn);
    QCOMPARE(result.list->csv->emailColumn, emailColumn);
    QCOMPARE(keysOf(result.list->contacts),
             QStringList {idColumn >= 0 ? QStringLiteral("101:2") : QStringLiteral("ana@x.com:2")});
}

void TestContactInput::csvDelimiterIsDetectedOutsideQuotes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("contact");
    QTest::newRow("comma") << utf8("id,name\n101,Ana\n") << QChar(u',') << QStringLiteral("101:2");
    QTest::newRow("semicolon") << utf8("id;name\n101;Ana\n") << QChar(u';')
                               << QStringLiteral("101:2");
    QTest::newRow("tab") << utf8("id\tname\n101\tAna\n") << QChar(u'\t') << QStringLiteral("101:2");
    QTest::newRow("commas inside quotes")
        << utf8("\"name, full\";\"id, hubspot\";id\n\"Lima, Ana\";x;101\n") << QChar(u';')
        << QStringLiteral("101:2");
    QTest::newRow("doubled quotes inside quotes")
        << utf8("\"a \"\"b,c\"\", d\";id\nx;101\n") << QChar(u';') << QStringLiteral("101:2");
    QTest::newRow("single column") << utf8("id\n101\n") << QChar() << QStringLiteral("101:2");
    // Excel's hint line names the delimiter: the commas in the header are not one.
    QTest::newRow("excel sep= line") << utf8("sep=;\r\nid,name;email\r\n101,x;a@x.com\r\n")
                                     << QChar(u';') << QStringLiteral("a@x.com:3");
}

void TestContactInput::csvDelimiterIsDetectedOutsideQuotes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(QString, contact);
    const ParseResult result = parseBytes(bytes, QStringLiteral("c.csv"));
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(result.list->csv->delimiter, delimiter);
    QCOMPARE(keysOf(result.list->contacts), QStringList {contact});
}

void TestContactInput::csvRowUsesItsIdElseItsEmail()
{
    const ParseResult result = parseBytes(utf8("Record ID,Email,Name\n"
                                               "101,ana@x.com,Ana\n"
                                               ",bob@y.com,Bob\n"
                                               "1.01E+05,carl@z.com,Carl\n"
                                               "1.02E+05,,Dan\n"
                                               ",,Eve\n"
                                               "fay@u.com,,Fay\n"
                                               ",102,Gus\n"
                                               ",,\n"
                                               "103,not an email,Hal\n"
                                               "\"1,234\",,Ivy\n"),
                                          QStringLiteral("c.csv"));
    QVERIFY2(result.list, qPrintable(result.error));
    const ContactList &list = *result.list;
    QCOMPARE(keysOf(list.contacts),
             QStringList({QStringLiteral("101:2"), QStringLiteral("bob@y.com:3"),
                          QStringLiteral("carl@z.com:4"), QStringLiteral("103:10")}));
    QCOMPARE(invalidOf(list),
             QStringList({QStringLiteral("5:1.02E+05"), QStringLiteral("6:,,Eve"),
                          QStringLiteral("7:fay@u.com"), QStringLiteral("8:102"),
                          QStringLiteral("11:1,234")}));
    QVERIFY(list.invalid.at(0).reason.startsWith(QStringLiteral("Scientific notation")));
    QCOMPARE(list.invalid.at(1).reason, QStringLiteral("No contact id or email address."));
    QCOMPARE(list.invalid.at(2).reason, QStringLiteral("An email address in the id column."));
    QCOMPARE(list.invalid.at(3).reason,
             QStringLiteral("A number in the email column: not an email address."));
    QCOMPARE(list.invalid.at(4).reason,
             QStringLiteral("Contact ids are written without thousands separators."));
    QCOMPARE(list.csv->description(),
             QStringLiteral("Ids from column \"Record ID\", emails from column \"Email\"."));
}

void TestContactInput::csvRowSharingAnEmailWithAnEarlierRowIsADuplicate()
{
    const ParseResult result = parseBytes(utf8("id,email\n"
                                               "101,ana@x.com\n" // 2
                                               ",ANA@x.com\n" // 3: email of row 2
                                               ",bob@y.com\n" // 4
                                               "102,bob@y.com\n" // 5: its email is row 4's key
                                               "103,ana@x.com\n" // 6: another id, kept
                                               "101,\n" // 7: same id as row 2
                                               "102,\n"), // 8: same id as row 5, so row 4
                                          QStringLiteral("c.csv"));
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(keysOf(result.list->contacts),
             QStringList({QStringLiteral("101:2"), QStringLiteral("bob@y.com:4"),
                          QStringLiteral("103:6")}));
    QCOMPARE(duplicatesOf(*result.list),
             QStringList({QStringLiteral("ana@x.com:3<2"), QStringLiteral("102:5<4"),
                          QStringLiteral("101:7<2"), QStringLiteral("102:8<4")}));
}

void TestContactInput::csvQuotedFieldsKeepDelimitersQuotesAndLineBreaks()
{
    const ParseResult result = parseBytes(utf8("id,name,email\r\n"
                                               "101,\"Lima, Ana \"\"Nana\"\"\",ana@x.com\r\n"
                                               "102,\"two\r\nline\nname\",bob@y.com\r\n"
                                               "\"103\", \"Stone, Carl\" ,\"carl@z.com\"\r\n"
                                               "\"\",\"Dan, \"\"no id\"\"\",\"\"\r\n"
                                               ",\"Eve\r\nStone\",\r\n"
                                               "104,Fay,fay@u.com"),
                                          QStringLiteral("c.csv"));
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(keysOf(result.list->contacts),
             QStringList({QStringLiteral("101:2"), QStringLiteral("102:3"), QStringLiteral("103:6"),
                          QStringLiteral("104:10")}));
    // Problems show a record on one line.
    QCOMPARE(invalidOf(*result.list),
             QStringList({QStringLiteral("7:\"\",\"Dan, \"\"no id\"\"\",\"\""),
                          QStringLiteral("8:,\"Eve  Stone\",")}));
    QCOMPARE(result.list->lines, 10);
}

void TestContactInput::csvUnterminatedQuoteIsAnErrorNamingItsLine()
{
    const ParseResult result
        = parseBytes(utf8("id,name\n101,Ana\n102,\"Bob\n103,Carl\n"), QStringLiteral("c.csv"));
    QVERIFY(!result.list);
    QCOMPARE(result.error,
             QStringLiteral("Line 3 of c.csv opens a quoted field that is never closed."));
}

void TestContactInput::csvRowWithFewerColumnsThanTheHeaderIsInvalid()
{
    const ParseResult result = parseBytes(utf8("id,email,name\n101,ana@x.com,Ana\n102,bob@y.com\n"),
                                          QStringLiteral("c.csv"));
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(keysOf(result.list->contacts), QStringList {QStringLiteral("101:2")});
    QCOMPARE(invalidOf(*result.list), QStringList {QStringLiteral("3:102,bob@y.com")});
    QCOMPARE(result.list->invalid.at(0).reason,
             QStringLiteral("The row has fewer columns than the header (2 of 3)."));

    // An unnamed trailing header column ("id,email,") is not required in the rows.
    const ParseResult trailing
        = parseBytes(utf8("id,email,\n101,ana@x.com\n"), QStringLiteral("c.csv"));
    QVERIFY2(trailing.list, qPrintable(trailing.error));
    QCOMPARE(keysOf(trailing.list->contacts), QStringList {QStringLiteral("101:2")});
    QVERIFY(trailing.list->invalid.isEmpty());
}

void TestContactInput::csvWithoutHeaderReadsTheFirstColumnHoldingContacts()
{
    const ParseResult result = parseBytes(utf8("Ana Lima,ana@x.com,34\n"
                                               "Bob Stone,bob@y.com,40\n"
                                               "Carl,,41\n"
                                               "Dan\n"
                                               "Eve,105,42\n"),
                                          QStringLiteral("people.csv"));
    QVERIFY2(result.list, qPrintable(result.error));
    const ContactList &list = *result.list;
    QCOMPARE(keysOf(list.contacts),
             QStringList({QStringLiteral("ana@x.com:1"), QStringLiteral("bob@y.com:2"),
                          QStringLiteral("105:5")}));
    QCOMPARE(invalidOf(list), QStringList({QStringLiteral("3:Carl,,41"), QStringLiteral("4:Dan")}));
    QCOMPARE(list.invalid.at(1).reason, QStringLiteral("The row has no column 2."));
    QVERIFY(!list.csv->header);
    QCOMPARE(list.csv->idColumn, 1);
    QCOMPARE(list.csv->emailColumn, 1);
    QCOMPARE(list.csv->description(),
             QStringLiteral("Ids and emails from column 2 (no header row)."));
}

void TestContactInput::csvSingleColumnDoesNotSplitOnCommas()
{
    const ParseResult result
        = parseBytes(utf8("email\nana@x.com\nbob@y.com,carl@z.com\n"), QStringLiteral("c.csv"));
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(keysOf(result.list->contacts), QStringList {QStringLiteral("ana@x.com:2")});
    QCOMPARE(invalidOf(*result.list), QStringList {QStringLiteral("3:bob@y.com,carl@z.com")});
    QCOMPARE(result.list->invalid.at(0).reason,
             QStringLiteral("An email address cannot contain ,."));
}

void TestContactInput::csvHeaderWithoutIdOrEmailColumnIsAnErrorNamingTheColumns()
{
    const ParseResult result
        = parseBytes(utf8("Name;Company;Phone\nAna;Acme;555\n"), QStringLiteral("leads.csv"));
    QVERIFY(!result.list);
    QCOMPARE(result.error,
             QStringLiteral("Found no contact id or email column in leads.csv. Its first row is: "
                            "\"Name\", \"Company\", \"Phone\". Name the columns \"Record ID\" or "
                            "\"Email\", or give one id or email per line."));
}

void TestContactInput::csvWithOnlyAHeaderIsAnError()
{
    const ParseResult result
        = parseBytes(utf8("Record ID,Email\r\n,\r\n"), QStringLiteral("c.csv"));
    QVERIFY(!result.list);
    QCOMPARE(result.error,
             QStringLiteral("Found only a header row in c.csv: no contacts below it."));
}

// --- bytes and files ---

void TestContactInput::filesThatAreNotTextGetAClearError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QByteArray zip("PK\x03\x04\x14\x00\x06\x00", 8);
    zip += QByteArray(200, '\0');
    QTest::newRow("xlsx") << zip << QStringLiteral("it is an Excel workbook (.xlsx)");
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10)
                         << QStringLiteral("(.xls)");
    QTest::newRow("pdf") << utf8("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << QStringLiteral("PDF document");
    QTest::newRow("utf-16le bom") << utf16le(QStringLiteral("id\r\n101\r\n"), true)
                                  << QStringLiteral("saved as UTF-16");
    QByteArray be("\xFE\xFF", 2);
    be += QByteArray("\x00\x31\x00\x30\x00\x31", 6);
    QTest::newRow("utf-16be bom") << be << QStringLiteral("saved as UTF-16");
    QTest::newRow("utf-16le no bom") << utf16le(QStringLiteral("101\n102\nana@x.com\n"), false)
                                     << QStringLiteral("saved as UTF-16");
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919) % 251 + (i % 3 == 0 ? 0 : 5)));
    binary[100] = '\0';
    QTest::newRow("binary") << binary << QStringLiteral("it holds binary data");
    QTest::newRow("text with one nul")
        << QByteArray("101\n\x00\n102\n", 9) << QStringLiteral("it holds binary data");
}

void TestContactInput::filesThatAreNotTextGetAClearError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const ParseResult result = parseBytes(bytes, QStringLiteral("contacts.csv"));
    QVERIFY(!result.list);
    QVERIFY2(result.error.startsWith(QStringLiteral("Cannot read contacts.csv: ")),
             qPrintable(result.error));
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("CSV")), qPrintable(result.error));
}

void TestContactInput::invalidUtf8NamesTheFirstBadLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::newRow("latin-1 letter") << utf8("101\r\n102\r\nJos\xE9@x.com\r\n\xE9") << 3;
    QTest::newRow("cut short at the end") << utf8("101\n\xC3") << 2;
    QTest::newRow("overlong slash") << utf8("\xC0\xAF\n") << 1;
    QTest::newRow("surrogate") << utf8("101\n102\n103\n\xED\xA0\x80\n") << 4;
    QTest::newRow("after a bom") << utf8("\xEF\xBB\xBFid\n\x96\n") << 2;
}

void TestContactInput::invalidUtf8NamesTheFirstBadLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    const ParseResult result = parseBytes(bytes, QStringLiteral("c.txt"));
    QVERIFY(!result.list);
    QCOMPARE(result.error,
             QStringLiteral("Cannot read c.txt: line %1 is not valid UTF-8 (the file may use "
                            "another encoding, such as Windows-1252). Save it as UTF-8 CSV or "
                            "text.")
                 .arg(line));
}

void TestContactInput::utf8ByteOrderMarkIsIgnored()
{
    const ParseResult withBom = parseBytes(utf8("\xEF\xBB\xBF"
                                                "101\n\xC3\xA9mile@x.com\n"),
                                           QStringLiteral("c.txt"));
    const ParseResult without
        = parseBytes(utf8("101\n\xC3\xA9mile@x.com\n"), QStringLiteral("c.txt"));
    QVERIFY2(withBom.list, qPrintable(withBom.error));
    QVERIFY2(without.list, qPrintable(without.error));
    const QStringList expected {QStringLiteral("101:1"), QStringLiteral("\u00E9mile@x.com:2")};
    QCOMPARE(keysOf(withBom.list->contacts), expected);
    QCOMPARE(keysOf(without.list->contacts), expected);
}

void TestContactInput::parseFileReadsTheFileAndNamesItsSource()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("May leads.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Email,Record ID\nana@x.com,101\nbob@y.com,\n");
    file.close();
    const ParseResult result = parseFile(path);
    QVERIFY2(result.list, qPrintable(result.error));
    QCOMPARE(result.list->source, QStringLiteral("May leads.csv"));
    QCOMPARE(keysOf(result.list->contacts),
             QStringList({QStringLiteral("101:2"), QStringLiteral("bob@y.com:3")}));
}

void TestContactInput::missingFileOrFolderIsAnErrorNamingThePathAndTheReason()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nope.csv"));
    const ParseResult result = parseFile(missing);
    QVERIFY(!result.list);
    QVERIFY2(
        result.error.startsWith(QStringLiteral("Cannot read ") + missing + QStringLiteral(": ")),
        qPrintable(result.error));
    QVERIFY2(result.error.size() > missing.size() + 15, qPrintable(result.error)); // a reason

    const ParseResult folder = parseFile(dir.path());
    QVERIFY(!folder.list);
    QCOMPARE(folder.error,
             QStringLiteral("Cannot read %1: it is a folder, not a file.").arg(dir.path()));
}

void TestContactInput::fileLargerThanTheLimitIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(kMaxInputFileBytes + 1)); // sparse: no 64 MiB written
    file.close();
    const ParseResult result = parseFile(path);
    QVERIFY(!result.list);
    QCOMPARE(result.error,
             QStringLiteral("Cannot read %1: it is larger than 64 MiB. Split it into smaller "
                            "files.")
                 .arg(path));
}

void TestContactInput::hundredThousandLinesAreReadCompletely()
{
    constexpr int kLines = 100'000;
    QByteArray txt;
    QByteArray csv("id,email,name\n");
    for (int i = 1; i <= kLines; ++i) {
        txt += QByteArray::number(1'000'000 + i) + '\n';
        if (i < kLines)
            csv += QByteArray::number(1'000'000 + i) + ",user" + QByteArray::number(i)
                + "@example.com,\"Name, " + QByteArray::number(i) + "\"\n";
    }
    QElapsedTimer timer;
    timer.start();
    const ParseResult fromTxt = parseBytes(txt, QStringLiteral("ids.txt"));
    const ParseResult fromCsv = parseBytes(csv, QStringLiteral("ids.csv"));
    const qint64 ms = timer.elapsed();
    QVERIFY2(fromTxt.list, qPrintable(fromTxt.error));
    QVERIFY2(fromCsv.list, qPrintable(fromCsv.error));
    QCOMPARE(fromTxt.list->contacts.size(), kLines);
    QCOMPARE(fromTxt.list->contacts.constLast().line, kLines);
    QCOMPARE(fromCsv.list->contacts.size(), kLines - 1);
    QCOMPARE(fromCsv.list->contacts.constLast().line, kLines);
    QCOMPARE(fromCsv.list->lines, kLines);
    // Not a benchmark (bench_contact_input is): a generous bound that only catches
    // quadratic behaviour, even in a sanitizer build.
    qInfo("100,000 TXT lines + 100,000 CSV lines: %lld ms", ms);
    QVERIFY2(ms < 10'000, qPrintable(QString::number(ms)));
}

void TestContactInput::messagesGoThroughTranslation()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const ParseResult empty = parsePastedText(QString());
    const ParseResult invalid = parsePastedText(QStringLiteral("1.01E+05 @x.com 0"));
    const ParseResult noColumn = parseBytes(utf8("a,b\nc,d\n"), QStringLiteral("c.csv"));
    const ParseResult binary = parseBytes(QByteArray("\0\1\2\3", 4), QStringLiteral("c.bin"));
    QCoreApplication::removeTranslator(&translator);

    QVERIFY2(empty.error.startsWith(QStringLiteral("[tr]")), qPrintable(empty.error));
    QVERIFY(empty.error.contains(QStringLiteral("[tr]the pasted text")));
    QVERIFY(invalid.list);
    QCOMPARE(invalid.list->source, QStringLiteral("[tr]pasted text"));
    QCOMPARE(invalid.list->invalid.size(), 3);
    for (const InputProblem &problem : invalid.list->invalid)
        QVERIFY2(problem.reason.startsWith(QStringLiteral("[tr]")), qPrintable(problem.reason));
    QVERIFY2(noColumn.error.startsWith(QStringLiteral("[tr]")), qPrintable(noColumn.error));
    QVERIFY2(binary.error.startsWith(QStringLiteral("[tr]")), qPrintable(binary.error));
}

QTEST_GUILESS_MAIN(TestContactInput)
#include "tst_contactinput.moc"
