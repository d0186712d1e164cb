// bench_contact_input: reading the contacts to enroll. Generates 100,000-line inputs in
// memory (a text file of ids, a CSV with header id,email,name, both with about 5% invalid
// lines, 5% duplicates and, in the CSV, quoted names with commas), times parseBytes and
// parsePastedText (best of several runs), and compares with naive readers measured in the
// same run. Prints times; never asserts them.
#include "BenchFigures.h"
#include "enroll/ContactInput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cstdio>
#include <ctime>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace SeqDesk::Enroll;

namespace {

constexpr int kLines = 100'000;
constexpr int kRuns = 7;
constexpr int kQuadraticSample = 10'000;

// Line i's value: every 20th is invalid, every 20th (offset 10) repeats an earlier one.
QByteArray idFor(int i)
{
    if (i % 20 == 7)
        return i % 40 == 7 ? QByteArray("1.01E+05") : QByteArray("n/a");
    if (i % 20 == 17)
        return QByteArray::number(1'000'000 + i / 2);
    return QByteArray::number(1'000'000 + i);
}

QByteArray makeText(int lines)
{
    QByteArray text;
    text.reserve(lines * 9);
    for (int i = 0; i < lines; ++i)
        text += idFor(i) + '\n';
    return text;
}

QByteArray makeCsv(int lines)
{
    QByteArray csv("\xEF\xBB\xBFid,email,name\r\n");
    csv.reserve(lines * 48);
    for (int i = 1; i < lines; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 20 == 7) // invalid: neither the id nor the email
            csv += idFor(i) + ",user" + n + "@,";
        else if (i % 10 == 3) // email only
            csv += ",user" + n + "@Example.com,";
        else
            csv += idFor(i) + ",user" + n + "@Example.com,";
        if (i % 4 == 0)
            csv += "\"Lima, Ana " + n + '"';
        else
            csv += "Ana " + n;
        csv += "\r\n";
    }
    return csv;
}

