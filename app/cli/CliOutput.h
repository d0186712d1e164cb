#pragma once

#include "hubspot/Types.h"
#include "store/Records.h"
#include "sync/SequenceCatalog.h"

#include <QByteArray>
#include <QString>

namespace SeqDesk::Cli {

// Human-readable table of sequences: id, name, owner user id, visible to, updated.
QString sequencesTable(const Sync::Catalog &catalog);
// JSON document: {"portalId":..,"portalName":..,"sequences":[{"id","name","userId",
// "folderId","createdAt","updatedAt","visibleToUserIds"}],"count":N}
QByteArray sequencesJson(const Sync::Catalog &catalog);

// --list-lists: a header and one tab-separated row per list: id, name, size, kind
// (static, active, snapshot; HubSpot's processing type when unknown), last updated.
QString listsTable(const QList<HubSpot::ListSummary> &lists);
// JSON array, one object per list: {"id","name","size","kind","processingType",
// "objectTypeId","createdAt","updatedAt","lastAddedAt"}; size and unknown times are null
// when HubSpot did not say. kind is "static", "active", "snapshot" or "unknown".
QByteArray listsJson(const QList<HubSpot::ListSummary> &lists);

// A job of --jobs with what the local mirror knows around it.
struct JobListing
{
    Store::EnrollmentJobRecord job;
    QString portalName; // empty: the portal has no name in the mirror
    QString sequenceName; // empty: the mirror has not synced the sequence (a CLI-only store)
    QDateTime updatedAt; // the job's last activity (EnrollmentStore::lastActivity)
};

// --jobs: one tab-separated row per job: id, state, created (local time), sequence id, sender
// inbox, its counts, and its label when it has one.
QString jobsTable(const QList<JobListing> &jobs);

// JSON array, one object per job: {"id","state","message","portalId","portalName",
// "sequenceId","sequenceName","senderEmail","userId","source","sourceFileName",
// "sourceListId","sourceListName","label","dailyCap","createdAt","startedAt","finishedAt",
// "updatedAt","resumeAt","counts":{"enrolled","skipped","failed","deferred","pending",
// "inFlight","total"}}. Times are ISO 8601 UTC; times that are not set and unknown names are
// null; so are the list's id and name of a job whose contacts are not a HubSpot list's
// members (the name is the list's when the job was made). An empty list is [].
QByteArray jobsJson(const QList<JobListing> &jobs);

} // namespace SeqDesk::Cli
