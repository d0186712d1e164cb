#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace SeqDesk::Store {
class Stores;
}

namespace SeqDesk::Jobs {

// A sample enrollment history for the demo portal, so its Analytics page has something to
// show before the user's first job: about 40 jobs over the last 60 days, into the portal's
// active sequences, as its users, from the wizard, the CLI, files and labels, with the usual
// mix of outcomes; none in the last two days (the senders' send caps stay free). Deterministic.
// Written once: nothing happens when the portal has jobs already or no active sequence yet (before
// its first sync). Runs on the store's thread. Returns the number of jobs written (0: none needed
// or possible). The sequences named in `featured` (if active) are among the popular ones.
int seedDemoHistory(Store::Stores &stores, const QString &portalId, const QDateTime &now,
                    const QStringList &featured = {});

} // namespace SeqDesk::Jobs
