// Diag::format(): the diagnostics as plain text.
#include "core/Redactor.h"
#include "diag/Diagnostics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace SeqDesk::Diag {

namespace {

// The report's words, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostics)
};

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                        : Text::tr("never");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString statusText(Store::SyncStatus status)
{
    switch (status) {
    case Store::SyncStatus::Running:
        return Text::tr("running");
    case Store::SyncStatus::Succeeded:
        return Text::tr("succeeded");
    case Store::SyncStatus::Failed:
        return Text::tr("failed");
    case Store::SyncStatus::Cancelled:
        return Text::tr("cancelled");
    }
    return QString();
}

QString lastSyncText(const StoreFacts::Portal &p)
{
    if (!p.lastRun)
        return Text::tr("never synced");
    const Store::SyncRunRecord &run = *p.lastRun;
    QString text = Text::tr("last sync %1, %2")
                       .arg(timeText(run.finishedAt.isValid() ? run.finishedAt : run.startedAt),
                            statusText(run.status));
    if (run.status == Store::SyncStatus::Succeeded)
        text += Text::tr(" (%1 new, %2 changed, %3 archived, %4 requests)")
                    .arg(run.added)
                    .arg(run.changed)
                    .arg(run.archived)
                    .arg(run.requests);
    return text;
}

QString whatText(const Store::RecentErrorRecord &e)
{
    using Source = Store::RecentErrorRecord::Source;
    switch (e.source) {
    case Source::Sync:
        return Text::tr("sync %1 of portal %2").arg(e.id).arg(e.portalId);
    case Source::Enrollment:
        return Text::tr("enrollment job %1 of portal %2, contact %3 (%4)")
            .arg(e.id)
            .arg(e.portalId, orDash(e.contactId), e.state);
    case Source::Rule:
        return Text::tr("run %1 of rule %2 of portal %3").arg(e.id).arg(e.ruleId).arg(e.portalId);
    }
    return QString();
}

QString oneLine(const QString &text)
{
    return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

} // namespace

QString format(const Environment &env, const StoreFacts &facts)
{
    QString text;
    QTextStream out(&text);
    out << Text::tr("SeqDesk diagnostics, %1").arg(timeText(QDateTime::currentDateTimeUtc()))
        << '\n'
        << Text::tr("No access token and no e-mail address is in this text (any that would be is "
                    "replaced by [redacted] or [email]). Read it before you share it.")
        << "\n\n";

    out << Text::tr("== Program ==") << '\n'
        << Text::tr("SeqDesk: %1 (%2)").arg(env.version, env.program) << '\n'
        << Text::tr("Qt: %1 (built with %2)").arg(env.qtRuntime, env.qtBuild) << '\n'
        << Text::tr("System: %1; %2; %3").arg(env.os, env.kernel, env.cpu) << '\n'
        << Text::tr("Platform plugin: %1").arg(orDash(env.platform)) << '\n'
        << Text::tr("Locale: %1; languages: %2")
               .arg(env.locale, orDash(env.uiLanguages.join(QStringLiteral(", "))))
        << "\n\n";

    out << Text::tr("== Paths ==") << '\n'
        << Text::tr("Data folder: %1").arg(env.dataFolder) << '\n'
        << Text::tr("Local mirror: %1").arg(env.database) << '\n'
        << Text::tr("Schema version: %1 (this build's newest: %2)")
               .arg(facts.schemaVersion < 0 ? QStringLiteral("?")
                                            : QString::number(facts.schemaVersion))
               .arg(facts.latestSchemaVersion)
        << '\n'
        << Text::tr("Settings: %1").arg(env.settingsFile) << '\n'
        << Text::tr("Logs:") << (env.logFiles.isEmpty() ? Text::tr(" none yet") : QString())
        << '\n';
    for (const QString &file : env.logFiles)
        out << "  " << file << '\n';
    out << '\n';

    out << Text::tr("== Settings ==") << '\n';
    if (env.settings.isEmpty())
        out << Text::tr("(none set: every setting has its default)") << '\n';
    for (const auto &[key, value] : env.settings)
        out << key << " = " << value << '\n';
    out << '\n';

    out << Text::tr("== Portals ==") << '\n';
    if (!facts.error.isEmpty())
        out << Text::tr("The local mirror could not be read: %1").arg(oneLine(facts.error)) << '\n';
    else if (facts.portals.isEmpty())
        out << Text::tr("(none)") << '\n';
    for (const StoreFacts::Portal &p : facts.portals) {
        out << Text::tr("%1 \"%2\": API %3, %4; %5")
                   .arg(p.record.portalId, p.record.name, orDash(p.record.apiVersion),
                        p.record.baseUrl.isEmpty() ? QStringLiteral("https://api.hubapi.com")
                                                   : p.record.baseUrl,
                        lastSyncText(p))
            << '\n';
    }
    out << '\n';

    out << Text::tr("== Last errors (newest first, at most %1) ==").arg(kRecentErrors) << '\n';
    if (facts.errors.isEmpty() && facts.error.isEmpty())
        out << Text::tr("(none recorded)") << '\n';
    for (const Store::RecentErrorRecord &e : facts.errors) {
        out << timeText(e.at) << "  " << whatText(e) << '\n'
            << "    "
            << Text::tr("HTTP %1, category %2, code %3, correlation id %4")
                   .arg(e.httpStatus > 0 ? QString::number(e.httpStatus) : QStringLiteral("-"),
                        orDash(e.category), orDash(e.code), orDash(e.correlationId))
            << '\n';
        if (!e.message.isEmpty())
            out << "    " << oneLine(e.message) << '\n';
    }
    out.flush();
    // The safety net: whatever slipped into a message, a setting or a name.
    return Redactor::scrubPersonal(text);
}

} // namespace SeqDesk::Diag
