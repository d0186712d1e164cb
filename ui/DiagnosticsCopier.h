#pragma once

#include <QObject>
#include <QString>

namespace SeqDesk::Store {
class StoreWorker;
}

namespace SeqDesk::Ui {

// Help > Copy diagnostics: gathers the diagnostics (Diag::gather: the store is read on its
// own thread, the UI thread never waits) and puts them on the clipboard.
class DiagnosticsCopier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsCopier)

public:
    explicit DiagnosticsCopier(Store::StoreWorker *store, QObject *parent = nullptr);

    void copy();
    // Why the mirror could not be opened: the report says so instead of reading it.
    void setStoreError(const QString &error) { m_storeError = error; }

signals:
    // The text is on the clipboard.
    void copied(const QString &text);

private:
    Store::StoreWorker *m_store;
    QString m_storeError;
    bool m_busy = false;
};

} // namespace SeqDesk::Ui
