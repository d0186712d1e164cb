#pragma once

#include "store/Records.h"

#include <QList>
#include <QMetaType>

namespace SeqDesk::Sync {

// What a running sync has read from HubSpot and not saved: a run writes the mirror in one
// transaction at its end, and a failed or cancelled run writes none of it. A page may show
// it meanwhile, marked as not saved (SyncEngine::unsavedRead gives it part by part;
// PortalSession keeps the whole of the run's).
struct UnsavedReading
{
    QList<Store::OwnerRecord> owners; // the portal's owners, for names (read once, first)
    // Sequences listed, each once, in the order they first came (name, owner, folder,
    // created, updated; who can see them is known only once every user was listed).
    QList<Store::SequenceRecord> listed;
    // Sequences whose details were read: the record with its step count and send window,
    // and its steps.
    QList<Store::SequenceSnapshotItem> detailed;
    // Where the run stands when this part was read.
    int usersListed = 0;
    int users = 0;
    int detailsRead = 0;
    int detailsToRead = -1; // -1 while the sequences are being listed

    bool isEmpty() const { return owners.isEmpty() && listed.isEmpty() && detailed.isEmpty(); }

    // Adds a later part: its owners (if any) replace these, its sequences and details are
    // appended, where the run stands is taken from it.
    void append(const UnsavedReading &more)
    {
        if (!more.owners.isEmpty())
            owners = more.owners;
        listed += more.listed;
        detailed += more.detailed;
        usersListed = more.usersListed;
        users = more.users;
        detailsRead = more.detailsRead;
        detailsToRead = more.detailsToRead;
    }
};

} // namespace SeqDesk::Sync

Q_DECLARE_METATYPE(SeqDesk::Sync::UnsavedReading)
