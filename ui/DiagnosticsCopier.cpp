#include "DiagnosticsCopier.h"

#include "diag/Diagnostics.h"

#include <QClipboard>
#include <QGuiApplication>

namespace SeqDesk::Ui {

DiagnosticsCopier::DiagnosticsCopier(Store::StoreWorker *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void DiagnosticsCopier::copy()
{
    if (m_busy) // a second click while the store is read: one copy is enough
        return;
    m_busy = true;
    Diag::gather(
        m_store, QGuiApplication::platformName(), this,
        [this](const QString &text) {
            m_busy = false;
            QGuiApplication::clipboard()->setText(text);
            emit copied(text);
        },
        m_storeError);
}

} // namespace SeqDesk::Ui
