#pragma once

// The main window offscreen, wired as main.cpp wires it: a temp-file mirror, an in-memory
// keychain, the sandbox over loopback as the demo portal, the job runner and the rule
// scheduler (which looks for due rules only when a test asks: setCheckInterval).
#include "MainWindow.h"
#include "jobs/JobRunner.h"
#include "jobs/RuleScheduler.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "sequences/SequenceTableModel.h"
#include "store/StoreWorker.h"
#include "sync/PortalConnector.h"
#include "sync/PortalManager.h"
#include "sync/SyncScheduler.h"

#include <QAbstractItemModel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace GuiHarness {

using namespace SeqDesk;
using Model = Ui::SequenceTableModel;
using Store::SequenceStatus;

// Everything main.cpp builds, around one window.
class App final
{
    Q_DISABLE_COPY_MOVE(App)
public:
    explicit App(const Sandbox::SandboxConfig &config = {})
        : server(config)
    { }

    bool start()
    {
        if (!server.start() || !dir.isValid())
            return false;
        std::optional<QString> opened;
        store.open(dir.filePath(QStringLiteral("mirror.sqlite")), &context,
                   [&](QString error) { opened = error; });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 10000) || !opened->isEmpty())
            return false;
        portals = std::make_unique<Sync::PortalManager>(
            &nam, &secrets, &store, &scheduler,
            [this] {
                Sync::DemoEndpoint e;
                e.error = demoError;
                if (e.error.isEmpty()) {
                    e.baseUrl = server.baseUrl();
                    e.token = server.token();
                }
                return e;
            },
            &policy);
        runner = std::make_unique<Jobs::JobRunner>(portals.get(), &store);
        runner->setLockDirectory(dir.path());
        rules = std::make_unique<Jobs::RuleScheduler>(portals.get(), &store, runner.get());
        rules->setLockDirectory(dir.path());
        rules->setCheckInterval(0);
        window = std::make_unique<Ui::MainWindow>(portals.get(), &connector, &store, runner.get(),
                                                  rules.get());
        window->show();
        QSignalSpy loaded(portals.get(), &Sync::PortalManager::loaded);
        portals->load();
        return loaded.wait(10000) && QTest::qWaitForWindowExposed(window.get());
    }

    template<typename T> T *child(const char *name) const
    {
        auto *w = window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    QAbstractItemModel *rows() const { return child<QTableView>("sequenceTable")->model(); }

    QList<SequenceStatus> shownStatuses() const
    {
        QList<SequenceStatus> statuses;
        for (int row = 0; row < rows()->rowCount(); ++row)
            statuses << rows()->index(row, 0).data(Model::StatusRole).value<SequenceStatus>();
        return statuses;
    }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < rows()->rowCount(); ++row)
            names << rows()->index(row, Model::NameColumn).data().toString();
        return names;
    }

    // Clicks Sync Data (or the demo button) and waits until the synced mirror is shown.
    bool clickAndWaitLoaded(QWidget *button)
    {
        QSignalSpy loaded(window.get(), &Ui::MainWindow::portalLoaded);
        QTest::mouseClick(button, Qt::LeftButton);
        return loaded.wait(30000);
    }

    void shot(const QString &name) const
    {
        if (const QString out = qEnvironmentVariable("SEQDESK_SCREENSHOT_DIR"); !out.isEmpty())
            QVERIFY(window->grab().save(out + QLatin1Char('/') + name));
    }

    Sandbox::SandboxServer server;
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    QObject context;
    Store::StoreWorker store;
    Secrets::MemorySecretStore secrets;
    Sync::SyncScheduler scheduler {nullptr};
    Sync::DemoPortalPolicy policy;
    Sync::PortalConnector connector {&nam, &secrets};
    std::unique_ptr<Sync::PortalManager> portals;
    std::unique_ptr<Jobs::JobRunner> runner;
    std::unique_ptr<Jobs::RuleScheduler> rules;
    std::unique_ptr<Ui::MainWindow> window;
    QString demoError;
};

} // namespace GuiHarness
