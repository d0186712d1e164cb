#include "ReportSpec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SeqDesk::BenchReport {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

std::optional<Bound> bound(const QJsonValue &value)
{
    Bound b;
    if (value.isDouble()) {
        b.number = value.toDouble();
        return b;
    }
    if (value.isString()) {
        b.figure = value.toString();
        return b;
    }
    const QJsonObject o = value.toObject();
    if (!o.value(QStringLiteral("figure")).isString())
        return std::nullopt;
    b.figure = o.value(QStringLiteral("figure")).toString();
    b.factor = o.value(QStringLiteral("factor")).toDouble(1.0);
    return b;
}

} // namespace

const Case *Spec::findCase(const QString &id) const
{
    for (const Case &c : cases) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

std::optional<Spec> readSpec(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2)").arg(path, parse.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Spec spec;
    for (const QJsonValue &v : root.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject o = v.toObject();
        Case c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.bench = o.value(QStringLiteral("bench")).toString();
        c.title = o.value(QStringLiteral("title")).toString();
        c.args = strings(o.value(QStringLiteral("args")));
        c.quickArgs = o.contains(QStringLiteral("quickArgs"))
            ? strings(o.value(QStringLiteral("quickArgs")))
            : c.args;
        c.runs = o.value(QStringLiteral("runs")).toInt(0);
        c.timeoutS = o.value(QStringLiteral("timeoutS")).toInt(1800);
        if (c.id.isEmpty() || c.bench.isEmpty() || spec.findCase(c.id)) {
            *error = QStringLiteral("%1: a case needs a unique id and a bench").arg(path);
            return std::nullopt;
        }
        spec.cases << c;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("goals")).toArray()) {
        const QJsonObject o = v.toObject();
        Goal g;
        g.caseId = o.value(QStringLiteral("case")).toString();
        g.figure = o.value(QStringLiteral("figure")).toString();
        g.what = o.value(QStringLiteral("what")).toString();
        g.boundText = o.value(QStringLiteral("goalText")).toString();
        g.note = o.value(QStringLiteral("note")).toString();
        std::optional<Bound> b;
        if (o.contains(QStringLiteral("atMost"))) {
            g.kind = Goal::Kind::AtMost;
            b = bound(o.value(QStringLiteral("atMost")));
        } else if (o.contains(QStringLiteral("atLeast"))) {
            g.kind = Goal::Kind::AtLeast;
            b = bound(o.value(QStringLiteral("atLeast")));
        } else if (o.contains(QStringLiteral("equals"))) {
            g.kind = Goal::Kind::Equals;
            b = bound(o.value(QStringLiteral("equals")));
        }
        const QJsonObject baseline = o.value(QStringLiteral("baseline")).toObject();
        g.baselineCase = baseline.value(QStringLiteral("case")).toString(g.caseId);
        g.baselineFigure = baseline.value(QStringLiteral("figure")).toString();
        g.baselineText = baseline.value(QStringLiteral("text")).toString();
        if (g.baselineFigure.isEmpty())
            g.baselineCase.clear();
        if (!b || !spec.findCase(g.caseId) || g.figure.isEmpty()
            || (!g.baselineCase.isEmpty() && !spec.findCase(g.baselineCase))) {
            *error = QStringLiteral("%1: goal %2/%3 needs a known case, a figure and one of "
                                    "atMost, atLeast, equals")
                         .arg(path, g.caseId, g.figure);
            return std::nullopt;
        }
        g.bound = *b;
        spec.goals << g;
    }
    const QString intro = root.value(QStringLiteral("faultMatrixIntro")).toString();
    if (!intro.isEmpty()) {
        QFile introFile(QFileInfo(path).dir().filePath(intro));
        if (!introFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(introFile.fileName(), introFile.errorString());
            return std::nullopt;
        }
        spec.faultMatrixIntro = QString::fromUtf8(introFile.readAll());
    }
    return spec;
}

} // namespace SeqDesk::BenchReport
