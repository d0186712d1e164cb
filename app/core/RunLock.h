#pragma once

#include <QString>

class QLockFile;

// The lock files that keep a rule's run or a job to one SeqDesk process at a time (beside
// the mirror). They are held for as long as the run lasts, so they never go stale by age
// (setStaleLockTime(0)); a dead holder's lock is stale because its process is gone.
namespace SeqDesk::RunLock {

// QLockFile::tryLock(0), which also takes over a lock file without its holder's details
// that is older than a few seconds: QLockFile writes them right after it creates the file,
// so that file was left by a process killed in between (or a machine that lost power), and
// having no process id to find dead, nothing else would ever free it. The lock file it holds
// is owner-only (0600), whatever the umask.
bool tryLock(QLockFile &lock);

// QLockFile::getLockInfo() once tryLock() failed, waiting a moment for a holder that is
// creating the file just now (its details follow within microseconds).
bool holder(const QLockFile &lock, qint64 *pid, QString *app);

} // namespace SeqDesk::RunLock
