// tscheck: fails when a shipped language's .ts file is not complete. Usage:
//   tscheck <file.ts>...
// Names each message (file, context, source) that is unfinished (incl. an empty
// translation or plural form), obsolete or vanished (its string is gone from the sources),
// or whose translation (each plural form) has other placeholders (%1..%99, %n, %L1, %Ln) than
// its source. Exit code 1 when there is any, 2 when a file cannot be read.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // of <translation>: "", unfinished, obsolete, vanished
    bool numerus = false;
    QStringList forms; // the translation, or its plural forms
};

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(?:n|[1-9][0-9]?)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList problemsOf(const Message &message)
{
    QStringList problems;
    if (message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished"))
        problems << QStringLiteral("%1: its string is no longer in the sources").arg(message.type);
    else if (message.type == QLatin1String("unfinished"))
        problems << QStringLiteral("unfinished");
    const QStringList expected = placeholders(message.source);
    for (qsizetype i = 0; i < message.forms.size(); ++i) {
        const QString &form = message.forms.at(i);
        const QString which = message.numerus ? QStringLiteral("plural form %1").arg(i + 1)
                                              : QStringLiteral("translation");
        if (form.isEmpty()) {
            if (message.type != QLatin1String("unfinished"))
                problems << QStringLiteral("empty %1").arg(which);
            continue;
        }
        const QStringList actual = placeholders(form);
        if (actual != expected) {
            problems << QStringLiteral("%1 has placeholders {%2}, its source {%3}")
                            .arg(which, actual.join(QLatin1Char(' ')),
                                 expected.join(QLatin1Char(' ')));
        }
    }
    if (message.forms.isEmpty() && message.type != QLatin1String("unfinished"))
        problems << QStringLiteral("no translation");
    return problems;
}

// Reads <message>'s children; the reader is on its start element.
Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.forms << xml.readElementText();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    message.forms << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

// Prints each problem of `path`; returns their number, or -1 when it cannot be read.
int check(const QString &path, QTextStream &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << path << ": " << file.errorString() << '\n';
        return -1;
    }
    QXmlStreamReader xml(&file);
    int count = 0;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            const Message message = readMessage(xml, context);
            for (const QString &problem : problemsOf(message)) {
                out << path << ": " << message.context << ": \"" << message.source
                    << "\": " << problem << '\n';
                ++count;
            }
        }
    }
    if (xml.hasError()) {
        out << path << ": " << xml.errorString() << " (line " << xml.lineNumber() << ")\n";
        return -1;
    }
    return count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        out << "usage: tscheck <file.ts>...\n";
        return 2;
    }
    int problems = 0;
    for (const QString &path : files) {
        const int found = check(path, out);
        if (found < 0)
            return 2;
        problems += found;
    }
    return problems == 0 ? 0 : 1;
}
