#pragma once

#include "sandbox/ListGrowth.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QCommandLineParser;

namespace SeqDesk::Sandbox {

enum class ErrorShape { Standard, Legacy, Mixed };

QString errorShapeName(ErrorShape shape);
std::optional<ErrorShape> errorShapeFromName(const QString &name);

// Everything that can be changed while the sandbox runs (POST /_sandbox/control
// {"settings": {...}} or SandboxServer::setSettings). Rates are fractions in [0, 1].
struct SandboxSettings
{
    int latencyMs = 0;
    int latencyJitterMs = 0; // extra 0..jitter ms per request, from the seed
    int rateLimit = 100; // requests per rolling window, per token
    int rateWindowMs = 10000;
    int dailyApiLimit = 250000; // X-HubSpot-RateLimit-Daily; 429 DAILY when used up
    int dailyCap = 1000; // sends per connected inbox per rolling 24 h
    double failRate = 0.0; // 500/502/503
    double dropRate = 0.0; // abort before the request is processed
    double dropAfterRate = 0.0; // abort after the request was applied, before the answer
    double malformedRate = 0.0; // 2xx answers replaced by invalid JSON
    double truncateRate = 0.0; // 2xx answers cut short (Content-Length larger than the body)
    double burst429Rate = 0.0; // fraction of rate-counted requests answered 429
    int burst429Count = 0; // the next N rate-counted requests are answered 429
    bool retryAfter = true; // Retry-After header on 429
    bool rateHeaders = true; // X-HubSpot-RateLimit-* headers
    bool endlessCursor = false; // list sequences always returns the same paging.next.after
    ErrorShape errorShape = ErrorShape::Standard; // of enrollment rejections
    // DYNAMIC contact lists that grow on the sandbox's clock (ListGrower); a changed value
    // restarts the schedules at that moment.
    QVector<ListGrowthRule> listGrowth;

    // Applies the keys present in json (same names as the members; errorShape as a string,
    // listGrowth as an array of ListGrowthRule JSON).
    // On error nothing is changed and *error names the key.
    bool applyJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    // Empty when valid, else a message naming the offending setting.
    QString validate() const;
};

struct SandboxConfig
{
    quint16 port = 0; // 0 = pick a free port
    QString token = QStringLiteral("pat-na1-00000000-demo-0000-0000-000000000000");
    quint32 seed = 1;
    int ownerCount = 8; // >= 6: the special owners come first
    int sequenceCount = 40;
    int contactCount = 5000;
    int listMembers = 0; // > 0: one more contact list this big (contacts raised to it)
    QStringList grantedScopes = allScopes();
    SandboxSettings settings;

    static QStringList allScopes();
    static QString version(); // the project version
    // Registers the command-line options (without --help) on parser.
    static void addOptions(QCommandLineParser &parser);
    // Reads a parser that has already parsed the arguments.
    static std::optional<SandboxConfig> fromParser(const QCommandLineParser &parser,
                                                   QString *error);
    // Parses a full argument list (first entry = program name).
    static std::optional<SandboxConfig> fromArguments(const QStringList &arguments, QString *error);
};

} // namespace SeqDesk::Sandbox
