#pragma once

#include "enroll/ContactInput.h"
#include "enroll/DryRunPlanner.h"
#include "store/Records.h"

#include <QByteArray>
#include <QString>

namespace SeqDesk::Cli {

// What seqdesk-cli prints about a dry run and a job. JSON keys follow the classic
// enroll_sequence.py ("enrolled", "failed", "skipped") plus "deferred" and "invalid"; every
// contact has a "reason".

// {"dryRun":true,"sequenceId","senderEmail","counts":{..},"wouldEnroll":[..],"skipped":[..],
//  "deferred":[..],"invalid":[..]}
QByteArray planJson(const QList<Enroll::PlannedContact> &plan,
                    const QList<Enroll::InputProblem> &invalid, const QString &sequenceId,
                    const QString &senderEmail);
// One line per contact: line, contact id, email, outcome, detail.
QString planTable(const QList<Enroll::PlannedContact> &plan);

// {"job","state","message","sequenceId","senderEmail","counts":{..},"enrolled":[..],
//  "skipped":[..],"failed":[..],"deferred":[..],"pending":[..],"invalid":[..]}
QByteArray jobJson(const Store::EnrollmentJobRecord &job,
                   const QList<Store::EnrollmentItemRecord> &items,
                   const QList<Enroll::InputProblem> &invalid);
QString jobTable(const QList<Store::EnrollmentItemRecord> &items);
QString stateName(Store::JobState state);

} // namespace SeqDesk::Cli
