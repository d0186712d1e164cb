#include "store/Database.h"

// The schema history. Never edit a shipped migration: add the next one.
// Times are INTEGER milliseconds since the Unix epoch (UTC), NULL = unknown/never.
// Every table hangs off portals with ON DELETE CASCADE, so forgetting a portal removes all
// of its rows.

namespace SeqDesk::Store {

namespace {

// The item states the analytics rollup counts (v6).
constexpr const char *kCountedStates = "('enrolled', 'skipped', 'failed', 'deferred')";

Migration v1()
{
    return {1,
            QStringLiteral("portals, owners, sequences, sync runs"),
            {
                QStringLiteral("CREATE TABLE portals ("
                               " portal_id TEXT PRIMARY KEY NOT NULL,"
                               " name TEXT NOT NULL DEFAULT '',"
                               " time_zone TEXT NOT NULL DEFAULT '',"
                               " ui_domain TEXT NOT NULL DEFAULT '',"
                               " api_version TEXT NOT NULL DEFAULT '',"
                               " base_url TEXT NOT NULL DEFAULT '',"
                               " last_sync_at INTEGER)"),
                QStringLiteral("CREATE TABLE owners ("
                               " portal_id TEXT NOT NULL"
                               "  REFERENCES portals(portal_id) ON DELETE CASCADE,"
                               " owner_id TEXT NOT NULL,"
                               " user_id INTEGER,"
                               " email TEXT NOT NULL DEFAULT '',"
                               " first_name TEXT NOT NULL DEFAULT '',"
                               " last_name TEXT NOT NULL DEFAULT '',"
                               " type TEXT NOT NULL DEFAULT '',"
                               " active INTEGER NOT NULL DEFAULT 0,"
                               " PRIMARY KEY (portal_id, owner_id))"),
                QStringLiteral("CREATE TABLE sequences ("
                               " portal_id TEXT NOT NULL"
                               "  REFERENCES portals(portal_id) ON DELETE CASCADE,"
                               " sequence_id TEXT NOT NULL,"
                               " name TEXT NOT NULL DEFAULT '',"
                               " owner_user_id TEXT NOT NULL DEFAULT '',"
                               " folder_id TEXT NOT NULL DEFAULT '',"
                               " created_at INTEGER,"
                               " updated_at INTEGER,"
                               " step_count INTEGER NOT NULL DEFAULT 0,"
                               " first_seen_at INTEGER,"
                               " last_seen_at INTEGER,"
                               " archived_at INTEGER,"
                               " archived_by_user INTEGER NOT NULL DEFAULT 0,"
                               " paused_in_seqdesk INTEGER NOT NULL DEFAULT 0,"
                               " PRIMARY KEY (portal_id, sequence_id))"),
                QStringLiteral("CREATE TABLE sync_runs ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " portal_id TEXT NOT NULL"
                               "  REFERENCES portals(portal_id) ON DELETE CASCADE,"
                               " trigger TEXT NOT NULL,"
                               " started_at INTEGER NOT NULL,"
                               " finished_at INTEGER,"
                               " status TEXT NOT NULL,"
                               " added INTEGER NOT NULL DEFAULT 0,"
                               " changed INTEGER NOT NULL DEFAULT 0,"
                               " archived INTEGER NOT NULL DEFAULT 0,"
                               " requests INTEGER NOT NULL DEFAULT 0,"
                               " error TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX sync_runs_by_portal_started"
                               " ON sync_runs(portal_id, started_at)"),
            }};
}

Migration v2()
{
    return {2,
            QStringLiteral("sequence steps, visibility, send window"),
            {
                QStringLiteral("ALTER TABLE sequences"
                               " ADD COLUMN send_window_start_minute INTEGER NOT NULL DEFAULT -1"),
                QStringLiteral("ALTER TABLE sequences"
                               " ADD COLUMN send_window_end_minute INTEGER NOT NULL DEFAULT -1"),
                // The HubSpot updatedAt the stored steps belong to; NULL = details never fetched.
                QStringLiteral("ALTER TABLE sequences ADD COLUMN details_updated_at INTEGER"),
                QStringLiteral("CREATE TABLE sequence_steps ("
                               " portal_id TEXT NOT NULL,"
                               " sequence_id TEXT NOT NULL,"
                               " step_order INTEGER NOT NULL,"
                               " action_type TEXT NOT NULL DEFAULT '',"
                               " delay_ms INTEGER NOT NULL DEFAULT 0,"
                               " task_type TEXT NOT NULL DEFAULT '',"
                               " subject TEXT NOT NULL DEFAULT '',"
                               " PRIMARY KEY (portal_id, sequence_id, step_order),"
                               " FOREIGN KEY (portal_id, sequence_id)"
                               "  REFERENCES sequences(portal_id, sequence_id) ON DELETE CASCADE)"),
                QStringLiteral("CREATE TABLE sequence_visibility ("
                               " portal_id TEXT NOT NULL,"
                               " sequence_id TEXT NOT NULL,"
                               " user_id TEXT NOT NULL,"
                               " PRIMARY KEY (portal_id, sequence_id, user_id),"
                               " FOREIGN KEY (portal_id, sequence_id)"
                               "  REFERENCES sequences(portal_id, sequence_id) ON DELETE CASCADE)"
                               " WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX sequence_visibility_by_user"
                               " ON sequence_visibility(portal_id, user_id)"),
            }};
}

Migration v3()
{
    return {3,
            QStringLiteral("enrollment jobs and items"),
            {
                // No foreign key to sequences: a CLI job may target a sequence not mirrored yet.
                QStringLiteral("CREATE TABLE enrollment_jobs ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " portal_id TEXT NOT NULL"
                               "  REFERENCES portals(portal_id) ON DELETE CASCADE,"
                               " sequence_id TEXT NOT NULL,"
                               " sender_email TEXT NOT NULL,"
                               " user_id TEXT NOT NULL DEFAULT '',"
                               " source TEXT NOT NULL CHECK (source IN ('wizard', 'cli')),"
                               " source_file_name TEXT NOT NULL DEFAULT '',"
                               " label TEXT NOT NULL DEFAULT '',"
                               " created_at INTEGER NOT NULL,"
                               " started_at INTEGER,"
                               " finished_at INTEGER,"
                               " state TEXT NOT NULL CHECK (state IN ('draft', 'running', 'paused',"
                               "  'cancelled', 'completed', 'failed')))"),
                // sender_email is copied from the job so the rolling 24-hour count per sender
                // inbox is one index range scan.
                QStringLiteral("CREATE TABLE enrollment_items ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " job_id INTEGER NOT NULL"
                               "  REFERENCES enrollment_jobs(id) ON DELETE CASCADE,"
                               " sender_email TEXT NOT NULL,"
                               " contact_id TEXT NOT NULL DEFAULT '',"
                               " email TEXT NOT NULL DEFAULT '',"
                               " input_line INTEGER NOT NULL DEFAULT 0,"
                               " input_text TEXT NOT NULL DEFAULT '',"
                               " state TEXT NOT NULL CHECK (state IN ('pending', 'in_flight',"
                               "  'enrolled', 'skipped', 'failed', 'deferred')),"
                               " hubspot_code TEXT NOT NULL DEFAULT '',"
                               " hubspot_message TEXT NOT NULL DEFAULT '',"
                               " error_category TEXT NOT NULL DEFAULT '',"
                               " enrollment_id TEXT NOT NULL DEFAULT '',"
                               " attempted_at INTEGER,"
                               " finished_at INTEGER,"
                               " eligible_at INTEGER)"),
                QStringLiteral("CREATE INDEX enrollment_items_by_job_state"
                               " ON enrollment_items(job_id, state)"),
                QStringLiteral("CREATE INDEX enrollment_items_by_finished"
                               " ON enrollment_items(finished_at)"),
                QStringLiteral("CREATE INDEX enrollment_items_by_sender_state_finished"
                               " ON enrollment_items(sender_email, state, finished_at)"),
                QStringLiteral("CREATE INDEX enrollment_jobs_by_portal_sequence_created"
                               " ON enrollment_jobs(portal_id, sequence_id, created_at)"),
            }};
}

Migration v4()
{
    return {4,
            QStringLiteral("enrollment job message and resume time"),
            {
                // Why a job stopped (run-fatal errors), and when a job waiting for the sender's
                // send cap resumes (NULL: not waiting; a job the user paused has none).
                QStringLiteral("ALTER TABLE enrollment_jobs ADD COLUMN message TEXT NOT NULL"
                               " DEFAULT ''"),
                QStringLiteral("ALTER TABLE enrollment_jobs ADD COLUMN resume_at INTEGER"),
                QStringLiteral("CREATE INDEX enrollment_jobs_by_state_resume"
                               " ON enrollment_jobs(state, resume_at)"),
            }};
}

Migration v5()
{
    return {5,
            QStringLiteral("enrollment job send cap, enrollment id index"),
            {
                // The sender inbox's rolling 24 h send cap the job was created with, so a
                // resumed job keeps to it (jobs of older versions get HubSpot's default).
                QStringLiteral("ALTER TABLE enrollment_jobs ADD COLUMN daily_cap INTEGER NOT NULL"
                               " DEFAULT 1000"),
                // Is a recovered enrollment already journaled for another item?
                QStringLiteral("CREATE INDEX enrollment_items_by_enrollment_id"
                               " ON enrollment_items(enrollment_id)"),
            }};
}

// The quarter hour (ms / 900,000) an item of `row` (NEW or OLD in a trigger) counts at: a
// finished one at finished_at, a deferred one when it was deferred (attempted_at); either
// falls back to its job's creation.
QString rollupQuarterOf(const QString &row)
{
    const QString created
        = QStringLiteral("(SELECT created_at FROM enrollment_jobs WHERE id = %1.job_id)").arg(row);
    return QStringLiteral("(CASE WHEN %1.state = 'deferred' THEN COALESCE(%1.attempted_at, %2, 0)"
                          " ELSE COALESCE(%1.finished_at, %1.attempted_at, %2, 0) END / 900000)")
        .arg(row, created);
}

// The reason an item of `row` counts under: HubSpot's (or SeqDesk's) code for skipped and
// failed items, '' for the others.
QString rollupCodeOf(const QString &row)
{
    return QStringLiteral("(CASE WHEN %1.state IN ('skipped', 'failed') THEN %1.hubspot_code"
                          " ELSE '' END)")
        .arg(row);
}

// Takes OLD's item out of the rollup (the trigger's WHEN says it was counted); its row goes
// when it reaches 0.
QString rollupSubtractOld()
{
    const QString key
        = QStringLiteral(" WHERE job_id = OLD.job_id AND quarter = %1"
                         " AND state = OLD.state AND code = %2")
              .arg(rollupQuarterOf(QStringLiteral("OLD")), rollupCodeOf(QStringLiteral("OLD")));
    return QStringLiteral("UPDATE enrollment_rollup SET count = count - 1") + key
        + QStringLiteral("; DELETE FROM enrollment_rollup") + key
        + QStringLiteral(" AND count <= 0;");
}

// Adds NEW's item to the rollup (the trigger's WHEN says it is counted).
QString rollupAddNew()
{
    return QStringLiteral("INSERT INTO enrollment_rollup (job_id, quarter, state, code, count)"
                          " VALUES (NEW.job_id, %1, NEW.state, %2, 1)"
                          " ON CONFLICT (job_id, quarter, state, code)"
                          " DO UPDATE SET count = count + 1;")
        .arg(rollupQuarterOf(QStringLiteral("NEW")), rollupCodeOf(QStringLiteral("NEW")));
}

Migration v6()
{
    const QString counted = QLatin1String(kCountedStates);
    const QString rolledUp
        = QStringLiteral("job_id, state, hubspot_code, attempted_at, finished_at");
    return {6,
            QStringLiteral("enrollment outcome rollup for analytics"),
            {
                // Counted items (enrolled, skipped, failed, deferred) per job, quarter hour,
                // state and reason, kept exact by the triggers below: the Analytics page
                // aggregates this, never the items row by row. Quarter hours, so that local
                // days are exact in every time zone (offsets of :30 and :45 too). The key
                // leads with the job: narrowed to a portal (or sequences, senders, sources),
                // a query seeks each matching job's range of quarters; unnarrowed, it scans
                // the table (measured in bench_analytics: an index on quarter only slowed
                // those scans, a quarter-first key slowed the narrowed queries).
                QStringLiteral("CREATE TABLE enrollment_rollup ("
                               " job_id INTEGER NOT NULL"
                               "  REFERENCES enrollment_jobs(id) ON DELETE CASCADE,"
                               " quarter INTEGER NOT NULL,"
                               " state TEXT NOT NULL,"
                               " code TEXT NOT NULL,"
                               " count INTEGER NOT NULL,"
                               " PRIMARY KEY (job_id, quarter, state, code))"
                               " WITHOUT ROWID"),
                QStringLiteral("CREATE TRIGGER enrollment_items_rollup_insert"
                               " AFTER INSERT ON enrollment_items WHEN NEW.state IN %1"
                               " BEGIN %2 END")
                    .arg(counted, rollupAddNew()),
                // An item that changes is taken out as it was and added as it is (for the
                // same rollup row the two cancel out, in either order).
                QStringLiteral("CREATE TRIGGER enrollment_items_rollup_update_old"
                               " AFTER UPDATE OF %1 ON enrollment_items WHEN OLD.state IN %2"
                               " BEGIN %3 END")
                    .arg(rolledUp, counted, rollupSubtractOld()),
                QStringLiteral("CREATE TRIGGER enrollment_items_rollup_update_new"
                               " AFTER UPDATE OF %1 ON enrollment_items WHEN NEW.state IN %2"
                               " BEGIN %3 END")
                    .arg(rolledUp, counted, rollupAddNew()),
                // Also fires for the items a deleted job cascades to.
                QStringLiteral("CREATE TRIGGER enrollment_items_rollup_delete"
                               " AFTER DELETE ON enrollment_items WHEN OLD.state IN %1"
                               " BEGIN %2 END")
                    .arg(counted, rollupSubtractOld()),
                // The items earlier versions recorded: one upsert per item, no sort (a
                // GROUP BY here sorted every item in memory).
                QStringLiteral("INSERT INTO enrollment_rollup (job_id, quarter, state, code, count)"
                               " SELECT i.job_id,"
                               "  (CASE WHEN i.state = 'deferred'"
                               "   THEN COALESCE(i.attempted_at, j.created_at, 0)"
                               "   ELSE COALESCE(i.finished_at, i.attempted_at, j.created_at, 0)"
                               "   END / 900000),"
                               "  i.state, %1, 1"
                               " FROM enrollment_items i JOIN enrollment_jobs j ON j.id = i.job_id"
                               " WHERE i.state IN %2"
                               " ON CONFLICT (job_id, quarter, state, code)"
                               " DO UPDATE SET count = count + 1")
                    .arg(rollupCodeOf(QStringLiteral("i")), counted),
            }};
}

Migration v7()
{
    return {7,
            QStringLiteral("enrollment job source list"),
            {
                // A job whose contacts are a HubSpot list's members keeps the list's id and
                // its name when the job was made ('' for pasted text and files, and for the
                // jobs of older versions).
                QStringLiteral("ALTER TABLE enrollment_jobs ADD COLUMN source_list_id TEXT NOT NULL"
                               " DEFAULT ''"),
                QStringLiteral("ALTER TABLE enrollment_jobs ADD COLUMN source_list_name TEXT NOT"
                               " NULL DEFAULT ''"),
                // Analytics names a list by the newest name a job recorded for it.
                QStringLiteral("CREATE INDEX enrollment_jobs_by_source_list"
                               " ON enrollment_jobs(portal_id, source_list_id, created_at)"
                               " WHERE source_list_id <> ''"),
            }};
}

Migration v8()
{
    return {8,
            QStringLiteral("enrollment rules"),
            {
                // A rule enrolls the members who join a HubSpot list; deleting one keeps its
                // runs and jobs (deleted_at is set, the row stays).
                QStringLiteral("CREATE TABLE rules ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " portal_id TEXT NOT NULL REFERENCES portals(portal_id)"
                               "  ON DELETE CASCADE,"
                               " name TEXT NOT NULL,"
                               " list_id TEXT NOT NULL,"
                               " list_name TEXT NOT NULL DEFAULT '',"
                               " sequence_id TEXT NOT NULL,"
                               " sender_mode TEXT NOT NULL,"
                               " senders TEXT NOT NULL DEFAULT '',"
                               " fallback_sender TEXT NOT NULL DEFAULT '',"
                               " per_run INTEGER NOT NULL DEFAULT 0,"
                               " per_day INTEGER NOT NULL DEFAULT 0,"
                               " every_minutes INTEGER NOT NULL DEFAULT 15,"
                               " again_after_days INTEGER NOT NULL DEFAULT 0,"
                               " daily_cap INTEGER NOT NULL DEFAULT 1000,"
                               " state TEXT NOT NULL DEFAULT 'enabled',"
                               " stop_reason TEXT NOT NULL DEFAULT '',"
                               " created_at INTEGER NOT NULL,"
                               " updated_at INTEGER NOT NULL,"
                               " last_run_at INTEGER,"
                               " next_run_at INTEGER,"
                               " deleted_at INTEGER)"),
                QStringLiteral("CREATE UNIQUE INDEX rules_by_name ON rules(portal_id, name)"
                               " WHERE deleted_at IS NULL"),
                QStringLiteral("CREATE TABLE rule_runs ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " rule_id INTEGER NOT NULL REFERENCES rules(id) ON DELETE CASCADE,"
                               " started_at INTEGER NOT NULL,"
                               " finished_at INTEGER,"
                               " state TEXT NOT NULL,"
                               " members INTEGER NOT NULL DEFAULT 0,"
                               " new_members INTEGER NOT NULL DEFAULT 0,"
                               " planned INTEGER NOT NULL DEFAULT 0,"
                               " requests INTEGER NOT NULL DEFAULT 0,"
                               " message TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX rule_runs_by_rule ON rule_runs(rule_id, started_at)"),
                // The jobs a rule's runs made: the contacts a rule handled are their items.
                QStringLiteral("ALTER TABLE enrollment_jobs ADD COLUMN rule_id INTEGER NOT NULL"
                               " DEFAULT 0"),
                QStringLiteral("ALTER TABLE enrollment_jobs ADD COLUMN rule_run_id INTEGER NOT"
                               " NULL DEFAULT 0"),
                QStringLiteral("CREATE INDEX enrollment_jobs_by_rule"
                               " ON enrollment_jobs(rule_id, created_at) WHERE rule_id <> 0"),
            }};
}

Migration v9()
{
    return {9,
            QStringLiteral("HubSpot error details of failed syncs and items"),
            {
                // What HubSpot answered when a sync failed, or an item got an error: the HTTP
                // status (0: none), its category and its correlation id, for Help > Copy
                // diagnostics. Rows of older versions have none.
                QStringLiteral("ALTER TABLE sync_runs ADD COLUMN http_status INTEGER NOT NULL"
                               " DEFAULT 0"),
                QStringLiteral("ALTER TABLE sync_runs ADD COLUMN error_category TEXT NOT NULL"
                               " DEFAULT ''"),
                QStringLiteral("ALTER TABLE sync_runs ADD COLUMN correlation_id TEXT NOT NULL"
                               " DEFAULT ''"),
                QStringLiteral("ALTER TABLE enrollment_items ADD COLUMN http_status INTEGER NOT"
                               " NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE enrollment_items ADD COLUMN correlation_id TEXT NOT"
                               " NULL DEFAULT ''"),
                // The last errors are read newest first among the few items that have one
                // (DiagnosticsStore), not by scanning every item.
                QStringLiteral("CREATE INDEX enrollment_items_with_errors"
                               " ON enrollment_items(id) WHERE state = 'failed'"
                               " OR (correlation_id <> ''"
                               " AND state NOT IN ('skipped', 'enrolled'))"),
                QStringLiteral("CREATE INDEX sync_runs_failed ON sync_runs(started_at)"
                               " WHERE status = 'failed'"),
                QStringLiteral("CREATE INDEX rule_runs_failed ON rule_runs(started_at)"
                               " WHERE state = 'failed'"),
            }};
}

} // namespace

QList<Migration> Database::migrations()
{
    return {v1(), v2(), v3(), v4(), v5(), v6(), v7(), v8(), v9()};
}

} // namespace SeqDesk::Store
