#pragma once

#include "store/DiagnosticsStore.h"
#include "store/Records.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace SeqDesk::Store {
class Stores;
class StoreWorker;
} // namespace SeqDesk::Store

// Help > Copy diagnostics and seqdesk-cli --diagnostics: what a person helping with a problem
// needs to know, as plain text, with no token and no e-mail address in it.
namespace SeqDesk::Diag {

// Read on the caller's thread: the program, Qt, the system, the settings and the paths.
struct Environment
{
    QString program; // "seqdesk" or "seqdesk-cli"
    QString version;
    QString qtRuntime;
    QString qtBuild;
    QString os;
    QString kernel;
    QString cpu;
    QString platform; // the Qt platform plugin; "none" for the command line
    QString locale;
    QStringList uiLanguages;
    QString settingsFile;
    QList<QPair<QString, QString>> settings; // key, value (a secret-looking key's is withheld)
    QString dataFolder;
    QString database;
    QStringList logFiles; // "path (size)"
};

// Read on the store's thread.
struct StoreFacts
{
    struct Portal
    {
        Store::PortalRecord record;
        std::optional<Store::SyncRunRecord> lastRun;
    };
    QString error; // the store could not be read
    int schemaVersion = -1;
    int latestSchemaVersion = -1; // the newest this build knows
    QList<Portal> portals;
    QList<Store::RecentErrorRecord> errors;
};

constexpr int kRecentErrors = 20;

// The desktop app's settings are the ones described (seqdesk-cli has none of its own).
Environment environment(const QString &platformName);
// Is a setting's value withheld (a key naming a token, a password, a secret, a credential,
// a key or an auth)? SeqDesk stores none there; this is the safety net.
bool isSecretLooking(const QString &key);
StoreFacts readStore(Store::Stores &stores, int errorLimit = kRecentErrors);
// The report: plain text, passed through Redactor::scrubPersonal as a whole at the end.
QString format(const Environment &environment, const StoreFacts &facts);

// The whole use case: the environment now, the store on its thread (never blocking the
// caller's), then done(text) on `context`'s thread. With no store (it could not be opened),
// `storeError` says why and the report has everything else.
void gather(Store::StoreWorker *store, const QString &platformName, QObject *context,
            std::function<void(QString)> done, const QString &storeError = QString());

} // namespace SeqDesk::Diag
