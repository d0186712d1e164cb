#pragma once

#include "enroll/SendCap.h"
#include "store/Records.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace SeqDesk::Enroll {

// Who enrolls whom into what, and where the list came from (for the analytics). Built by
// EnrollmentUseCase::jobSpec(); saved by EnrollmentEngine::createJob().
struct JobSpec
{
    QString portalId;
    QString sequenceId;
    QString senderEmail;
    QString userId; // HubSpot user the enrollments are made as
    Store::EnrollmentSource source = Store::EnrollmentSource::Wizard; // who asked
    QString sourceFileName; // the contacts' file; empty for pasted text and lists
    QString sourceListId; // the HubSpot list the contacts are members of; empty otherwise
    QString sourceListName; // that list's name when the job was made
    QString label;
    qint64 ruleId = 0; // the enrollment rule whose run made the job; 0: none
    qint64 ruleRunId = 0;
    // The sender inbox's rolling 24 h send cap, stored with the job: every run and resume of
    // the job keeps to it. nullopt: the engine's default (SendCap::kDefault unless set).
    std::optional<int> dailyCap;
};

// The Draft job record the store gets for `spec` (its items: EnrollmentEngine::itemsFromPlan).
// The sender as jobs store it (trimmed, lower-cased); `defaultCap` when the spec has none. Pure.
Store::EnrollmentJobRecord jobRecord(const JobSpec &spec, int defaultCap,
                                     const QDateTime &createdAt);

} // namespace SeqDesk::Enroll
