// Command-line options of seqdesk-sandbox (SandboxConfig::addOptions / fromParser).
#include "sandbox/SandboxConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

namespace SeqDesk::Sandbox {

namespace {

QString flag(const QString &name)
{
    return QStringLiteral("--") + name;
}

bool readInt(const QCommandLineParser &parser, const QString &name, qint64 minimum, qint64 maximum,
             qint64 *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error
            = QCoreApplication::translate(
                  "SandboxOptions", "invalid value '%1' for %2: expected an integer from %3 to %4")
                  .arg(text, flag(name))
                  .arg(minimum)
                  .arg(maximum);
        return false;
    }
    *out = value;
    return true;
}

bool readIntInto(const QCommandLineParser &parser, const QString &name, int minimum, int maximum,
                 int *out, QString *error)
{
    qint64 value = *out;
    if (!readInt(parser, name, minimum, maximum, &value, error))
        return false;
    *out = static_cast<int>(value);
    return true;
}

bool readRate(const QCommandLineParser &parser, const QString &name, double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0.0 || value > 1.0) {
        *error = QCoreApplication::translate(
                     "SandboxOptions", "invalid value '%1' for %2: expected a fraction from 0 to 1")
                     .arg(text, flag(name));
        return false;
    }
    *out = value;
    return true;
}

struct IntOption
{
    const char *name;
    int SandboxSettings::*member;
    int minimum;
    int maximum;
};

constexpr IntOption intOptions[] = {
    {"latency-ms", &SandboxSettings::latencyMs, 0, 600000},
    {"latency-jitter-ms", &SandboxSettings::latencyJitterMs, 0, 600000},
    {"rate-limit", &SandboxSettings::rateLimit, 1, 1000000},
    {"rate-window-ms", &SandboxSettings::rateWindowMs, 1, 86400000},
    {"daily-api-limit", &SandboxSettings::dailyApiLimit, 1, 1000000000},
    {"daily-cap", &SandboxSettings::dailyCap, 0, 1000000},
    {"burst-429-count", &SandboxSettings::burst429Count, 0, 1000000},
};

struct RateOption
{
    const char *name;
    double SandboxSettings::*member;
};

constexpr RateOption rateOptions[] = {
    {"fail-rate", &SandboxSettings::failRate},
    {"drop-rate", &SandboxSettings::dropRate},
    {"drop-after-rate", &SandboxSettings::dropAfterRate},
    {"malformed-rate", &SandboxSettings::malformedRate},
    {"truncate-rate", &SandboxSettings::truncateRate},
    {"burst-429-rate", &SandboxSettings::burst429Rate},
};

} // namespace

void SandboxConfig::addOptions(QCommandLineParser &parser)
{
    const QString n = QCoreApplication::translate("SandboxOptions", "N");
    const QString p = QCoreApplication::translate("SandboxOptions", "P");
    parser.addOptions({
        {QStringLiteral("port"),
         QCoreApplication::translate("SandboxOptions",
                                     "TCP port on 127.0.0.1 (0 = pick a free one)."),
         n, QStringLiteral("0")},
        {QStringLiteral("token"),
         QCoreApplication::translate("SandboxOptions", "The bearer token the sandbox accepts."),
         QCoreApplication::translate("SandboxOptions", "TOKEN")},
        {QStringLiteral("seed"),
         QCoreApplication::translate("SandboxOptions",
                                     "Seed of the demo data and of the fault randomness."),
         n},
        {QStringLiteral("latency-ms"),
         QCoreApplication::translate("SandboxOptions", "Added latency per answer in milliseconds."),
         n},
        {QStringLiteral("latency-jitter-ms"),
         QCoreApplication::translate("SandboxOptions", "Extra random latency up to N ms."), n},
        {QStringLiteral("rate-limit"),
         QCoreApplication::translate("SandboxOptions", "Requests per rolling window per token."),
         n},
        {QStringLiteral("rate-window-ms"),
         QCoreApplication::translate("SandboxOptions", "Length of the rolling rate window."),
         QCoreApplication::translate("SandboxOptions", "MS")},
        {QStringLiteral("daily-api-limit"),
         QCoreApplication::translate("SandboxOptions", "Requests per day per token."), n},
        {QStringLiteral("daily-cap"),
         QCoreApplication::translate("SandboxOptions",
                                     "Sends per connected inbox per rolling 24 h."),
         n},
        {QStringLiteral("fail-rate"),
         QCoreApplication::translate("SandboxOptions", "Fraction of requests answered 5xx."), p},
        {QStringLiteral("drop-rate"),
         QCoreApplication::translate("SandboxOptions",
                                     "Fraction of connections dropped before processing."),
         p},
        {QStringLiteral("drop-after-rate"),
         QCoreApplication::translate(
             "SandboxOptions",
             "Fraction of connections dropped after processing, before the answer."),
         p},
        {QStringLiteral("malformed-rate"),
         QCoreApplication::translate("SandboxOptions",
                                     "Fraction of 2xx answers with invalid JSON."),
         p},
        {QStringLiteral("truncate-rate"),
         QCoreApplication::translate("SandboxOptions", "Fraction of 2xx answers cut short."), p},
        {QStringLiteral("burst-429-rate"),
         QCoreApplication::translate("SandboxOptions", "Fraction of requests answered 429."), p},
        {QStringLiteral("burst-429-count"),
         QCoreApplication::translate("SandboxOptions", "Answer the next N requests 429."), n},
        {QStringLiteral("no-retry-after"),
         QCoreApplication::translate("SandboxOptions", "Send no Retry-After header on 429.")},
        {QStringLiteral("no-rate-headers"),
         QCoreApplication::translate("SandboxOptions", "Omit the X-HubSpot-RateLimit-* headers.")},
        {QStringLiteral("endless-cursor"),
         QCoreApplication::translate("SandboxOptions",
                                     "List sequences always returns the same paging cursor.")},
        {QStringLiteral("error-shape"),
         QCoreApplication::translate("SandboxOptions",
                                     "Shape of enrollment errors: standard, legacy or mixed."),
         QCoreApplication::translate("SandboxOptions", "SHAPE")},
        {QStringLiteral("scopes"),
         QCoreApplication::translate("SandboxOptions",
                                     "Comma-separated scopes granted to the token."),
         QCoreApplication::translate("SandboxOptions", "LIST")},
        {QStringLiteral("owners"),
         QCoreApplication::translate("SandboxOptions", "Number of owners (at least 6)."), n},
        {QStringLiteral("sequences"),
         QCoreApplication::translate("SandboxOptions", "Number of sequences (at least 4)."), n},
        {QStringLiteral("contacts"),
         QCoreApplication::translate("SandboxOptions", "Number of contacts (at least 10)."), n},
        {QStringLiteral("list-members"),
         QCoreApplication::translate("SandboxOptions",
                                     "Add one contact list of N members (more contacts if "
                                     "needed)."),
         n},
        {QStringLiteral("list-growth"),
         QCoreApplication::translate("SandboxOptions",
                                     "Every MINUTES, N eligible contacts join a DYNAMIC contact "
                                     "list (default: the first one); repeatable."),
         QCoreApplication::translate("SandboxOptions", "[LISTID:]N/MINUTES")},
    });
}

