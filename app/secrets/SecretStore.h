#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace SeqDesk::Secrets {

enum class SecretStatus {
    Ok,
    NotFound, // nothing stored under that key
    Unavailable, // no keychain / Secret Service reachable
    Denied, // the user or the keychain refused access
    Failed // anything else the backend reported
};

struct SecretResult
{
    SecretStatus status = SecretStatus::Failed;
    QString secret; // only for a successful read
    QString message; // human text for anything but Ok; never contains the secret

    bool ok() const { return status == SecretStatus::Ok; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

// Where SeqDesk keeps tokens. Asynchronous because a keychain may ask the user.
// There is deliberately no plaintext fallback: when the store is unavailable the caller
// gets SecretStatus::Unavailable and must tell the user.
// Callbacks run later on the caller's thread and are dropped if `context` is destroyed
// first; with a null context they always run.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key, QObject *context, SecretCallback callback) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       SecretCallback callback)
        = 0;
    virtual void remove(const QString &key, QObject *context, SecretCallback callback) = 0;

    // The key a portal's private-app token is stored under.
    static QString portalTokenKey(const QString &portalId);
};

} // namespace SeqDesk::Secrets
