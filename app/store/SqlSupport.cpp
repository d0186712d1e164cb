#include "store/SqlSupport.h"

#include <QSqlError>

#include <array>
#include <utility>

namespace SeqDesk::Store::Sql {

QVariant fromTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(time.toMSecsSinceEpoch());
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString describe(const QString &what, const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? what : what + QStringLiteral(": ") + text;
}

namespace {

// A statement that failed: SQLite's reason first (what a user can act on, such as "database
// or disk is full" or "database is locked"), then the statement, for the log.
QString statementError(const QString &doing, const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? QStringLiteral("The database failed %1").arg(doing)
                          : text + QStringLiteral(" (") + doing + QLatin1Char(')');
}

} // namespace

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    *error = statementError(QStringLiteral("preparing \"%1\"").arg(sql.simplified()),
                            query.lastError());
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    // Text columns are NOT NULL DEFAULT '': a null QString (an unset field) is stored as ''
    // where Qt would bind NULL. A real NULL is a typed null QVariant (see fromTime()).
    const QVariantList values = query.boundValues();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
    }
    if (query.exec())
        return true;
    *error = statementError(QStringLiteral("running \"%1\"").arg(query.lastQuery().simplified()),
                            query.lastError());
    return false;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error)
{
    if (!prepare(query, sql, error))
        return false;
    for (const QVariant &v : binds)
        query.addBindValue(v);
    return exec(query, error);
}

bool execSql(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    return run(query, sql, {}, error);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

bool Transaction::begin(QString *error)
{
    if (!m_db.transaction()) {
        *error = describe(QStringLiteral("Could not begin a transaction"), m_db.lastError());
        return false;
    }
    m_open = true;
    return true;
}

bool Transaction::commit(QString *error)
{
    if (!m_db.commit()) {
        *error = describe(QStringLiteral("Could not commit"), m_db.lastError());
        return false; // the destructor rolls back
    }
    m_open = false;
    return true;
}

namespace {

template<typename E, size_t N>
QString toText(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, text] : table) {
        if (e == value)
            return QLatin1String(text);
    }
    return {};
}

template<typename E, size_t N>
E fromText(const std::array<std::pair<E, const char *>, N> &table, const QString &text, E fallback)
{
    for (const auto &[e, t] : table) {
        if (text == QLatin1String(t))
            return e;
    }
    return fallback;
}

const std::array<std::pair<SyncTrigger, const char *>, 5> kTriggers {{
    {SyncTrigger::Connect, "connect"},
    {SyncTrigger::Manual, "manual"},
    {SyncTrigger::Scheduled, "scheduled"},
    {SyncTrigger::Startup, "startup"},
    {SyncTrigger::Token, "token"},
}};
const std::array<std::pair<SyncStatus, const char *>, 4> kSyncStatuses {{
    {SyncStatus::Running, "running"},
    {SyncStatus::Succeeded, "succeeded"},
    {SyncStatus::Failed, "failed"},
    {SyncStatus::Cancelled, "cancelled"},
}};
const std::array<std::pair<EnrollmentSource, const char *>, 2> kSources {{
    {EnrollmentSource::Wizard, "wizard"},
    {EnrollmentSource::Cli, "cli"},
}};
const std::array<std::pair<RuleSenderMode, const char *>, 3> kSenderModes {{
    {RuleSenderMode::Single, "single"},
    {RuleSenderMode::Rotation, "rotation"},
    {RuleSenderMode::ContactOwner, "owner"},
}};
const std::array<std::pair<RuleState, const char *>, 3> kRuleStates {{
    {RuleState::Enabled, "enabled"},
    {RuleState::Paused, "paused"},
    {RuleState::Stopped, "stopped"},
}};
const std::array<std::pair<RuleRunState, const char *>, 4> kRuleRunStates {{
    {RuleRunState::Running, "running"},
    {RuleRunState::Done, "done"},
    {RuleRunState::Stopped, "stopped"},
    {RuleRunState::Failed, "failed"},
}};
const std::array<std::pair<JobState, const char *>, 6> kJobStates {{
    {JobState::Draft, "draft"},
    {JobState::Running, "running"},
    {JobState::Paused, "paused"},
    {JobState::Cancelled, "cancelled"},
    {JobState::Completed, "completed"},
    {JobState::Failed, "failed"},
}};
const std::array<std::pair<ItemState, const char *>, 6> kItemStates {{
    {ItemState::Pending, "pending"},
    {ItemState::InFlight, "in_flight"},
    {ItemState::Enrolled, "enrolled"},
    {ItemState::Skipped, "skipped"},
    {ItemState::Failed, "failed"},
    {ItemState::Deferred, "deferred"},
}};

} // namespace

QString syncTriggerText(SyncTrigger trigger)
{
    return toText(kTriggers, trigger);
}
SyncTrigger syncTriggerFromText(const QString &text)
{
    return fromText(kTriggers, text, SyncTrigger::Manual);
}
QString syncStatusText(SyncStatus status)
{
    return toText(kSyncStatuses, status);
}
SyncStatus syncStatusFromText(const QString &text)
{
    return fromText(kSyncStatuses, text, SyncStatus::Failed);
}
QString sourceText(EnrollmentSource source)
{
    return toText(kSources, source);
}
EnrollmentSource sourceFromText(const QString &text)
{
    return fromText(kSources, text, EnrollmentSource::Wizard);
}
QString senderModeText(RuleSenderMode mode)
{
    return toText(kSenderModes, mode);
}
RuleSenderMode senderModeFromText(const QString &text)
{
    return fromText(kSenderModes, text, RuleSenderMode::Single);
}
QString ruleStateText(RuleState state)
{
    return toText(kRuleStates, state);
}
RuleState ruleStateFromText(const QString &text)
{
    return fromText(kRuleStates, text, RuleState::Paused);
}
QString ruleRunStateText(RuleRunState state)
{
    return toText(kRuleRunStates, state);
}
RuleRunState ruleRunStateFromText(const QString &text)
{
    return fromText(kRuleRunStates, text, RuleRunState::Failed);
}
QString jobStateText(JobState state)
{
    return toText(kJobStates, state);
}
JobState jobStateFromText(const QString &text)
{
    return fromText(kJobStates, text, JobState::Failed);
}
QString itemStateText(ItemState state)
{
    return toText(kItemStates, state);
}
ItemState itemStateFromText(const QString &text)
{
    return fromText(kItemStates, text, ItemState::Failed);
}

SequenceStepRecord stepFrom(const QSqlQuery &query, int first)
{
    return {query.value(first).toInt(), query.value(first + 1).toString(),
            query.value(first + 2).toLongLong(), query.value(first + 3).toString(),
            query.value(first + 4).toString()};
}

} // namespace SeqDesk::Store::Sql
