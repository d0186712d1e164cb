#pragma once

#include "secrets/SecretStore.h"

namespace SeqDesk::Secrets {

// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows). Insecure fallbacks are disabled.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, SecretCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback callback) override;
    void remove(const QString &key, QObject *context, SecretCallback callback) override;

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace SeqDesk::Secrets