// The obvious reader: split by lines, one regular expression per line, dedupe in a QSet
// (or, with quadratic = true, in a QStringList with contains()).
int naiveRead(const QByteArray &bytes, bool csv, bool quadratic)
{
    static const QRegularExpression id(QStringLiteral("^[1-9][0-9]*$"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    QSet<QString> seen;
    QStringList seenList;
    int contacts = 0;
    for (int i = csv ? 1 : 0; i < lines.size(); ++i) {
        QString value = lines.at(i).trimmed();
        if (csv) {
            const QStringList fields = value.split(QLatin1Char(','));
            value = fields.value(0).trimmed();
            if (value.isEmpty())
                value = fields.value(1).trimmed().toLower();
        }
        if (value.isEmpty() || !(id.match(value).hasMatch() || email.match(value).hasMatch()))
            continue;
        if (quadratic) {
            if (seenList.contains(value))
                continue;
            seenList.append(value);
        } else {
            if (seen.contains(value))
                continue;
            seen.insert(value);
        }
        ++contacts;
    }
    return contacts;
}

// Best wall time of kRuns and the process CPU time of that run (on a busy machine the CPU
// time shows the work, the wall time what a user waits), and the first run's wall time: the
// process's first large allocations pay for fresh pages, as a user's single parse does.
struct Timing
{
    double wallMs = 1e300;
    double cpuMs = 0;
    double firstMs = 0;
};

// run returns its result, which is freed after the clock stops: freeing 100,000 strings is
// not part of reading them.
template<typename Run> Timing best(Run run)
{
    Timing out;
    for (int r = 0; r < kRuns; ++r) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        [[maybe_unused]] const auto result = run();
        const double wall = double(timer.nsecsElapsed()) / 1e6;
        const double cpu = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        if (r == 0)
            out.firstMs = wall;
        if (wall < out.wallMs) {
            out.wallMs = wall;
            out.cpuMs = cpu;
        }
    }
    return out;
}

void report(const char *what, const Timing &t, int lines)
{
    std::printf("  %-40s best %7.1f ms (cpu %7.1f), first %7.1f ms  %9.0f lines/s\n", what,
                t.wallMs, t.cpuMs, t.firstMs, lines * 1000.0 / t.wallMs);
}

void describe(const char *what, const ParseResult &result)
{
    if (!result.list) {
        std::printf("  %s: error: %s\n", what, qPrintable(result.error));
        return;
    }
    std::printf("  %s: %lld contacts, %lld invalid, %lld duplicates, %d lines\n", what,
                qlonglong(result.list->contacts.size()), qlonglong(result.list->invalid.size()),
                qlonglong(result.list->duplicates.size()), result.list->lines);
}

} // namespace

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // Keep freed memory in the process between runs, so "best" measures reading and not the
    // kernel handing out fresh pages again; "first" still shows that cost once.
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
#endif
    QCoreApplication app(argc, argv);
    const QByteArray text = makeText(kLines);
    const QByteArray csv = makeCsv(kLines);
    const QString pasted = QString::fromUtf8(text);
    std::printf("bench_contact_input: %d lines each (TXT %.1f MiB, CSV %.1f MiB), best of %d\n",
                kLines, text.size() / 1048576.0, csv.size() / 1048576.0, kRuns);

    const Timing txt = best([&] { return parseBytes(text, QStringLiteral("contacts.txt")); });
    const Timing csvTime = best([&] { return parseBytes(csv, QStringLiteral("contacts.csv")); });
    const Timing pastedTime = best([&] { return parsePastedText(pasted); });
    describe("TXT", parseBytes(text, QStringLiteral("contacts.txt")));
    describe("CSV", parseBytes(csv, QStringLiteral("contacts.csv")));
    describe("pasted", parsePastedText(pasted));

    const Timing naiveTxt = best([&] { return naiveRead(text, false, false); });
    const Timing naiveCsv = best([&] { return naiveRead(csv, true, false); });
    const int naiveContacts = naiveRead(csv, true, false);
    const QByteArray smallText = makeText(kQuadraticSample);
    const Timing quadraticSample = best([&] { return naiveRead(smallText, false, true); });
    // contains() over a growing list: time grows with the square of the lines.
    const double scale = double(kLines) / kQuadraticSample;
    const double quadraticMs = quadraticSample.wallMs * scale * scale;

    report("parseBytes TXT (ids)", txt, kLines);
    report("parseBytes CSV (id,email,name; quoted)", csvTime, kLines);
    report("parsePastedText (ids)", pastedTime, kLines);
    report("naive TXT: split + regex + QSet", naiveTxt, kLines);
    report("naive CSV: split + regex + QSet", naiveCsv, kLines);
    std::printf("  %-40s est. %7.1f ms (measured %.1f ms on %d lines, x%.0f)\n",
                "naive TXT, QStringList::contains", quadraticMs, quadraticSample.wallMs,
                kQuadraticSample, scale * scale);
    std::printf("  naive/parseBytes (wall): TXT %.1fx, CSV %.1fx; quadratic naive/parseBytes TXT "
                "%.0fx\n",
                naiveTxt.wallMs / txt.wallMs, naiveCsv.wallMs / csvTime.wallMs,
                quadraticMs / txt.wallMs);
    std::printf("  (the naive readers found %d CSV contacts; they ignore quotes, the BOM, "
                "reasons and line numbers)\n",
                naiveContacts);
    using SeqDesk::Bench::figure;
    figure("txt_ms", txt.wallMs, "ms");
    figure("csv_ms", csvTime.wallMs, "ms");
    figure("pasted_ms", pastedTime.wallMs, "ms");
    figure("naive_txt_ms", naiveTxt.wallMs, "ms");
    figure("naive_csv_ms", naiveCsv.wallMs, "ms");
    SeqDesk::Bench::peakMemoryFigure();
    return 0;
}
