// SandboxState: the portal's lists (read, create, change members).
#include "sandbox/SandboxState.h"

#include <algorithm>

namespace SeqDesk::Sandbox {

namespace {

void sortUnique(QVector<qint64> &ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

} // namespace

const ContactList *SandboxState::list(qint64 listId) const
{
    for (const ContactList &l : m_data.lists) {
        if (l.listId == listId)
            return &l;
    }
    return nullptr;
}

ContactList *SandboxState::mutableList(qint64 listId)
{
    const auto it = std::find_if(m_data.lists.begin(), m_data.lists.end(),
                                 [listId](const ContactList &l) { return l.listId == listId; });
    return it == m_data.lists.end() ? nullptr : &*it;
}

const ContactList *SandboxState::listNamed(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const ContactList &l : m_data.lists) {
        if (l.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return &l;
    }
    return nullptr;
}

const ContactList &SandboxState::createList(const NewList &spec)
{
    ContactList l;
    l.listId = m_data.lists.isEmpty() ? 101 : m_data.lists.constLast().listId + 1;
    l.name = spec.name;
    l.objectTypeId = spec.objectTypeId;
    l.processingType = spec.processingType;
    l.filterBranch = spec.filterBranch;
    l.listVersion = 1;
    l.createdAt = now();
    l.updatedAt = l.createdAt;
    m_data.lists.append(l); // ids ascend: the new id is the largest
    return m_data.lists.constLast();
}

ListEditError SandboxState::checkListEdit(const ListEdit &edit, qint64 *badId) const
{
    const ContactList *l = list(edit.listId);
    if (!l)
        return ListEditError::UnknownList;
    if (l->isContactList()) {
        for (const qint64 id : edit.add) {
            if (!contact(id)) {
                if (badId)
                    *badId = id;
                return ListEditError::UnknownContact;
            }
        }
    }
    return ListEditError::None;
}

ListEditResult SandboxState::applyListEdit(const ListEdit &edit)
{
    ListEditResult result;
    ContactList *l = mutableList(edit.listId);
    if (!l)
        return result;
    const QDateTime at = edit.at.isValid() ? edit.at : now();
    // The sandbox has no records of other object types: on those lists every id exists.
    const auto exists = [&](qint64 id) {
        return !l->isContactList() || contact(id);
    };
    QVector<qint64> add;
    QVector<qint64> remove;
    for (const qint64 id : edit.add)
        (exists(id) ? add : result.missing).append(id);
    for (const qint64 id : edit.remove)
        (exists(id) ? remove : result.missing).append(id);
    sortUnique(add);
    sortUnique(remove);
    sortUnique(result.missing);
    QVector<qint64> members;
    QVector<qint64> joined;
    members.reserve(l->members.size() + add.size());
    joined.reserve(members.capacity());
    // Merge the sorted members with the sorted additions; then drop the removals (an id
    // both added and removed ends outside the list: additions come first).
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < l->members.size() || j < add.size()) {
        const bool old = j == add.size() || (i < l->members.size() && l->members[i] <= add[j]);
        const qint64 id = old ? l->members[i] : add[j];
        const qint64 joinedMs = old ? l->joinedAtMs[i] : at.toMSecsSinceEpoch();
        if (old) {
            if (j < add.size() && add[j] == id)
                ++j; // already a member: keeps its join time
            ++i;
        } else {
            ++j;
        }
        if (std::binary_search(remove.cbegin(), remove.cend(), id)) {
            if (old)
                result.removed.append(id);
            continue;
        }
        if (!old)
            result.added.append(id);
        members.append(id);
        joined.append(joinedMs);
    }
    l->members = std::move(members);
    l->joinedAtMs = std::move(joined);
    if (!result.added.isEmpty())
        l->lastAddedAt = at;
    if (!result.removed.isEmpty())
        l->lastRemovedAt = at;
    if (!result.added.isEmpty() || !result.removed.isEmpty())
        l->updatedAt = at;
    return result;
}

} // namespace SeqDesk::Sandbox
