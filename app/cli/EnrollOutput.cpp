#include "cli/EnrollOutput.h"

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
        QString detail = p.detail;
        if (p.plan == Plan::Deferred)
            detail = iso(p.eligibleAt);
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                   .arg(p.line)
                   .arg(p.contactId, p.email, Prediction::code(p.plan), detail);
    }
    return out;
}

QString jobTable(const QList<Store::EnrollmentItemRecord> &items)
{
    QString out;
    for (const Store::EnrollmentItemRecord &item : items) {
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                   .arg(item.inputLine)
                   .arg(item.contactId, item.email, itemStateCode(item.state), itemReason(item));
    }
    return out;
}

} // namespace SeqDesk::Cli
