#pragma once

#include "enroll/ContactInput.h"
#include "enroll/DryRunPlanner.h"
#include "enroll/JobExport.h"
#include "store/Records.h"

#include <QByteArray>
#include <QString>

namespace SeqDesk::Cli {

// What seqdesk-cli prints about a dry run and a job. JSON keys follow the classic
// enroll_sequence.py ("enrolled", "failed", "skipped") plus "deferred" and "invalid"; every
// contact has a "reason".

using Enroll::jobJson;
using Enroll::planJson;

// One line per contact: line, contact id, email, outcome, detail.
QString planTable(const QList<Enroll::PlannedContact> &plan);

QString jobTable(const QList<Store::EnrollmentItemRecord> &items);
QString stateName(Store::JobState state);

} // namespace SeqDesk::Cli
