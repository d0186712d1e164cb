#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace SeqDesk::Secrets {

// In-memory SecretStore for unit tests. Answers asynchronously (next event loop turn),
// like a real keychain, and can pretend to be unavailable.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, SecretCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback callback) override;
    void remove(const QString &key, QObject *context, SecretCallback callback) override;

    void setAvailable(bool available) { m_available = available; }
    int size() const { return int(m_secrets.size()); }

private:
    void answer(QObject *context, SecretCallback callback, SecretResult result);

    QHash<QString, QString> m_secrets;
    bool m_available = true;
};

} // namespace SeqDesk::Secrets
