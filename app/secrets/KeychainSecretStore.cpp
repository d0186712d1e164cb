#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace SeqDesk::Secrets {

namespace {

SecretResult resultOf(const QKeychain::Job &job, QString secret = {})
{
    SecretResult r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = SecretStatus::Ok;
        r.secret = std::move(secret);
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretStatus::NotFound;
        r.message = QCoreApplication::translate("Secrets", "No token is stored for this portal.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretStatus::Unavailable;
        r.message = QCoreApplication::translate(
                        "Secrets",
                        "The system keychain is not available (%1). SeqDesk stores tokens only "
                        "in the keychain: start or unlock your keyring (for example GNOME "
                        "Keyring or KWallet) and try again.")
                        .arg(job.errorString());
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = SecretStatus::Denied;
        r.message = QCoreApplication::translate("Secrets",
                                                "Access to the system keychain was denied (%1).")
                        .arg(job.errorString());
        return r;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    r.status = SecretStatus::Failed;
    r.message = QCoreApplication::translate("Secrets", "The system keychain reported an error: %1")
                    .arg(job.errorString());
    return r;
}

template<typename JobT, typename Finish> void runJob(JobT *job, QObject *context, Finish finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    // The context is the receiver, so a destroyed context drops the callback; without a
    // context the job itself is the receiver and the callback always runs.
    QObject *receiver = context ? context : job;
    QObject::connect(job, &QKeychain::Job::finished, receiver,
                     [job, finish](QKeychain::Job *) { finish(job); });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

void KeychainSecretStore::read(const QString &key, QObject *context, SecretCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    runJob(job, context, [callback = std::move(callback)](QKeychain::ReadPasswordJob *j) {
        callback(resultOf(*j, j->textData()));
    });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                SecretCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, context, [callback = std::move(callback)](QKeychain::WritePasswordJob *j) {
        callback(resultOf(*j));
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, SecretCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    runJob(job, context, [callback = std::move(callback)](QKeychain::DeletePasswordJob *j) {
        // Removing what is not there is not a failure for the caller.
        SecretResult r = resultOf(*j);
        if (r.status == SecretStatus::NotFound)
            r = SecretResult {SecretStatus::Ok, {}, {}};
        callback(r);
    });
}

} // namespace SeqDesk::Secrets
