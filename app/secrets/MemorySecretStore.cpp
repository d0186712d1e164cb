#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace SeqDesk::Secrets {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void MemorySecretStore::answer(QObject *context, SecretCallback callback, SecretResult result)
{
    if (!m_available) {
        result = SecretResult {
            SecretStatus::Unavailable,
            {},
            QCoreApplication::translate("Secrets", "The system keychain is not available.")};
    }
    // Queued on the context (or on the store without one): dropped if the context dies.
    QMetaObject::invokeMethod(
        context ? context : this, [callback = std::move(callback), result] { callback(result); },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &key, QObject *context, SecretCallback callback)
{
    const auto it = m_secrets.constFind(key);
    SecretResult r;
    if (it == m_secrets.cend()) {
        r.status = SecretStatus::NotFound;
        r.message = QCoreApplication::translate("Secrets", "No token is stored for this portal.");
    } else {
        r.status = SecretStatus::Ok;
        r.secret = m_available ? *it : QString();
    }
    answer(context, std::move(callback), r);
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              SecretCallback callback)
{
    if (m_available)
        m_secrets.insert(key, secret);
    answer(context, std::move(callback), SecretResult {SecretStatus::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &key, QObject *context, SecretCallback callback)
{
    if (m_available)
        m_secrets.remove(key);
    answer(context, std::move(callback), SecretResult {SecretStatus::Ok, {}, {}});
}

} // namespace SeqDesk::Secrets
