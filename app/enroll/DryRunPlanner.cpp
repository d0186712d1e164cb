#include "DryRunPlanner.h"

#include "core/Clock.h"
#include "hubspot/HubSpotClient.h"

#include <QSet>

#include <algorithm>

namespace SeqDesk::Enroll {

using HubSpot::Contact;
using HubSpot::HubSpotClient;

struct DryRunPlanner::Run
{
    PlanRequest request;
    QHash<QString, Contact> byId;
    QHash<QString, Contact> byEmail;
    int total = 0;
    int done = 0;
    int pending = 0; // batches not answered yet
};

DryRunPlanner::DryRunPlanner(HubSpotClient *client, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
{ }

DryRunPlanner::~DryRunPlanner()
{
    delete m_context.data();
}

void DryRunPlanner::start(const PlanRequest &request)
{
    cancel();
    m_run = std::make_unique<Run>();
    m_run->request = request;
    m_context = new QObject(this);
    QStringList ids;
    QStringList emails;
    for (const ContactKey &key : request.contacts)
        (key.kind == ContactKeyKind::Email ? emails : ids).append(key.value);
    m_run->total = int(ids.size() + emails.size());
    emit progress(0, m_run->total);
    for (int i = 0; i < ids.size(); i += kBatch)
        readBatch(ids.mid(i, kBatch), false);
    for (int i = 0; i < emails.size(); i += kBatch)
        readBatch(emails.mid(i, kBatch), true);
    if (m_run->pending == 0) {
        // Nothing to look up: answer later, like any run.
        QMetaObject::invokeMethod(
            m_context, [this] { finishIfDone(); }, Qt::QueuedConnection);
    }
}

void DryRunPlanner::readBatch(const QStringList &values, bool byEmail)
{
    ++m_run->pending;
    const int count = int(values.size());
    m_client->batchReadContacts(
        values, byEmail ? HubSpot::IdProperty::Email : HubSpot::IdProperty::Id,
        Prediction::properties(), m_context,
        [this, byEmail, count](HubSpot::Result<HubSpot::BatchReadResult> r) {
            if (!m_run)
                return;
            if (!r.ok()) {
                const HubSpot::ApiError error = r.error();
                cancel();
                emit failed(error);
                return;
            }
            for (const Contact &c : r.value().found) {
                if (byEmail)
                    m_run->byEmail.insert(c.properties.value(QStringLiteral("email")).toLower(), c);
                else
                    m_run->byId.insert(c.id, c);
            }
            --m_run->pending;
            m_run->done += count;
            emit progress(m_run->done, m_run->total);
            finishIfDone();
        });
}

void DryRunPlanner::finishIfDone()
{
    if (!m_run || m_run->pending > 0)
        return;
    const QList<PlannedContact> result
        = plan(m_run->request, m_run->byId, m_run->byEmail, m_clock->nowUtc());
    m_run.reset();
    if (m_context)
        m_context->deleteLater(); // not now: this may run inside one of its callbacks
    m_context = nullptr;
    emit finished(result);
}

void DryRunPlanner::cancel()
{
    if (m_context)
        m_context->deleteLater(); // its pending callbacks are dropped
    m_context = nullptr;
    m_run.reset();
}

QList<PlannedContact> DryRunPlanner::plan(const PlanRequest &request,
                                          const QHash<QString, Contact> &byId,
                                          const QHash<QString, Contact> &byEmail,
                                          const QDateTime &now)
{
    QList<PlannedContact> rows;
    rows.reserve(request.contacts.size() + request.duplicates.size());
    QHash<QString, int> lineOfContact; // HubSpot id -> first input line that resolved to it
    QList<int> willEnroll; // indexes into rows
    for (const ContactKey &key : request.contacts) {
        PlannedContact row;
        row.input = key.value;
        row.line = key.line;
        const bool byEmailKey = key.kind == ContactKeyKind::Email;
        const auto found = byEmailKey ? byEmail.constFind(key.value) : byId.constFind(key.value);
        if (found == (byEmailKey ? byEmail.cend() : byId.cend())) {
            row.plan = Plan::NotFound;
            if (byEmailKey)
                row.email = key.value;
            else
                row.contactId = key.value;
            rows.append(row);
            continue;
        }
        const Contact &contact = *found;
        row.contactId = contact.id;
        row.email = contact.properties.value(QStringLiteral("email"));
        row.ownerId = contact.properties.value(QStringLiteral("hubspot_owner_id"));
        // An id and an email (or two emails) of the same contact: enrolled once.
        if (const auto first = lineOfContact.constFind(contact.id); first != lineOfContact.cend()) {
            row.plan = Plan::Duplicate;
            row.detail = Prediction::tr("same contact as line %1").arg(*first);
            rows.append(row);
            continue;
        }
        lineOfContact.insert(contact.id, key.line);
        row.plan = Prediction::predict(contact, &row.detail);
        if (row.plan == Plan::Enroll)
            willEnroll.append(int(rows.size()));
        rows.append(row);
    }
    for (const DuplicateKey &d : request.duplicates) {
        PlannedContact row;
        row.input = d.key.value;
        row.line = d.key.line;
        (d.key.kind == ContactKeyKind::Email ? row.email : row.contactId) = d.key.value;
        row.plan = Plan::Duplicate;
        row.detail = Prediction::tr("same as line %1").arg(d.firstLine);
        rows.append(row);
    }
    // The sender's cap: the first ones go now, the rest when slots free up.
    const QList<QDateTime> at = Prediction::eligibility(request.recentSends, request.dailyCap,
                                                        int(willEnroll.size()), now);
    for (int i = 0; i < willEnroll.size(); ++i) {
        if (!at.at(i).isValid())
            continue;
        PlannedContact &row = rows[willEnroll.at(i)];
        row.plan = Plan::Deferred;
        row.eligibleAt = at.at(i);
    }
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const PlannedContact &a, const PlannedContact &b) { return a.line < b.line; });
    return rows;
}

} // namespace SeqDesk::Enroll
