#pragma once

#include "store/Database.h"
#include "store/Stores.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

// Small helpers of the store suites: a fresh database in a temporary folder, raw SQL.
namespace StoreTest {

using namespace SeqDesk::Store;

inline QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A migrated database under a temporary folder, with every store on it.
class TempStore final
{
    Q_DISABLE_COPY_MOVE(TempStore)
public:
    TempStore()
        : db(Database::uniqueConnectionName(QStringLiteral("test")))
    { }
    bool open()
    {
        if (!dir.isValid() || !db.open(path()))
            return false;
        stores = std::make_unique<Stores>(db.handle());
        return true;
    }
    QString path() const { return dir.filePath(QStringLiteral("seqdesk.sqlite")); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db.handle());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    QTemporaryDir dir;
    Database db;
    std::unique_ptr<Stores> stores;
};

// Runs the statements of a .sql file (one per line-ending ';', "--" comments) on a new
// database file, the way an older SeqDesk would have left it.
inline QString loadSqlFile(const QString &sqlPath, const QString &dbPath)
{
    QFile file(sqlPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("cannot read ") + sqlPath;
    const QString name = Database::uniqueConnectionName(QStringLiteral("fixture"));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (!db.open())
            error = db.lastError().text();
        QString statement;
        while (error.isEmpty() && !file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.startsWith(QStringLiteral("--")) || line.isEmpty())
                continue;
            statement += line + QLatin1Char(' ');
            if (!line.endsWith(QLatin1Char(';')))
                continue;
            QSqlQuery q(db);
            if (!q.exec(statement.trimmed().chopped(1)))
                error = q.lastError().text() + QStringLiteral(" in ") + statement;
            statement.clear();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

inline PortalRecord portal(const QString &id)
{
    PortalRecord p;
    p.portalId = id;
    p.name = QStringLiteral("Portal ") + id;
    p.timeZone = QStringLiteral("Europe/Berlin");
    p.apiVersion = QStringLiteral("2026-03");
    return p;
}

inline SequenceSnapshotItem listed(const QString &portalId, const QString &id, qint64 updatedMs,
                                   const QStringList &users, int steps = 2)
{
    SequenceSnapshotItem item;
    item.sequence.portalId = portalId;
    item.sequence.sequenceId = id;
    item.sequence.name = QStringLiteral("Sequence ") + id;
    item.sequence.ownerUserId = users.value(0);
    item.sequence.createdAt = at(1'700'000'000'000);
    item.sequence.updatedAt = at(updatedMs);
    item.sequence.stepCount = steps;
    item.sequence.visibleToUserIds = users;
    return item;
}

inline QList<SequenceStepRecord> stepsOf(int n, const QString &subject = QStringLiteral("Hi"))
{
    QList<SequenceStepRecord> steps;
    for (int i = 0; i < n; ++i)
        steps.append({i, QStringLiteral("EMAIL"), 86'400'000LL * i, QString(), subject});
    return steps;
}

} // namespace StoreTest
