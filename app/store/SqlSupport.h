#pragma once

#include "store/Records.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Internal helpers of the store classes; nothing outside app/store includes this.
namespace SeqDesk::Store::Sql {

// Times are stored as INTEGER milliseconds since the Unix epoch, UTC; NULL = unknown/never.
QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &value);

// "what failed: driver text" for a failed query or database call.
QString describe(const QString &what, const QSqlError &error);

// Prepares `sql`; on failure sets `error` and returns false.
bool prepare(QSqlQuery &query, const QString &sql, QString *error);
// Executes a prepared query; on failure sets `error` and returns false.
bool exec(QSqlQuery &query, QString *error);
// Prepares `sql` on `query`, binds `binds` positionally and executes it; on failure sets
// `error` (the texts of prepare() and exec()) and returns false.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error);
// Prepares and executes one statement without bound values.
bool execSql(const QSqlDatabase &db, const QString &sql, QString *error);

// A transaction that rolls back unless commit() succeeded. SQLite has one writer, so
// nesting is not supported: a store method opens at most one.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    bool begin(QString *error);
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

QString syncTriggerText(SyncTrigger trigger);
SyncTrigger syncTriggerFromText(const QString &text);
QString syncStatusText(SyncStatus status);
SyncStatus syncStatusFromText(const QString &text);
QString sourceText(EnrollmentSource source);
EnrollmentSource sourceFromText(const QString &text);
QString senderModeText(RuleSenderMode mode);
RuleSenderMode senderModeFromText(const QString &text);
QString ruleStateText(RuleState state);
RuleState ruleStateFromText(const QString &text);
QString ruleRunStateText(RuleRunState state);
RuleRunState ruleRunStateFromText(const QString &text);
QString jobStateText(JobState state);
JobState jobStateFromText(const QString &text);
QString itemStateText(ItemState state);
ItemState itemStateFromText(const QString &text);

// The step selected as "step_order, action_type, delay_ms, task_type, subject" starting at
// column `first` of the current row.
SequenceStepRecord stepFrom(const QSqlQuery &query, int first);
inline const char *const kStepColumns = "step_order, action_type, delay_ms, task_type, subject";

} // namespace SeqDesk::Store::Sql
