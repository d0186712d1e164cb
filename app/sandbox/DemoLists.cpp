#include "sandbox/DemoLists.h"

#include "sandbox/DemoData.h"

#include <QRandomGenerator>

namespace SeqDesk::Sandbox {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 firstCompanyId = 9100000001LL;

struct ListSpec
{
    const char *name; // UTF-8
    const char *type;
    const char *objectTypeId;
};

// Order matters: tests rely on [1] paging (> 250 members) and [2] holding every kind.
const ListSpec specs[] = {
    {"Webinar no-shows \xE2\x80\x94 Nov", "MANUAL", "0-1"},
    {"Trial signups this week", "DYNAMIC", "0-1"},
    {"Dry-run mix (every contact kind)", "MANUAL", "0-1"},
    {"Conference booth scans", "SNAPSHOT", "0-1"},
    {"Customer advisory board", "MANUAL", "0-1"},
    {"Target accounts \xE2\x80\x94 EMEA", "DYNAMIC", "0-2"},
    {"Re-engagement (empty)", "MANUAL", "0-1"},
};
constexpr int specCount = int(sizeof(specs) / sizeof(specs[0]));

ContactList makeList(QRandomGenerator &rng, int index, const ListSpec &spec)
{
    ContactList l;
    l.listId = 101 + qint64(index) * 10 + rng.bounded(10);
    l.name = QString::fromUtf8(spec.name);
    l.processingType = QLatin1String(spec.type);
    l.objectTypeId = QLatin1String(spec.objectTypeId);
    l.listVersion = 1 + int(rng.bounded(9));
    l.createdAt = demoEpoch().addMSecs(-(30 * dayMs + qint64(rng.bounded(370.0 * dayMs))));
    return l;
}

// Membership times: spread over the list's life, ascending with the record id, and the
// list's updatedAt / lastAddedAt follow from them.
void stampMembers(ContactList &l)
{
    const qint64 from = l.createdAt.toMSecsSinceEpoch();
    const qint64 span = demoEpoch().toMSecsSinceEpoch() - from;
    const qint64 n = l.members.size();
    l.joinedAtMs.resize(l.members.size());
    for (qint64 i = 0; i < n; ++i)
        l.joinedAtMs[i] = from + (n > 1 ? span * i / n : 0);
    l.lastAddedAt
        = n > 0 ? QDateTime::fromMSecsSinceEpoch(l.joinedAtMs.constLast(), Qt::UTC) : QDateTime();
    l.updatedAt = n > 0 ? l.lastAddedAt : l.createdAt;
}

} // namespace

void makeDemoLists(PortalData &data, QRandomGenerator &rng, int bigListMembers)
{
    for (int i = 0; i < specCount; ++i)
        data.lists.append(makeList(rng, i, specs[i]));
    // Exact sizes (fewer only when there are fewer contacts), members drawn at random.
    const int sizes[] = {125, 320, 0, 200, 12};
    int chosen[5] = {};
    int perKind[6] = {};
    const int total = int(data.contacts.size());
    for (int t = 0; t < total; ++t) {
        const Contact &c = data.contacts[t];
        for (int i : {0, 1, 3, 4}) {
            if (int(rng.bounded(total - t)) < sizes[i] - chosen[i]) { // selection sampling
                data.lists[i].members.append(c.id);
                ++chosen[i];
            }
        }
        if (perKind[int(c.kind)]++ < 5)
            data.lists[2].members.append(c.id);
    }
    for (int k = 0; k < 40; ++k) // companies: record ids of another object type
        data.lists[5].members.append(firstCompanyId + qint64(k) * 37);
    if (bigListMembers > 0) {
        ContactList big
            = makeList(rng, specCount, {"Newsletter subscribers (all regions)", "DYNAMIC", "0-1"});
        const qint64 n = qMin<qint64>(bigListMembers, total);
        big.members.reserve(n);
        for (qint64 i = 0; i < n; ++i) // evenly spread, ascending
            big.members.append(data.contacts[i * total / n].id);
        data.lists.append(big);
    }
    for (ContactList &l : data.lists)
        stampMembers(l);
}

} // namespace SeqDesk::Sandbox
