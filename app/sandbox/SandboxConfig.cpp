#include "sandbox/SandboxConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace SeqDesk::Sandbox {

namespace {

struct IntKey
{
    const char *name;
    int SandboxSettings::*member;
    int minimum;
    int maximum;
};

struct RateKey
{
    const char *name;
    double SandboxSettings::*member;
};

struct BoolKey
{
    const char *name;
    bool SandboxSettings::*member;
};

constexpr IntKey intKeys[] = {
    {"latencyMs", &SandboxSettings::latencyMs, 0, 600000},
    {"latencyJitterMs", &SandboxSettings::latencyJitterMs, 0, 600000},
    {"rateLimit", &SandboxSettings::rateLimit, 1, 1000000},
    {"rateWindowMs", &SandboxSettings::rateWindowMs, 1, 86400000},
    {"dailyApiLimit", &SandboxSettings::dailyApiLimit, 1, 1000000000},
    {"dailyCap", &SandboxSettings::dailyCap, 0, 1000000},
    {"burst429Count", &SandboxSettings::burst429Count, 0, 1000000},
};

constexpr RateKey rateKeys[] = {
    {"failRate", &SandboxSettings::failRate},
    {"dropRate", &SandboxSettings::dropRate},
    {"dropAfterRate", &SandboxSettings::dropAfterRate},
    {"malformedRate", &SandboxSettings::malformedRate},
    {"truncateRate", &SandboxSettings::truncateRate},
    {"burst429Rate", &SandboxSettings::burst429Rate},
};

constexpr BoolKey boolKeys[] = {
    {"retryAfter", &SandboxSettings::retryAfter},
    {"rateHeaders", &SandboxSettings::rateHeaders},
    {"endlessCursor", &SandboxSettings::endlessCursor},
};

bool isRate(double value)
{
    return std::isfinite(value) && value >= 0.0 && value <= 1.0;
}

bool readListGrowth(const QJsonValue &value, QVector<ListGrowthRule> *out)
{
    if (!value.isArray())
        return false;
    QVector<ListGrowthRule> rules;
    for (const QJsonValue &v : value.toArray()) {
        const auto rule = ListGrowthRule::fromJson(v);
        if (!rule)
            return false;
        rules.append(*rule);
    }
    *out = rules;
    return true;
}

} // namespace

QString errorShapeName(ErrorShape shape)
{
    switch (shape) {
    case ErrorShape::Standard:
        return QStringLiteral("standard");
    case ErrorShape::Legacy:
        return QStringLiteral("legacy");
    case ErrorShape::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

std::optional<ErrorShape> errorShapeFromName(const QString &name)
{
    for (ErrorShape shape : {ErrorShape::Standard, ErrorShape::Legacy, ErrorShape::Mixed}) {
        if (name == errorShapeName(shape))
            return shape;
    }
    return std::nullopt;
}

bool SandboxSettings::applyJson(const QJsonObject &json, QString *error)
{
    SandboxSettings next = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        bool known = false;
        for (const IntKey &k : intKeys) {
            if (key != QLatin1String(k.name))
                continue;
            known = true;
            const double number = value.toDouble(std::nan(""));
            if (!value.isDouble() || number != std::floor(number) || number < k.minimum
                || number > k.maximum) {
                *error = QCoreApplication::translate("SandboxConfig",
                                                     "setting %1 must be an integer from %2 to %3")
                             .arg(key)
                             .arg(k.minimum)
                             .arg(k.maximum);
                return false;
            }
            next.*(k.member) = static_cast<int>(number);
        }
        for (const RateKey &k : rateKeys) {
            if (key != QLatin1String(k.name))
                continue;
            known = true;
            if (!value.isDouble() || !isRate(value.toDouble())) {
                *error = QCoreApplication::translate("SandboxConfig",
                                                     "setting %1 must be a number from 0 to 1")
                             .arg(key);
                return false;
            }
            next.*(k.member) = value.toDouble();
        }
        for (const BoolKey &k : boolKeys) {
            if (key != QLatin1String(k.name))
                continue;
            known = true;
            if (!value.isBool()) {
                *error = QCoreApplication::translate("SandboxConfig",
                                                     "setting %1 must be true or false")
                             .arg(key);
                return false;
            }
            next.*(k.member) = value.toBool();
        }
        if (key == QLatin1String("errorShape")) {
            known = true;
            const auto shape = errorShapeFromName(value.toString());
            if (!shape) {
                *error = QCoreApplication::translate(
                    "SandboxConfig", "setting errorShape must be standard, legacy or mixed");
                return false;
            }
            next.errorShape = *shape;
        }
        if (key == QLatin1String("listGrowth")) {
            known = true;
            if (!readListGrowth(value, &next.listGrowth)) {
                *error = QCoreApplication::translate("SandboxConfig",
                                                     "setting listGrowth must be an array of %1 or "
                                                     "{\"listId\", \"count\", \"everyMinutes\"}")
                             .arg(ListGrowthRule::expected());
                return false;
            }
        }
        if (!known) {
            *error = QCoreApplication::translate("SandboxConfig", "unknown setting %1").arg(key);
            return false;
        }
    }
    *this = next;
    return true;
}

QJsonObject SandboxSettings::toJson() const
{
    QJsonObject json;
    for (const IntKey &k : intKeys)
        json.insert(QLatin1String(k.name), this->*(k.member));
    for (const RateKey &k : rateKeys)
        json.insert(QLatin1String(k.name), this->*(k.member));
    for (const BoolKey &k : boolKeys)
        json.insert(QLatin1String(k.name), this->*(k.member));
    json.insert(QStringLiteral("errorShape"), errorShapeName(errorShape));
    QJsonArray growth;
    for (const ListGrowthRule &rule : listGrowth)
        growth.append(rule.toJson());
    json.insert(QStringLiteral("listGrowth"), growth);
    return json;
}

QString SandboxSettings::validate() const
{
    for (const IntKey &k : intKeys) {
        const int value = this->*(k.member);
        if (value < k.minimum || value > k.maximum)
            return QCoreApplication::translate("SandboxConfig",
                                               "setting %1 must be an integer from %2 to %3")
                .arg(QLatin1String(k.name))
                .arg(k.minimum)
                .arg(k.maximum);
    }
    for (const RateKey &k : rateKeys) {
        if (!isRate(this->*(k.member)))
            return QCoreApplication::translate("SandboxConfig",
                                               "setting %1 must be a number from 0 to 1")
                .arg(QLatin1String(k.name));
    }
    for (const ListGrowthRule &rule : listGrowth) {
        if (!ListGrowthRule::fromText(rule.toText()))
            return QCoreApplication::translate("SandboxConfig", "setting listGrowth: %1 is not %2")
                .arg(rule.toText(), ListGrowthRule::expected());
    }
    return {};
}

QString SandboxConfig::version()
{
    return QStringLiteral(SEQDESK_VERSION);
}

QStringList SandboxConfig::allScopes()
{
    return {QStringLiteral("automation.sequences.read"),
            QStringLiteral("automation.sequences.enrollments.write"),
            QStringLiteral("crm.objects.owners.read"),
            QStringLiteral("crm.objects.contacts.read"),
            QStringLiteral("crm.lists.read"),
            QStringLiteral("crm.lists.write")};
}

} // namespace SeqDesk::Sandbox
