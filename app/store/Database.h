#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace SeqDesk::Store {

// One numbered schema step. Its statements run in one transaction together with
// `PRAGMA user_version = version`; if any fails, none of them stays.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements; // one SQL statement each (Qt's SQLite driver runs one per call)
};

// One connection to the local mirror (SQLite through Qt Sql).
//
// open() creates the folders (0700) and the file (0600, before SQLite touches it), makes its
// folder, the file and its -wal, -shm and -journal owner-only when they exist looser, turns on
// WAL and foreign keys, and migrates the schema up to the last of `migrations`. A database
// whose user_version is newer than that is refused, never downgraded.
//
// Threading: a Database and the stores built on it belong to the thread that opened it
// (Qt Sql connections are per thread). Use StoreWorker to reach it from the UI thread.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // `connectionName` must be unique in the process (see uniqueConnectionName()).
    explicit Database(QString connectionName);
    ~Database();

    // <AppLocalDataLocation>/seqdesk.sqlite
    static QString defaultPath();
    static QString uniqueConnectionName(const QString &prefix);
    static QList<Migration> migrations(); // the shipped schema history, in order
    static int latestVersion();

    bool open(const QString &path);
    bool open(const QString &path, const QList<Migration> &migrations);
    void close();

    bool isOpen() const;
    QSqlDatabase handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const; // PRAGMA user_version; -1 if unreadable
    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &message);
    bool prepareFile(const QString &path);
    bool applyPragmas();
    bool migrate(const QList<Migration> &migrations);
    bool runMigration(const Migration &migration);

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
};

} // namespace SeqDesk::Store
