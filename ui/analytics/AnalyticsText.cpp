#include "analytics/AnalyticsText.h"

#include "enroll/Prediction.h"

namespace SeqDesk::Ui {

QString AnalyticsText::sourceName(const QString &key, const QString &name)
{
    if (key == QLatin1String("wizard"))
        return tr("Wizard");
    if (key == QLatin1String("cli"))
        return tr("seqdesk-cli");
    if (key.startsWith(QLatin1String("file:")))
        return tr("File: %1").arg(key.mid(5));
    if (key.startsWith(QLatin1String("label:")))
        return tr("Label: %1").arg(key.mid(6));
    if (key.startsWith(QLatin1String("rule:")))
        return tr("Rule: %1").arg(name.isEmpty() ? key.mid(5) : name);
    if (key.startsWith(QLatin1String("list:")))
        return tr("List: %1").arg(name.isEmpty() ? Store::AnalyticsSource::listIdOf(key) : name);
    return key;
}

QString AnalyticsText::reasonName(const QString &code)
{
    if (code.isEmpty())
        return tr("(no code)");
    // SeqDesk's own (predicted skips) by their translated names.
    for (const Enroll::Plan plan :
         {Enroll::Plan::AlreadyEnrolled, Enroll::Plan::Unsubscribed, Enroll::Plan::Bounced,
          Enroll::Plan::Blocked, Enroll::Plan::NoEmail, Enroll::Plan::NotFound,
          Enroll::Plan::Duplicate, Enroll::Plan::Deferred}) {
        if (code.compare(Enroll::Prediction::code(plan), Qt::CaseInsensitive) == 0)
            return Enroll::Prediction::name(plan);
    }
    // HubSpot's verdicts on a contact that SeqDesk does not predict, and its codes seen often.
    static const struct
    {
        const char *code;
        const char *name;
    } known[] = {
        {"CONTACT_NOT_FOUND", QT_TR_NOOP("Contact not found")},
        {"INVALID_SENDER", QT_TR_NOOP("Invalid sender")},
        {"OTHER_SEND_REJECTED", QT_TR_NOOP("Sending rejected")},
        {"OTHER", QT_TR_NOOP("Other")},
    };
    for (const auto &entry : known) {
        if (code.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0)
            return tr(entry.name);
    }
    // Any other: ALREADY_ENROLLED / already_enrolled -> "Already enrolled"
    QString text = code.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text.at(0).toUpper();
    return text;
}

QList<Charts::BarSeries> AnalyticsText::outcomeSeries(const QList<Store::OutcomeCounts> &counts)
{
    QList<Charts::BarSeries> series {
        {tr("Enrolled"), QColor(0x2e, 0x7d, 0x32), {}},
        {tr("Skipped"), QColor(0x9e, 0x9e, 0x9e), {}},
        {tr("Failed"), QColor(0xc6, 0x28, 0x28), {}},
        {tr("Deferred"), QColor(0xf9, 0xa8, 0x25), {}},
    };
    for (const Store::OutcomeCounts &c : counts) {
        series[0].values.append(c.enrolled);
        series[1].values.append(c.skipped);
        series[2].values.append(c.failed);
        series[3].values.append(c.deferred);
    }
    return series;
}

} // namespace SeqDesk::Ui
