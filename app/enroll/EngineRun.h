#pragma once

// Internal to app/enroll: the state of one EnrollmentEngine run, shared by the engine's
// source files (EnrollmentEngine.cpp, EngineAnswers.cpp, EngineVerification.cpp).

#include "enroll/EnrollmentEngine.h"

#include <QDateTime>
#include <QList>

namespace SeqDesk::Enroll {

struct EnrollmentEngine::Run
{
    Store::EnrollmentJobRecord job; // job.dailyCap is the cap this run keeps to
    QString timeZone; // the portal's (IANA id, empty = unknown): when its daily limit resets
    QList<Store::EnrollmentItemRecord> queue; // to send, in input order
    QList<Store::EnrollmentItemRecord> toVerify; // left in flight by an earlier run
    int verifying = 0; // contact enrollments being read
    int inFlight = 0; // sent (or being marked sent), answer not written yet
    // Sent (or being marked sent), answer not applied yet: each holds a place under the cap
    // until its answer either adds it to `sends` or frees it. Not `inFlight`, which also
    // counts answers already in `sends` whose journal write is still on its way.
    int capHeld = 0;
    int writes = 0; // other journal writes not confirmed yet
    QList<QDateTime> sends; // the sender's enrollments in the last 24 h
    QDateTime earliestDeferred; // of the items deferred now
    bool stopping = false;
    Store::JobState stopState = Store::JobState::Paused;
    QString stopMessage;
    QDateTime stopResumeAt; // with Paused: when the job may run again on its own
    bool ending = false;
};

} // namespace SeqDesk::Enroll
