#pragma once

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

// A job of --jobs with what the local mirror knows around it.
struct JobListing
{
    Store::EnrollmentJobRecord job;
    QString portalName; // empty: the portal has no name in the mirror
    QString sequenceName; // empty: the mirror has not synced the sequence (a CLI-only store)
    QDateTime updatedAt; // the job's last activity (EnrollmentStore::lastActivity)
};

// JSON array, one object per job: {"id","state","message","portalId","portalName",
// "sequenceId","sequenceName","senderEmail","userId","source","sourceFileName",
// "sourceListId","sourceListName","label","dailyCap","createdAt","startedAt","finishedAt",
// "updatedAt","resumeAt","counts":{"enrolled","skipped","failed","deferred","pending",
// "inFlight","total"}}. Times are ISO 8601 UTC; times that are not set and unknown names are
// null; so are the list's id and name of a job whose contacts are not a HubSpot list's
// members (the name is the list's when the job was made). An empty list is [].
QByteArray jobsJson(const QList<JobListing> &jobs);

} // namespace SeqDesk::Cli
