#include "cli/EnrollOutput.h"

#include "core/CellGuard.h"

namespace SeqDesk::Cli {

using Enroll::Plan;
using Enroll::PlannedContact;
using Enroll::Prediction;
using Store::ItemState;

using Enroll::itemReason;
using Enroll::itemStateCode;

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString stateName(Store::JobState state)
{
    return Enroll::jobStateCode(state);
}

QString planTable(const QList<PlannedContact> &plan)
{
    QString out;
    for (const PlannedContact &p : plan) {
        const QString detail
            = p.plan == Plan::Deferred ? iso(p.eligibleAt) : CellGuard::tsvCell(p.detail);
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                   .arg(p.line)
                   .arg(CellGuard::tsvCell(p.contactId), CellGuard::tsvCell(p.email),
                        Prediction::code(p.plan), detail);
    }
    return out;
}

QString jobTable(const QList<Store::EnrollmentItemRecord> &items)
{
    QString out;
    for (const Store::EnrollmentItemRecord &item : items) {
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                   .arg(item.inputLine)
                   .arg(CellGuard::tsvCell(item.contactId), CellGuard::tsvCell(item.email),
                        itemStateCode(item.state), CellGuard::tsvCell(itemReason(item)));
    }
    return out;
}

} // namespace SeqDesk::Cli
