#include "store/Database.h"

#include "core/OwnerOnly.h"
#include "store/SqlSupport.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <utility>

namespace SeqDesk::Store {

Database::Database(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    // One mirror for the app and seqdesk-cli (their AppLocalData folders differ): jobs the CLI
    // runs show up in the app, and a job is locked against both.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/SeqDesk/seqdesk.sqlite");
}

QString Database::uniqueConnectionName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    return prefix + QLatin1Char('-') + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

int Database::latestVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

bool Database::open(const QString &path)
{
    return open(path, migrations());
}

bool Database::open(const QString &path, const QList<Migration> &migrations)
{
    close();
    m_lastError.clear();
    m_path = path;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(QStringLiteral("The Qt SQLite driver (QSQLITE) is not installed"));
    if (!prepareFile(path))
        return false;
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            openError = Sql::describe(QStringLiteral("Could not open the database %1").arg(path),
                                      db.lastError());
    }
    if (!openError.isEmpty()) {
        close();
        return fail(openError);
    }
    if (!applyPragmas() || !migrate(migrations)) {
        const QString message = m_lastError;
        close();
        return fail(message);
    }
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && handle().isOpen();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(handle());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool Database::prepareFile(const QString &path)
{
    const QFileInfo info(path);
    QString error;
    if (!OwnerOnly::ensureDir(info.absolutePath(), &error))
        return fail(error);
    if (!info.exists()) {
        // Owner-only from creation, so the data is never readable by others, not even briefly.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly::kFile))
            return fail(QStringLiteral("Could not create the database %1: %2")
                            .arg(path, file.errorString()));
        file.close();
    }
    // SQLite gives the files beside it the database's mode when it creates them; those an
    // older SeqDesk (or a crash) left are made owner-only here, before SQLite reuses them.
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (!OwnerOnly::ensureFile(path + suffix, &error))
            return fail(error);
    }
    return true;
}

bool Database::applyPragmas()
{
    const QSqlDatabase db = handle();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return fail(Sql::describe(QStringLiteral("Could not switch the database to WAL"),
                                  query.lastError()));
    if (query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return fail(QStringLiteral("The database refused WAL mode (journal mode %1)")
                        .arg(query.value(0).toString()));
    QString error;
    // temp_store=MEMORY: statement journals (which every write to enrollment_items needs
    // inside a transaction, as its rollup triggers make it a multi-row write) stay in small
    // in-memory chunks instead of 64 KiB buffers allocated and freed per statement (measured:
    // 11x slower bulk inserts, see bench_analytics); GROUP BY/ORDER BY temp trees in memory.
    if (!Sql::execSql(db, QStringLiteral("PRAGMA foreign_keys=ON"), &error)
        || !Sql::execSql(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &error)
        || !Sql::execSql(db, QStringLiteral("PRAGMA temp_store=MEMORY"), &error))
        return fail(error);
    return true;
}

bool Database::migrate(const QList<Migration> &migrations)
{
    const int current = schemaVersion();
    if (current < 0)
        return fail(
            Sql::describe(QStringLiteral("Could not read the schema version of %1").arg(m_path),
                          handle().lastError()));
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > latest)
        return fail(QStringLiteral("The database %1 has schema version %2, newer than the %3 this "
                                   "version of SeqDesk knows; it was left untouched. Use a newer "
                                   "SeqDesk.")
                        .arg(m_path)
                        .arg(current)
                        .arg(latest));
    for (const Migration &migration : migrations) {
        if (migration.version > current && !runMigration(migration))
            return false;
    }
    return true;
}

bool Database::runMigration(const Migration &migration)
{
    const QSqlDatabase db = handle();
    QString error;
    Sql::Transaction transaction(db);
    if (!transaction.begin(&error))
        return fail(error);
    for (const QString &statement : migration.statements) {
        if (!Sql::execSql(db, statement, &error))
            return fail(QStringLiteral("Migration %1 (%2) failed and was rolled back: %3")
                            .arg(migration.version)
                            .arg(migration.name, error));
    }
    const QString bump = QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
    if (!Sql::execSql(db, bump, &error) || !transaction.commit(&error))
        return fail(QStringLiteral("Migration %1 (%2) failed and was rolled back: %3")
                        .arg(migration.version)
                        .arg(migration.name, error));
    return true;
}

} // namespace SeqDesk::Store
