// One cell of the fault matrix: a fresh seqdesk-sandbox with its faults, a fresh data folder,
// an enrollment job of N contacts through the real seqdesk-cli, resumed until it ends, and
// what the sandbox accepted compared with what the journal says.
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace SeqDesk::Fault {

// What the driver does to a run at a point keyed to the job's progress (a number of
// enrollments the sandbox accepted), never to a sleep.
enum class Action {
    None,
    RevokeToken, // revoke the token, restore it once the CLI ended, resume
    DailyLimit, // the portal's daily API limit is reached; reset (a new day) once the CLI ended
    Kill, // SIGKILL, several times, at seeded random progress points
    DiskFull, // RLIMIT_FSIZE: the journal's next write past its size fails (EFBIG)
    DbLocked, // another process holds the mirror's write lock for longer than the busy timeout
};

struct CellSpec
{
    QString name;
    QStringList sandboxArgs;
    Action action = Action::None;
    int kills = 0; // for Action::Kill
    bool rule = false; // a rule run (runRuleCell)
};

struct CellResult
{
    QString name;
    int contacts = 0;
    int enrolled = 0; // in the journal, at the end
    int skipped = 0;
    int failed = 0;
    int pending = 0; // left unsent (deferred, pending, in flight)
    int doubles = 0; // contacts the sandbox enrolled more than once
    int lost = 0; // sandbox-enrolled vs journal-enrolled, symmetric difference
    int resumes = 0;
    qint64 wallMs = 0;
    QList<int> exitCodes; // -9: killed by the driver
    QString faults; // what the sandbox injected (its /_sandbox/stats), e.g. "5xx 41, 429 6"
    QString message; // the last line the user saw when a run stopped short (else the last run)
    QString error; // the driver itself could not run the cell
    bool ok() const { return error.isEmpty() && doubles == 0 && lost == 0 && pending == 0; }
};

struct RunSettings
{
    QString binDir;
    QString workDir; // cells' data folders go below it
    int contacts = 30;
    quint32 seed = 1;
};

CellResult runCell(const CellSpec &spec, const RunSettings &settings, int index);

// A rule run (--run-rules) over a HubSpot list of 3 x settings.contacts members of every kind, on
// a mirror synced in-process, under all the rate faults together (set after the sync), and
// killed spec.kills times at progress points.
CellResult runRuleCell(const CellSpec &spec, const RunSettings &settings, int index);

// The last line a process printed.
QString lastLine(const QByteArray &text);

class SandboxProcess;
// What the sandbox accepted beside `enrolled` (the journal's): result.doubles (contacts it
// enrolled more than once), result.lost (the symmetric difference) and result.faults (what it
// injected). `sequenceId` empty: every accepted enrollment counts.
void compareWithSandbox(SandboxProcess &sandbox, const QSet<QString> &enrolled,
                        const QString &sequenceId, CellResult &result);

} // namespace SeqDesk::Fault
