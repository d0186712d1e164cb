#pragma once

#include <QSqlDatabase>
#include <QString>

namespace SeqDesk::Store {

// What every table-group store shares: the connection it works on (of the current thread)
// and the text of its last failure. Methods return false / nullopt / an empty list on
// failure and set lastError() (which includes the QSqlError text); success clears it.
class StoreBase
{
    Q_DISABLE_COPY_MOVE(StoreBase)

public:
    QString lastError() const { return m_lastError; }

protected:
    explicit StoreBase(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    ~StoreBase() = default;

    const QSqlDatabase &db() const { return m_db; }
    bool ok()
    {
        m_lastError.clear();
        return true;
    }
    bool fail(const QString &error)
    {
        m_lastError = error;
        return false;
    }
    QString *errorSlot() { return &m_lastError; }

private:
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace SeqDesk::Store
