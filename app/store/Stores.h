#pragma once

#include "store/AnalyticsStore.h"
#include "store/DiagnosticsStore.h"
#include "store/EnrollmentStore.h"
#include "store/PortalStore.h"
#include "store/RuleStore.h"
#include "store/SequenceStore.h"
#include "store/SyncRunStore.h"

namespace SeqDesk::Store {

// Every table-group store on one connection. Belongs to the thread of that connection.
class Stores final
{
    Q_DISABLE_COPY_MOVE(Stores)

public:
    explicit Stores(const QSqlDatabase &db)
        : portals(db)
        , owners(db)
        , sequences(db)
        , syncRuns(db)
        , enrollments(db)
        , analytics(db)
        , rules(db)
        , diagnostics(db)
    { }

    PortalStore portals;
    OwnerStore owners;
    SequenceStore sequences;
    SyncRunStore syncRuns;
    EnrollmentStore enrollments;
    AnalyticsStore analytics;
    RuleStore rules;
    DiagnosticsStore diagnostics;
};

} // namespace SeqDesk::Store
