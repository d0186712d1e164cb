#pragma once

#include "enroll/ContactInput.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace SeqDesk::HubSpot {
class ApiError;
class HubSpotClient;
} // namespace SeqDesk::HubSpot

namespace SeqDesk::Enroll {

// A HubSpot contact list's members, as contacts to enroll.
struct ListMembers
{
    QString listId;
    QString name; // the list's name when it was read
    QList<ContactKey> contacts; // contact ids, each once, sorted by record id

    // The members as the dry run takes contacts; its source names the list.
    ContactList contactList() const;
};

// Reads a contact list for an enrollment (the wizard's "A HubSpot list", seqdesk-cli
// --list-id, the rules): the list first (it must exist, hold contacts and not be empty),
// then its members a page of 250 at a time, so a list of 50,000 takes 200 requests and no
// more memory than its ids. A list that changes while it is read gives each member at most
// once (the cursor is the last record id). Progress after every page; cancel() between pages.
class ListMembersReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListMembersReader)

public:
    enum class Refusal { NoSuchList, NotContacts, Empty };
    Q_ENUM(Refusal)

    explicit ListMembersReader(HubSpot::HubSpotClient *client, QObject *parent = nullptr);
    ~ListMembersReader() override;

    void start(const QString &listId);
    // No further page is asked for; neither finished() nor failed() follows.
    void cancel();

signals:
    void progress(qint64 read, qint64 total); // total: the list's size now (0: unknown)
    void finished(const SeqDesk::Enroll::ListMembers &members);
    // The list is not there, not of contacts, or empty: the user's input is wrong.
    // `message` is translated and names the list; each caller adds where to look for lists.
    void refused(const QString &message, SeqDesk::Enroll::ListMembersReader::Refusal why);
    void failed(const SeqDesk::HubSpot::ApiError &error);

private:
    void readPage(const QString &after);

    HubSpot::HubSpotClient *m_client;
    ListMembers m_members;
    QSet<QString> m_seen;
    quint64 m_run = 0; // answers of a cancelled or earlier run are dropped
    bool m_active = false;
};

} // namespace SeqDesk::Enroll
