#pragma once

#include "store/StoreBase.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace SeqDesk::Store {

// One recent failure, for Help > Copy diagnostics: a failed sync, an enrollment item HubSpot
// refused or that failed, or a failed rule run. Texts as stored (the diagnostics scrub them).
struct RecentErrorRecord
{
    enum class Source { Sync, Enrollment, Rule };
    Source source = Source::Sync;
    QDateTime at; // UTC
    QString portalId;
    qint64 id = 0; // the sync run, the enrollment job or the rule run
    qint64 ruleId = 0; // Rule
    QString contactId; // Enrollment (never the contact's e-mail)
    QString state; // Enrollment: the item's state ("failed", or "pending" after a run-fatal one)
    int httpStatus = 0; // 0: no HTTP answer (a network failure) or not recorded
    QString category; // HubSpot's error category
    QString code; // HubSpot's (or SeqDesk's) code
    QString correlationId;
    QString message;
};

// What the diagnostics read of the local mirror, beside the portals and their last syncs.
class DiagnosticsStore final : public StoreBase
{
    Q_DISABLE_COPY_MOVE(DiagnosticsStore)

public:
    explicit DiagnosticsStore(QSqlDatabase db);

    // The items' errors, newest first (one bound value: the limit). Its WHERE is the partial
    // index enrollment_items_with_errors's condition word for word (v9), so SQLite reads only
    // those rows; a test checks the plan with this very text.
    static constexpr const char *kItemErrorsQuery
        = "SELECT i.job_id, j.portal_id,"
          " COALESCE(i.finished_at, i.attempted_at, j.finished_at, j.started_at, j.created_at),"
          " i.contact_id, i.state, i.http_status, i.error_category, i.hubspot_code,"
          " i.correlation_id, i.hubspot_message"
          " FROM enrollment_items i JOIN enrollment_jobs j ON j.id = i.job_id"
          " WHERE i.state = 'failed'"
          " OR (i.correlation_id <> '' AND i.state NOT IN ('skipped', 'enrolled'))"
          " ORDER BY i.id DESC LIMIT ?";

    int schemaVersion(); // PRAGMA user_version; -1 when unreadable
    // The newest `limit` failures of every kind together, newest first: failed sync runs,
    // enrollment items that failed or carry HubSpot's error (those skipped for a contact's
    // verdict, as "already enrolled" or "unsubscribed", are outcomes, not errors), failed rule
    // runs. Each kind is read through an index of its failures only.
    QList<RecentErrorRecord> recentErrors(int limit);

private:
    bool readSyncRuns(int limit, QList<RecentErrorRecord> *into);
    bool readItems(int limit, QList<RecentErrorRecord> *into);
    bool readRuleRuns(int limit, QList<RecentErrorRecord> *into);
};

} // namespace SeqDesk::Store