std::optional<SandboxConfig> SandboxConfig::fromParser(const QCommandLineParser &parser,
                                                       QString *error)
{
    SandboxConfig config;
    qint64 value = config.port;
    if (!readInt(parser, QStringLiteral("port"), 0, 65535, &value, error))
        return std::nullopt;
    config.port = static_cast<quint16>(value);
    value = config.seed;
    if (!readInt(parser, QStringLiteral("seed"), 0, 4294967295LL, &value, error))
        return std::nullopt;
    config.seed = static_cast<quint32>(value);
    if (parser.isSet(QStringLiteral("token"))) {
        config.token = parser.value(QStringLiteral("token")).trimmed();
        if (config.token.isEmpty()) {
            *error = QCoreApplication::translate(
                "SandboxOptions", "invalid value for --token: the token must not be empty");
            return std::nullopt;
        }
    }
    if (!readIntInto(parser, QStringLiteral("owners"), 6, 5000, &config.ownerCount, error)
        || !readIntInto(parser, QStringLiteral("sequences"), 4, 1000000, &config.sequenceCount,
                        error)
        || !readIntInto(parser, QStringLiteral("contacts"), 10, 10000000, &config.contactCount,
                        error)
        || !readIntInto(parser, QStringLiteral("list-members"), 0, 10000000, &config.listMembers,
                        error))
        return std::nullopt;
    SandboxSettings &s = config.settings;
    for (const IntOption &o : intOptions) {
        if (!readIntInto(parser, QLatin1String(o.name), o.minimum, o.maximum, &(s.*(o.member)),
                         error))
            return std::nullopt;
    }
    for (const RateOption &o : rateOptions) {
        if (!readRate(parser, QLatin1String(o.name), &(s.*(o.member)), error))
            return std::nullopt;
    }
    s.retryAfter = !parser.isSet(QStringLiteral("no-retry-after"));
    s.rateHeaders = !parser.isSet(QStringLiteral("no-rate-headers"));
    s.endlessCursor = parser.isSet(QStringLiteral("endless-cursor"));
    if (parser.isSet(QStringLiteral("error-shape"))) {
        const QString text = parser.value(QStringLiteral("error-shape"));
        const auto shape = errorShapeFromName(text);
        if (!shape) {
            *error = QCoreApplication::translate(
                         "SandboxOptions",
                         "invalid value '%1' for --error-shape: expected standard, legacy or mixed")
                         .arg(text);
            return std::nullopt;
        }
        s.errorShape = *shape;
    }
    for (const QString &text : parser.values(QStringLiteral("list-growth"))) {
        const auto rule = ListGrowthRule::fromText(text);
        if (!rule) {
            *error = QCoreApplication::translate(
                         "SandboxOptions", "invalid value '%1' for --list-growth: expected %2")
                         .arg(text, ListGrowthRule::expected());
            return std::nullopt;
        }
        s.listGrowth.append(*rule);
    }
    if (parser.isSet(QStringLiteral("scopes"))) {
        config.grantedScopes.clear();
        const QStringList parts = parser.value(QStringLiteral("scopes")).split(QLatin1Char(','));
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                config.grantedScopes.append(part.trimmed());
        }
    }
    return config;
}

std::optional<SandboxConfig> SandboxConfig::fromArguments(const QStringList &arguments,
                                                          QString *error)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("SandboxOptions", "unexpected argument '%1'")
                     .arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    return fromParser(parser, error);
}

} // namespace SeqDesk::Sandbox
