#pragma once

#include "enroll/ContactInput.h"
#include "enroll/DryRunPlanner.h"
#include "store/Records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// What a dry run and a job export: JSON (seqdesk-cli --output-json and the wizard) and CSV
// (the wizard). JSON keys follow the classic enroll_sequence.py ("enrolled", "failed",
// "skipped") plus "deferred" and "invalid"; every contact has a "reason". Pure functions.
namespace SeqDesk::Enroll {

// Stable codes for exports: "pending", "in_flight", "enrolled", ... / "running", "paused", ...
QString itemStateCode(Store::ItemState state);
QString jobStateCode(Store::JobState state);
// A job's counts as the journal keeps them: {"enrolled","skipped","failed","deferred",
// "pending","inFlight","total"} (seqdesk-cli --jobs --json, the MCP server's get_job).
QJsonObject jobCountsJson(const Store::JobCounts &counts);
// Why an item is where it is, for people (translated).
QString itemReason(const Store::EnrollmentItemRecord &item);

// {"dryRun":true,"sequenceId","senderEmail","counts":{..},"wouldEnroll":[..],"skipped":[..],
//  "deferred":[..],"invalid":[..]}
QByteArray planJson(const QList<PlannedContact> &plan, const QList<InputProblem> &invalid,
                    const QString &sequenceId, const QString &senderEmail);
// line,input,contact_id,email,outcome,detail,eligible_at; invalid lines as outcome "invalid".
QByteArray planCsv(const QList<PlannedContact> &plan, const QList<InputProblem> &invalid);

// {"job","state","message","sequenceId","senderEmail","counts":{..},"enrolled":[..],
//  "skipped":[..],"failed":[..],"deferred":[..],"pending":[..],"invalid":[..]}; a job waiting
// to resume also has "resumeAt", a job whose contacts are a HubSpot list's members
// "sourceListId" and "sourceListName" (the list's name when the job was made).
QByteArray jobJson(const Store::EnrollmentJobRecord &job,
                   const QList<Store::EnrollmentItemRecord> &items,
                   const QList<InputProblem> &invalid);
// line,input,contact_id,email,state,code,reason,enrollment_id,attempted_at,finished_at,
// eligible_at
QByteArray jobCsv(const QList<Store::EnrollmentItemRecord> &items);

// One CSV field (RFC 4180 quoting). Text a spreadsheet would run as a formula (= + - @, tab
// or carriage return first) is prefixed with an apostrophe (CellGuard::defused).
QString csvField(const QString &value);

// One CSV record of those fields, with CRLF.
QByteArray csvLine(const QStringList &fields);

// Writes all of `bytes` or nothing (QSaveFile); false and the reason in `error`.
bool saveFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace SeqDesk::Enroll
