#include "enroll/SequenceUse.h"

#include "hubspot/Types.h"

#include <QCoreApplication>

namespace SeqDesk::Enroll::SequenceUse {

QString problem(const Store::SequenceRecord &sequence)
{
    const QString name = sequence.name.isEmpty() ? sequence.sequenceId : sequence.name;
    switch (sequence.status()) {
    case Store::SequenceStatus::Active:
        return QString();
    case Store::SequenceStatus::Paused:
        return QCoreApplication::translate(
                   "SequenceUse",
                   "The sequence \"%1\" is paused in SeqDesk: choose \"Resume in SeqDesk\" on the "
                   "app's Sequences page to enroll into it again.")
            .arg(name);
    case Store::SequenceStatus::Draft:
        return QCoreApplication::translate(
                   "SequenceUse",
                   "The sequence \"%1\" is a draft (it has no steps): add its steps in HubSpot "
                   "first.")
            .arg(name);
    case Store::SequenceStatus::Archived:
        if (sequence.archivedAt.isValid())
            return QCoreApplication::translate(
                       "SequenceUse",
                       "The sequence \"%1\" is archived: it is gone from HubSpot (deleted, or no "
                       "longer shared with the portal's users).")
                .arg(name);
        return QCoreApplication::translate(
                   "SequenceUse",
                   "The sequence \"%1\" is archived in SeqDesk: choose \"Restore\" on the app's "
                   "Sequences page (filter Archived) to enroll into it again.")
            .arg(name);
    }
    return QString();
}

Store::SequenceRecord current(const std::optional<Store::SequenceRecord> &mirror,
                              const HubSpot::SequenceDetail &detail)
{
    Store::SequenceRecord s = mirror.value_or(Store::SequenceRecord());
    s.sequenceId = detail.id;
    if (!detail.name.isEmpty())
        s.name = detail.name;
    s.stepCount = int(detail.steps.size());
    s.archivedAt = QDateTime(); // HubSpot has it
    return s;
}

} // namespace SeqDesk::Enroll::SequenceUse
