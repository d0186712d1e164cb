#include "enroll/ListMembersReader.h"

#include "hubspot/HubSpotClient.h"

namespace SeqDesk::Enroll {

using namespace SeqDesk::HubSpot;

ContactList ListMembers::contactList() const
{
    ContactList list;
    list.contacts = contacts;
    list.lines = int(contacts.size());
    list.source = ListMembersReader::tr("the HubSpot list \"%1\" (%2)").arg(name, listId);
    return list;
}

ListMembersReader::ListMembersReader(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ListMembersReader::~ListMembersReader() = default;

void ListMembersReader::start(const QString &listId)
{
    const quint64 run = ++m_run;
    m_active = true;
    m_members = ListMembers {};
    m_seen.clear();
    m_members.listId = listId.trimmed();
    m_client->list(m_members.listId, this, [this, run](Result<ListSummary> r) {
        if (run != m_run || !m_active)
            return;
        if (!r.ok()) {
            m_active = false;
            if (r.error().fatalReason == FatalReason::NotFound)
                return emit refused(tr("There is no list %1 in this portal.").arg(m_members.listId),
                                    Refusal::NoSuchList);
            return emit failed(r.error());
        }
        const ListSummary &list = r.value();
        m_members.name = list.name;
        if (!list.isContactList()) {
            m_active = false;
            return emit refused(tr("The list \"%1\" holds other records than contacts "
                                   "(object type %2): only contact lists can be enrolled.")
                                    .arg(list.name, list.objectTypeId),
                                Refusal::NotContacts);
        }
        if (list.size && *list.size == 0) {
            m_active = false;
            return emit refused(tr("The list \"%1\" has no members.").arg(list.name),
                                Refusal::Empty);
        }
        readPage(QString());
    });
}

void ListMembersReader::cancel()
{
    m_active = false;
    ++m_run;
}

void ListMembersReader::readPage(const QString &after)
{
    const quint64 run = m_run;
    m_client->listMembershipsPage(
        m_members.listId, after, this, [this, run](Result<Page<ListMembership>> r) {
            if (run != m_run || !m_active)
                return;
            if (!r.ok()) {
                m_active = false;
                return emit failed(r.error());
            }
            const Page<ListMembership> &page = r.value();
            for (const ListMembership &m : page.items) {
                if (m_seen.contains(m.recordId))
                    continue; // HubSpot's cursor should not repeat one; a changing list must not
                m_seen.insert(m.recordId);
                ContactKey key;
                key.kind = ContactKeyKind::Id;
                key.value = m.recordId;
                key.line = int(m_members.contacts.size()) + 1; // its place in the list
                m_members.contacts.append(key);
            }
            emit progress(m_members.contacts.size(), page.total.value_or(0));
            if (run != m_run || !m_active)
                return; // cancelled or started again from a progress slot
            if (!page.nextAfter.isEmpty())
                return readPage(page.nextAfter);
            m_active = false;
            if (m_members.contacts.isEmpty())
                return emit refused(tr("The list \"%1\" has no members.").arg(m_members.name),
                                    Refusal::Empty);
            emit finished(m_members);
        });
}

} // namespace SeqDesk::Enroll
